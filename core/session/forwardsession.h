#pragma once

#include "kube/resources/service.h"
#include "session/clusteraccess.h"
#include "session/session.h"

#include <QHostAddress>
#include <QPointer>

#include <chrono>
#include <optional>

class QTimer;

namespace Kt::Kube {
class Informer;
class PortForwarder;
} // namespace Kt::Kube

namespace Kt::Session {

// forward: a local port to a Service's port, like kt-connect's `forward <svc> [local[:remote]]`.
// Connections go through the API server's port-forward to one ready pod behind the Service (its
// selector; the Service port's targetPort resolved, by name too). An informer follows those pods:
// when the current one is deleted or stops being ready, new connections go to another ready pod,
// with no restart and the same local port. Nothing is created in the cluster, so there is nothing
// to undo but the local listener.
//
// States: Preparing (reading the Service) -> WaitingForPod (no ready pod yet) -> Active
// (forwarding to a pod) <-> Reconnecting (no ready pod any more, or the watch on the pods
// dropped: an API server restart) -> Stopping -> Stopped | Failed.
class ForwardSession final : public Session
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ForwardSession)

public:
    struct Options
    {
        ClusterTarget target;
        QString service; // a Service name, or "svc/NAME" / "service/NAME"
        // The Service's port; 0: its only port (or, with several, the one equal to localPort,
        // else the first).
        quint16 remotePort = 0;
        // Unset: the same number as the Service port; 0: any free port (see localPort()).
        std::optional<quint16> localPort;
        QHostAddress address = QHostAddress::LocalHost;
        std::chrono::seconds portForwardTimeout {10};
    };

    explicit ForwardSession(Options options, QObject *parent = nullptr);
    ~ForwardSession() override;

    void start() override;
    void stop() override;
    std::unique_ptr<Session> recreate() const override;
    // Connections are made per request; only the watch on the pods may be stale: watched anew.
    void reconnect(const QString &why) override;

    // The bound local port once listening (0 before).
    quint16 localPort() const;
    QString serviceName() const { return m_serviceName; }
    // The pod new connections go to (empty while there is none).
    QString currentPod() const { return m_pod; }

private:
    void onServiceRead(const Kube::Service &service);
    void choosePod();
    // The pod's port for the Service port's targetPort (a number, or a container port's name).
    std::optional<quint16> podPort(const QJsonObject &pod) const;
    void listen();
    void usePod(const QString &name, quint16 port);
    void updateTraffic();
    void fail(const Error &error);

    Options m_options;
    ClusterAccess *m_access = nullptr;
    QString m_serviceName;
    Kube::Service::Port m_servicePort;
    Kube::IntOrString m_targetPort;
    quint16 m_podPort = 0;
    Kube::Informer *m_pods = nullptr;
    QPointer<Kube::PortForwarder> m_forwarder;
    quint16 m_boundPort = 0;
    QString m_pod;
    bool m_everActive = false;
    bool m_stopping = false;
    QTimer *m_trafficTimer;
};

} // namespace Kt::Session
