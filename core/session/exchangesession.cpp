#include "exchangesession.h"

#include "kube/apiclient.h"
#include "kube/apirequest.h"
#include "platform/xdgpaths.h"
#include "secrets/secretstore.h"
#include "session/crashpoint.h"
#include "session/ktmetadata.h"
#include "session/shadowtunnel.h"
#include "session/undoaction.h"
#include "tunnel/sshtunnel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace Kt::Session {

namespace {

const QString kReplicasUndoKey = QStringLiteral("deployment-replicas");
constexpr int kLockConflictAttempts = 10;

QJsonObject pathObject(const QJsonObject &object, std::initializer_list<const char *> path)
{
    QJsonObject current = object;
    for (const char *key : path)
        current = current.value(QLatin1String(key)).toObject();
    return current;
}

// True when a non-empty `selector` matches `labels`.
bool selects(const QJsonObject &selector, const QJsonObject &labels)
{
    if (selector.isEmpty())
        return false;
    for (auto it = selector.begin(); it != selector.end(); ++it) {
        if (labels.value(it.key()) != it.value())
            return false;
    }
    return true;
}

} // namespace

ExchangeSession::ExchangeSession(Options options, Secrets::SecretStore *secrets, QObject *parent)
    : Session(SessionKind::Exchange, parent)
    , m_options(std::move(options))
    , m_secrets(secrets)
{
    if (m_options.journalDirectory.isEmpty())
        m_options.journalDirectory = Platform::XdgPaths::journalDir();
}

ExchangeSession::~ExchangeSession() = default;

void ExchangeSession::reconnect(const QString &why)
{
    if (m_shadow && !m_stopping && state() == SessionState::Active)
        m_shadow->reconnect(why);
}

std::unique_ptr<Session> ExchangeSession::recreate() const
{
    return std::make_unique<ExchangeSession>(m_options, m_secrets);
}

void ExchangeSession::start()
{
    setState(SessionState::Preparing, tr("Reading the kubeconfig"));
    if (m_options.expose.isEmpty())
        return fail(Error {ErrorCode::InvalidInput, tr("Nothing to expose."), {},
            tr("Give --expose with the local port.")});
    Result<ClusterAccess *> access = ClusterAccess::open(m_options.target, this);
    if (!access)
        return fail(access.error());
    m_access = *access;
    noteClusterAccess(m_access);
    if (m_options.mode == Mode::Scale)
        return findScaleTarget();
    findService();
}

