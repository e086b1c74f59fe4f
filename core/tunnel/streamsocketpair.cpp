#include "streamsocketpair.h"

#include "tunnel/devicepump.h"

#include <QLocalSocket>

#include <sys/socket.h>
#include <unistd.h>

namespace Kt::Tunnel {

StreamSocketPair::StreamSocketPair(QIODevice *stream, QObject *parent)
    : QObject(parent)
    , m_stream(stream)
{
    int fds[2] = {-1, -1};
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0)
        return;
    // Large kernel buffers keep the pair from being the bottleneck of bulk transfers.
    const int size = 1024 * 1024;
    for (int fd : fds) {
        ::setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &size, sizeof size);
        ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
    }
    auto *local = new QLocalSocket(this);
    if (!local->setSocketDescriptor(fds[0])) {
        ::close(fds[0]);
        ::close(fds[1]);
        return;
    }
    local->setReadBufferSize(DevicePump::kWriteBound);
    m_peerFd = fds[1];
    m_pump = new DevicePump(local, stream, this);
    connect(m_pump, &DevicePump::finished, this, &StreamSocketPair::finished);
}

StreamSocketPair::~StreamSocketPair()
{
    if (m_peerFd >= 0)
        ::close(m_peerFd);
}

Result<int> StreamSocketPair::takePeerDescriptor()
{
    if (m_peerFd < 0)
        return Error {ErrorCode::Internal,
            tr("Could not create a socket pair for the SSH connection."), {}, {}};
    return std::exchange(m_peerFd, -1);
}

quint64 StreamSocketPair::bytesToStream() const
{
    return m_pump ? m_pump->bytesAToB() : 0;
}

quint64 StreamSocketPair::bytesFromStream() const
{
    return m_pump ? m_pump->bytesBToA() : 0;
}

} // namespace Kt::Tunnel
