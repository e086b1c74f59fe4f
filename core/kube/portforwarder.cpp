#include "portforwarder.h"

#include "common/assert.h"
#include "common/logging.h"
#include "kube/clusterconnection.h"
#include "kube/forwardedconnection.h"
#include "kube/portforwardstream.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace Kt::Kube {

namespace {
constexpr int kListenBacklog = 128;
}

PortForwarder::PortForwarder(ClusterConnection *connection, const QString &namespaceName,
    const QString &podName, const QList<PortMapping> &mappings, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_namespace(namespaceName)
    , m_pod(podName)
    , m_mappings(mappings)
{ }

PortForwarder::~PortForwarder()
{
    for (ForwardedConnection *connection : std::as_const(m_connections))
        connection->disconnect(this);
}

void PortForwarder::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void PortForwarder::setPodName(const QString &podName)
{
    if (m_pod == podName)
        return;
    qCInfo(ktKube).noquote() << "new connections go to pod"
                             << m_namespace + QLatin1Char('/')
            + (podName.isEmpty() ? QStringLiteral("(none)") : podName);
    m_pod = podName;
}

void PortForwarder::setRemotePort(qsizetype index, quint16 remotePort)
{
    KT_ASSERT(index >= 0 && index < m_mappings.size(), return );
    m_mappings[index].remotePort = remotePort;
}

quint16 PortForwarder::localPort(quint16 remotePort) const
{
    for (const PortMapping &mapping : m_mappings) {
        if (mapping.remotePort == remotePort)
            return mapping.localPort;
    }
    return 0;
}

Result<void> PortForwarder::start()
{
    Q_ASSERT(m_state == State::Idle);
    if (m_state != State::Idle) {
        return Error {ErrorCode::Internal,
            tr("The port-forward to pod %1/%2 was already started.").arg(m_namespace, m_pod), {},
            {}};
    }
    if (m_mappings.isEmpty()) {
        setState(State::Failed);
        return Error {ErrorCode::InvalidInput,
            tr("The port-forward to pod %1/%2 has no ports.").arg(m_namespace, m_pod), {},
            tr("Give at least one LOCAL:REMOTE port mapping.")};
    }
    for (qsizetype index = 0; index < m_mappings.size(); ++index) {
        PortMapping &mapping = m_mappings[index];
        auto *server = new QTcpServer(this);
        server->setListenBacklogSize(kListenBacklog);
        if (!server->listen(m_address, mapping.localPort)) {
            const Error error {ErrorCode::Unavailable,
                tr("Cannot listen on %1 port %2 for the port-forward to pod %3/%4: %5")
                    .arg(m_address.toString())
                    .arg(mapping.localPort)
                    .arg(m_namespace, m_pod, server->errorString()),
                {}, tr("Choose another local port, or stop what uses this one.")};
            delete server;
            qDeleteAll(m_servers);
            m_servers.clear();
            setState(State::Failed);
            return error;
        }
        mapping.localPort = server->serverPort();
        connect(server, &QTcpServer::newConnection, this,
            [this, server, index] { accept(server, index); });
        m_servers.append(server);
        qCInfo(ktKube).noquote() << "forwarding"
                                 << m_address.toString() + QLatin1Char(':')
                + QString::number(mapping.localPort)
                                 << "to pod" << m_namespace + QLatin1Char('/') + m_pod << "port"
                                 << mapping.remotePort;
    }
    setState(State::Listening);
    return {};
}

void PortForwarder::accept(QTcpServer *server, qsizetype index)
{
    const quint16 remotePort = m_mappings.at(index).remotePort;
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        if (m_state != State::Listening || !m_connection) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        if (m_pod.isEmpty()) {
            socket->abort();
            socket->deleteLater();
            ++m_total;
            ++m_failed;
            Q_EMIT connectionFailed(Error {ErrorCode::Unavailable,
                tr("No pod to forward port %1 to in namespace %2.")
                    .arg(remotePort)
                    .arg(m_namespace),
                {}, tr("Wait until a pod is ready.")});
            continue;
        }
        auto *stream = new PortForwardStream(m_connection, m_namespace, m_pod, remotePort);
        stream->setUpgradeTimeout(m_upgradeTimeout);
        auto *connection = new ForwardedConnection(socket, stream, this);
        m_connections.append(connection);
        ++m_total;
        ++m_active;
        connect(connection, &ForwardedConnection::transferred, this,
            [this](qint64 sent, qint64 received) {
                m_bytesSent += static_cast<quint64>(sent);
                m_bytesReceived += static_cast<quint64>(received);
            });
        connect(connection, &ForwardedConnection::opened, this,
            [this, remotePort] { Q_EMIT connectionOpened(remotePort); });
        connect(connection, &ForwardedConnection::failed, this, [this](const Error &error) {
            ++m_failed;
            Q_EMIT connectionFailed(error);
        });
        connect(connection, &ForwardedConnection::finished, this, [this, connection, remotePort] {
            m_connections.removeOne(connection);
            connection->deleteLater();
            --m_active;
            Q_EMIT connectionClosed(remotePort);
            Q_EMIT activeConnectionsChanged(m_active);
        });
        Q_EMIT activeConnectionsChanged(m_active);
        connection->start();
    }
}

void PortForwarder::stop()
{
    if (m_state == State::Stopped)
        return;
    qDeleteAll(m_servers);
    m_servers.clear();
    const QList<ForwardedConnection *> connections = std::exchange(m_connections, {});
    for (ForwardedConnection *connection : connections) {
        connection->disconnect(this);
        connection->abort();
        connection->deleteLater();
    }
    const bool hadConnections = m_active != 0;
    m_active = 0;
    setState(State::Stopped);
    if (hadConnections)
        Q_EMIT activeConnectionsChanged(0);
}

} // namespace Kt::Kube
