#include "sshworker.h"

#include "common/logging.h"
#include "tunnel/sshtunnel.h"

#include <libssh/server.h> // ssh_send_keepalive (works for clients too)

#include <QMetaObject>

#include <arpa/inet.h>
#include <array>
#include <cerrno>
#include <chrono>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Kt::Tunnel {

namespace {

constexpr int kDrainPolls = 64; // transport polls per loop pass (libssh reads 4 KiB per poll)
constexpr int kMaxEvents = 256; // epoll events taken per wait

void setNonBlocking(int fd)
{
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
}

} // namespace

// Writes as much as the socket takes; returns false on a hard error.
bool SshWorker::writeSome(int fd, QByteArray &data)
{
    while (!data.isEmpty()) {
        const ssize_t n
            = ::send(fd, data.constData(), static_cast<size_t>(data.size()), MSG_NOSIGNAL);
        if (n > 0) {
            data.remove(0, n);
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return true;
        if (n < 0 && errno == EINTR)
            continue;
        return false;
    }
    return true;
}

SshWorker::SshWorker(SshTunnel *owner, SshEndpoint endpoint)
    : m_owner(owner)
    , m_endpoint(std::move(endpoint))
{
    m_wakeFd = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    m_epollFd = ::epoll_create1(EPOLL_CLOEXEC);
    m_thread = std::thread([this] { run(); });
}

SshWorker::~SshWorker()
{
    requestStop();
    if (m_thread.joinable())
        m_thread.join();
    if (m_wakeFd >= 0)
        ::close(m_wakeFd);
    if (m_epollFd >= 0)
        ::close(m_epollFd);
}

void SshWorker::post(std::function<void(SshWorker &)> task)
{
    {
        std::lock_guard lock(m_taskMutex);
        m_tasks.push_back(std::move(task));
    }
    const quint64 one = 1;
    [[maybe_unused]] const auto written = ::write(m_wakeFd, &one, sizeof one);
}

void SshWorker::requestStop()
{
    m_stop = true;
    const quint64 one = 1;
    [[maybe_unused]] const auto written = ::write(m_wakeFd, &one, sizeof one);
}

TunnelCounters SshWorker::counters() const
{
    std::lock_guard lock(m_countersMutex);
    return m_counters;
}

Error SshWorker::sshError(const QString &what) const
{
    const QString where = m_endpoint.description.isEmpty() ? QStringLiteral("the shadow's sshd")
                                                           : m_endpoint.description;
    return Error {ErrorCode::Unavailable, SshTunnel::tr("SSH to %1 failed: %2.").arg(where, what),
        m_session ? QString::fromUtf8(ssh_get_error(m_session)) : QString(),
        SshTunnel::tr("Check that the shadow pod is running; KtDesk reconnects on its own.")};
}

void SshWorker::fail(const Error &error)
{
    qCWarning(ktTunnel) << error.message << error.detail;
    QMetaObject::invokeMethod(
        m_owner,
        [owner = m_owner, error] {
            Q_EMIT owner->errorOccurred(error);
            owner->setState(SshTunnel::State::Failed);
        },
        Qt::QueuedConnection);
}

void SshWorker::run()
{
    if (m_endpoint.fd >= 0) {
        struct stat transport;
        if (::fstat(m_endpoint.fd, &transport) == 0) {
            m_transportDevice = transport.st_dev;
            m_transportInode = transport.st_ino;
        }
    }
    m_session = ssh_new();
    const Result<void> connected = connectAndAuthenticate();
    if (!connected) {
        fail(connected.error());
    } else {
        QMetaObject::invokeMethod(
            m_owner, [owner = m_owner] { owner->setState(SshTunnel::State::Active); },
            Qt::QueuedConnection);
        loop();
    }
    shutdown();
}

Result<void> SshWorker::connectAndAuthenticate()
{
    const long timeoutSeconds
        = std::max<long>(1, static_cast<long>(m_endpoint.connectTimeout.count() / 1000));
    const int off = 0;
    const QByteArray user = m_endpoint.user.toUtf8();
    ssh_options_set(m_session, SSH_OPTIONS_PROCESS_CONFIG, &off); // never read ~/.ssh/config
    ssh_options_set(m_session, SSH_OPTIONS_USER, user.constData());
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &timeoutSeconds);
    // kt-connect's shadow offers only aes-ctr; AES-GCM is faster where the server has it.
    ssh_options_set(m_session, SSH_OPTIONS_CIPHERS_C_S,
        "aes128-gcm@openssh.com,aes256-gcm@openssh.com,aes128-ctr,aes192-ctr,aes256-ctr");
    ssh_options_set(m_session, SSH_OPTIONS_CIPHERS_S_C,
        "aes128-gcm@openssh.com,aes256-gcm@openssh.com,aes128-ctr,aes192-ctr,aes256-ctr");
    if (m_endpoint.fd >= 0) {
        socket_t fd = m_endpoint.fd;
        ssh_options_set(m_session, SSH_OPTIONS_FD, &fd);
        ssh_options_set(m_session, SSH_OPTIONS_HOST, "shadow");
    } else {
        const QByteArray host = m_endpoint.host.toUtf8();
        const unsigned int port = m_endpoint.port;
        ssh_options_set(m_session, SSH_OPTIONS_HOST, host.constData());
        ssh_options_set(m_session, SSH_OPTIONS_PORT, &port);
    }
    if (ssh_connect(m_session) != SSH_OK)
        return sshError(SshTunnel::tr("could not connect"));

    ssh_key serverKey = nullptr;
    if (ssh_get_server_publickey(m_session, &serverKey) != SSH_OK)
        return sshError(SshTunnel::tr("the server sent no host key"));
    unsigned char *hash = nullptr;
    size_t hashLength = 0;
    const int hashed
        = ssh_get_publickey_hash(serverKey, SSH_PUBLICKEY_HASH_SHA256, &hash, &hashLength);
    ssh_key_free(serverKey);
    if (hashed != SSH_OK)
        return sshError(SshTunnel::tr("could not hash the host key"));
    const QByteArray fingerprint = "SHA256:"
        + QByteArray(reinterpret_cast<const char *>(hash), static_cast<qsizetype>(hashLength))
              .toBase64(QByteArray::OmitTrailingEquals);
    ssh_clean_pubkey_hash(&hash);
    if (!m_endpoint.pinnedHostKey.isEmpty() && fingerprint != m_endpoint.pinnedHostKey) {
        return Error {ErrorCode::Forbidden,
            SshTunnel::tr("The host key of %1 changed (was %2, now %3): KtDesk refused to connect.")
                .arg(m_endpoint.description, QString::fromLatin1(m_endpoint.pinnedHostKey),
                    QString::fromLatin1(fingerprint)),
            {},
            SshTunnel::tr(
                "Someone may be intercepting the connection. Stop the session and start it "
                "again to trust a new shadow.")};
    }
    QMetaObject::invokeMethod(
        m_owner, [owner = m_owner, fingerprint] { owner->m_hostKey = fingerprint; },
        Qt::QueuedConnection);

    ssh_key key = nullptr;
    const QByteArray keyText = m_endpoint.privateKey + '\0';
    if (ssh_pki_import_privkey_base64(keyText.constData(), nullptr, nullptr, nullptr, &key)
        != SSH_OK)
        return Error {ErrorCode::InvalidInput,
            SshTunnel::tr("The SSH private key for %1 cannot be read.").arg(m_endpoint.description),
            {}, {}};
    const int auth = ssh_userauth_publickey(m_session, nullptr, key);
    ssh_key_free(key);
    if (auth != SSH_AUTH_SUCCESS) {
        return Error {ErrorCode::Unauthorized,
            SshTunnel::tr("The shadow's sshd (%1) refused KtDesk's key.")
                .arg(m_endpoint.description),
            QString::fromUtf8(ssh_get_error(m_session)),
            SshTunnel::tr("Check that the shadow's ConfigMap holds the session's public key.")};
    }
    ssh_set_blocking(m_session, 0);
    return {};
}

