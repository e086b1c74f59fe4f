// MeshSession's state machine: reading and locking the Service, the shadow and its ports, manual
// mode's Istio rules, stopping. Its part of the shared router is in meshsessionrouter.cpp.
#include "meshsession.h"

#include "kube/apiclient.h"
#include "kube/apirequest.h"
#include "platform/xdgpaths.h"
#include "secrets/secretstore.h"
#include "session/crashpoint.h"
#include "session/ktmetadata.h"
#include "session/meshsessionparts.h"
#include "session/shadowtunnel.h"
#include "session/undoaction.h"
#include "tunnel/sshtunnel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

namespace Kt::Session {

namespace {

constexpr int kLockAttempts = 30; // two seconds apart

bool isHttp2Port(const QJsonObject &port)
{
    const QString name = port.value(QStringLiteral("name")).toString().toLower();
    const QString appProtocol = port.value(QStringLiteral("appProtocol")).toString().toLower();
    for (const char *prefix : {"grpc", "http2", "h2c"}) {
        if (name.startsWith(QLatin1String(prefix)))
            return true;
    }
    return appProtocol == QLatin1String("grpc") || appProtocol == QLatin1String("h2c")
        || appProtocol == QLatin1String("http2")
        || appProtocol == QLatin1String("kubernetes.io/h2c");
}

QString yamlQuoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

using MeshSessionParts::pathObject;
using MeshSessionParts::unlockPatch;

Result<QPair<QString, QString>> MeshSession::parseVersionMark(const QString &mark)
{
    QString key = QStringLiteral("kt-version");
    QString version;
    if (mark.contains(QLatin1Char(':'))) {
        key = mark.section(QLatin1Char(':'), 0, 0);
        version = mark.section(QLatin1Char(':'), 1);
    } else {
        version = mark;
    }
    static const QRegularExpression validKey(QStringLiteral("^[a-z][a-z0-9_-]{0,62}$"));
    // The version ends up in object names (<svc>-kt-mesh-<version>) and label values.
    static const QRegularExpression validVersion(
        QStringLiteral("^[a-z0-9]([-a-z0-9]{0,30}[a-z0-9])?$"));
    if (!validKey.match(key).hasMatch()) {
        return Error {ErrorCode::InvalidInput,
            tr("\"%1\" cannot be a version header: use lowercase letters, digits, '-' and '_', "
               "starting with a letter.")
                .arg(key),
            {}, {}};
    }
    if (version.isEmpty())
        version = KtMetadata::randomLetters(5);
    if (!validVersion.match(version).hasMatch()) {
        return Error {ErrorCode::InvalidInput,
            tr("\"%1\" cannot be a version: use at most 32 lowercase letters, digits and '-'.")
                .arg(version),
            {}, {}};
    }
    return qMakePair(key, version);
}

MeshSession::MeshSession(Options options, Secrets::SecretStore *secrets, QObject *parent)
    : Session(SessionKind::Mesh, parent)
    , m_options(std::move(options))
    , m_secrets(secrets)
{
    if (m_options.journalDirectory.isEmpty())
        m_options.journalDirectory = Platform::XdgPaths::journalDir();
}

MeshSession::~MeshSession() = default;

void MeshSession::start()
{
    setState(SessionState::Preparing, tr("Reading the kubeconfig"));
    if (m_options.expose.isEmpty())
        return fail(Error {ErrorCode::InvalidInput, tr("Nothing to expose."), {},
            tr("Give --expose with the local port.")});
    const Result<QPair<QString, QString>> mark = parseVersionMark(m_options.versionMark);
    if (!mark)
        return fail(mark.error());
    m_key = mark->first;
    m_version = mark->second;
    m_serviceName = m_options.service;
    for (const QString &prefix : {QStringLiteral("svc/"), QStringLiteral("service/")}) {
        if (m_serviceName.startsWith(prefix))
            m_serviceName = m_serviceName.mid(prefix.size());
    }
    if (m_serviceName.contains(QLatin1Char('/'))) {
        return fail(Error {ErrorCode::InvalidInput,
            tr("mesh works on a Service; \"%1\" is not one.").arg(m_options.service), {},
            tr("Name the Service that selects the deployment's pods.")});
    }
    Result<ClusterAccess *> access = ClusterAccess::open(m_options.target, this);
    if (!access)
        return fail(access.error());
    m_access = *access;
    noteClusterAccess(m_access);
    setId(MeshRouter::meshServiceName(m_serviceName, m_version));
    setTitle(
        tr("mesh %1 (%2, %3: %4)").arg(m_serviceName, m_access->namespaceName(), m_key, m_version));
    m_shadowTarget = KtMetadata::randomLetters(20);
    readService(0);
}

void MeshSession::readService(int attempt)
{
    if (m_stopping)
        return;
    const QString ns = m_access->namespaceName();
    setState(SessionState::Preparing, tr("Reading Service %1").arg(m_serviceName));
    Kube::ApiRequest *get = m_access->api()->get(Kube::ResourceRef::services(ns, m_serviceName));
    connect(
        get, &Kube::ApiJob::finished, this, [this, ns, attempt](const Result<QJsonObject> &result) {
            if (!result)
                return fail(result.error());
            const QJsonObject service = *result;
            Kube::ApiRequest *endpoints
                = m_access->api()->get(Kube::ResourceRef::endpoints(ns, m_serviceName));
            connect(endpoints, &Kube::ApiJob::finished, this,
                [this, service, attempt](const Result<QJsonObject> &endpoints) {
                    if (m_stopping)
                        return;
                    const QJsonObject annotations
                        = pathObject(service, {"metadata", "annotations"});
                    const QJsonObject selector = pathObject(service, {"spec", "selector"});
                    const QString saved = annotations.value(KtAnnotation::Selector).toString();
                    m_joining = false;
                    if (!saved.isEmpty()) {
                        if (m_options.mode == Mode::Auto
                            && selector.value(KtLabel::Role).toString() == KtRole::Router) {
                            m_joining = true; // someone else's mesh: share their router
                            m_originalSelector = QJsonDocument::fromJson(saved.toUtf8()).object();
                        } else {
                            return fail(Error {ErrorCode::Conflict,
                                tr("Service %1 is exchanged by someone (it carries kt-selector), "
                                   "so it "
                                   "cannot be meshed.")
                                    .arg(m_serviceName),
                                {},
                                tr("If nobody uses it any more, run: ktdesk-cli recover %1")
                                    .arg(m_serviceName)});
                        }
                    } else {
                        m_originalSelector = selector;
                    }
                    if (m_originalSelector.isEmpty()) {
                        return fail(Error {ErrorCode::InvalidInput,
                            tr("Service %1 has no selector, so its traffic cannot be routed.")
                                .arg(m_serviceName),
                            {}, {}});
                    }
                    if (Result<void> ports
                        = readPorts(service, endpoints ? *endpoints : QJsonObject());
                        !ports)
                        return fail(ports.error());
                    if (m_options.mode == Mode::Manual) {
                        return checkShadowName([this] {
                            if (Result<void> opened = m_journal.open(
                                    m_options.journalDirectory, id(), m_access->target().toJson());
                                !opened)
                                return fail(opened.error());
                            findOriginLabels();
                        });
                    }
                    const qint64 lockedAt
                        = annotations.value(KtAnnotation::Lock).toString().toLongLong();
                    if (lockedAt > 0
                        && QDateTime::currentSecsSinceEpoch() - lockedAt < kLockStaleSeconds) {
                        if (attempt + 1 >= kLockAttempts) {
                            return fail(Error {ErrorCode::Conflict,
                                tr("Service %1 is being changed by someone else (kt-lock).")
                                    .arg(m_serviceName),
                                {}, tr("Try again in a minute.")});
                        }
                        setState(SessionState::Preparing,
                            tr("Waiting for another user's change to Service %1 (kt-lock)")
                                .arg(m_serviceName));
                        QTimer::singleShot(
                            2000, this, [this, attempt] { readService(attempt + 1); });
                        return;
                    }
                    lockService(service, attempt);
                });
        });
}

Result<void> MeshSession::readPorts(const QJsonObject &service, const QJsonObject &endpoints)
{
    m_ports.clear();
    for (const QJsonValue &value :
        pathObject(service, {"spec"}).value(QStringLiteral("ports")).toArray()) {
        const QJsonObject item = value.toObject();
        if (item.value(QStringLiteral("protocol")).toString(QStringLiteral("TCP"))
            != QLatin1String("TCP"))
            continue;
        MeshPort port;
        port.name = item.value(QStringLiteral("name")).toString();
        port.port = item.value(QStringLiteral("port")).toInt();
        port.targetPort = item.value(QStringLiteral("targetPort"));
        if (port.targetPort.isUndefined() || port.targetPort.isNull())
            port.targetPort = port.port;
        port.http2 = isHttp2Port(item);
        if (port.targetPort.isDouble()) {
            port.number = static_cast<quint16>(port.targetPort.toInt());
        } else {
            // A named target port: the Endpoints say which number it is on the pods.
            for (const QJsonValue &subset : endpoints.value(QStringLiteral("subsets")).toArray()) {
                for (const QJsonValue &endpointPort :
                    subset.toObject().value(QStringLiteral("ports")).toArray()) {
                    if (endpointPort.toObject().value(QStringLiteral("name")).toString()
                        == port.name)
                        port.number = static_cast<quint16>(
                            endpointPort.toObject().value(QStringLiteral("port")).toInt());
                }
            }
            if (port.number == 0) {
                return Error {ErrorCode::NotFound,
                    tr("Cannot tell which port number \"%1\" (target port of Service %2) is: no "
                       "pod of it is ready.")
                        .arg(port.targetPort.toString(), m_serviceName),
                    {}, tr("Start the workload, or give the Service a numeric target port.")};
            }
        }
        m_ports.append(port);
    }
    QStringList known;
    for (const MeshPort &port : std::as_const(m_ports))
        known.append(QString::number(port.number));
    for (const PortPair &pair : std::as_const(m_options.expose)) {
        if (!known.contains(QString::number(pair.remote))) {
            return Error {ErrorCode::InvalidInput,
                tr("Port %1 is not a target port of Service %2 (its target ports: %3).")
                    .arg(pair.remote)
                    .arg(m_serviceName, known.join(QStringLiteral(", "))),
                {}, tr("Use --expose LOCAL:REMOTE with REMOTE one of those.")};
        }
    }
    return {};
}

void MeshSession::lockService(const QJsonObject &service, int attempt)
{
    if (!m_journal.isOpen()) {
        if (Result<void> opened
            = m_journal.open(m_options.journalDirectory, id(), m_access->target().toJson());
            !opened)
            return fail(opened.error());
    }
    const Kube::ResourceRef ref
        = Kube::ResourceRef::services(m_access->namespaceName(), m_serviceName);
    if (Result<void> recorded = m_journal.record(
            QStringLiteral("service-lock"), UndoAction::mergePatch(ref, unlockPatch()));
        !recorded)
        return fail(recorded.error());
    setState(SessionState::Preparing, tr("Locking Service %1").arg(m_serviceName));
    m_lockValue = KtMetadata::unixNow();
    const QJsonObject lock {{QStringLiteral("metadata"),
        QJsonObject {
            {QStringLiteral("resourceVersion"),
                pathObject(service, {"metadata"}).value(QStringLiteral("resourceVersion"))},
            {QStringLiteral("annotations"), QJsonObject {{KtAnnotation::Lock, m_lockValue}}}}}};
    Kube::ApiRequest *patch
        = m_access->api()->patch(ref, Kube::PatchType::Merge, QJsonDocument(lock));
    connect(
        patch, &Kube::ApiJob::finished, this, [this, attempt](const Result<QJsonObject> &result) {
            if (m_stopping)
                return;
            if (!result) {
                if (result.error().code == ErrorCode::Conflict && attempt + 1 < kLockAttempts) {
                    QTimer::singleShot(1000, this, [this, attempt] { readService(attempt + 1); });
                    return;
                }
                return fail(result.error());
            }
            m_locked = true;
            m_journal.done(QStringLiteral("service-lock"));
            m_service = *result;
            checkShadowName([this] {
                // From here on, leaving takes this user's route out (and restores the Service when
                // it is the last): journalled before the first shared object is touched.
                if (Result<void> recorded = m_journal.record(QStringLiteral("mesh-route"),
                        MeshRouter::leaveAction(
                            m_access->namespaceName(), m_serviceName, m_version, m_lockValue));
                    !recorded)
                    return fail(recorded.error());
                ensureStuntman();
            });
        });
}

void MeshSession::checkShadowName(std::function<void()> next)
{
    const QString name = MeshRouter::meshServiceName(m_serviceName, m_version);
    Kube::ApiRequest *get
        = m_access->api()->get(Kube::ResourceRef::pods(m_access->namespaceName(), name));
    connect(
        get, &Kube::ApiJob::finished, this, [this, next, name](const Result<QJsonObject> &result) {
            if (m_stopping)
                return;
            if (result) {
                return fail(Error {ErrorCode::Conflict,
                    tr("%1 already meshes Service %2 as version \"%3\" (pod %4).")
                        .arg(pathObject(*result, {"metadata", "annotations"})
                                 .value(KtAnnotation::User)
                                 .toString(),
                            m_serviceName, m_version, name),
                    {}, tr("Choose another version with --versionMark %1:NAME.").arg(m_key)});
            }
            if (result.error().code != ErrorCode::NotFound)
                return fail(result.error());
            next();
        });
}

void MeshSession::findOriginLabels()
{
    // Istio needs a subset for "everyone else": the pod labels that the original pods have and
    // the shadow has not (those beyond the Service's selector), when there are any.
    Kube::ApiRequest *list
        = m_access->api()->list(Kube::ResourceRef::deployments(m_access->namespaceName()));
    connect(list, &Kube::ApiJob::finished, this, [this](const Result<QJsonObject> &deployments) {
        if (m_stopping)
            return;
        QJsonObject origin;
        if (deployments) {
            for (const QJsonValue &item : deployments->value(QStringLiteral("items")).toArray()) {
                const QJsonObject labels
                    = pathObject(item.toObject(), {"spec", "template", "metadata", "labels"});
                bool selected = true;
                for (auto it = m_originalSelector.begin();
                     selected && it != m_originalSelector.end(); ++it)
                    selected = labels.value(it.key()) == it.value();
                if (!selected)
                    continue;
                for (auto it = labels.begin(); it != labels.end(); ++it) {
                    if (!m_originalSelector.contains(it.key()) && it.key() != m_key)
                        origin.insert(it.key(), it.value());
                }
                break;
            }
        }
        buildIstioYaml(origin);
        startShadow();
    });
}

void MeshSession::buildIstioYaml(const QJsonObject &originLabels)
{
    const QString ns = m_access->namespaceName();
    const QString host = QStringLiteral("%1.%2.svc.cluster.local").arg(m_serviceName, ns);
    const QString name = MeshRouter::meshServiceName(m_serviceName, m_version);
    QString yaml;
    yaml += QStringLiteral("# Istio rules for KtDesk's manual mesh of Service %1 (namespace %2):\n"
                           "# requests with header \"%3: %4\" go to the shadow %5, others to the "
                           "original pods.\n"
                           "# Apply:  kubectl apply -n %2 -f FILE\n"
                           "# Remove: kubectl delete -n %2 -f FILE (before stopping the mesh)\n")
                .arg(m_serviceName, ns, m_key, m_version, name);
    if (originLabels.isEmpty()) {
        yaml += QStringLiteral(
            "# The original pods carry no label beyond the Service's selector, so requests without "
            "the\n# header may reach the shadow too; label the Deployment's pods (e.g. version: "
            "v1) "
            "and add\n# an \"origin\" subset to keep them apart.\n");
    }
    yaml += QStringLiteral(
        "apiVersion: networking.istio.io/v1beta1\nkind: DestinationRule\n"
        "metadata:\n  name: %1\n  namespace: %2\n  labels:\n    %3: %4\n"
        "spec:\n  host: %5\n  subsets:\n  - name: %6\n    labels:\n      %7: %8\n")
                .arg(name, ns, KtLabel::ControlBy, KtLabel::ControlByValue, host, m_version, m_key,
                    yamlQuoted(m_version));
    if (!originLabels.isEmpty()) {
        yaml += QStringLiteral("  - name: origin\n    labels:\n");
        for (auto it = originLabels.begin(); it != originLabels.end(); ++it)
            yaml += QStringLiteral("      %1: %2\n")
                        .arg(it.key(), yamlQuoted(it.value().toString()));
    }
    yaml += QStringLiteral("---\napiVersion: networking.istio.io/v1beta1\nkind: VirtualService\n"
                           "metadata:\n  name: %1\n  namespace: %2\n  labels:\n    %3: %4\n"
                           "spec:\n  hosts:\n  - %5\n  http:\n  - match:\n    - headers:\n"
                           "        %6:\n          exact: %7\n    route:\n    - destination:\n"
                           "        host: %5\n        subset: %8\n  - route:\n    - destination:\n"
                           "        host: %5\n")
                .arg(name, ns, KtLabel::ControlBy, KtLabel::ControlByValue, host, m_key,
                    yamlQuoted(m_version), m_version);
    if (!originLabels.isEmpty())
        yaml += QStringLiteral("        subset: origin\n");
    m_istioYaml = yaml;
}

void MeshSession::startShadow()
{
    if (m_stopping)
        return;
    const QString ns = m_access->namespaceName();
    ShadowTunnel::Options shadow;
    shadow.spec.name = MeshRouter::meshServiceName(m_serviceName, m_version);
    shadow.spec.namespaceName = ns;
    shadow.spec.role = KtRole::ShadowMesh;
    shadow.spec.image = m_options.image;
    shadow.spec.extraLabels = m_options.labels;
    shadow.spec.extraAnnotations = m_options.annotations;
    shadow.spec.podOptions = m_options.podOptions;
    if (m_options.mode == Mode::Auto) {
        shadow.spec.target = m_shadowTarget;
        shadow.spec.extraAnnotations.insert(KtAnnotation::Config,
            QStringLiteral("service=") + MeshRouter::meshServiceName(m_serviceName, m_version));
        shadow.heartbeatAlso = {
            Kube::ResourceRef::services(ns, MeshRouter::meshServiceName(m_serviceName, m_version)),
            Kube::ResourceRef::services(ns, MeshRouter::stuntmanName(m_serviceName)),
            Kube::ResourceRef::pods(ns, MeshRouter::routerName(m_serviceName)),
            Kube::ResourceRef::configMaps(ns, MeshRouter::routerName(m_serviceName))};
    } else {
        for (auto it = m_originalSelector.begin(); it != m_originalSelector.end(); ++it)
            shadow.spec.extraLabels.insert(it.key(), it.value().toString());
        shadow.spec.extraLabels.insert(m_key, m_version);
        shadow.spec.extraAnnotations.insert(
            KtAnnotation::Config, QStringLiteral("service=") + m_serviceName);
    }
    for (const PortPair &pair : std::as_const(m_options.expose))
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
    connect(m_shadow, &ShadowTunnel::eventSeen, this, &MeshSession::addEvent);
    connect(m_shadow, &ShadowTunnel::lost, this, [this](const QString &why) {
        if (!m_stopping)
            reportTunnelLost(why);
    });
    connect(m_shadow, &ShadowTunnel::ready, this, &MeshSession::addForwards);
    connect(m_shadow, &ShadowTunnel::failed, this, &MeshSession::fail);
    m_shadow->start();
}

void MeshSession::addForwards()
{
    if (m_stopping)
        return;
    setState(SessionState::Tunnelling, tr("Opening the shadow's ports"));
    m_shadow->exposePorts(m_options.expose, [this](Result<void> exposed) {
        if (m_stopping)
            return;
        if (!exposed) // at the start (later, the tunnel retries by itself)
            return fail(exposed.error());
        m_active = true;
        setState(SessionState::Active,
            tr("Requests to %1 with header \"%2: %3\" come to this machine")
                .arg(m_serviceName, m_key, m_version));
    });
}

void MeshSession::unlockThen(std::function<void()> next)
{
    if (!m_locked || !m_access)
        return next();
    m_locked = false;
    Kube::ApiRequest *patch = m_access->api()->patch(
        Kube::ResourceRef::services(m_access->namespaceName(), m_serviceName),
        Kube::PatchType::Merge, QJsonDocument(unlockPatch()));
    connect(patch, &Kube::ApiJob::finished, this, [next](const Result<QJsonObject> &) { next(); });
}

void MeshSession::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    setState(SessionState::Stopping, tr("Leaving the mesh of Service %1").arg(m_serviceName));
    auto undo = [this] {
        unlockThen([this] {
            undoJournal(m_access, [this](bool ok) {
                setState(ok ? SessionState::Stopped : SessionState::Failed,
                    ok ? tr("Left the mesh of Service %1").arg(m_serviceName)
                       : tr("Could not remove everything; run ktdesk-cli clean --localOnly"));
            });
        });
    };
    if (!m_shadow)
        return undo();
    m_shadow->shutdown(undo);
}

void MeshSession::fail(const Error &error)
{
    reportError(error);
    if (m_stopping)
        return;
    m_stopping = true;
    if (m_shadow)
        m_shadow->shutdown();
    unlockThen([this, error] {
        undoJournal(
            m_access, [this, error](bool) { setState(SessionState::Failed, error.message); });
    });
}

} // namespace Kt::Session
