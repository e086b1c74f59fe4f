#pragma once

#include "common/error.h"
#include "platform/markedblock.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Kt::Platform {

// ktdesk-helper's own record of what it changed on this machine, written (with QSaveFile) before
// each change, so that a helper that was killed has its changes undone by the next one. Lives in
// /run/ktdesk (tmpfs: after a reboot the nftables table and resolved link are gone as well).
struct HelperRecord
{
    Q_DECLARE_TR_FUNCTIONS(Kt::Platform::HelperRecord)

public:
    struct FileChange
    {
        QString path;
        BlockEdit edit;
        friend bool operator==(const FileChange &, const FileChange &) = default;
    };

    static QString defaultDirectory() { return QStringLiteral("/run/ktdesk"); }
    static QString fileName() { return QStringLiteral("helper-record.json"); }

    qint64 pid = 0; // the helper that wrote it
    bool nftables = false; // the table ktdesk may exist
    bool resolvedLink = false; // the resolved link ktdesk0 may exist
    std::optional<FileChange> resolvConf;
    std::optional<FileChange> hosts;

    bool isEmpty() const { return !nftables && !resolvedLink && !resolvConf && !hosts; }

    QByteArray toJson() const;
    static Result<HelperRecord> fromJson(const QByteArray &json);

    // A missing file is an empty record.
    static Result<HelperRecord> load(const QString &directory);
    // An empty record removes the file.
    Result<void> save(const QString &directory) const;

    friend bool operator==(const HelperRecord &, const HelperRecord &) = default;
};

} // namespace Kt::Platform
