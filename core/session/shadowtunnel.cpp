#include "shadowtunnel.h"

#include "common/logging.h"
#include "kube/apiclient.h"
#include "kube/apirequest.h"
#include "kube/apiupdate.h"
#include "kube/informer.h"
#include "kube/portforwardstream.h"
#include "kube/resourceref.h"
#include "secrets/secretstore.h"
#include "session/clusteraccess.h"
#include "session/journal.h"
#include "session/ktmetadata.h"
#include "session/undoaction.h"
#include "tunnel/sshtunnel.h"
#include "tunnel/streamsocketpair.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimer>

namespace Kt::Session {

namespace {

constexpr int kPollIntervalMs = 250;
constexpr int kMaxBackoffMs = 15000;
constexpr int kMaxRetryLaterMs = 4000;
// SSH keepalives (which the shadow's sshd answers) every few seconds; a tunnel that heard nothing
// for kSilenceLimitMs is taken for dead, so that a dropped link does not leave the session (and
// its clients) hanging until TCP gives up, minutes later.
constexpr std::chrono::milliseconds kKeepalive {4000};
constexpr int kSilenceLimitMs = 12000;
constexpr int kSilenceCheckMs = 1000;

// Errors that waiting and retrying cannot fix: a missing permission stays missing.
bool isPermanent(const Error &error)
{
    return error.code == ErrorCode::Forbidden;
}

} // namespace

ShadowTunnel::ShadowTunnel(ClusterAccess *access, Journal *journal, Secrets::SecretStore *secrets,
    Options options, QObject *parent)
    : QObject(parent)
    , m_access(access)
    , m_journal(journal)
    , m_secrets(secrets)
    , m_options(std::move(options))
    , m_pollTimer(new QTimer(this))
    , m_heartbeatTimer(new QTimer(this))
    , m_reconnectTimer(new QTimer(this))
    , m_silenceTimer(new QTimer(this))
{
    m_pollTimer->setInterval(kPollIntervalMs);
    m_pollTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &ShadowTunnel::pollPod);
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &ShadowTunnel::openTunnel);
    m_silenceTimer->setInterval(kSilenceCheckMs);
    connect(m_silenceTimer, &QTimer::timeout, this, &ShadowTunnel::checkSilence);
    // Test-only (tests of `clean` after a session vanished): KTDESK_TEST_HEARTBEAT_SECONDS
    // shortens the heartbeat; never set outside tests.
    bool testBeat = false;
    const int beat = qEnvironmentVariableIntValue("KTDESK_TEST_HEARTBEAT_SECONDS", &testBeat);
    if (testBeat && beat > 0)
        m_options.heartbeatInterval = std::chrono::seconds(beat);
    // kt-connect refreshes every 2 minutes minus up to 10 s of jitter.
    const auto jitter = std::chrono::seconds(QRandomGenerator::global()->bounded(0, 10));
    m_heartbeatTimer->setInterval(
        std::max(std::chrono::seconds(5), m_options.heartbeatInterval - jitter));
    connect(m_heartbeatTimer, &QTimer::timeout, this, &ShadowTunnel::heartbeat);
}

ShadowTunnel::~ShadowTunnel() = default; // children (tunnel, stream) go with us

QString ShadowTunnel::secretKey() const
{
    return QStringLiteral("ssh/%1/%2/%3")
        .arg(m_access->contextName(), m_options.spec.namespaceName, m_options.spec.name);
}

QList<Kube::ResourceRef> ShadowTunnel::sharedRefs() const
{
    const QString ns = m_options.spec.namespaceName;
    return {Kube::ResourceRef::pods(ns, name()), Kube::ResourceRef::configMaps(ns, name()),
        Kube::ResourceRef::secrets(ns, name())};
}

