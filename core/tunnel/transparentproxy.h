#pragma once

#include "common/error.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>

namespace Kt::Tunnel {

class SshTunnel;
class TransparentProxyServer;

// The local end of connect's vpn mode: nftables redirects TCP for the cluster's networks to this
// listener (127.0.0.1), which reads each connection's original destination (SO_ORIGINAL_DST)
// and hands the socket to the SshTunnel as a direct-tcpip channel to that address and port. No
// handshake and no bytes of its own: the client believes it talks to the pod or Service.
class TransparentProxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransparentProxy)

public:
    struct Counters
    {
        quint64 accepted = 0; // connections taken from the listener
        quint64 forwarded = 0; // handed to the tunnel and opened on the cluster side
        quint64 failed = 0; // no original destination, a loop, or the cluster side refused
    };

    explicit TransparentProxy(SshTunnel *tunnel, QObject *parent = nullptr);
    ~TransparentProxy() override;

    // Port 0: any free port (then port() tells which one to give the redirect).
    Result<void> listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    void close();
    quint16 port() const;
    QHostAddress address() const;
    Counters counters() const { return m_counters; }
    // The tunnel new connections go into (after a reconnect: the new one; null while down, so
    // that clients get a prompt failure instead of a stall).
    void setTunnel(SshTunnel *tunnel);

Q_SIGNALS:
    // A redirected connection could not be carried; `target` is "ip:port" when it was known.
    void connectionFailed(const QString &target, const QString &reason);

private:
    friend class TransparentProxyServer;
    void onIncoming(int fd);
    void fail(int fd, const QString &target, const QString &reason);

    QPointer<SshTunnel> m_tunnel;
    TransparentProxyServer *m_server = nullptr;
    Counters m_counters;
};

} // namespace Kt::Tunnel
