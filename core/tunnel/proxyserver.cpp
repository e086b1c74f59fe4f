#include "proxyserver.h"

#include "common/logging.h"
#include "tunnel/proxyhandshake.h"
#include "tunnel/sshtunnel.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <fcntl.h>
#include <memory>
#include <unistd.h>

namespace Kt::Tunnel {

ProxyServer::ProxyServer(SshTunnel *tunnel, QObject *parent)
    : QObject(parent)
    , m_tunnel(tunnel)
    , m_server(new QTcpServer(this))
{
    m_server->setMaxPendingConnections(1024);
    connect(m_server, &QTcpServer::newConnection, this, &ProxyServer::onNewConnection);
}

ProxyServer::~ProxyServer() = default;

Result<void> ProxyServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server->listen(address, port)) {
        return Error {ErrorCode::Conflict,
            tr("The proxy cannot listen on %1:%2: %3.")
                .arg(address.toString())
                .arg(port)
                .arg(m_server->errorString()),
            {}, tr("Choose another proxy port, or stop what uses this one.")};
    }
    if (!address.isLoopback())
        qCWarning(ktTunnel) << "proxy listens on" << address
                            << "- reachable from other machines, as chosen";
    return {};
}

void ProxyServer::close()
{
    m_server->close();
}

quint16 ProxyServer::port() const
{
    return m_server->serverPort();
}

QHostAddress ProxyServer::address() const
{
    return m_server->serverAddress();
}

void ProxyServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_accepted;
        auto handshake = std::make_shared<ProxyHandshake>();
        auto *timer = new QTimer(socket);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, socket, [this, socket] {
            ++m_failed;
            Q_EMIT connectionFailed(
                QString(), tr("the client sent no complete proxy request in time"));
            socket->abort();
            socket->deleteLater();
        });
        timer->start(kHandshakeTimeoutMs);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, handshake, timer] {
            const ProxyHandshake::Status status = handshake->feed(socket->readAll());
            if (const QByteArray reply = handshake->takeReply(); !reply.isEmpty())
                socket->write(reply);
            switch (status) {
            case ProxyHandshake::Status::NeedMore:
                return;
            case ProxyHandshake::Status::Failed:
                ++m_failed;
                timer->stop();
                Q_EMIT connectionFailed(QString(), handshake->errorString());
                socket->disconnectFromHost();
                return;
            case ProxyHandshake::Status::Ready:
                timer->stop();
                disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
                handOver(socket, handshake->host(), handshake->port(), handshake->successReply(),
                    handshake->failureReply(), handshake->pendingData());
                return;
            }
        });
    }
}

void ProxyServer::handOver(QTcpSocket *socket, const QString &host, quint16 port,
    const QByteArray &successReply, const QByteArray &failureReply, const QByteArray &pending)
{
    // Anything Qt still buffers either way goes with the socket; then the worker owns a dup of it.
    socket->flush();
    const QByteArray early = pending + socket->readAll();
    const int fd = ::fcntl(static_cast<int>(socket->socketDescriptor()), F_DUPFD_CLOEXEC, 0);
    socket->abort(); // closes Qt's descriptor only; the connection lives on in `fd`
    socket->deleteLater();
    if (fd < 0 || !m_tunnel || m_tunnel->state() != SshTunnel::State::Active) {
        if (fd >= 0) {
            [[maybe_unused]] const auto written
                = ::write(fd, failureReply.constData(), static_cast<size_t>(failureReply.size()));
            ::close(fd);
        }
        ++m_failed;
        Q_EMIT connectionFailed(host, tr("the tunnel to the cluster is not connected"));
        return;
    }
    const QString target = host + QLatin1Char(':') + QString::number(port);
    m_tunnel->openDirect(
        fd, host, port, successReply, failureReply, early, [this, target](Result<void> result) {
            if (!result) {
                ++m_failed;
                Q_EMIT connectionFailed(target, result.error().message);
            }
        });
}

} // namespace Kt::Tunnel