void ShadowTunnel::start()
{
    if (m_options.shared) {
        m_options.heartbeatAlso.append(
            Kube::ResourceRef::secrets(m_options.spec.namespaceName, name()));
        Q_EMIT progress(
            SessionState::Preparing, tr("Looking for the shared shadow %1").arg(name()));
        Kube::ApiRequest *request
            = m_access->api()->get(Kube::ResourceRef::pods(m_options.spec.namespaceName, name()));
        connect(request, &Kube::ApiJob::finished, this, [this](const Result<QJsonObject> &pod) {
            if (m_down)
                return;
            if (pod)
                return joinShared();
            if (pod.error().code != ErrorCode::NotFound)
                return Q_EMIT failed(pod.error());
            createShared();
        });
        return;
    }
    Q_EMIT progress(SessionState::Preparing, tr("Generating the session's SSH key"));
    Result<Tunnel::SshKeyPair> key
        = Tunnel::SshKeyPair::generate(m_options.keyType, QStringLiteral("ktdesk@") + name());
    if (!key)
        return Q_EMIT failed(key.error());
    m_key = *key;
    m_options.spec.publicKey = m_key.publicKey;
    const auto create = [this] {
        if (m_down)
            return;
        Q_EMIT progress(SessionState::CreatingShadow, tr("Creating shadow pod %1").arg(name()));
        const QString ns = m_options.spec.namespaceName;
        createObject(QStringLiteral("configmap/") + name(),
            Kube::ResourceRef::configMaps(ns, name()), m_options.spec.configMap(), [this, ns] {
                createObject(QStringLiteral("pod/") + name(), Kube::ResourceRef::pods(ns, name()),
                    m_options.spec.pod(), [this] { waitForPod(); });
            });
    };
    if (!m_secrets)
        return create();
    // Kept in the keychain for the life of the session (never in a file), removed by shutdown().
    m_secrets->writeSecret(secretKey(), m_key.privateKey, [this, create](Result<void> stored) {
        if (!stored)
            return Q_EMIT failed(stored.error());
        create();
    });
}

void ShadowTunnel::createObject(const QString &undoKey, const Kube::ResourceRef &ref,
    const QJsonObject &object, std::function<void()> next)
{
    // Journal first: a crash in between leaves an undo for an object that may not exist (harmless);
    // the other order could leave an object nobody knows about.
    if (Result<void> recorded = m_journal->record(undoKey, UndoAction::deleteObject(ref));
        !recorded)
        return Q_EMIT failed(recorded.error());
    Kube::ApiRequest *request = m_access->api()->create(ref.collection(), object);
    connect(request, &Kube::ApiJob::finished, this,
        [this, undoKey, next = std::move(next)](const Result<QJsonObject> &result) {
            if (m_down)
                return;
            if (!result)
                return Q_EMIT failed(result.error());
            m_journal->done(undoKey);
            next();
        });
}

void ShadowTunnel::useKey(const QByteArray &privateKey, std::function<void()> next)
{
    m_key.privateKey = privateKey;
    if (!m_secrets)
        return next();
    m_secrets->writeSecret(secretKey(), privateKey, [this, next](Result<void> stored) {
        if (!stored)
            return Q_EMIT failed(stored.error());
        next();
    });
}

void ShadowTunnel::createShared()
{
    Q_EMIT progress(SessionState::Preparing, tr("Generating the shared shadow's SSH key"));
    Result<Tunnel::SshKeyPair> key
        = Tunnel::SshKeyPair::generate(m_options.keyType, QStringLiteral("ktdesk@") + name());
    if (!key)
        return Q_EMIT failed(key.error());
    m_key = *key;
    m_options.spec.publicKey = m_key.publicKey;
    m_options.spec.extraAnnotations.insert(KtAnnotation::RefCount, QStringLiteral("1"));
    // One undo for all of it: the last user out deletes the objects, the others count down.
    if (Result<void> recorded = m_journal->record(
            QStringLiteral("shared/") + name(), UndoAction::releaseShared(sharedRefs()));
        !recorded)
        return Q_EMIT failed(recorded.error());
    const QString ns = m_options.spec.namespaceName;
    QJsonObject configMap = m_options.spec.configMap();
    QJsonObject secret {{QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("kind"), QStringLiteral("Secret")},
        {QStringLiteral("metadata"), configMap.value(QStringLiteral("metadata"))},
        {QStringLiteral("type"), QStringLiteral("Opaque")},
        {QStringLiteral("data"),
            QJsonObject {
                {QStringLiteral("privateKey"), QString::fromLatin1(m_key.privateKey.toBase64())}}}};
    Q_EMIT progress(SessionState::CreatingShadow, tr("Creating shared shadow pod %1").arg(name()));
    useKey(m_key.privateKey, [this, ns, configMap, secret] {
        const auto created = [this](std::function<void()> next) {
            return [this, next](const Result<QJsonObject> &result) {
                if (m_down)
                    return;
                if (!result && result.error().code == ErrorCode::Conflict) {
                    // Someone created it meanwhile: join theirs (our undo counts us out).
                    m_options.spec.extraAnnotations.remove(KtAnnotation::RefCount);
                    return joinShared();
                }
                if (!result)
                    return Q_EMIT failed(result.error());
                next();
            };
        };
        connect(m_access->api()->create(Kube::ResourceRef::secrets(ns), secret),
            &Kube::ApiJob::finished, this, created([this, ns, configMap, created] {
                connect(m_access->api()->create(Kube::ResourceRef::configMaps(ns), configMap),
                    &Kube::ApiJob::finished, this, created([this, ns, created] {
                        connect(m_access->api()->create(
                                    Kube::ResourceRef::pods(ns), m_options.spec.pod()),
                            &Kube::ApiJob::finished, this, created([this] {
                                m_journal->done(QStringLiteral("shared/") + name());
                                waitForPod();
                            }));
                    }));
            }));
    });
}

