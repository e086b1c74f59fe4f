#include "systemfile.h"

#include "common/logging.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sys/stat.h>

namespace Kt::Platform {

namespace {

Error ioError(const QString &message, const QString &detail)
{
    return Error {ErrorCode::Io, message, detail, {}};
}

// A bind mount of a single file: its device differs from its directory's.
bool isOwnMountPoint(const QString &path)
{
    struct stat file
    { };
    struct stat dir
    { };
    const QByteArray native = QFile::encodeName(path);
    const QByteArray parent = QFile::encodeName(QFileInfo(path).absolutePath());
    if (::stat(native.constData(), &file) != 0 || ::stat(parent.constData(), &dir) != 0)
        return false;
    return file.st_dev != dir.st_dev;
}

} // namespace

Result<QByteArray> SystemFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {file.error() == QFileDevice::OpenError && !file.exists() ? ErrorCode::NotFound
                                                                               : ErrorCode::Io,
            tr("Cannot read %1.").arg(path), file.errorString(), {}};
    QByteArray content = file.read(kMaxSize + 1);
    if (content.size() > kMaxSize)
        return ioError(
            tr("%1 is larger than %2 bytes; KtDesk does not edit it.").arg(path).arg(kMaxSize), {});
    if (file.error() != QFileDevice::NoError)
        return ioError(tr("Cannot read %1.").arg(path), file.errorString());
    return content;
}

Result<void> SystemFile::write(const QString &path, const QByteArray &content)
{
    QFileInfo info(path);
    const QString target
        = info.isSymLink() && !info.canonicalFilePath().isEmpty() ? info.canonicalFilePath() : path;
    if (isOwnMountPoint(target)) {
        qCInfo(ktPlatform) << target << "is a mount point; rewriting it in place";
        QFile file(target);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(content) != content.size() || !file.flush())
            return ioError(tr("Cannot write %1.").arg(target), file.errorString());
        return {};
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(tr("Cannot write %1.").arg(target), file.errorString());
    if (file.write(content) != content.size() || !file.commit())
        return ioError(tr("Cannot write %1.").arg(target), file.errorString());
    return {};
}

} // namespace Kt::Platform
