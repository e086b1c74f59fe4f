#pragma once

#include "session/clusteraccess.h"
#include "session/portpair.h"
#include "session/session.h"
#include "session/shadowspec.h"
#include "tunnel/sshkeypair.h"

#include <QMap>
#include <QPointer>

namespace Kt::Secrets {
class SecretStore;
}

namespace Kt::Session {

class ShadowTunnel;

// preview (old name run): a port on the laptop becomes a new Service in the cluster. A shadow pod
// with the exposed ports receives the traffic and its remote forwards bring it here; a Service
// named by the user (ClusterIP, or LoadBalancer with --external) selects the shadow.
class PreviewSession final : public Session
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewSession)

public:
    struct Options
    {
        ClusterTarget target;
        QString service; // the new Service's name
        QList<PortPair> expose; // remote = the Service's port and the shadow's port
        bool external = false; // LoadBalancer instead of ClusterIP
        QString image;
        Tunnel::SshKeyPair::Type keyType = Tunnel::SshKeyPair::Type::Ed25519;
        QMap<QString, QString> labels;
        ShadowPodOptions podOptions; // pull secret, service account, node selector, quota
        std::chrono::seconds podCreationTimeout {60};
        std::chrono::seconds portForwardTimeout {10};
        std::chrono::seconds heartbeatInterval {120};
        QString journalDirectory;
    };

    PreviewSession(Options options, Secrets::SecretStore *secrets, QObject *parent = nullptr);
    ~PreviewSession() override;

    void start() override;
    void stop() override;
    std::unique_ptr<Session> recreate() const override;
    void reconnect(const QString &why) override;

private:
    void createService();
    void addForwards();
    void fail(const Error &error);

    Options m_options;
    QPointer<Secrets::SecretStore> m_secrets;
    ClusterAccess *m_access = nullptr;
    ShadowTunnel *m_shadow = nullptr;
    QString m_target;
    bool m_stopping = false;
};

} // namespace Kt::Session