void ShadowTunnel::joinShared()
{
    Q_EMIT progress(SessionState::CreatingShadow, tr("Joining shared shadow pod %1").arg(name()));
    const QString ns = m_options.spec.namespaceName;
    // The key: ktctl's shadows carry it in the ConfigMap, KtDesk's in a Secret.
    Kube::ApiRequest *request = m_access->api()->get(Kube::ResourceRef::configMaps(ns, name()));
    connect(request, &Kube::ApiJob::finished, this, [this, ns](const Result<QJsonObject> &cm) {
        if (m_down)
            return;
        const auto count = [this] {
            // Counted in only once we have what it takes to use it; the undo is recorded
            // right after (a crash in between leaves one count too many, which `clean` ends
            // with the heartbeats; the other order could delete the shadow under others).
            const Kube::ResourceRef pod
                = Kube::ResourceRef::pods(m_options.spec.namespaceName, name());
            Kube::ApiUpdate *update
                = m_access->api()->update(pod, [](QJsonObject &object) -> Result<void> {
                      QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
                      QJsonObject annotations
                          = metadata.value(QStringLiteral("annotations")).toObject();
                      if (!metadata.value(QStringLiteral("deletionTimestamp")).toString().isEmpty())
                          return Error {ErrorCode::Conflict,
                              tr("The shared shadow is being deleted; connect again in a moment."),
                              {}, {}};
                      const int count = std::max(
                          1, annotations.value(KtAnnotation::RefCount).toString().toInt());
                      annotations.insert(KtAnnotation::RefCount, QString::number(count + 1));
                      metadata.insert(QStringLiteral("annotations"), annotations);
                      object.insert(QStringLiteral("metadata"), metadata);
                      return {};
                  });
            connect(
                update, &Kube::ApiJob::finished, this, [this](const Result<QJsonObject> &result) {
                    if (m_down)
                        return;
                    if (!result)
                        return Q_EMIT failed(result.error());
                    if (Result<void> recorded
                        = m_journal->record(QStringLiteral("shared/") + name(),
                            UndoAction::releaseShared(sharedRefs()));
                        !recorded)
                        return Q_EMIT failed(recorded.error());
                    m_journal->done(QStringLiteral("shared/") + name());
                    waitForPod();
                });
            update->start();
        };
        if (cm) {
            const QString key = cm->value(QStringLiteral("data"))
                                    .toObject()
                                    .value(QStringLiteral("privateKey"))
                                    .toString();
            if (!key.isEmpty())
                return useKey(key.toUtf8(), count);
        }
        Kube::ApiRequest *secret = m_access->api()->get(Kube::ResourceRef::secrets(ns, name()));
        connect(secret, &Kube::ApiJob::finished, this,
            [this, count](const Result<QJsonObject> &result) {
                if (m_down)
                    return;
                const QString key = result ? result->value(QStringLiteral("data"))
                                                 .toObject()
                                                 .value(QStringLiteral("privateKey"))
                                                 .toString()
                                           : QString();
                if (key.isEmpty())
                    return Q_EMIT failed(Error {ErrorCode::Forbidden,
                        tr("Cannot read the key of the shared shadow %1.").arg(name()),
                        result ? QString() : result.error().message,
                        tr("Reading Secrets in this namespace is needed to share a shadow; or "
                           "connect without --shareShadow.")});
                useKey(QByteArray::fromBase64(key.toLatin1()), count);
            });
    });
}

