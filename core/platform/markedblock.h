#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QCoreApplication>

#include <optional>

namespace Kt::Platform {

// What KtDesk did to a text file, enough to undo it byte for byte: the content before (with no
// block), the content written (with the block), and whether a newline had to be added in front
// of the block because the file did not end with one.
struct BlockEdit
{
    QByteArray original;
    QByteArray written;
    bool addedNewline = false;
    friend bool operator==(const BlockEdit &, const BlockEdit &) = default;
};

// A block of lines between two marker comment lines in a system text file (/etc/hosts,
// /etc/resolv.conf), put at the top or the bottom, so that it can be found and removed again
// without touching anything else. Pure: bytes in, bytes out.
class MarkedBlock
{
    Q_DECLARE_TR_FUNCTIONS(Kt::Platform::MarkedBlock)

public:
    enum class Placement { Top, Bottom };

    MarkedBlock(QByteArray beginMarker, QByteArray endMarker, Placement placement);

    // kt-connect's hosts block (appended, so the user's own entries win) and KtDesk's
    // resolv.conf block (first, because the first nameserver is asked first).
    static MarkedBlock hosts();
    static MarkedBlock resolvConf();

    // `current` without any well-formed block; an error if a marker has no partner.
    Result<QByteArray> withoutBlocks(const QByteArray &current) const;

    // The edit that puts `lines` (each without newline) into `current`. `previous` is the edit
    // this program made before (its block is taken out first, and the original it recorded is
    // kept); blocks left by someone else (a crashed ktctl, a lost record) are dropped. No lines:
    // the file gets no block.
    Result<BlockEdit> plan(const QByteArray &current, const QByteArrayList &lines,
        const std::optional<BlockEdit> &previous = std::nullopt) const;

    // The content that undoes `edit` given what the file holds now: the original bytes when
    // nobody touched the file since; otherwise `current` with the block taken out, so that
    // other programs' changes made in the meantime survive.
    QByteArray restored(const QByteArray &current, const BlockEdit &edit) const;

    QByteArray beginMarker() const { return m_begin; }
    QByteArray endMarker() const { return m_end; }

private:
    struct Range
    {
        qsizetype start = 0; // first byte of the begin marker line
        qsizetype stop = 0; // one past the end marker line's newline (or the end of the file)
    };
    Result<std::optional<Range>> findBlock(const QByteArray &content, qsizetype from) const;
    QByteArray removeBlocks(const QByteArray &content, bool addedNewline) const;

    QByteArray m_begin;
    QByteArray m_end;
    Placement m_placement;
};

} // namespace Kt::Platform
