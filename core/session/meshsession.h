#pragma once

#include "session/clusteraccess.h"
#include "session/meshrouter.h"
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

// mesh: only the requests that carry the version header reach the laptop.
//  - auto (kt-connect's default): a shared router pod in front of the Service (MeshRouter) sends
//    requests with `<key>: <version>` to this user's shadow, all others to the original pods.
//    Several users share the router; the last one out restores the Service.
//  - manual: a shadow with the Service's selector labels plus `<key>=<version>`, and Istio rules
//    (istioYaml()) that the user applies; the Service itself is not touched.
class MeshSession final : public Session
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeshSession)

public:
    enum class Mode { Auto, Manual };

    struct Options
    {
        ClusterTarget target;
        QString service; // a Service name (or svc/NAME)
        Mode mode = Mode::Auto;
        QString versionMark; // kt-connect's --versionMark: "val", "key:" or "key:val"
        QList<PortPair> expose;
        QString image;
        QString routerImage;
        Tunnel::SshKeyPair::Type keyType = Tunnel::SshKeyPair::Type::Ed25519;
        QMap<QString, QString> labels;
        QMap<QString, QString> annotations;
        std::chrono::seconds podCreationTimeout {60};
        std::chrono::seconds portForwardTimeout {10};
        std::chrono::seconds heartbeatInterval {120};
        ShadowPodOptions podOptions; // pull secret, service account, node selector, quota
        QString journalDirectory;
    };

    static constexpr qint64 kLockStaleSeconds = 180;

    // kt-connect's rules: key "kt-version" unless given; version 5 random letters unless given.
    static Result<QPair<QString, QString>> parseVersionMark(const QString &mark);

    MeshSession(Options options, Secrets::SecretStore *secrets, QObject *parent = nullptr);
    ~MeshSession() override;

    void start() override;
    void stop() override;

    QString serviceName() const { return m_serviceName; }
    QString versionKey() const { return m_key; }
    QString version() const { return m_version; }
    // manual mode: the VirtualService and DestinationRule to apply (empty before Active).
    QString istioYaml() const { return m_istioYaml; }

private:
    void readService(int attempt);
    Result<void> readPorts(const QJsonObject &service, const QJsonObject &endpoints);
    void lockService(const QJsonObject &service, int attempt);
    void checkShadowName(std::function<void()> next);
    void ensureStuntman();
    void createMeshService();
    void updateRouter();
    void createRouterPod(const QJsonObject &existingConfigMap);
    void waitForRouter(int polls);
    void pointService();
    void startShadow();
    void addForwards();
    void findOriginLabels();
    void buildIstioYaml(const QJsonObject &originLabels);
    void fail(const Error &error);
    void unlockThen(std::function<void()> next);

    Options m_options;
    QPointer<Secrets::SecretStore> m_secrets;
    ClusterAccess *m_access = nullptr;
    ShadowTunnel *m_shadow = nullptr;
    QString m_serviceName;
    QString m_key;
    QString m_version;
    QJsonObject m_service; // as last read (with our lock)
    QJsonObject m_originalSelector;
    bool m_joining = false; // the Service already points at a router
    QString m_lockValue;
    bool m_locked = false;
    QList<MeshPort> m_ports;
    MeshRouterState m_routerState;
    QString m_routerTarget;
    QString m_shadowTarget;
    QString m_meshIp;
    QString m_istioYaml;
    bool m_active = false;
    bool m_stopping = false;
};

} // namespace Kt::Session
