#pragma once

#include "kube/resourceref.h"
#include "session/clusteraccess.h"
#include "session/journal.h"
#include "session/session.h"
#include "tunnel/sshkeypair.h"

#include <QHostAddress>
#include <QMap>
#include <QPointer>

#include <chrono>

class QTimer;

namespace Kt::Kube {
class PortForwardStream;
}
namespace Kt::Secrets {
class SecretStore;
}
namespace Kt::Tunnel {
class ProxyServer;
class SshTunnel;
class StreamSocketPair;
} // namespace Kt::Tunnel

namespace Kt::Session {

// connect: a shadow pod with sshd, a port-forward to its port 22, one SSH session over it, and a
// SOCKS5/HTTP proxy on the laptop whose connections come out of the shadow (proxy mode).
// A dropped port-forward or SSH connection, or a deleted shadow pod, leads to Reconnecting and
// back to Active on its own. Every cluster change is journalled before it is made.
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
        std::chrono::seconds podCreationTimeout {60};
        std::chrono::seconds portForwardTimeout {10};
        std::chrono::seconds heartbeatInterval {120};
        QString journalDirectory; // XdgPaths::journalDir() unless set
    };

    ConnectSession(Options options, Secrets::SecretStore *secrets, QObject *parent = nullptr);
    ~ConnectSession() override;

    void start() override;
    void stop() override;

    QString shadowName() const { return m_name; }
    QString namespaceName() const;
    quint16 proxyPort() const;

private:
    void createShadow();
    void createObject(const QString &undoKey, const Kube::ResourceRef &ref,
        const QJsonObject &object, std::function<void()> next);
    void waitForPod();
    void pollPod();
    void pollEvents();
    void openTunnel();
    void onTunnelStateChanged();
    void scheduleReconnect(const QString &why);
    void tearDownTunnel();
    void heartbeat();
    void undoAll();
    void finishStop();
    void forgetUndo(const QString &key);
    void failStart(const Error &error);
    void updateTraffic();
    QString secretKey() const;

    Options m_options;
    QPointer<Secrets::SecretStore> m_secrets;
    ClusterAccess *m_access = nullptr;
    Journal m_journal;
    Tunnel::SshKeyPair m_key;
    QString m_name;
    QByteArray m_hostKey;
    QString m_podUid;
    bool m_stopping = false;
    int m_attempt = 0;
    QDateTime m_waitDeadline;
    QTimer *m_pollTimer = nullptr;
    QTimer *m_heartbeatTimer = nullptr;
    QTimer *m_trafficTimer = nullptr;
    QTimer *m_reconnectTimer = nullptr;
    QPointer<Kube::PortForwardStream> m_stream;
    QPointer<Tunnel::StreamSocketPair> m_pair;
    QPointer<Tunnel::SshTunnel> m_tunnel;
    QPointer<Tunnel::ProxyServer> m_proxy;
    QStringList m_seenEvents;
};

} // namespace Kt::Session