void ExchangeSession::findScaleTarget()
{
    const QString ns = m_access->namespaceName();
    QString name = m_options.service;
    bool isDeployment = false;
    for (const QString &prefix : {QStringLiteral("deploy/"), QStringLiteral("deployment/"),
             QStringLiteral("deployments/"), QStringLiteral("svc/"), QStringLiteral("service/")}) {
        if (name.startsWith(prefix)) {
            isDeployment = prefix.startsWith(QLatin1String("deploy"));
            name = name.mid(prefix.size());
            break;
        }
    }
    if (isDeployment) {
        setState(SessionState::Preparing, tr("Reading deployment %1").arg(name));
        Kube::ApiRequest *get = m_access->api()->get(Kube::ResourceRef::deployments(ns, name));
        connect(get, &Kube::ApiJob::finished, this, [this, ns](const Result<QJsonObject> &result) {
            if (!result)
                return fail(result.error());
            const QJsonObject deployment = *result;
            // The Service that selects its pods, if any: its target ports check --expose.
            Kube::ApiRequest *list = m_access->api()->list(Kube::ResourceRef::services(ns));
            connect(list, &Kube::ApiJob::finished, this,
                [this, deployment](const Result<QJsonObject> &services) {
                    if (!services)
                        return fail(services.error());
                    const QJsonObject labels
                        = pathObject(deployment, {"spec", "template", "metadata", "labels"});
                    const QJsonArray items = services->value(QStringLiteral("items")).toArray();
                    for (const QJsonValue &item : items) {
                        // A Service of these pods that is exchanged or meshed would not follow
                        // a scale-mode shadow: refuse rather than break it.
                        const QString saved
                            = pathObject(item.toObject(), {"metadata", "annotations"})
                                  .value(KtAnnotation::Selector)
                                  .toString();
                        if (!saved.isEmpty()
                            && selects(QJsonDocument::fromJson(saved.toUtf8()).object(), labels)) {
                            const QString name = pathObject(item.toObject(), {"metadata"})
                                                     .value(QStringLiteral("name"))
                                                     .toString();
                            return fail(Error {ErrorCode::Conflict,
                                tr("Service %1 of these pods is already exchanged or meshed (it "
                                   "carries kt-selector).")
                                    .arg(name),
                                {},
                                tr("If nobody uses it any more, run: ktdesk-cli recover %1")
                                    .arg(name)});
                        }
                    }
                    for (const QJsonValue &item : items) {
                        if (selects(pathObject(item.toObject(), {"spec", "selector"}), labels))
                            return checkDeployment(deployment, item.toObject());
                    }
                    checkDeployment(deployment, {});
                });
        });
        return;
    }
    setState(SessionState::Preparing, tr("Finding the deployment behind Service %1").arg(name));
    Kube::ApiRequest *get = m_access->api()->get(Kube::ResourceRef::services(ns, name));
    connect(
        get, &Kube::ApiJob::finished, this, [this, ns, name](const Result<QJsonObject> &result) {
            if (!result)
                return fail(result.error());
            const QJsonObject service = *result;
            const QJsonObject selector = pathObject(service, {"spec", "selector"});
            const QJsonObject annotations = pathObject(service, {"metadata", "annotations"});
            if (annotations.contains(KtAnnotation::Selector)) {
                return fail(Error {ErrorCode::Conflict,
                    tr("Service %1 is already exchanged or meshed (it carries kt-selector).")
                        .arg(name),
                    {}, tr("If nobody uses it any more, run: ktdesk-cli recover %1").arg(name)});
            }
            Kube::ApiRequest *list = m_access->api()->list(Kube::ResourceRef::deployments(ns));
            connect(list, &Kube::ApiJob::finished, this,
                [this, service, selector, name](const Result<QJsonObject> &deployments) {
                    if (!deployments)
                        return fail(deployments.error());
                    QList<QJsonObject> matching;
                    for (const QJsonValue &item :
                        deployments->value(QStringLiteral("items")).toArray()) {
                        if (selects(selector,
                                pathObject(
                                    item.toObject(), {"spec", "template", "metadata", "labels"})))
                            matching.append(item.toObject());
                    }
                    if (matching.isEmpty()) {
                        return fail(Error {ErrorCode::NotFound,
                            tr("No deployment runs the pods of Service %1.").arg(name), {},
                            tr("Scale mode needs a Deployment; use --mode selector for other "
                               "workloads.")});
                    }
                    if (matching.size() > 1) {
                        QStringList names;
                        for (const QJsonObject &deployment : matching)
                            names.append(pathObject(deployment, {"metadata"})
                                             .value(QStringLiteral("name"))
                                             .toString());
                        return fail(Error {ErrorCode::InvalidInput,
                            tr("Service %1 selects the pods of several deployments: %2.")
                                .arg(name, names.join(QStringLiteral(", "))),
                            {}, tr("Name one: ktdesk-cli exchange deploy/NAME --mode scale")});
                    }
                    checkDeployment(matching.constFirst(), service);
                });
        });
}