void ShadowTunnel::recreatePod()
{
    const Kube::ResourceRef ref = Kube::ResourceRef::pods(m_options.spec.namespaceName, name());
    if (!m_options.shared)
        return createObject(
            QStringLiteral("pod/") + name(), ref, m_options.spec.pod(), [this] { waitForPod(); });
    // Shared: the release undo already covers it; whoever comes first makes it again.
    QJsonObject pod = m_options.spec.pod();
    connect(m_access->api()->create(ref.collection(), pod), &Kube::ApiJob::finished, this,
        [this](const Result<QJsonObject> &result) {
            if (m_down)
                return;
            if (!result && result.error().code != ErrorCode::Conflict)
                return Q_EMIT failed(result.error());
            waitForPod();
        });
}

void ShadowTunnel::waitForPod()
{
    Q_EMIT progress(
        SessionState::WaitingForPod, tr("Waiting for shadow pod %1 to run").arg(name()));
    m_waitDeadline = QDateTime::currentDateTimeUtc().addSecs(m_options.podCreationTimeout.count());
    m_heartbeatTimer->start();
    watchPod();
    pollPod();
}

void ShadowTunnel::watchPod()
{
    if (m_podWatch)
        return;
    Kube::WatchOptions options;
    options.fieldSelector = QStringLiteral("metadata.name=") + name();
    m_podWatch = new Kube::Informer(
        m_access->api(), Kube::ResourceRef::pods(m_options.spec.namespaceName), options, this);
    connect(m_podWatch, &Kube::Informer::removed, this, [this] {
        if (m_down)
            return;
        Q_EMIT eventSeen(tr("Shadow pod %1 was deleted").arg(name()));
        reconnect(tr("shadow pod %1 was deleted").arg(name()));
    });
    m_podWatch->start();
}

void ShadowTunnel::pollPod()
{
    if (m_down)
        return;
    if (QDateTime::currentDateTimeUtc() > m_waitDeadline) {
        return Q_EMIT failed(Error {ErrorCode::Timeout,
            tr("Shadow pod %1 did not start within %2 s.")
                .arg(name())
                .arg(m_options.podCreationTimeout.count()),
            m_seenEvents.join(QLatin1Char('\n')),
            tr("Check the pod events (image pull, scheduling), or raise --podCreationTimeout.")});
    }
    Kube::ApiRequest *request
        = m_access->api()->get(Kube::ResourceRef::pods(m_options.spec.namespaceName, name()));
    connect(request, &Kube::ApiJob::finished, this, [this](const Result<QJsonObject> &result) {
        if (m_down)
            return;
        if (!result && isPermanent(result.error()))
            return Q_EMIT failed(result.error());
        if (result) {
            const QJsonObject status = result->value(QStringLiteral("status")).toObject();
            bool ready = false;
            for (const QJsonValue &condition :
                status.value(QStringLiteral("conditions")).toArray()) {
                const QJsonObject c = condition.toObject();
                if (c.value(QStringLiteral("type")).toString() == QLatin1String("Ready"))
                    ready = c.value(QStringLiteral("status")).toString() == QLatin1String("True");
            }
            for (const QJsonValue &container :
                status.value(QStringLiteral("containerStatuses")).toArray()) {
                const QJsonObject waiting = container.toObject()
                                                .value(QStringLiteral("state"))
                                                .toObject()
                                                .value(QStringLiteral("waiting"))
                                                .toObject();
                if (!waiting.isEmpty()) {
                    const QString text
                        = tr("Container %1: %2 %3")
                              .arg(container.toObject().value(QStringLiteral("name")).toString(),
                                  waiting.value(QStringLiteral("reason")).toString(),
                                  waiting.value(QStringLiteral("message")).toString())
                              .trimmed();
                    if (!m_seenEvents.contains(text)) {
                        m_seenEvents.append(text);
                        Q_EMIT eventSeen(text);
                    }
                }
            }
            if (status.value(QStringLiteral("phase")).toString() == QLatin1String("Running")
                && ready) {
                m_podIp = status.value(QStringLiteral("podIP")).toString();
                m_attempt = 0;
                return openTunnel();
            }
        }
        pollEvents();
        m_pollTimer->start();
    });
}

