// MeshSession's part of the shared router (auto mode; MeshRouter has the layout): the stuntman
// Service, this user's mesh Service, the user's route in the router's ConfigMap, the router pod
// and its ref-count, and the Service pointed at the router. The state machine around it is in
// meshsession.cpp; leaving (the journal's mesh-route undo) is MeshRouter::leave.
#include "meshsession.h"

#include "kube/apiclient.h"
#include "kube/apirequest.h"
#include "session/crashpoint.h"
#include "session/ktmetadata.h"
#include "session/meshsessionparts.h"
#include "session/undoaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace Kt::Session {

using MeshSessionParts::pathObject;

void MeshSession::ensureStuntman()
{
    const QString ns = m_access->namespaceName();
    const Kube::ResourceRef ref
        = Kube::ResourceRef::services(ns, MeshRouter::stuntmanName(m_serviceName));
    setState(SessionState::Preparing, tr("Preparing Service %1").arg(ref.name()));
    Kube::ApiRequest *get = m_access->api()->get(ref);
    connect(get, &Kube::ApiJob::finished, this, [this, ns, ref](const Result<QJsonObject> &result) {
        if (m_stopping)
            return;
        if (result) {
            if (pathObject(*result, {"metadata", "labels"}).value(KtLabel::ControlBy).toString()
                != KtLabel::ControlByValue) {
                return fail(Error {ErrorCode::Conflict,
                    tr("Service %1 exists but was not made by kt.").arg(ref.name()), {},
                    tr("Rename or remove it before meshing %1.").arg(m_serviceName)});
            }
            m_routerState.stuntmanIp
                = pathObject(*result, {"spec"}).value(QStringLiteral("clusterIP")).toString();
            return createMeshService();
        }
        if (result.error().code != ErrorCode::NotFound)
            return fail(result.error());
        Kube::ApiRequest *create = m_access->api()->create(ref.collection(),
            MeshRouter::stuntmanService(ns, m_serviceName, m_ports, m_originalSelector));
        connect(create, &Kube::ApiJob::finished, this, [this](const Result<QJsonObject> &created) {
            if (m_stopping)
                return;
            if (!created)
                return fail(created.error());
            CrashPoint::reached(QStringLiteral("mesh-route:stuntman"));
            m_routerState.stuntmanIp
                = pathObject(*created, {"spec"}).value(QStringLiteral("clusterIP")).toString();
            createMeshService();
        });
    });
}

void MeshSession::createMeshService()
{
    const QString ns = m_access->namespaceName();
    const Kube::ResourceRef ref
        = Kube::ResourceRef::services(ns, MeshRouter::meshServiceName(m_serviceName, m_version));
    if (Result<void> recorded
        = m_journal.record(QStringLiteral("mesh-service"), UndoAction::deleteObject(ref));
        !recorded)
        return fail(recorded.error());
    QJsonArray ports;
    for (const MeshPort &port : std::as_const(m_ports)) {
        bool exposed = false;
        for (const PortPair &pair : std::as_const(m_options.expose))
            exposed = exposed || pair.remote == port.number;
        if (!exposed)
            continue;
        QJsonObject item {{QStringLiteral("port"), port.port},
            {QStringLiteral("targetPort"), port.number},
            {QStringLiteral("protocol"), QStringLiteral("TCP")}};
        if (!port.name.isEmpty())
            item.insert(QStringLiteral("name"), port.name);
        ports.append(item);
    }
    const QJsonObject service {
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("kind"), QStringLiteral("Service")},
        {QStringLiteral("metadata"),
            QJsonObject {{QStringLiteral("name"), ref.name()}, {QStringLiteral("namespace"), ns},
                {QStringLiteral("labels"),
                    QJsonObject {{KtLabel::ControlBy, KtLabel::ControlByValue},
                        {KtLabel::Role, KtRole::ShadowMesh}}},
                {QStringLiteral("annotations"),
                    QJsonObject {{KtAnnotation::User, KtMetadata::localUser()},
                        {KtAnnotation::LastHeartBeat, KtMetadata::unixNow()},
                        {KtAnnotation::Config,
                            QString(QStringLiteral("service=") + m_serviceName)}}}}},
        {QStringLiteral("spec"),
            QJsonObject {
                {QStringLiteral("selector"), QJsonObject {{KtLabel::Target, m_shadowTarget}}},
                {QStringLiteral("ports"), ports}}},
    };
    setState(SessionState::CreatingShadow, tr("Creating Service %1").arg(ref.name()));
    Kube::ApiRequest *create = m_access->api()->create(ref.collection(), service);
    connect(create, &Kube::ApiJob::finished, this, [this, ref](const Result<QJsonObject> &result) {
        if (m_stopping)
            return;
        if (!result) {
            if (result.error().code == ErrorCode::Conflict) {
                (void)m_journal.forget(QStringLiteral("mesh-service")); // not ours: keep it
                return fail(Error {ErrorCode::Conflict,
                    tr("Service %1 already exists.").arg(ref.name()), {},
                    tr("Choose another version with --versionMark %1:NAME, or run ktdesk-cli "
                       "clean.")
                        .arg(m_key)});
            }
            return fail(result.error());
        }
        m_journal.done(QStringLiteral("mesh-service"));
        m_meshIp = pathObject(*result, {"spec"}).value(QStringLiteral("clusterIP")).toString();
        updateRouter();
    });
}