void ExchangeSession::checkDeployment(const QJsonObject &deployment, const QJsonObject &service)
{
    const QJsonObject metadata = pathObject(deployment, {"metadata"});
    const QJsonObject annotations = metadata.value(QStringLiteral("annotations")).toObject();
    m_deployment = metadata.value(QStringLiteral("name")).toString();
    m_deploymentVersion = metadata.value(QStringLiteral("resourceVersion"));
    const QJsonValue replicas = pathObject(deployment, {"spec"}).value(QStringLiteral("replicas"));
    m_replicas = replicas.isDouble() ? replicas.toInt() : 1; // the API's default
    m_podLabels = pathObject(deployment, {"spec", "template", "metadata", "labels"});
    m_serviceName = pathObject(service, {"metadata"}).value(QStringLiteral("name")).toString();
    setId(QStringLiteral("exchange-") + m_deployment);
    setTitle(
        tr("exchange deployment %1 (%2, scale mode)").arg(m_deployment, m_access->namespaceName()));
    if (m_podLabels.isEmpty()) {
        return fail(Error {ErrorCode::InvalidInput,
            tr("Deployment %1 has no pod labels, so no Service can select a shadow in its place.")
                .arg(m_deployment),
            {}, {}});
    }
    if (!service.isEmpty()) {
        if (Result<void> ports = checkPorts(service); !ports)
            return fail(ports.error());
    }
    const qint64 lockedAt = annotations.value(KtAnnotation::Lock).toString().toLongLong();
    if (lockedAt > 0 && QDateTime::currentSecsSinceEpoch() - lockedAt < kLockStaleSeconds) {
        return fail(Error {ErrorCode::Conflict,
            tr("Deployment %1 is being changed by someone else right now (kt-lock).")
                .arg(m_deployment),
            {}, tr("Try again in a minute.")});
    }
    // Someone else's scale-mode shadow (KtDesk's or ktctl's) remembers this Deployment.
    Kube::ListOptions options;
    options.labelSelector = KtLabel::ControlBy + QLatin1Char('=') + KtLabel::ControlByValue;
    Kube::ApiRequest *list
        = m_access->api()->list(Kube::ResourceRef::pods(m_access->namespaceName()), options);
    connect(list, &Kube::ApiJob::finished, this, [this](const Result<QJsonObject> &pods) {
        if (!pods)
            return fail(pods.error());
        const QString config = QStringLiteral("app=") + m_deployment + QLatin1Char(',');
        for (const QJsonValue &item : pods->value(QStringLiteral("items")).toArray()) {
            const QJsonObject podAnnotations
                = pathObject(item.toObject(), {"metadata", "annotations"});
            if (!podAnnotations.value(KtAnnotation::Config).toString().startsWith(config))
                continue;
            return fail(Error {ErrorCode::Conflict,
                tr("Deployment %1 is already exchanged in scale mode by %2 (shadow %3).")
                    .arg(m_deployment, podAnnotations.value(KtAnnotation::User).toString(),
                        pathObject(item.toObject(), {"metadata"})
                            .value(QStringLiteral("name"))
                            .toString()),
                {},
                tr("If nobody uses it any more, run: ktdesk-cli clean (or recover the Service).")});
        }
        m_shadowName
            = m_deployment + QStringLiteral("-kt-exchange-") + KtMetadata::randomLetters(5);
        if (Result<void> opened
            = m_journal.open(m_options.journalDirectory, m_shadowName, m_access->target().toJson());
            !opened)
            return fail(opened.error());
        const Kube::ResourceRef ref
            = Kube::ResourceRef::deployments(m_access->namespaceName(), m_deployment);
        if (Result<void> recorded = m_journal.record(QStringLiteral("deployment-lock"),
                UndoAction::mergePatch(ref,
                    QJsonObject {{QStringLiteral("metadata"),
                        QJsonObject {{QStringLiteral("annotations"),
                            QJsonObject {{KtAnnotation::Lock, QJsonValue::Null}}}}}}));
            !recorded)
            return fail(recorded.error());
        setState(SessionState::Preparing, tr("Locking deployment %1").arg(m_deployment));
        const QJsonObject lock {{QStringLiteral("metadata"),
            QJsonObject {{QStringLiteral("resourceVersion"), m_deploymentVersion},
                {QStringLiteral("annotations"),
                    QJsonObject {{KtAnnotation::Lock, KtMetadata::unixNow()}}}}}};
        Kube::ApiRequest *patch
            = m_access->api()->patch(ref, Kube::PatchType::Merge, QJsonDocument(lock));
        connect(patch, &Kube::ApiJob::finished, this, [this](const Result<QJsonObject> &result) {
            if (!result && result.error().code == ErrorCode::Conflict
                && ++m_lockConflicts < kLockConflictAttempts) {
                // Its status moves while its pods come and go (just after a recovery scaled it
                // back, say): nothing was changed, so read it again and check everything anew.
                (void)m_journal.forget(QStringLiteral("deployment-lock"));
                m_journal.close();
                QTimer::singleShot(500, this, [this] {
                    if (!m_stopping)
                        findScaleTarget();
                });
                return;
            }
            if (!result)
                return fail(result.error());
            m_journal.done(QStringLiteral("deployment-lock"));
            startShadow();
        });
    });
}