void ShadowTunnel::pollEvents()
{
    Kube::ListOptions options;
    options.fieldSelector = QStringLiteral("involvedObject.name=%1").arg(name());
    Kube::ApiRequest *request
        = m_access->api()->list(Kube::ResourceRef::events(m_options.spec.namespaceName), options);
    connect(request, &Kube::ApiJob::finished, this, [this](const Result<QJsonObject> &result) {
        if (!result)
            return;
        for (const QJsonValue &item : result->value(QStringLiteral("items")).toArray()) {
            const QJsonObject event = item.toObject();
            const QString text = event.value(QStringLiteral("reason")).toString()
                + QStringLiteral(": ") + event.value(QStringLiteral("message")).toString();
            if (!m_seenEvents.contains(text)) {
                m_seenEvents.append(text);
                Q_EMIT eventSeen(text);
            }
        }
    });
}

void ShadowTunnel::openTunnel()
{
    if (m_down)
        return;
    tearDownTunnel();
    Q_EMIT progress(m_everReady ? SessionState::Reconnecting : SessionState::Tunnelling,
        tr("Opening the port-forward and SSH to %1").arg(name()));
    m_stream = new Kube::PortForwardStream(
        m_access->connection(), m_options.spec.namespaceName, name(), 22, this);
    m_stream->setUpgradeTimeout(m_options.portForwardTimeout);
    m_lastStreamError.reset();
    connect(m_stream, &Kube::PortForwardStream::errorOccurred, this,
        [this, stream = m_stream.data()](const Error &error) {
            // The port-forward's error says more about the cause (the API server or the kubelet
            // unreachable, nothing listening on 22) than SSH's "connection lost" that follows.
            if (stream == m_stream)
                m_lastStreamError = error;
            // e.g. no pods/portforward permission: retrying cannot help. Queued: the stream is
            // still inside its own signal.
            if (isPermanent(error)) {
                QTimer::singleShot(0, this, [this, error] {
                    if (!m_down)
                        Q_EMIT failed(error);
                });
            }
        });
    m_pair = new Tunnel::StreamSocketPair(m_stream, this);
    Result<int> fd = m_pair->takePeerDescriptor();
    if (!fd)
        return scheduleReconnect(fd.error().message);
    m_stream->start();

    Tunnel::SshEndpoint endpoint;
    endpoint.fd = *fd;
    endpoint.privateKey = m_key.privateKey;
    endpoint.pinnedHostKey = m_hostKey;
    endpoint.connectTimeout = m_options.portForwardTimeout + std::chrono::seconds(5);
    endpoint.keepaliveInterval = kKeepalive;
    endpoint.description = tr("shadow pod %1/%2").arg(m_options.spec.namespaceName, name());
    m_lastTunnelError.reset();
    m_tunnel = new Tunnel::SshTunnel(this);
    connect(m_tunnel, &Tunnel::SshTunnel::stateChanged, this, &ShadowTunnel::onTunnelStateChanged);
    connect(m_tunnel, &Tunnel::SshTunnel::errorOccurred, this,
        [this](const Error &error) { m_lastTunnelError = error; });
    m_tunnel->start(endpoint);
}

void ShadowTunnel::onTunnelStateChanged()
{
    if (!m_tunnel || m_down)
        return;
    switch (m_tunnel->state()) {
    case Tunnel::SshTunnel::State::Active:
        m_hostKey = m_tunnel->hostKey(); // pinned for every reconnect to this pod
        m_attempt = 0;
        m_everReady = true;
        m_bytesHeard = m_pair ? m_pair->bytesFromStream() : 0;
        m_lastHeard = m_lastSilenceCheck = std::chrono::steady_clock::now();
        m_silenceTimer->start();
        Q_EMIT ready();
        break;
    case Tunnel::SshTunnel::State::Failed: {
        if (m_lastTunnelError && m_lastTunnelError->code == ErrorCode::Forbidden
            && !m_hostKey.isEmpty())
            return Q_EMIT failed(*m_lastTunnelError); // a changed host key is never retried
        const QString why = m_lastStreamError ? m_lastStreamError->message
            : m_lastTunnelError               ? m_lastTunnelError->message
                                              : tr("the tunnel failed");
        if (m_everReady)
            announceLost(why);
        scheduleReconnect(why);
        break;
    }
    default:
        break;
    }
}

