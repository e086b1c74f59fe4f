#pragma once

#include "session/clusteraccess.h"
#include "session/portpair.h"
#include "session/session.h"
#include "session/shadowspec.h"
#include "tunnel/sshkeypair.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPointer>

#include <chrono>

namespace Kt::Secrets {
class SecretStore;
}

namespace Kt::Session {

class ShadowTunnel;

// exchange, selector mode (kt-connect 0.3's default): the Service's traffic goes to a shadow pod
// whose remote forwards bring it to the laptop. The Service is locked (kt-lock) while it is
// changed, its original selector saved in kt-selector and pointed at the shadow's kt-target;
// stop() restores the selector and removes the shadow. No pod of the workload restarts.
class ExchangeSession final : public Session
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeSession)

public:
    struct Options
    {
        ClusterTarget target;
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

private:
    void findService();
    void checkAndLock(const QJsonObject &service);
    void startShadow();
    void addForwards();
    void redirectService();
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
    bool m_stopping = false;
};

} // namespace Kt::Session