void ExchangeSession::findService()
{
    const QString ns = m_access->namespaceName();
    QString workload = m_options.service;
    for (const QString &prefix : {QStringLiteral("deploy/"), QStringLiteral("deployment/"),
             QStringLiteral("deployments/"), QStringLiteral("svc/"), QStringLiteral("service/")}) {
        if (workload.startsWith(prefix)) {
            if (!prefix.startsWith(QLatin1String("deploy"))) {
                workload = workload.mid(prefix.size());
                break;
            }
            // A Deployment: exchange the Service whose selector its pods match.
            const QString deployment = workload.mid(prefix.size());
            setState(SessionState::Preparing,
                tr("Finding the Service of deployment %1").arg(deployment));
            Kube::ApiRequest *get
                = m_access->api()->get(Kube::ResourceRef::deployments(ns, deployment));
            connect(get, &Kube::ApiJob::finished, this,
                [this, ns, deployment](const Result<QJsonObject> &result) {
                    if (!result)
                        return fail(result.error());
                    const QJsonObject labels = result->value(QStringLiteral("spec"))
                                                   .toObject()
                                                   .value(QStringLiteral("template"))
                                                   .toObject()
                                                   .value(QStringLiteral("metadata"))
                                                   .toObject()
                                                   .value(QStringLiteral("labels"))
                                                   .toObject();
                    Kube::ApiRequest *list = m_access->api()->list(Kube::ResourceRef::services(ns));
                    connect(list, &Kube::ApiJob::finished, this,
                        [this, labels, deployment](const Result<QJsonObject> &services) {
                            if (!services)
                                return fail(services.error());
                            for (const QJsonValue &item :
                                services->value(QStringLiteral("items")).toArray()) {
                                const QJsonObject selector = item.toObject()
                                                                 .value(QStringLiteral("spec"))
                                                                 .toObject()
                                                                 .value(QStringLiteral("selector"))
                                                                 .toObject();
                                bool matches = !selector.isEmpty();
                                for (auto it = selector.begin(); matches && it != selector.end();
                                     ++it)
                                    matches = labels.value(it.key()) == it.value();
                                if (matches)
                                    return checkAndLock(item.toObject());
                            }
                            fail(Error {ErrorCode::NotFound,
                                tr("No Service selects the pods of deployment %1.").arg(deployment),
                                {},
                                tr("Exchange a Service by name, or create one for the "
                                   "deployment.")});
                        });
                });
            return;
        }
    }
    Kube::ApiRequest *get = m_access->api()->get(Kube::ResourceRef::services(ns, workload));
    connect(get, &Kube::ApiJob::finished, this, [this](const Result<QJsonObject> &result) {
        if (!result)
            return fail(result.error());
        checkAndLock(*result);
    });
}

Result<void> ExchangeSession::checkPorts(const QJsonObject &service) const
{
    const QJsonObject spec = service.value(QStringLiteral("spec")).toObject();
    const QString serviceName
        = pathObject(service, {"metadata"}).value(QStringLiteral("name")).toString();
    // Every remote port must be a target port of the Service (named ports are not resolved here).
    QList<quint16> targetPorts;
    for (const QJsonValue &port : spec.value(QStringLiteral("ports")).toArray()) {
        const QJsonValue target = port.toObject().value(QStringLiteral("targetPort"));
        targetPorts.append(static_cast<quint16>(target.isDouble()
                ? target.toInt()
                : port.toObject().value(QStringLiteral("port")).toInt()));
    }
    for (const PortPair &pair : m_options.expose) {
        if (!targetPorts.contains(pair.remote)) {
            QStringList known;
            for (quint16 p : targetPorts)
                known.append(QString::number(p));
            return Error {ErrorCode::InvalidInput,
                tr("Port %1 is not a target port of Service %2 (its target ports: %3).")
                    .arg(pair.remote)
                    .arg(serviceName, known.join(QStringLiteral(", "))),
                {}, tr("Use --expose LOCAL:REMOTE with REMOTE one of those.")};
        }
    }

    return {};
}

