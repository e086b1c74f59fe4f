#pragma once

#include "session/clusteraccess.h"
#include "session/portpair.h"
#include "session/session.h"
#include "session/shadowspec.h"
#include "tunnel/sshkeypair.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPointer>

#include <chrono>
#include <functional>

namespace Kt::Secrets {
class SecretStore;
}

namespace Kt::Session {

class ShadowTunnel;

// exchange: the Service's traffic goes to a shadow pod whose remote forwards bring it to the
// laptop. Two of kt-connect's modes:
//  - selector (kt-connect 0.3's default): the Service is locked (kt-lock) while it is changed, its
//    original selector saved in kt-selector and pointed at the shadow's kt-target; stop()
//    restores the selector and removes the shadow. No pod of the workload restarts.
//  - scale (kt-connect's original): the shadow carries the Deployment's pod labels (so every
//    Service that selects the Deployment's pods selects it too) and kt-config
//    "app=<deployment>,replicas=<n>"; once it serves, the Deployment is scaled to 0. stop() scales
//    it back to n, waits for n ready replicas (at most recoverWaitTime), then removes the shadow.
//    The Deployment carries kt-lock only while its replicas are being changed.
class ExchangeSession final : public Session
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeSession)

public:
    enum class Mode { Selector, Scale };

    struct Options
    {
        ClusterTarget target;
        Mode mode = Mode::Selector;
        QString service; // a Service name, or "deploy/NAME" / "deployment/NAME"
        QList<PortPair> expose;
        QString image;
        Tunnel::SshKeyPair::Type keyType = Tunnel::SshKeyPair::Type::Ed25519;
        QMap<QString, QString> labels;
        QMap<QString, QString> annotations;
        ShadowPodOptions podOptions; // pull secret, service account, node selector, quota
        std::chrono::seconds podCreationTimeout {60};
        std::chrono::seconds portForwardTimeout {10};
        std::chrono::seconds heartbeatInterval {120};
        std::chrono::seconds recoverWaitTime {120}; // scale: wait this long for the replicas
        QString journalDirectory;
    };

    // A kt-lock older than this is stale (kt-connect's rule).
    static constexpr qint64 kLockStaleSeconds = 180;

    ExchangeSession(Options options, Secrets::SecretStore *secrets, QObject *parent = nullptr);
    ~ExchangeSession() override;

    void start() override;
    void stop() override;
    std::unique_ptr<Session> recreate() const override;
    void reconnect(const QString &why) override;

    QString serviceName() const { return m_serviceName; }
    // scale mode: the Deployment at 0 replicas while the session runs.
    QString deploymentName() const { return m_deployment; }
    // What the user reaches: the Service, or in scale mode the Deployment.
    QString targetName() const { return m_deployment.isEmpty() ? m_serviceName : m_deployment; }

private:
    void findService();
    void findScaleTarget();
    void checkDeployment(const QJsonObject &deployment, const QJsonObject &service);
    Result<void> checkPorts(const QJsonObject &service) const;
    void checkAndLock(const QJsonObject &service);
    void startShadow();
    void addForwards();
    void redirectService();
    void scaleDown();
    void restoreReplicas(std::function<void()> next);
    void waitForReplicas(const QDateTime &deadline, std::function<void()> next);
    void fail(const Error &error);

    Options m_options;
    QPointer<Secrets::SecretStore> m_secrets;
    ClusterAccess *m_access = nullptr;
    ShadowTunnel *m_shadow = nullptr;
    QString m_serviceName;
    QString m_shadowName;
    QJsonObject m_originalSelector;
    QString m_target;
    bool m_redirected = false;
    QString m_deployment;
    int m_replicas = 1;
    QJsonObject m_podLabels;
    QJsonValue m_deploymentVersion;
    int m_lockConflicts = 0; // the Deployment changed between reading and locking it
    bool m_stopping = false;
};

} // namespace Kt::Session