void SshWorker::loop()
{
    m_event = ssh_event_new();
    ssh_event_add_session(m_event, m_session);
    m_transportFd = ssh_get_fd(m_session);
    epoll_event wake {};
    wake.events = EPOLLIN;
    wake.data.ptr = &m_wakeFd;
    ::epoll_ctl(m_epollFd, EPOLL_CTL_ADD, m_wakeFd, &wake);
    watchTransport();
    using Clock = std::chrono::steady_clock;
    auto lastKeepalive = Clock::now();
    const auto keepalive = m_endpoint.keepaliveInterval;
    std::array<epoll_event, kMaxEvents> events {};
    while (!m_stop) {
        const bool busy = !m_pendingOpens.empty() || !m_pendingListens.empty();
        const int timeoutMs = busy ? 5 : static_cast<int>(keepalive.count());
        const int n = ::epoll_wait(m_epollFd, events.data(), kMaxEvents, timeoutMs);
        m_transportActive = busy;
        for (int i = 0; i < n; ++i) {
            void *tag = events[static_cast<size_t>(i)].data.ptr;
            const uint32_t got = events[static_cast<size_t>(i)].events;
            if (tag == &m_wakeFd) {
                quint64 value = 0;
                [[maybe_unused]] const auto read = ::read(m_wakeFd, &value, sizeof value);
            } else if (tag == &m_transportFd) {
                m_transportActive = true;
            } else {
                auto *bridge = static_cast<Bridge *>(tag);
                if (got & (EPOLLIN | EPOLLHUP | EPOLLERR | EPOLLRDHUP))
                    bridge->fdReadable = true;
                if (got & (EPOLLOUT | EPOLLERR | EPOLLHUP))
                    bridge->fdWritable = true;
                markReady(*bridge);
            }
        }
        const bool failed = m_transportActive && !drainTransport();
        if (failed || !ssh_is_connected(m_session)) {
            if (!m_stop)
                fail(sshError(SshTunnel::tr("the connection was lost")));
            return;
        }
        runTasks();
        if (m_transportActive) {
            retryPendingOpens();
            retryPendingListens();
            acceptForwards();
        }
        serviceReady();
        if (Clock::now() - lastKeepalive >= keepalive) {
            ssh_send_keepalive(m_session);
            lastKeepalive = Clock::now();
        }
        watchTransport();
    }
}