void ExchangeSession::checkAndLock(const QJsonObject &service)
{
    const QJsonObject metadata = service.value(QStringLiteral("metadata")).toObject();
    const QJsonObject spec = service.value(QStringLiteral("spec")).toObject();
    const QJsonObject annotations = metadata.value(QStringLiteral("annotations")).toObject();
    m_serviceName = metadata.value(QStringLiteral("name")).toString();
    setTitle(tr("exchange %1 (%2)").arg(m_serviceName, m_access->namespaceName()));
    m_originalSelector = spec.value(QStringLiteral("selector")).toObject();
    if (m_originalSelector.isEmpty()) {
        return fail(Error {ErrorCode::InvalidInput,
            tr("Service %1 has no selector, so its traffic cannot be redirected.")
                .arg(m_serviceName),
            {}, {}});
    }
    if (annotations.contains(KtAnnotation::Selector)) {
        return fail(Error {ErrorCode::Conflict,
            tr("Service %1 is already exchanged or meshed (it carries kt-selector).")
                .arg(m_serviceName),
            {}, tr("If nobody uses it any more, run: ktdesk-cli recover %1").arg(m_serviceName)});
    }
    const qint64 lockedAt = annotations.value(KtAnnotation::Lock).toString().toLongLong();
    if (lockedAt > 0 && QDateTime::currentSecsSinceEpoch() - lockedAt < kLockStaleSeconds) {
        return fail(Error {ErrorCode::Conflict,
            tr("Service %1 is being changed by someone else right now (kt-lock).")
                .arg(m_serviceName),
            {}, tr("Try again in a minute.")});
    }
    if (Result<void> ports = checkPorts(service); !ports)
        return fail(ports.error());

    m_target = KtMetadata::randomLetters(20);
    m_shadowName = m_serviceName + QStringLiteral("-kt-exchange-") + KtMetadata::randomLetters(5);
    if (Result<void> opened
        = m_journal.open(m_options.journalDirectory, m_shadowName, m_access->target().toJson());
        !opened)
        return fail(opened.error());

    // Lock: the patch carries the resourceVersion we checked, so a concurrent change is a 409.
    const Kube::ResourceRef ref
        = Kube::ResourceRef::services(m_access->namespaceName(), m_serviceName);
    if (Result<void> recorded = m_journal.record(QStringLiteral("service-lock"),
            UndoAction::mergePatch(ref,
                QJsonObject {{QStringLiteral("metadata"),
                    QJsonObject {{QStringLiteral("annotations"),
                        QJsonObject {{KtAnnotation::Lock, QJsonValue::Null}}}}}}));
        !recorded)
        return fail(recorded.error());
    setState(SessionState::Preparing, tr("Locking Service %1").arg(m_serviceName));
    const QJsonObject lock {{QStringLiteral("metadata"),
        QJsonObject {
            {QStringLiteral("resourceVersion"), metadata.value(QStringLiteral("resourceVersion"))},
            {QStringLiteral("annotations"),
                QJsonObject {{KtAnnotation::Lock, KtMetadata::unixNow()}}}}}};
    Kube::ApiRequest *patch
        = m_access->api()->patch(ref, Kube::PatchType::Merge, QJsonDocument(lock));
    connect(patch, &Kube::ApiJob::finished, this, [this](const Result<QJsonObject> &result) {
        if (!result)
            return fail(result.error());
        m_journal.done(QStringLiteral("service-lock"));
        startShadow();
    });
}

void ExchangeSession::startShadow()
{
    if (m_stopping)
        return;
    ShadowTunnel::Options shadow;
    shadow.spec.name = m_shadowName;
    shadow.spec.namespaceName = m_access->namespaceName();
    shadow.spec.role = KtRole::ShadowExchange;
    shadow.spec.image = m_options.image;
    shadow.spec.podOptions = m_options.podOptions;
    shadow.spec.extraLabels = m_options.labels;
    shadow.spec.extraAnnotations = m_options.annotations;
    if (m_options.mode == Mode::Scale) {
        // The Deployment's pod labels (kt-connect copies matchLabels only; a Service may select
        // on other template labels too). Without pod-template-hash, the Deployment's ReplicaSet
        // never adopts the shadow.
        for (auto it = m_podLabels.begin(); it != m_podLabels.end(); ++it)
            shadow.spec.extraLabels.insert(it.key(), it.value().toString());
        shadow.spec.extraAnnotations.insert(KtAnnotation::Config,
            QStringLiteral("app=%1,replicas=%2").arg(m_deployment).arg(m_replicas));
    } else {
        shadow.spec.extraAnnotations.insert(
            KtAnnotation::Config, QStringLiteral("service=") + m_serviceName);
        shadow.spec.target = m_target;
    }
    for (const PortPair &pair : m_options.expose)
        shadow.spec.containerPorts.append(pair.remote);
    shadow.keyType = m_options.keyType;
    shadow.podCreationTimeout = m_options.podCreationTimeout;
    shadow.portForwardTimeout = m_options.portForwardTimeout;
    shadow.heartbeatInterval = m_options.heartbeatInterval;
    m_shadow = new ShadowTunnel(m_access, &m_journal, m_secrets, shadow, this);
    connect(
        m_shadow, &ShadowTunnel::progress, this, [this](SessionState state, const QString &step) {
            if (!m_stopping)
                setState(state, step);
        });
    connect(m_shadow, &ShadowTunnel::eventSeen, this, &ExchangeSession::addEvent);
    connect(m_shadow, &ShadowTunnel::lost, this, [this](const QString &why) {
        if (!m_stopping)
            reportTunnelLost(why);
    });
    connect(m_shadow, &ShadowTunnel::ready, this, &ExchangeSession::addForwards);
    connect(m_shadow, &ShadowTunnel::failed, this, &ExchangeSession::fail);
    m_shadow->start();
}

