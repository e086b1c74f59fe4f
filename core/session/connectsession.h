#pragma once

#include "session/clusteraccess.h"
#include "session/session.h"
#include "session/shadowspec.h"
#include "tunnel/sshkeypair.h"

#include <QHostAddress>
#include <QMap>
#include <QPointer>

#include <chrono>

class QTimer;

namespace Kt::Secrets {
class SecretStore;
}
namespace Kt::Tunnel {
class ProxyServer;
}

namespace Kt::Session {

class ShadowTunnel;

// connect, proxy mode: a shadow (ShadowTunnel) and a SOCKS5/HTTP proxy on the laptop whose
// connections come out of the shadow. The proxy keeps its port across reconnects; while the
// tunnel is down its clients get a prompt failure instead of a stall.
class ConnectSession final : public Session
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectSession)

public:
    struct Options
    {
        ClusterTarget target;
        QHostAddress proxyAddress = QHostAddress::LocalHost;
        quint16 proxyPort = 2223;
        QString image;
        Tunnel::SshKeyPair::Type keyType = Tunnel::SshKeyPair::Type::Ed25519;
        QMap<QString, QString> labels;
        QMap<QString, QString> annotations;
        ShadowPodOptions podOptions; // pull secret, service account, node selector, quota
        std::chrono::seconds podCreationTimeout {60};
        std::chrono::seconds portForwardTimeout {10};
        std::chrono::seconds heartbeatInterval {120};
        QString journalDirectory; // XdgPaths::journalDir() unless set
    };

    ConnectSession(Options options, Secrets::SecretStore *secrets, QObject *parent = nullptr);
    ~ConnectSession() override;

    void start() override;
    void stop() override;
    std::unique_ptr<Session> recreate() const override;
    void reconnect(const QString &why) override;

    QString shadowName() const { return m_name; }
    quint16 proxyPort() const;

private:
    void onShadowReady();
    void fail(const Error &error);
    void updateTraffic();

    Options m_options;
    QPointer<Secrets::SecretStore> m_secrets;
    ClusterAccess *m_access = nullptr;
    ShadowTunnel *m_shadow = nullptr;
    QString m_name;
    bool m_stopping = false;
    QTimer *m_trafficTimer = nullptr;
    QPointer<Tunnel::ProxyServer> m_proxy;
};

} // namespace Kt::Session