// libssh reads the transport 4 KiB per poll: take what is already there (bounded, so the bridges
// get their turn; epoll reports the rest at once).
bool SshWorker::drainTransport()
{
    for (int i = 0; i < kDrainPolls; ++i) {
        const int rc = ssh_event_dopoll(m_event, 0);
        if (rc == SSH_ERROR)
            return false;
        if (rc != SSH_OK)
            break;
    }
    return true;
}

// The transport is always watched for input, and for output while libssh holds unsent bytes.
void SshWorker::watchTransport()
{
    if (m_transportFd < 0)
        return;
    uint32_t wanted = EPOLLIN;
    if (ssh_get_poll_flags(m_session) & SSH_WRITE_PENDING)
        wanted |= EPOLLOUT;
    if (wanted == m_transportEvents)
        return;
    epoll_event event {};
    event.events = wanted;
    event.data.ptr = &m_transportFd;
    ::epoll_ctl(
        m_epollFd, m_transportEvents ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, m_transportFd, &event);
    m_transportEvents = wanted;
}

void SshWorker::markReady(Bridge &bridge)
{
    if (bridge.queued)
        return;
    bridge.queued = true;
    m_ready.push_back(&bridge);
}

// One pass over the bridges that had an event (and those whose remote window opened since).
void SshWorker::serviceReady()
{
    if (!m_windowWaiters.empty()) {
        std::vector<Bridge *> waiters;
        waiters.swap(m_windowWaiters);
        for (Bridge *bridge : waiters) {
            bridge->waitingWindow = false;
            if (bridge->dead || ssh_channel_window_size(bridge->channel) > 0) {
                markReady(*bridge);
            } else {
                bridge->waitingWindow = true;
                m_windowWaiters.push_back(bridge);
            }
        }
    }
    std::vector<Bridge *> batch;
    batch.swap(m_ready);
    for (Bridge *bridge : batch) {
        bridge->queued = false;
        if (!bridge->dead)
            serviceBridge(*bridge);
        if (!bridge->dead)
            updateInterest(*bridge);
    }
    // Erase what died, unless a callback queued it again meanwhile (then the next pass does).
    for (Bridge *bridge : batch) {
        if (bridge->dead && !bridge->queued && !bridge->waitingWindow)
            m_bridges.erase(bridge->self);
    }
}

void SshWorker::shutdown()
{
    runTasks(); // answer what is still queued (with errors, the session is gone)
    for (Bridge &bridge : m_bridges)
        closeBridge(bridge);
    m_bridges.clear();
    for (PendingOpen &open : m_pendingOpens) {
        ssh_channel_free(open.channel);
        ::close(open.fd);
    }
    m_pendingOpens.clear();
    m_ready.clear();
    m_windowWaiters.clear();
    if (m_event) {
        ssh_event_remove_session(m_event, m_session);
        ssh_event_free(m_event);
        m_event = nullptr;
    }
    if (m_session) {
        if (ssh_is_connected(m_session))
            ssh_disconnect(m_session);
        ssh_free(m_session);
        m_session = nullptr;
    }
    closeTransport();
    if (m_stop) {
        QMetaObject::invokeMethod(
            m_owner, [owner = m_owner] { owner->setState(SshTunnel::State::Stopped); },
            Qt::QueuedConnection);
    }
}

