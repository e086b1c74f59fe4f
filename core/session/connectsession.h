#pragma once

#include "session/clusteraccess.h"
#include "session/laptopnetwork.h"
#include "session/session.h"
#include "session/shadowspec.h"
#include "tunnel/sshkeypair.h"
#include "tunnel/tunnelcounters.h"

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

// connect: a shadow (ShadowTunnel) whose SSH tunnel carries the laptop's connections into the
// cluster, in one of two modes:
// - proxy: a SOCKS5/HTTP proxy on the laptop; no privileges needed;
// - vpn: the cluster's networks and DNS names reach the cluster from every program on the laptop
//   (LaptopNetwork: nftables redirect into a transparent proxy, DNS server or hosts block,
//   through ktdesk-helper). The shadow and the laptop side start side by side.
// Listeners keep their ports across reconnects; while the tunnel is down their clients get a
// prompt failure instead of a stall.
class ConnectSession final : public Session
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectSession)

public:
    enum class Mode { Proxy, Vpn };
    Q_ENUM(Mode)

    struct Options
    {
        ClusterTarget target;
        Mode mode = Mode::Proxy;
        LaptopNetwork::Options vpn; // vpn mode: DNS mode, networks, helper
        bool shareShadow = false; // kt-connect's --shareShadow: one ref-counted shadow for all
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
    Mode mode() const { return m_options.mode; }
    // vpn mode: the laptop side (null in proxy mode).
    LaptopNetwork *laptopNetwork() const { return m_laptop; }

private:
    void onShadowReady();
    void becomeActiveWhenReady();
    void shutdownLaptop(std::function<void()> next);
    void fail(const Error &error);
    void onTrafficResumed();
    void updateTraffic();

    Options m_options;
    QPointer<Secrets::SecretStore> m_secrets;
    ClusterAccess *m_access = nullptr;
    ShadowTunnel *m_shadow = nullptr;
    QString m_name;
    bool m_stopping = false;
    QTimer *m_trafficTimer = nullptr;
    Tunnel::TunnelCounters m_lastTraffic;
    QPointer<Tunnel::ProxyServer> m_proxy;
    LaptopNetwork *m_laptop = nullptr;
    bool m_tunnelUp = false;
};

} // namespace Kt::Session
