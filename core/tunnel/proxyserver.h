#pragma once

#include "common/error.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>

class QTcpServer;
class QTcpSocket;

namespace Kt::Tunnel {

class SshTunnel;

// SOCKS5 and HTTP proxy on one port (kt-connect's default 2223). Each accepted connection's
// handshake is read here, then the socket is handed to the SshTunnel as a direct-tcpip channel
// to the requested host, which the cluster side resolves and dials. Binds 127.0.0.1 unless the
// caller explicitly chooses another address.
class ProxyServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProxyServer)

public:
    static constexpr quint16 kDefaultPort = 2223;
    static constexpr int kHandshakeTimeoutMs = 10000;

    explicit ProxyServer(SshTunnel *tunnel, QObject *parent = nullptr);
    ~ProxyServer() override;

    // The tunnel new connections go through; null while (re)connecting: clients then get a prompt
    // failure reply instead of a stall.
    void setTunnel(SshTunnel *tunnel) { m_tunnel = tunnel; }

    Result<void> listen(
        const QHostAddress &address = QHostAddress::LocalHost, quint16 port = kDefaultPort);
    void close();
    quint16 port() const;
    QHostAddress address() const;

    quint64 connectionsAccepted() const { return m_accepted; }
    quint64 connectionsFailed() const { return m_failed; }

Q_SIGNALS:
    // A client's request could not be served (bad handshake, or the cluster side refused).
    void connectionFailed(const QString &target, const QString &reason);

private:
    void onNewConnection();
    void handOver(QTcpSocket *socket, const QString &host, quint16 port,
        const QByteArray &successReply, const QByteArray &failureReply, const QByteArray &pending);

    QPointer<SshTunnel> m_tunnel;
    QTcpServer *m_server = nullptr;
    quint64 m_accepted = 0;
    quint64 m_failed = 0;
};

} // namespace Kt::Tunnel
