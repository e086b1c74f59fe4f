#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Kt::Platform {

// Reading and replacing small system files (/etc/hosts, /etc/resolv.conf) safely.
class SystemFile
{
    Q_DECLARE_TR_FUNCTIONS(Kt::Platform::SystemFile)

public:
    static constexpr qint64 kMaxSize = 16 * 1024 * 1024;

    static Result<QByteArray> read(const QString &path);

    // Replaces the content with QSaveFile (write a temporary file, then rename it over the old
    // one, keeping its permissions), at the symlink's target if `path` is a symlink (so that a
    // resolv.conf managed through a link stays a link). A file that is a mount point of its own
    // (containers bind-mount /etc/hosts and /etc/resolv.conf) cannot be renamed over; it is
    // rewritten in place instead.
    static Result<void> write(const QString &path, const QByteArray &content);
};

} // namespace Kt::Platform
