#include "exchangesession.h"

#include "kube/apiclient.h"
#include "kube/apirequest.h"
#include "platform/xdgpaths.h"
#include "secrets/secretstore.h"
#include "session/ktmetadata.h"
#include "session/shadowtunnel.h"
#include "session/undoaction.h"
#include "tunnel/sshtunnel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <memory>

namespace Kt::Session {

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
    findService();
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
            return fail(Error {ErrorCode::InvalidInput,
                tr("Port %1 is not a target port of Service %2 (its target ports: %3).")
                    .arg(pair.remote)
                    .arg(m_serviceName, known.join(QStringLiteral(", "))),
                {}, tr("Use --expose LOCAL:REMOTE with REMOTE one of those.")});
        }
    }

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
    shadow.spec.extraAnnotations.insert(
        KtAnnotation::Config, QStringLiteral("service=") + m_serviceName);
    shadow.spec.target = m_target;
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
        if (!exposed && !m_redirected)
            return fail(exposed.error()); // at the start: the user has to see it
        if (!exposed) // traffic flowed before: a reconnect may find the port still held
            return m_shadow->retryLater(exposed.error().message);
        if (m_redirected)
            return setState(
                SessionState::Active, tr("Traffic of %1 comes to this machine").arg(m_serviceName));
        redirectService();
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
    setState(SessionState::Stopping, tr("Restoring Service %1").arg(m_serviceName));
    auto undo = [this] {
        undoJournal(m_access, [this](bool ok) {
            setState(ok ? SessionState::Stopped : SessionState::Failed,
                ok ? tr("Service %1 restored").arg(m_serviceName)
                   : tr("Could not remove everything; run ktdesk-cli clean --localOnly"));
        });
    };
    if (!m_shadow)
        return undo();
    m_shadow->shutdown(undo); // the tunnel closes first, then the cluster is restored
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
