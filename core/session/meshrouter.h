#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace Kt::Kube {
class ApiClient;
}

namespace Kt::Session {

// The shared part of auto mesh (kt-connect's layout, ref/ktconnect-compat.md): for Service S,
//  - Service S-kt-stuntman: S's original selector and ports (the original pods);
//  - Service S-kt-mesh-<version> per user: that user's shadow;
//  - pod S-kt-router: a stock nginx whose configuration is the ConfigMap S-kt-router (mounted at
//    /etc/nginx/conf.d; the pod's shell loop reloads nginx when the kubelet refreshes it). A
//    request whose header <key> equals a user's version goes to that user's mesh Service, every
//    other request to the stuntman. Ports named grpc*/http2*/h2c* (or with appProtocol grpc/h2c,
//    Istio's convention) are served as HTTP/2 over cleartext and proxied with grpc_pass;
//  - S's selector points at the router (the original saved in kt-selector).
// The ConfigMap's routes.json lists the users' routes; kt-ref-count on the router pod and the
// ConfigMap is their number. The last one out restores S and removes router, ConfigMap and
// stuntman. Every change happens under S's kt-lock.
struct MeshPort
{
    QString name; // the Service port's name (may be empty for a single port)
    int port = 0; // the Service port
    QJsonValue targetPort; // as the Service says it (number or name)
    quint16 number = 0; // the target port as a number
    bool http2 = false;

    QJsonObject toJson() const;
    static MeshPort fromJson(const QJsonObject &object);
};

struct MeshRoute
{
    QString version;
    QString service; // the user's mesh Service
    QString clusterIp; // its ClusterIP: nginx needs no resolver
    QString user;
    QList<quint16> ports; // target port numbers this user serves
};

struct MeshRouterState
{
    QString key = QStringLiteral("kt-version");
    QString stuntmanIp;
    QList<MeshPort> ports;
    QList<MeshRoute> routes;

    QJsonObject toJson() const;
    static MeshRouterState fromJson(const QJsonObject &object);
};

class MeshRouter
{
    Q_DECLARE_TR_FUNCTIONS(MeshRouter)

public:
    static QString routerName(const QString &service);
    static QString stuntmanName(const QString &service);
    static QString meshServiceName(const QString &service, const QString &version);

    // The nginx configuration (one server per port, a map on the header per port).
    static QString nginxConfig(const QString &service, const MeshRouterState &state);
    // ConfigMap S-kt-router: default.conf (nginx) and routes.json (the state).
    static QJsonObject configMap(
        const QString &ns, const QString &service, const MeshRouterState &state);
    static QJsonObject routerPod(const QString &ns, const QString &service, const QString &image,
        const QString &target, const QList<MeshPort> &ports, int refCount);
    static QJsonObject stuntmanService(const QString &ns, const QString &service,
        const QList<MeshPort> &ports, const QJsonObject &selector);

    // The journal's undo for one user: {"op": "mesh-leave", "namespace", "service", "version",
    // "lock"}. `lock` is the kt-lock value this user put on the Service while joining: a leave
    // that finds exactly that lock (the user crashed while joining) takes it over instead of
    // waiting for it to go stale.
    static QJsonObject leaveAction(const QString &ns, const QString &service,
        const QString &version, const QString &lock = {});
    // Takes the user's route out of the router; the last one out restores the Service and
    // removes the router, its ConfigMap and the stuntman. Safe to run twice.
    static void leave(
        Kube::ApiClient *api, const QJsonObject &action, std::function<void(Result<void>)> done);
};

// kt-connect's default router image is its own; KtDesk's router is a stock nginx.
inline const QString kDefaultRouterImage = QStringLiteral("docker.io/library/nginx:1.27-alpine");

} // namespace Kt::Session
