#pragma once

#include "common/error.h"
#include "platform/markedblock.h"

#include <QString>

namespace Kt::Platform {

// A system text file that gets a marked block: plan the edit (so that it can be recorded before
// the file changes), write it, and undo it.
class BlockFile
{
public:
    BlockFile(QString path, MarkedBlock block);

    QString path() const { return m_path; }
    const MarkedBlock &block() const { return m_block; }

    Result<BlockEdit> plan(
        const QByteArrayList &lines, const std::optional<BlockEdit> &previous = std::nullopt) const;
    Result<void> apply(const BlockEdit &edit) const;
    Result<void> undo(const BlockEdit &edit) const;

private:
    QString m_path;
    MarkedBlock m_block;
};

} // namespace Kt::Platform