void ExchangeSession::addForwards()
{
    if (m_stopping)
        return;
    setState(SessionState::Tunnelling, tr("Opening the shadow's ports"));
    m_shadow->exposePorts(m_options.expose, [this](Result<void> exposed) {
        if (m_stopping)
            return;
        if (!exposed) // at the start (later, the tunnel retries by itself)
            return fail(exposed.error());
        if (m_redirected)
            return setState(
                SessionState::Active, tr("Traffic of %1 comes to this machine").arg(targetName()));
        if (m_options.mode == Mode::Scale)
            return scaleDown();
        redirectService();
    });
}

void ExchangeSession::scaleDown()
{
    // Journal the way back (replicas, and no lock) before scaling to zero.
    const Kube::ResourceRef ref
        = Kube::ResourceRef::deployments(m_access->namespaceName(), m_deployment);
    const QJsonObject unlock {
        {QStringLiteral("annotations"), QJsonObject {{KtAnnotation::Lock, QJsonValue::Null}}}};
    if (Result<void> recorded = m_journal.record(kReplicasUndoKey,
            UndoAction::mergePatch(ref,
                QJsonObject {{QStringLiteral("metadata"), unlock},
                    {QStringLiteral("spec"),
                        QJsonObject {{QStringLiteral("replicas"), m_replicas}}}}));
        !recorded)
        return fail(recorded.error());
    setState(SessionState::Tunnelling, tr("Scaling deployment %1 to 0").arg(m_deployment));
    const QJsonObject change {{QStringLiteral("metadata"), unlock},
        {QStringLiteral("spec"), QJsonObject {{QStringLiteral("replicas"), 0}}}};
    Kube::ApiRequest *patch
        = m_access->api()->patch(ref, Kube::PatchType::Merge, QJsonDocument(change));
    connect(patch, &Kube::ApiJob::finished, this, [this](const Result<QJsonObject> &result) {
        if (m_stopping)
            return;
        if (!result)
            return fail(result.error());
        m_journal.done(kReplicasUndoKey);
        m_redirected = true;
        setState(SessionState::Active,
            tr("Traffic of deployment %1 comes to this machine (scaled to 0 from %n replica(s))",
                nullptr, m_replicas)
                .arg(m_deployment));
    });
}

void ExchangeSession::restoreReplicas(std::function<void()> next)
{
    const QList<Journal::Undo> undos = m_journal.undos();
    const auto it = std::find_if(undos.cbegin(), undos.cend(),
        [](const Journal::Undo &undo) { return undo.key == kReplicasUndoKey; });
    if (it == undos.cend())
        return next();
    setState(SessionState::Stopping,
        tr("Scaling deployment %1 back to %n replica(s)", nullptr, m_replicas).arg(m_deployment));
    UndoAction::run(m_access->api(), it->action, [this, next](Result<void> done) {
        if (!done) {
            reportError(done.error()); // the journal keeps the step: undoJournal tries again
            return next();
        }
        (void)m_journal.forget(kReplicasUndoKey);
        CrashPoint::reached(QStringLiteral("undone:") + kReplicasUndoKey);
        waitForReplicas(
            QDateTime::currentDateTimeUtc().addSecs(m_options.recoverWaitTime.count()), next);
    });
}