void SshWorker::closeTransport()
{
    // A socket handed over with SSH_OPTIONS_FD stays open after ssh_disconnect() and ssh_free()
    // (it leaked once per stopped tunnel); libssh itself closes it only when the peer went away.
    if (m_endpoint.fd < 0 || m_transportInode == 0)
        return;
    struct stat now;
    if (::fstat(m_endpoint.fd, &now) == 0 && now.st_dev == m_transportDevice
        && now.st_ino == m_transportInode)
        ::close(m_endpoint.fd);
    m_endpoint.fd = -1;
}

int SshWorker::onChannelData(ssh_session, ssh_channel, void *, uint32_t, int, void *userdata)
{
    auto *bridge = static_cast<Bridge *>(userdata);
    bridge->worker->markReady(*bridge);
    return 0; // the data stays in the channel's buffer for serviceBridge's read
}

void SshWorker::onChannelEof(ssh_session, ssh_channel, void *userdata)
{
    auto *bridge = static_cast<Bridge *>(userdata);
    bridge->worker->markReady(*bridge);
}

void SshWorker::onChannelClose(ssh_session, ssh_channel, void *userdata)
{
    auto *bridge = static_cast<Bridge *>(userdata);
    bridge->worker->markReady(*bridge);
}

void SshWorker::runTasks()
{
    std::vector<std::function<void(SshWorker &)>> tasks;
    {
        std::lock_guard lock(m_taskMutex);
        tasks.swap(m_tasks);
    }
    for (auto &task : tasks)
        task(*this);
}

void SshWorker::openDirect(int fd, const QString &host, quint16 port, QByteArray successReply,
    QByteArray failureReply, QByteArray pendingData, std::function<void(Result<void>)> done)
{
    setNonBlocking(fd);
    PendingOpen open {nullptr, fd, host, port, std::move(successReply), std::move(failureReply),
        std::move(pendingData), std::move(done)};
    if (!m_session || !ssh_is_connected(m_session) || m_stop) {
        writeSome(fd, open.failureReply);
        ::close(fd);
        Error error {ErrorCode::Unavailable, SshTunnel::tr("The tunnel is not connected."), {}, {}};
        QMetaObject::invokeMethod(
            m_owner, [done = std::move(open.done), error] { done(error); }, Qt::QueuedConnection);
        return;
    }
    open.channel = ssh_channel_new(m_session);
    m_pendingOpens.push_back(std::move(open));
    retryPendingOpens();
}

void SshWorker::retryPendingOpens()
{
    for (auto it = m_pendingOpens.begin(); it != m_pendingOpens.end();) {
        const QByteArray host = it->host.toUtf8();
        const int rc
            = ssh_channel_open_forward(it->channel, host.constData(), it->port, "127.0.0.1", 0);
        if (rc == SSH_AGAIN) {
            ++it;
            continue;
        }
        PendingOpen open = std::move(*it);
        it = m_pendingOpens.erase(it);
        if (rc != SSH_OK) {
            const Error error {ErrorCode::Unavailable,
                SshTunnel::tr("The cluster side could not connect to %1:%2.")
                    .arg(open.host)
                    .arg(open.port),
                QString::fromUtf8(ssh_get_error(m_session)), {}};
            ssh_channel_free(open.channel);
            writeSome(open.fd, open.failureReply);
            ::close(open.fd);
            {
                std::lock_guard lock(m_countersMutex);
                ++m_counters.channelsFailed;
            }
            QMetaObject::invokeMethod(
                m_owner, [done = std::move(open.done), error] { done(error); },
                Qt::QueuedConnection);
            continue;
        }
        QByteArray reply = open.successReply;
        if (!writeSome(open.fd, reply) || !reply.isEmpty()) {
            // The client vanished (or will not take a few bytes of reply): drop it.
            ssh_channel_close(open.channel);
            ssh_channel_free(open.channel);
            ::close(open.fd);
            QMetaObject::invokeMethod(
                m_owner,
                [done = std::move(open.done)] {
                    done(Error {
                        ErrorCode::Io, SshTunnel::tr("The client closed the connection."), {}, {}});
                },
                Qt::QueuedConnection);
            continue;
        }
        Bridge *bridge = addBridge(open.channel, open.fd);
        bridge->toChannel = std::move(open.pendingData);
        bridge->fdReadable = true; // it may already hold data (and the channel too)
        QMetaObject::invokeMethod(
            m_owner, [done = std::move(open.done)] { done({}); }, Qt::QueuedConnection);
    }
}

