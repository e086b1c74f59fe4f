#include "transparentproxy.h"

#include "common/logging.h"
#include "tunnel/sshtunnel.h"

#include <QTcpServer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

// From <linux/netfilter_ipv4.h>, which clashes with <netinet/in.h> when both are included.
#ifndef SO_ORIGINAL_DST
#define SO_ORIGINAL_DST 80
#endif

namespace Kt::Tunnel {

// Takes accepted descriptors before Qt wraps them in a QTcpSocket: the tunnel's worker owns
// them from here on, so there is nothing to dup or to drain.
class TransparentProxyServer final : public QTcpServer
{
public:
    explicit TransparentProxyServer(TransparentProxy *proxy)
        : QTcpServer(proxy)
        , m_proxy(proxy)
    { }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        m_proxy->onIncoming(static_cast<int>(descriptor));
    }

private:
    TransparentProxy *m_proxy;
};

TransparentProxy::TransparentProxy(SshTunnel *tunnel, QObject *parent)
    : QObject(parent)
    , m_tunnel(tunnel)
    , m_server(new TransparentProxyServer(this))
{
    m_server->setListenBacklogSize(1024); // a browser opens many connections at once
}

TransparentProxy::~TransparentProxy() = default;

void TransparentProxy::setTunnel(SshTunnel *tunnel)
{
    m_tunnel = tunnel;
}

Result<void> TransparentProxy::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server->listen(address, port)) {
        return Error {ErrorCode::Conflict,
            tr("The transparent proxy cannot listen on %1:%2: %3.")
                .arg(address.toString())
                .arg(port)
                .arg(m_server->errorString()),
            {}, tr("Choose another port, or stop what uses this one.")};
    }
    qCInfo(ktTunnel) << "transparent proxy listens on" << address << m_server->serverPort();
    return {};
}

void TransparentProxy::close()
{
    m_server->close();
}

quint16 TransparentProxy::port() const
{
    return m_server->serverPort();
}

QHostAddress TransparentProxy::address() const
{
    return m_server->serverAddress();
}

void TransparentProxy::fail(int fd, const QString &target, const QString &reason)
{
    ::close(fd);
    ++m_counters.failed;
    qCInfo(ktTunnel).noquote() << "transparent proxy:" << target << reason;
    Q_EMIT connectionFailed(target, reason);
}

void TransparentProxy::onIncoming(int fd)
{
    ++m_counters.accepted;
    sockaddr_in original {};
    socklen_t length = sizeof(original);
    if (::getsockopt(fd, SOL_IP, SO_ORIGINAL_DST, &original, &length) != 0
        || original.sin_family != AF_INET) {
        fail(fd, QString(), tr("the connection was not redirected (no original destination)"));
        return;
    }
    const QHostAddress host(ntohl(original.sin_addr.s_addr));
    const quint16 port = ntohs(original.sin_port);
    const QString target = host.toString() + QLatin1Char(':') + QString::number(port);
    // A connection made to the proxy itself has itself as original destination: serving it
    // would open a channel back to a 127.0.0.1 port on the cluster side, which means nothing.
    if (host.isLoopback()) {
        fail(fd, target, tr("connections to loopback addresses are not forwarded"));
        return;
    }
    if (!m_tunnel) {
        fail(fd, target, tr("the tunnel is gone"));
        return;
    }
    m_tunnel->openDirect(fd, host.toString(), port, {}, {}, {},
        [self = QPointer<TransparentProxy>(this), target](Result<void> result) {
            if (!self)
                return;
            if (!result) {
                ++self->m_counters.failed;
                Q_EMIT self->connectionFailed(target, result.error().message);
                return;
            }
            ++self->m_counters.forwarded;
        });
}

} // namespace Kt::Tunnel