void ShadowTunnel::scheduleReconnect(const QString &why)
{
    if (m_down)
        return;
    const int delay = std::min(kMaxBackoffMs, 250 * (1 << std::min(m_attempt, 6)));
    ++m_attempt;
    Q_EMIT progress(SessionState::Reconnecting,
        tr("Reconnecting in %1 s (%2)").arg(delay / 1000.0, 0, 'f', 1).arg(why));
    // The pod may be gone (deleted, evicted): check, and create it again if so.
    Kube::ApiRequest *request
        = m_access->api()->get(Kube::ResourceRef::pods(m_options.spec.namespaceName, name()));
    connect(
        request, &Kube::ApiJob::finished, this, [this, delay](const Result<QJsonObject> &result) {
            if (m_down)
                return;
            if (!result && isPermanent(result.error()))
                return Q_EMIT failed(result.error());
            if (!result && result.error().code == ErrorCode::NotFound) {
                Q_EMIT eventSeen(tr("Shadow pod %1 is gone; creating it again").arg(name()));
                m_hostKey.clear(); // a new pod may bring a new host key
                return recreatePod();
            }
            m_reconnectTimer->start(delay);
        });
}

void ShadowTunnel::reconnect(const QString &why)
{
    if (m_down || !m_everReady)
        return;
    m_attempt = 0;
    if (!m_tunnel) {
        // Already between attempts: try at once.
        if (m_reconnectTimer->isActive())
            m_reconnectTimer->start(0);
        return;
    }
    tearDownTunnel();
    announceLost(why);
    scheduleReconnect(why);
}

void ShadowTunnel::tearDownTunnel(std::function<void()> closed)
{
    // SSH says goodbye over the port-forward before the port-forward closes, so the shadow's sshd
    // ends the session (and frees its forwarded ports) at once instead of waiting for a timeout.
    auto finish = [stream = m_stream, pair = m_pair, done = std::make_shared<bool>(false),
                      closed = std::move(closed)] {
        if (std::exchange(*done, true))
            return;
        if (stream) {
            stream->close(); // sends what SSH wrote last (its goodbye), then ends the stream
            stream->deleteLater();
        }
        if (pair)
            pair->deleteLater();
        if (closed)
            QTimer::singleShot(0, closed);
    };
    m_silenceTimer->stop();
    Tunnel::SshTunnel *tunnel = m_tunnel;
    m_tunnel.clear();
    m_stream.clear();
    m_pair.clear();
    if (!tunnel)
        return finish();
    tunnel->disconnect(this);
    const auto state = tunnel->state();
    if (state == Tunnel::SshTunnel::State::Idle || state == Tunnel::SshTunnel::State::Stopped
        || state == Tunnel::SshTunnel::State::Failed) {
        finish();
        tunnel->deleteLater();
        return;
    }
    connect(tunnel, &Tunnel::SshTunnel::stateChanged, tunnel,
        [tunnel, finish](Tunnel::SshTunnel::State now) {
            if (now == Tunnel::SshTunnel::State::Stopped
                || now == Tunnel::SshTunnel::State::Failed) {
                finish();
                tunnel->deleteLater();
            }
        });
    QTimer::singleShot(
        2000, tunnel, finish); // a worker that cannot say goodbye does not hold us up
    tunnel->stop();
}

void ShadowTunnel::heartbeat()
{
    const QJsonObject patch {{QStringLiteral("metadata"),
        QJsonObject {{QStringLiteral("annotations"),
            QJsonObject {{KtAnnotation::LastHeartBeat, KtMetadata::unixNow()}}}}}};
    const QString ns = m_options.spec.namespaceName;
    QList<Kube::ResourceRef> refs {
        Kube::ResourceRef::pods(ns, name()), Kube::ResourceRef::configMaps(ns, name())};
    refs += m_options.heartbeatAlso;
    for (const Kube::ResourceRef &ref : std::as_const(refs)) {
        Kube::ApiRequest *request
            = m_access->api()->patch(ref, Kube::PatchType::Merge, QJsonDocument(patch));
        connect(request, &Kube::ApiJob::finished, this, [](const Result<QJsonObject> &result) {
            if (!result)
                qCInfo(ktSession) << "heartbeat failed:" << result.error().message;
        });
    }
}