void ExchangeSession::waitForReplicas(const QDateTime &deadline, std::function<void()> next)
{
    Kube::ApiRequest *get = m_access->api()->get(
        Kube::ResourceRef::deployments(m_access->namespaceName(), m_deployment));
    connect(get, &Kube::ApiJob::finished, this,
        [this, deadline, next](const Result<QJsonObject> &result) {
            const int ready = result
                ? pathObject(*result, {"status"}).value(QStringLiteral("readyReplicas")).toInt()
                : 0;
            if (ready >= m_replicas)
                return next();
            if (QDateTime::currentDateTimeUtc() >= deadline) {
                addEvent(tr("Deployment %1 has %2 of %3 replicas ready; removing the shadow anyway")
                             .arg(m_deployment)
                             .arg(ready)
                             .arg(m_replicas));
                return next();
            }
            setState(SessionState::Stopping,
                tr("Waiting for deployment %1: %2 of %3 replicas ready")
                    .arg(m_deployment)
                    .arg(ready)
                    .arg(m_replicas));
            QTimer::singleShot(
                1000, this, [this, deadline, next] { waitForReplicas(deadline, next); });
        });
}

void ExchangeSession::redirectService()
{
    // Journal the way back before pointing the Service at the shadow.
    const Kube::ResourceRef ref
        = Kube::ResourceRef::services(m_access->namespaceName(), m_serviceName);
    QJsonObject restoreSelector = m_originalSelector;
    restoreSelector.insert(KtLabel::Target, QJsonValue::Null);
    const QJsonObject undo {{QStringLiteral("metadata"),
                                QJsonObject {{QStringLiteral("annotations"),
                                    QJsonObject {{KtAnnotation::Selector, QJsonValue::Null},
                                        {KtAnnotation::Lock, QJsonValue::Null}}}}},
        {QStringLiteral("spec"), QJsonObject {{QStringLiteral("selector"), restoreSelector}}}};
    if (Result<void> recorded
        = m_journal.record(QStringLiteral("service-selector"), UndoAction::mergePatch(ref, undo));
        !recorded)
        return fail(recorded.error());

    QJsonObject selector;
    for (auto it = m_originalSelector.begin(); it != m_originalSelector.end(); ++it)
        selector.insert(it.key(), QJsonValue::Null);
    selector.insert(KtLabel::Target, m_target);
    const QJsonObject change {
        {QStringLiteral("metadata"),
            QJsonObject {{QStringLiteral("annotations"),
                QJsonObject {
                    {KtAnnotation::Selector,
                        QString::fromUtf8(
                            QJsonDocument(m_originalSelector).toJson(QJsonDocument::Compact))},
                    {KtAnnotation::Lock, QJsonValue::Null}}}}},
        {QStringLiteral("spec"), QJsonObject {{QStringLiteral("selector"), selector}}}};
    setState(SessionState::Tunnelling, tr("Pointing Service %1 at the shadow").arg(m_serviceName));
    Kube::ApiRequest *patch
        = m_access->api()->patch(ref, Kube::PatchType::Merge, QJsonDocument(change));
    connect(patch, &Kube::ApiJob::finished, this, [this](const Result<QJsonObject> &result) {
        if (m_stopping)
            return;
        if (!result)
            return fail(result.error());
        m_journal.done(QStringLiteral("service-selector"));
        m_redirected = true;
        setState(
            SessionState::Active, tr("Traffic of %1 comes to this machine").arg(m_serviceName));
    });
}

void ExchangeSession::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    const bool scale = m_options.mode == Mode::Scale;
    setState(SessionState::Stopping,
        scale ? tr("Restoring deployment %1").arg(m_deployment)
              : tr("Restoring Service %1").arg(m_serviceName));
    auto undo = [this, scale] {
        undoJournal(m_access, [this, scale](bool ok) {
            setState(ok ? SessionState::Stopped : SessionState::Failed,
                !ok         ? tr("Could not remove everything; run ktdesk-cli clean --localOnly")
                    : scale ? tr("Deployment %1 restored").arg(m_deployment)
                            : tr("Service %1 restored").arg(m_serviceName));
        });
    };
    auto closeThenUndo = [this, undo] {
        if (!m_shadow)
            return undo();
        m_shadow->shutdown(undo); // the tunnel closes first, then the cluster is restored
    };
    if (scale && m_access) {
        // The shadow keeps serving until the Deployment's own pods are ready again.
        return restoreReplicas(closeThenUndo);
    }
    closeThenUndo();
}

void ExchangeSession::fail(const Error &error)
{
    reportError(error);
    if (m_stopping)
        return;
    m_stopping = true;
    if (m_shadow)
        m_shadow->shutdown();
    undoJournal(m_access, [this, error](bool) { setState(SessionState::Failed, error.message); });
}

} // namespace Kt::Session