SshWorker::Bridge *SshWorker::addBridge(ssh_channel channel, int fd)
{
    Bridge &bridge = m_bridges.emplace_back();
    bridge.channel = channel;
    bridge.fd = fd;
    bridge.worker = this;
    bridge.self = std::prev(m_bridges.end());
    bridge.callbacks.userdata = &bridge;
    bridge.callbacks.channel_data_function = &SshWorker::onChannelData;
    bridge.callbacks.channel_eof_function = &SshWorker::onChannelEof;
    bridge.callbacks.channel_close_function = &SshWorker::onChannelClose;
    ssh_callbacks_init(&bridge.callbacks);
    ssh_set_channel_callbacks(channel, &bridge.callbacks);
    markReady(bridge); // data may have come with the channel's confirmation
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    {
        std::lock_guard lock(m_countersMutex);
        ++m_counters.channelsOpened;
        ++m_counters.openChannels;
    }
    noteTraffic();
    return &bridge;
}

void SshWorker::noteTraffic()
{
    if (m_trafficWatched.exchange(false)) {
        QMetaObject::invokeMethod(
            m_owner, [owner = m_owner] { Q_EMIT owner->trafficResumed(); }, Qt::QueuedConnection);
    }
}

void SshWorker::addRemoteForward(const QString &bindAddress, quint16 remotePort, quint16 localPort,
    std::function<void(Result<quint16>)> done)
{
    m_pendingListens.push_back({bindAddress, remotePort, localPort, std::move(done)});
    retryPendingListens();
}

void SshWorker::retryPendingListens()
{
    for (auto it = m_pendingListens.begin(); it != m_pendingListens.end();) {
        if (!m_session || !ssh_is_connected(m_session)) {
            const Error error {
                ErrorCode::Unavailable, SshTunnel::tr("The tunnel is not connected."), {}, {}};
            QMetaObject::invokeMethod(
                m_owner, [done = std::move(it->done), error] { done(error); },
                Qt::QueuedConnection);
            it = m_pendingListens.erase(it);
            continue;
        }
        int bound = 0;
        const QByteArray address = it->bindAddress.toUtf8();
        const int rc
            = ssh_channel_listen_forward(m_session, address.constData(), it->remotePort, &bound);
        if (rc == SSH_AGAIN) {
            ++it;
            continue;
        }
        if (rc != SSH_OK) {
            const Error error {ErrorCode::Conflict,
                SshTunnel::tr("The shadow could not listen on port %1 for the remote forward.")
                    .arg(it->remotePort),
                QString::fromUtf8(ssh_get_error(m_session)),
                SshTunnel::tr("Another session may already expose this port on the same shadow.")};
            QMetaObject::invokeMethod(
                m_owner, [done = std::move(it->done), error] { done(error); },
                Qt::QueuedConnection);
        } else {
            const quint16 port = it->remotePort != 0 ? it->remotePort : static_cast<quint16>(bound);
            m_forwards[port] = it->localPort;
            qCInfo(ktTunnel) << "remote forward" << it->bindAddress << port
                             << "-> 127.0.0.1:" << it->localPort;
            QMetaObject::invokeMethod(
                m_owner, [done = std::move(it->done), port] { done(port); }, Qt::QueuedConnection);
        }
        it = m_pendingListens.erase(it);
    }
}

void SshWorker::removeRemoteForward(const QString &bindAddress, quint16 remotePort)
{
    m_forwards.erase(remotePort);
    if (m_session && ssh_is_connected(m_session)) {
        const QByteArray address = bindAddress.toUtf8();
        ssh_channel_cancel_forward(m_session, address.constData(), remotePort);
    }
}

void SshWorker::acceptForwards()
{
    if (m_forwards.empty())
        return;
    for (;;) {
        int destinationPort = 0;
        char *originator = nullptr;
        int originatorPort = 0;
        ssh_channel channel = ssh_channel_open_forward_port(
            m_session, 0, &destinationPort, &originator, &originatorPort);
        ssh_string_free_char(originator);
        if (!channel)
            return;
        const auto mapping = m_forwards.find(destinationPort);
        if (mapping == m_forwards.end()) {
            ssh_channel_close(channel);
            ssh_channel_free(channel);
            continue;
        }
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_port = htons(mapping->second);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        const int rc = ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address);
        Bridge *bridge = addBridge(channel, fd);
        bridge->localPort = mapping->second;
        bridge->connecting = rc != 0 && errno == EINPROGRESS;
        if (rc != 0 && errno != EINPROGRESS) {
            bridge->connecting = true; // reported as refused by serviceBridge
            bridge->fdWritable = true;
        }
    }
}

} // namespace Kt::Tunnel
