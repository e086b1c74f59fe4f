#pragma once

#include "session/portpair.h"
#include "session/sessioninfo.h"
#include "session/shadowspec.h"
#include "tunnel/sshkeypair.h"

#include "kube/resourceref.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

#include <chrono>

class QTimer;

namespace Kt::Kube {
class Informer;
class PortForwardStream;
} // namespace Kt::Kube
namespace Kt::Secrets {
class SecretStore;
}
namespace Kt::Tunnel {
class SshTunnel;
class StreamSocketPair;
} // namespace Kt::Tunnel

namespace Kt::Session {

class ClusterAccess;
class Journal;

// The part every session shares: a shadow pod with sshd (and its ConfigMap with the session's
// public key), a port-forward to its port 22 and an SSH tunnel over it — kept alive: a dropped
// port-forward or SSH connection is reopened, a deleted pod is created again, heartbeats keep the
// objects fresh. Each object is journalled before it is created; undoing is the session's job
// (it owns the journal), so one mechanism undoes shadows, Service patches and everything else.
class ShadowTunnel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShadowTunnel)

public:
    struct Options
    {
        ShadowSpec spec; // name, namespace, role, image, labels...; the key is filled in here
        Tunnel::SshKeyPair::Type keyType = Tunnel::SshKeyPair::Type::Ed25519;
        std::chrono::seconds podCreationTimeout {60};
        std::chrono::seconds portForwardTimeout {10};
        std::chrono::seconds heartbeatInterval {120};
        // More objects of the session that need kt-last-heart-beat kept fresh (a preview Service).
        QList<Kube::ResourceRef> heartbeatAlso;
        // kt-connect's shared shadow (--shareShadow): a shadow of this name that already runs is
        // joined (its kt-ref-count goes up) instead of created; the last user out deletes it.
        // The key is shared too: ktctl keeps it in the ConfigMap ("privateKey"); KtDesk keeps it
        // in a Secret of the same name, so that only people who may read Secrets can join.
        bool shared = false;
    };

    ShadowTunnel(ClusterAccess *access, Journal *journal, Secrets::SecretStore *secrets,
        Options options, QObject *parent = nullptr);
    ~ShadowTunnel() override;

    void start();
    // Closes the tunnel (SSH says goodbye, so the shadow frees its forwarded ports at once) and
    // stops timers; `closed` runs when that is done. The objects stay until the session undoes
    // them.
    void shutdown(std::function<void()> closed = {});

    // Reopens the port-forward and SSH now, even though they look alive (after a sleep or a
    // network change they may be dead without anyone having noticed): lost(), then ready().
    // Only once ready; before that the start goes on by itself.
    void reconnect(const QString &why);

    // The tunnel is up but the session could not use it (after a reconnect the shadow's port may
    // still be held by the connection before, until its sshd notices that one is gone): reopens
    // it after a delay that grows with each retry until exposePorts() succeeds.
    void retryLater(const QString &why);

    // Remote forwards on the current tunnel: each pair's remote port in the shadow (0.0.0.0) comes
    // to its local port here. `done` runs once: with the first failure, or when all are open.
    // Once ports were open, a refusal on a later tunnel (a reconnect finds the port still held
    // by the connection before) is not the session's to handle: the tunnel retries by itself
    // (retryLater(), then ready() again) and this `done` is dropped. A local port that refuses
    // a connection is reported through eventSeen().
    void exposePorts(const QList<PortPair> &ports, std::function<void(Result<void>)> done);

    Tunnel::SshTunnel *tunnel() const { return m_tunnel; }
    QString name() const { return m_options.spec.name; }
    QString podIp() const { return m_podIp; }

Q_SIGNALS:
    void progress(Kt::Session::SessionState state, const QString &step);
    void eventSeen(const QString &event);
    // The tunnel is up (first time, or again after a reconnect).
    void ready();
    // The tunnel went down; it reconnects on its own (progress() tells how).
    void lost(const QString &why);
    // Cannot go on (start failed, or a changed host key): the session should stop.
    void failed(const Kt::Error &error);

private:
    void createObject(const QString &undoKey, const Kube::ResourceRef &ref,
        const QJsonObject &object, std::function<void()> next);
    void createShared();
    void joinShared();
    void useKey(const QByteArray &privateKey, std::function<void()> next);
    QList<Kube::ResourceRef> sharedRefs() const;
    void recreatePod();
    void waitForPod();
    void pollPod();
    void pollEvents();
    void openTunnel();
    void onTunnelStateChanged();
    void scheduleReconnect(const QString &why);
    void tearDownTunnel(std::function<void()> closed = {});
    void heartbeat();
    void watchPod();
    void onForwardRefused(quint16 port, const QString &reason);
    void checkSilence();
    void announceLost(const QString &why);
    QString secretKey() const;

    ClusterAccess *m_access;
    Journal *m_journal;
    QPointer<Secrets::SecretStore> m_secrets;
    Options m_options;
    Tunnel::SshKeyPair m_key;
    QByteArray m_hostKey;
    QString m_podIp;
    std::optional<Error> m_lastTunnelError;
    std::optional<Error> m_lastStreamError; // of the current port-forward
    bool m_down = false;
    bool m_everReady = false;
    int m_attempt = 0;
    int m_retries = 0; // retryLater() since exposePorts() last succeeded
    bool m_exposedOnce = false; // exposePorts() succeeded on some tunnel
    QDateTime m_waitDeadline;
    QStringList m_seenEvents;
    QTimer *m_pollTimer;
    QTimer *m_heartbeatTimer;
    QTimer *m_reconnectTimer;
    // While the tunnel is up: a connection that went silent (a dropped link loses packets without
    // refusing anything) is noticed by the shadow's answers to SSH keepalives stopping.
    QTimer *m_silenceTimer;
    quint64 m_bytesHeard = 0;
    std::chrono::steady_clock::time_point m_lastHeard;
    std::chrono::steady_clock::time_point m_lastSilenceCheck;
    // Its own pod: a deletion is noticed even while the connection to it lingers.
    Kube::Informer *m_podWatch = nullptr;
    QPointer<Kube::PortForwardStream> m_stream;
    QPointer<Tunnel::StreamSocketPair> m_pair;
    QPointer<Tunnel::SshTunnel> m_tunnel;
};

} // namespace Kt::Session
