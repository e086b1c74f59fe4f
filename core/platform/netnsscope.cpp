#include "netnsscope.h"

#include "common/logging.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sched.h>
#include <unistd.h>

namespace Kt::Platform {

bool NetnsScope::isValidName(const QString &name)
{
    return !name.isEmpty() && name.size() <= 255 && !name.contains(QLatin1Char('/'))
        && name != QLatin1String(".") && name != QLatin1String("..");
}

Result<NetnsScope> NetnsScope::enter(const QString &name)
{
    NetnsScope scope;
    if (name.isEmpty())
        return scope;
    if (!isValidName(name))
        return Error {ErrorCode::InvalidInput,
            tr("\"%1\" is not a network namespace name.").arg(name), {}, {}};
    const QByteArray target = QFile::encodeName(QStringLiteral("/run/netns/") + name);
    const int previous = ::open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
    if (previous < 0)
        return Error {ErrorCode::Io, tr("Cannot read this thread's network namespace."),
            QString::fromLocal8Bit(std::strerror(errno)), {}};
    const int fd = ::open(target.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::setns(fd, CLONE_NEWNET) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        if (fd >= 0)
            ::close(fd);
        ::close(previous);
        return Error {ErrorCode::Unavailable,
            tr("Cannot enter the network namespace %1.").arg(name), why,
            tr("It must exist (ip netns add) and KtDesk must run as root to use it.")};
    }
    ::close(fd);
    scope.m_previous = previous;
    return scope;
}

NetnsScope::NetnsScope(NetnsScope &&other) noexcept
    : m_previous(std::exchange(other.m_previous, -1))
{ }

NetnsScope::~NetnsScope()
{
    if (m_previous < 0)
        return;
    if (::setns(m_previous, CLONE_NEWNET) != 0)
        qCCritical(ktPlatform) << "cannot return to the previous network namespace:"
                               << std::strerror(errno);
    ::close(m_previous);
}

} // namespace Kt::Platform
