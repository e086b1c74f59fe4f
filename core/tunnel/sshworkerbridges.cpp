#include "sshworker.h"

#include "common/logging.h"
#include "tunnel/sshtunnel.h"

#include <QMetaObject>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

// The bridges' side of SshWorker: moving bytes between each channel and its socket, with the
// receive window grown for bulk transfers and the socket watched only for what the bridge can use.
namespace Kt::Tunnel {

namespace {

constexpr qsizetype kChunk = 256 * 1024; // one read from a socket or channel
constexpr qsizetype kMaxPending = 1024 * 1024; // per direction, per bridge
// The receive window of a channel. libssh on its own refills to 1.28 MB once less than 640 KB is
// left, which caps a download at ~1 MB per round trip, and a round trip through the port-forward
// (API server, kubelet) is long: the kubelet side reads the pod's socket one frame at a time, so
// under load the bytes in flight wait in sshd's send queue. A channel starts at 4 MiB when it
// first has data and doubles each time half of its window was read, up to 16 MiB: bulk transfers
// get a window that keeps the path busy (tests/bench/PROFILE.md: 4 MiB 1.1x, 8 MiB 1.4x, 16 MiB
// 1.65x, 32 MiB 1.8x `ssh -D` over kubectl, whose OpenSSH keeps 2 MB), while a channel whose
// client stops reading holds at most one window in libssh's buffer.
constexpr uint32_t kFirstChannelWindow = 4 * 1024 * 1024;
constexpr uint32_t kMaxChannelWindow = 16 * 1024 * 1024;

} // namespace

void SshWorker::serviceBridge(Bridge &bridge)
{
    if (bridge.connecting) {
        if (!bridge.fdWritable)
            return;
        int error = 0;
        socklen_t length = sizeof error;
        ::getsockopt(bridge.fd, SOL_SOCKET, SO_ERROR, &error, &length);
        if (error == EINPROGRESS || error == EALREADY)
            return;
        if (error != 0 || ::send(bridge.fd, "", 0, MSG_NOSIGNAL) < 0) {
            const QString reason = QString::fromLocal8Bit(::strerror(error ? error : ECONNREFUSED));
            const quint16 port = bridge.localPort;
            {
                std::lock_guard lock(m_countersMutex);
                ++m_counters.forwardsRefused;
            }
            qCWarning(ktTunnel) << "remote forward to local port" << port << "refused:" << reason;
            QMetaObject::invokeMethod(
                m_owner,
                [owner = m_owner, port, reason] { Q_EMIT owner->forwardRefused(port, reason); },
                Qt::QueuedConnection);
            closeBridge(bridge);
            return;
        }
        bridge.connecting = false;
        bridge.fdReadable = true;
    }

    quint64 toRemote = 0;
    quint64 fromRemote = 0;
    char buffer[kChunk];

    // channel -> socket
    if (!bridge.toFd.isEmpty() && !writeSome(bridge.fd, bridge.toFd)) {
        closeBridge(bridge);
        return;
    }
    bridge.fdWritable = false;
    while (bridge.toFd.isEmpty() && !bridge.channelEof) {
        // Asking for a whole window's worth makes libssh grow the window to it first; done once
        // half of it was read since the last time, so the server never waits for us.
        const bool grow
            = bridge.readSinceGrow >= bridge.window / 2 && ssh_channel_poll(bridge.channel, 0) > 0;
        if (grow) {
            bridge.window = bridge.window == 0 ? kFirstChannelWindow
                                               : std::min(bridge.window * 2, kMaxChannelWindow);
            if (!m_readBuffer)
                m_readBuffer.reset(new char[kMaxChannelWindow]); // not value-initialised: untouched
        }
        const int n = grow
            ? ssh_channel_read_timeout(bridge.channel, m_readBuffer.get(), bridge.window, 0, 0)
            : ssh_channel_read_nonblocking(bridge.channel, buffer, sizeof buffer, 0);
        if (grow && n >= 0)
            bridge.readSinceGrow = 0;
        if (n > 0)
            bridge.readSinceGrow += static_cast<uint32_t>(n);
        if (n > 0) {
            fromRemote += static_cast<quint64>(n);
            QByteArray data(grow ? m_readBuffer.get() : buffer, n);
            if (!writeSome(bridge.fd, data)) {
                closeBridge(bridge);
                return;
            }
            bridge.toFd = std::move(data);
            continue;
        }
        if (n == SSH_ERROR || n == SSH_EOF || ssh_channel_is_eof(bridge.channel)
            || ssh_channel_is_closed(bridge.channel))
            bridge.channelEof = ssh_channel_is_eof(bridge.channel)
                || ssh_channel_is_closed(bridge.channel) || n != 0;
        break;
    }
    if (bridge.channelEof && bridge.toFd.isEmpty() && !bridge.fdShutdown) {
        ::shutdown(bridge.fd, SHUT_WR);
        bridge.fdShutdown = true;
    }

    // socket -> channel
    while (!bridge.fdEof) {
        if (!bridge.toChannel.isEmpty()) {
            const uint32_t window = ssh_channel_window_size(bridge.channel);
            if (window == 0)
                break;
            const auto size = std::min<qsizetype>(bridge.toChannel.size(), window);
            const int written = ssh_channel_write(
                bridge.channel, bridge.toChannel.constData(), static_cast<uint32_t>(size));
            if (written < 0) {
                closeBridge(bridge);
                return;
            }
            toRemote += static_cast<quint64>(written);
            bridge.toChannel.remove(0, written);
            if (written == 0)
                break;
            continue;
        }
        if (!bridge.fdReadable)
            break;
        const ssize_t n = ::recv(bridge.fd, buffer, sizeof buffer, 0);
        if (n > 0) {
            bridge.toChannel.append(buffer, n);
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            bridge.fdReadable = false;
            break;
        }
        if (n < 0 && errno == EINTR)
            continue;
        bridge.fdEof = true; // EOF or error: tell the other side
        ssh_channel_send_eof(bridge.channel);
    }

    if (toRemote || fromRemote) {
        {
            std::lock_guard lock(m_countersMutex);
            m_counters.bytesToRemote += toRemote;
            m_counters.bytesFromRemote += fromRemote;
        }
        noteTraffic();
    }
    const bool channelDone = bridge.channelEof && bridge.toFd.isEmpty();
    const bool fdDone = bridge.fdEof && bridge.toChannel.isEmpty();
    if ((channelDone && fdDone) || ssh_channel_is_closed(bridge.channel))
        closeBridge(bridge);
}

void SshWorker::updateInterest(Bridge &bridge)
{
    uint32_t wanted = 0;
    if (bridge.connecting || !bridge.toFd.isEmpty())
        wanted |= EPOLLOUT;
    const bool windowOpen = ssh_channel_window_size(bridge.channel) > 0;
    if (!bridge.connecting && !bridge.fdEof && bridge.toChannel.size() < kMaxPending && windowOpen)
        wanted |= EPOLLIN;
    // Nothing tells when the server opens the window again: check at every pass until it did.
    const bool waits = !bridge.connecting && !bridge.fdEof && !windowOpen;
    if (waits && !bridge.waitingWindow) {
        bridge.waitingWindow = true;
        m_windowWaiters.push_back(&bridge);
    }
    if (wanted == bridge.registered)
        return;
    epoll_event event {};
    event.events = wanted;
    event.data.ptr = &bridge;
    if (!wanted)
        ::epoll_ctl(m_epollFd, EPOLL_CTL_DEL, bridge.fd, nullptr);
    else
        ::epoll_ctl(
            m_epollFd, bridge.registered ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, bridge.fd, &event);
    bridge.registered = wanted;
}

void SshWorker::closeBridge(Bridge &bridge)
{
    if (bridge.dead)
        return;
    bridge.dead = true;
    if (bridge.registered)
        ::epoll_ctl(m_epollFd, EPOLL_CTL_DEL, bridge.fd, nullptr);
    bridge.registered = 0;
    ::close(bridge.fd);
    // libssh keeps a channel it has not seen closed by the server: it must not call back here.
    ssh_remove_channel_callbacks(bridge.channel, &bridge.callbacks);
    if (!ssh_channel_is_closed(bridge.channel))
        ssh_channel_close(bridge.channel);
    ssh_channel_free(bridge.channel);
    {
        std::lock_guard lock(m_countersMutex);
        --m_counters.openChannels;
    }
    noteTraffic();
}

} // namespace Kt::Tunnel