void ShadowTunnel::exposePorts(const QList<PortPair> &ports, std::function<void(Result<void>)> done)
{
    if (!m_tunnel)
        return done(Error {
            ErrorCode::Unavailable, tr("The tunnel to %1 is not open.").arg(name()), {}, {}});
    // A unique connection needs a member function (a lambda would be connected again each time).
    connect(m_tunnel, &Tunnel::SshTunnel::forwardRefused, this, &ShadowTunnel::onForwardRefused,
        Qt::UniqueConnection);
    if (ports.isEmpty())
        return done({});
    auto remaining = std::make_shared<qsizetype>(ports.size());
    auto shared = std::make_shared<std::function<void(Result<void>)>>(
        [this, done = std::move(done)](Result<void> result) {
            if (result) {
                m_retries = 0;
                m_exposedOnce = true;
            } else if (m_exposedOnce) {
                return retryLater(result.error().message);
            }
            done(std::move(result));
        });
    for (const PortPair &pair : ports) {
        m_tunnel->addRemoteForward(QStringLiteral("0.0.0.0"), pair.remote, pair.local,
            [remaining, shared](Result<quint16> bound) {
                if (!*shared)
                    return; // already answered
                if (!bound)
                    return std::exchange(*shared, {})(bound.error());
                if (--*remaining == 0)
                    std::exchange(*shared, {})({});
            });
    }
}

void ShadowTunnel::announceLost(const QString &why)
{
    Q_EMIT eventSeen(tr("The tunnel to %1 dropped: %2").arg(name(), why));
    Q_EMIT lost(why);
}

void ShadowTunnel::checkSilence()
{
    if (m_down || !m_tunnel || !m_pair)
        return m_silenceTimer->stop();
    const quint64 heard = m_pair->bytesFromStream();
    const auto now = std::chrono::steady_clock::now();
    // This thread did not run for a while (blocked, or the machine was suspended): what arrived
    // meanwhile may not be read yet, so the silence is counted afresh from now.
    const bool gap = now - m_lastSilenceCheck > std::chrono::milliseconds(3 * kSilenceCheckMs);
    m_lastSilenceCheck = now;
    if (heard != m_bytesHeard || gap) {
        m_bytesHeard = heard;
        m_lastHeard = now;
        return;
    }
    const auto silent
        = std::chrono::duration_cast<std::chrono::milliseconds>(now - m_lastHeard).count();
    if (silent < kSilenceLimitMs)
        return;
    const QString why = tr("no answer from shadow pod %1 for %2 s (the network may be down)")
                            .arg(name())
                            .arg(silent / 1000);
    qCWarning(ktSession).noquote() << why;
    reconnect(why);
}

void ShadowTunnel::onForwardRefused(quint16 port, const QString &reason)
{
    Q_EMIT eventSeen(tr("A request could not reach local port %1: %2").arg(port).arg(reason));
}

void ShadowTunnel::retryLater(const QString &why)
{
    if (m_down)
        return;
    // Short steps: what holds the port (the shadow's sshd keeping the connection before) usually
    // lets go within seconds, and a session waiting 8 or 15 s more than needed is what people see.
    const int delay = std::min(kMaxRetryLaterMs, 1000 * (1 << std::min(m_retries, 4)));
    ++m_retries;
    tearDownTunnel();
    announceLost(why);
    Q_EMIT progress(SessionState::Reconnecting,
        tr("%1 Trying again in %2 s.").arg(why).arg(delay / 1000.0, 0, 'f', 1));
    m_reconnectTimer->start(delay);
}

void ShadowTunnel::shutdown(std::function<void()> closed)
{
    m_down = true;
    m_pollTimer->stop();
    m_heartbeatTimer->stop();
    m_reconnectTimer->stop();
    if (m_podWatch)
        m_podWatch->stop();
    tearDownTunnel(std::move(closed));
    if (m_secrets)
        m_secrets->removeSecret(secretKey(), [](Result<void>) {});
}

} // namespace Kt::Session
