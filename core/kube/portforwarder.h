#pragma once

#include "common/error.h"
#include "kube/portmapping.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>

#include <chrono>

class QTcpServer;

namespace Kt::Kube {

class ClusterConnection;
class ForwardedConnection;

// Local listeners for a pod's ports, like `kubectl port-forward`: every connection accepted on a
// mapping's local port becomes a PortForwardStream to the mapping's remote port (one WebSocket
// each), and bytes are pumped both ways with backpressure. Listens on 127.0.0.1 unless told
// otherwise; a local port of 0 is replaced by the port the system picked (see mappings()).
// Counters of connections and bytes are for live panels; a failing connection is reported with
// connectionFailed() and does not stop the forwarder.
class PortForwarder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortForwarder)

public:
    enum class State {
        Idle, // start() not called yet
        Listening, // every mapping is bound and accepting connections
        Stopped, // stop() closed the listeners and connections
        Failed, // a local port could not be bound; nothing listens
    };
    Q_ENUM(State)

    PortForwarder(ClusterConnection *connection, const QString &namespaceName,
        const QString &podName, const QList<PortMapping> &mappings, QObject *parent = nullptr);
    ~PortForwarder() override;

    void setListenAddress(const QHostAddress &address) { m_address = address; }
    // The pod that connections accepted from now on go to; open connections stay with theirs.
    // Empty: no pod to go to — new connections are refused (connectionFailed()) until one is set.
    void setPodName(const QString &podName);
    // The remote port of mapping `index` for connections accepted from now on (a Service's named
    // target port can be another number on another pod).
    void setRemotePort(qsizetype index, quint16 remotePort);
    // How long each connection's WebSocket upgrade may take (10 s by default).
    void setUpgradeTimeout(std::chrono::milliseconds timeout) { m_upgradeTimeout = timeout; }

    // Binds every mapping's local port (all or none).
    Result<void> start();
    // Closes the listeners and drops every open connection.
    void stop();

    State state() const { return m_state; }
    QString namespaceName() const { return m_namespace; }
    QString podName() const { return m_pod; }
    QHostAddress listenAddress() const { return m_address; }
    // The mappings with the local ports actually bound once Listening.
    QList<PortMapping> mappings() const { return m_mappings; }
    // The bound local port of the first mapping to `remotePort` (0 if none).
    quint16 localPort(quint16 remotePort) const;

    int activeConnections() const { return m_active; }
    quint64 totalConnections() const { return m_total; }
    quint64 failedConnections() const { return m_failed; }
    // Bytes from local clients to the pod, and from the pod to local clients.
    quint64 bytesSent() const { return m_bytesSent; }
    quint64 bytesReceived() const { return m_bytesReceived; }

Q_SIGNALS:
    void stateChanged(Kt::Kube::PortForwarder::State state);
    void connectionOpened(quint16 remotePort);
    void connectionClosed(quint16 remotePort);
    void connectionFailed(const Kt::Error &error);
    void activeConnectionsChanged(int active);

private:
    void setState(State state);
    void accept(QTcpServer *server, qsizetype index);

    QPointer<ClusterConnection> m_connection;
    QString m_namespace;
    QString m_pod;
    QList<PortMapping> m_mappings;
    QHostAddress m_address {QHostAddress::LocalHost};
    std::chrono::milliseconds m_upgradeTimeout {10000};
    State m_state = State::Idle;
    QList<QTcpServer *> m_servers;
    QList<ForwardedConnection *> m_connections;
    int m_active = 0;
    quint64 m_total = 0;
    quint64 m_failed = 0;
    quint64 m_bytesSent = 0;
    quint64 m_bytesReceived = 0;
};

} // namespace Kt::Kube