void MeshSession::updateRouter()
{
    const QString ns = m_access->namespaceName();
    const Kube::ResourceRef ref
        = Kube::ResourceRef::configMaps(ns, MeshRouter::routerName(m_serviceName));
    setState(SessionState::CreatingShadow, tr("Adding the route for %1: %2").arg(m_key, m_version));
    Kube::ApiRequest *get = m_access->api()->get(ref);
    connect(
        get, &Kube::ApiJob::finished, this, [this, ns, ref](const Result<QJsonObject> &current) {
            if (m_stopping)
                return;
            if (!current && current.error().code != ErrorCode::NotFound)
                return fail(current.error());
            MeshRouterState state;
            if (current) {
                state = MeshRouterState::fromJson(
                    QJsonDocument::fromJson(pathObject(*current, {"data"})
                                                .value(QStringLiteral("routes.json"))
                                                .toString()
                                                .toUtf8())
                        .object());
                if (state.key != m_key) {
                    return fail(Error {ErrorCode::Conflict,
                        tr("The router of Service %1 routes on header \"%2\", not \"%3\".")
                            .arg(m_serviceName, state.key, m_key),
                        {}, tr("Use --versionMark %1:%2").arg(state.key, m_version)});
                }
            }
            state.key = m_key;
            if (!m_routerState.stuntmanIp.isEmpty())
                state.stuntmanIp = m_routerState.stuntmanIp;
            state.ports = m_ports;
            for (qsizetype i = state.routes.size() - 1; i >= 0; --i) {
                if (state.routes.at(i).version == m_version)
                    state.routes.removeAt(i);
            }
            MeshRoute route;
            route.version = m_version;
            route.service = MeshRouter::meshServiceName(m_serviceName, m_version);
            route.clusterIp = m_meshIp;
            route.user = KtMetadata::localUser();
            for (const PortPair &pair : std::as_const(m_options.expose)) {
                if (!route.ports.contains(pair.remote))
                    route.ports.append(pair.remote);
            }
            state.routes.append(route);
            m_routerState = state;
            QJsonObject object = MeshRouter::configMap(ns, m_serviceName, state);
            Kube::ApiRequest *write = nullptr;
            if (current) {
                QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
                metadata.insert(QStringLiteral("resourceVersion"),
                    pathObject(*current, {"metadata"}).value(QStringLiteral("resourceVersion")));
                object.insert(QStringLiteral("metadata"), metadata);
                write = m_access->api()->replace(ref, object);
            } else {
                write = m_access->api()->create(ref.collection(), object);
            }
            connect(
                write, &Kube::ApiJob::finished, this, [this](const Result<QJsonObject> &written) {
                    if (m_stopping)
                        return;
                    if (!written) {
                        if (written.error().code == ErrorCode::Conflict)
                            return updateRouter(); // changed meanwhile (a leaving user): read again
                        return fail(written.error());
                    }
                    CrashPoint::reached(QStringLiteral("mesh-route:config"));
                    createRouterPod(*written);
                });
        });
}

void MeshSession::createRouterPod(const QJsonObject &)
{
    const QString ns = m_access->namespaceName();
    const Kube::ResourceRef ref
        = Kube::ResourceRef::pods(ns, MeshRouter::routerName(m_serviceName));
    const int count = static_cast<int>(m_routerState.routes.size());
    Kube::ApiRequest *get = m_access->api()->get(ref);
    connect(
        get, &Kube::ApiJob::finished, this, [this, ns, ref, count](const Result<QJsonObject> &pod) {
            if (m_stopping)
                return;
            if (pod
                && !pathObject(*pod, {"metadata"}).contains(QStringLiteral("deletionTimestamp"))) {
                m_routerTarget
                    = pathObject(*pod, {"metadata", "labels"}).value(KtLabel::Target).toString();
                const QJsonObject patch {{QStringLiteral("metadata"),
                    QJsonObject {{QStringLiteral("annotations"),
                        QJsonObject {{KtAnnotation::RefCount, QString::number(count)},
                            {KtAnnotation::LastHeartBeat, KtMetadata::unixNow()}}}}}};
                Kube::ApiRequest *update
                    = m_access->api()->patch(ref, Kube::PatchType::Merge, QJsonDocument(patch));
                connect(update, &Kube::ApiJob::finished, this,
                    [this](const Result<QJsonObject> &updated) {
                        if (m_stopping)
                            return;
                        if (!updated)
                            return fail(updated.error());
                        CrashPoint::reached(QStringLiteral("mesh-route:router"));
                        waitForRouter(0);
                    });
                return;
            }
            if (pod) {
                // The last user's router is still going away: wait for it, then make a new one.
                QTimer::singleShot(1000, this, [this] { createRouterPod({}); });
                return;
            }
            if (pod.error().code != ErrorCode::NotFound)
                return fail(pod.error());
            m_routerTarget = KtMetadata::randomLetters(20);
            setState(SessionState::CreatingShadow, tr("Creating the router %1").arg(ref.name()));
            Kube::ApiRequest *create = m_access->api()->create(ref.collection(),
                MeshRouter::routerPod(
                    ns, m_serviceName, m_options.routerImage, m_routerTarget, m_ports, count));
            connect(
                create, &Kube::ApiJob::finished, this, [this](const Result<QJsonObject> &created) {
                    if (m_stopping)
                        return;
                    if (!created)
                        return fail(created.error());
                    CrashPoint::reached(QStringLiteral("mesh-route:router"));
                    waitForRouter(0);
                });
        });
}

void MeshSession::waitForRouter(int polls)
{
    const Kube::ResourceRef ref
        = Kube::ResourceRef::pods(m_access->namespaceName(), MeshRouter::routerName(m_serviceName));
    Kube::ApiRequest *get = m_access->api()->get(ref);
    connect(get, &Kube::ApiJob::finished, this, [this, polls, ref](const Result<QJsonObject> &pod) {
        if (m_stopping)
            return;
        if (!pod)
            return fail(pod.error());
        if (pathObject(*pod, {"status"}).value(QStringLiteral("phase")).toString()
            == QLatin1String("Running"))
            return pointService();
        if (polls >= m_options.podCreationTimeout.count()) {
            return fail(Error {ErrorCode::Timeout,
                tr("The router %1 did not start within %2 s.")
                    .arg(ref.name())
                    .arg(m_options.podCreationTimeout.count()),
                {},
                tr("Check that the image %1 can be pulled (--routerImage).")
                    .arg(m_options.routerImage.isEmpty() ? kDefaultRouterImage
                                                         : m_options.routerImage)});
        }
        setState(SessionState::WaitingForPod, tr("Waiting for the router %1").arg(ref.name()));
        QTimer::singleShot(1000, this, [this, polls] { waitForRouter(polls + 1); });
    });
}

void MeshSession::pointService()
{
    const Kube::ResourceRef ref
        = Kube::ResourceRef::services(m_access->namespaceName(), m_serviceName);
    QJsonObject selector;
    QJsonObject annotations {{KtAnnotation::Lock, QJsonValue::Null}};
    if (!m_joining) {
        for (auto it = m_originalSelector.begin(); it != m_originalSelector.end(); ++it)
            selector.insert(it.key(), QJsonValue::Null);
        annotations.insert(KtAnnotation::Selector,
            QString::fromUtf8(QJsonDocument(m_originalSelector).toJson(QJsonDocument::Compact)));
    }
    selector.insert(KtLabel::Role, KtRole::Router);
    selector.insert(KtLabel::Target, m_routerTarget);
    const QJsonObject change {
        {QStringLiteral("metadata"), QJsonObject {{QStringLiteral("annotations"), annotations}}},
        {QStringLiteral("spec"), QJsonObject {{QStringLiteral("selector"), selector}}}};
    setState(
        SessionState::CreatingShadow, tr("Pointing Service %1 at the router").arg(m_serviceName));
    Kube::ApiRequest *patch
        = m_access->api()->patch(ref, Kube::PatchType::Merge, QJsonDocument(change));
    connect(patch, &Kube::ApiJob::finished, this, [this](const Result<QJsonObject> &result) {
        if (m_stopping)
            return;
        if (!result)
            return fail(result.error());
        CrashPoint::reached(QStringLiteral("mesh-route:selector"));
        m_locked = false;
        startShadow();
    });
}

} // namespace Kt::Session
