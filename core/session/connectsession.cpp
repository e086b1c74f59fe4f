#include "connectsession.h"

#include "common/logging.h"
#include "kube/apiclient.h"
#include "kube/apirequest.h"
#include "kube/portforwardstream.h"
#include "platform/xdgpaths.h"
#include "secrets/secretstore.h"
#include "session/ktmetadata.h"
#include "session/shadowspec.h"
#include "session/undoaction.h"
#include "tunnel/proxyserver.h"
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

} // namespace

ConnectSession::ConnectSession(Options options, Secrets::SecretStore *secrets, QObject *parent)
    : Session(SessionKind::Connect, parent)
    , m_options(std::move(options))
    , m_secrets(secrets)
    , m_pollTimer(new QTimer(this))
    , m_heartbeatTimer(new QTimer(this))
    , m_trafficTimer(new QTimer(this))
    , m_reconnectTimer(new QTimer(this))
{
    if (m_options.journalDirectory.isEmpty())
        m_options.journalDirectory = Platform::XdgPaths::journalDir();
    m_name = QStringLiteral("kt-connect-shadow-") + KtMetadata::randomLetters(5);
    setId(m_name);
    m_pollTimer->setInterval(kPollIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, &ConnectSession::pollPod);
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &ConnectSession::openTunnel);
    // kt-connect refreshes every 2 minutes minus up to 10 s of jitter.
    const auto jitter = std::chrono::seconds(QRandomGenerator::global()->bounded(0, 10));
    m_heartbeatTimer->setInterval(
        std::max(std::chrono::seconds(5), m_options.heartbeatInterval - jitter));
    connect(m_heartbeatTimer, &QTimer::timeout, this, &ConnectSession::heartbeat);
    // Traffic figures only while someone could be looking and something flows: 1 Hz.
    m_trafficTimer->setInterval(1000);
    connect(m_trafficTimer, &QTimer::timeout, this, &ConnectSession::updateTraffic);
}

ConnectSession::~ConnectSession()
{
    tearDownTunnel();
}

QString ConnectSession::namespaceName() const
{
    return m_access ? m_access->namespaceName() : QString();
}

quint16 ConnectSession::proxyPort() const
{
    return m_proxy ? m_proxy->port() : 0;
}

QString ConnectSession::secretKey() const
{
    return QStringLiteral("ssh/%1/%2/%3")
        .arg(m_access->contextName(), m_access->namespaceName(), m_name);
}

void ConnectSession::start()
{
    setState(SessionState::Preparing, tr("Reading the kubeconfig"));
    Result<ClusterAccess *> access = ClusterAccess::open(m_options.target, this);
    if (!access)
        return failStart(access.error());
    m_access = *access;
    setTitle(tr("connect to %1 (%2)").arg(m_access->contextName(), m_access->namespaceName()));

    // The proxy port first: if it is taken, nothing in the cluster has to be undone.
    m_proxy = new Tunnel::ProxyServer(nullptr, this);
    if (Result<void> listening = m_proxy->listen(m_options.proxyAddress, m_options.proxyPort);
        !listening)
        return failStart(listening.error());

    setState(SessionState::Preparing, tr("Generating the session's SSH key"));
    Result<Tunnel::SshKeyPair> key
        = Tunnel::SshKeyPair::generate(m_options.keyType, QStringLiteral("ktdesk@") + m_name);
    if (!key)
        return failStart(key.error());
    m_key = *key;
    if (!m_secrets)
        return createShadow();
    m_secrets->writeSecret(secretKey(), m_key.privateKey, [this](Result<void> stored) {
        if (!stored)
            return failStart(stored.error());
        createShadow();
    });
}

void ConnectSession::createShadow()
{
    if (m_stopping)
        return finishStop();
    setState(SessionState::CreatingShadow, tr("Creating shadow pod %1").arg(m_name));
    if (Result<void> opened
        = m_journal.open(m_options.journalDirectory, m_name, m_access->target().toJson());
        !opened)
        return failStart(opened.error());
    ShadowSpec spec;
    spec.name = m_name;
    spec.namespaceName = m_access->namespaceName();
    spec.role = KtRole::ShadowConnect;
    spec.image = m_options.image;
    spec.publicKey = m_key.publicKey;
    spec.extraLabels = m_options.labels;
    spec.extraAnnotations = m_options.annotations;
    spec.target = KtMetadata::randomLetters(20);
    const QString ns = m_access->namespaceName();
    createObject(QStringLiteral("configmap"), Kube::ResourceRef::configMaps(ns, m_name),
        spec.configMap(), [this, spec, ns] {
            createObject(QStringLiteral("pod"), Kube::ResourceRef::pods(ns, m_name), spec.pod(),
                [this] { waitForPod(); });
        });
}

void ConnectSession::createObject(const QString &undoKey, const Kube::ResourceRef &ref,
    const QJsonObject &object, std::function<void()> next)
{
    // Journal first: a crash between the two leaves an undo for an object that may not exist,
    // which recovery handles; the other order could leave an object nobody knows about.
    if (Result<void> recorded = m_journal.record(undoKey, UndoAction::deleteObject(ref)); !recorded)
        return failStart(recorded.error());
    Kube::ApiRequest *request = m_access->api()->create(ref.collection(), object);
    connect(request, &Kube::ApiJob::finished, this,
        [this, next = std::move(next)](const Result<QJsonObject> &result) {
            if (m_stopping)
                return undoAll();
            if (!result)
                return failStart(result.error());
            next();
        });
}

void ConnectSession::waitForPod()
{
    setState(SessionState::WaitingForPod, tr("Waiting for shadow pod %1 to run").arg(m_name));
    m_waitDeadline = QDateTime::currentDateTimeUtc().addSecs(m_options.podCreationTimeout.count());
    m_pollTimer->start();
    m_heartbeatTimer->start();
    pollPod();
}

void ConnectSession::pollPod()
{
    if (m_stopping)
        return;
    if (QDateTime::currentDateTimeUtc() > m_waitDeadline) {
        m_pollTimer->stop();
        return failStart(Error {ErrorCode::Timeout,
            tr("Shadow pod %1 did not start within %2 s.")
                .arg(m_name)
                .arg(m_options.podCreationTimeout.count()),
            info().events.join(QLatin1Char('\n')),
            tr("Check the pod events above (image pull, scheduling), or raise "
               "--podCreationTimeout.")});
    }
    m_pollTimer->stop(); // one request at a time
    Kube::ApiRequest *request
        = m_access->api()->get(Kube::ResourceRef::pods(m_access->namespaceName(), m_name));
    connect(request, &Kube::ApiJob::finished, this, [this](const Result<QJsonObject> &result) {
        if (m_stopping)
            return;
        if (result) {
            const QJsonObject status = result->value(QStringLiteral("status")).toObject();
            m_podUid = result->value(QStringLiteral("metadata"))
                           .toObject()
                           .value(QStringLiteral("uid"))
                           .toString();
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
                    addEvent(tr("Container %1: %2 %3")
                                 .arg(container.toObject().value(QStringLiteral("name")).toString(),
                                     waiting.value(QStringLiteral("reason")).toString(),
                                     waiting.value(QStringLiteral("message")).toString())
                                 .trimmed());
                }
            }
            if (status.value(QStringLiteral("phase")).toString() == QLatin1String("Running")
                && ready) {
                m_attempt = 0;
                return openTunnel();
            }
        }
        pollEvents();
        m_pollTimer->start();
    });
}

void ConnectSession::pollEvents()
{
    Kube::ListOptions options;
    options.fieldSelector = QStringLiteral("involvedObject.name=%1").arg(m_name);
    Kube::ApiRequest *request
        = m_access->api()->list(Kube::ResourceRef::events(m_access->namespaceName()), options);
    connect(request, &Kube::ApiJob::finished, this, [this](const Result<QJsonObject> &result) {
        if (!result)
            return;
        for (const QJsonValue &item : result->value(QStringLiteral("items")).toArray()) {
            const QJsonObject event = item.toObject();
            const QString text = event.value(QStringLiteral("reason")).toString()
                + QStringLiteral(": ") + event.value(QStringLiteral("message")).toString();
            if (!m_seenEvents.contains(text)) {
                m_seenEvents.append(text);
                addEvent(text);
            }
        }
    });
}

void ConnectSession::openTunnel()
{
    if (m_stopping)
        return;
    tearDownTunnel();
    setState(m_hostKey.isEmpty() ? SessionState::Tunnelling : SessionState::Reconnecting,
        tr("Opening the port-forward and SSH to %1").arg(m_name));
    m_stream = new Kube::PortForwardStream(
        m_access->connection(), m_access->namespaceName(), m_name, 22, this);
    m_stream->setUpgradeTimeout(m_options.portForwardTimeout);
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
    endpoint.description = tr("shadow pod %1/%2").arg(m_access->namespaceName(), m_name);
    m_tunnel = new Tunnel::SshTunnel(this);
    connect(
        m_tunnel, &Tunnel::SshTunnel::stateChanged, this, &ConnectSession::onTunnelStateChanged);
    connect(m_tunnel, &Tunnel::SshTunnel::errorOccurred, this, [this](const Error &error) {
        if (!m_stopping)
            reportError(error);
    });
    m_tunnel->start(endpoint);
}

void ConnectSession::onTunnelStateChanged()
{
    if (!m_tunnel || m_stopping)
        return;
    switch (m_tunnel->state()) {
    case Tunnel::SshTunnel::State::Active: {
        m_hostKey = m_tunnel->hostKey(); // pinned for every reconnect to this pod
        m_attempt = 0;
        // The proxy keeps listening across reconnects; it serves through the current tunnel.
        m_proxy->setTunnel(m_tunnel);
        const QString where
            = QStringLiteral("%1:%2").arg(m_options.proxyAddress.toString()).arg(m_proxy->port());
        setTitle(info().title, tr("SOCKS5/HTTP proxy on %1").arg(where));
        m_trafficTimer->start();
        setState(SessionState::Active, tr("Proxy on %1").arg(where));
        break;
    }
    case Tunnel::SshTunnel::State::Failed:
        if (info().lastError && info().lastError->code == ErrorCode::Forbidden
            && !m_hostKey.isEmpty())
            return failStart(*info().lastError); // a changed host key is not retried
        scheduleReconnect(info().lastError ? info().lastError->message : tr("the tunnel failed"));
        break;
    default:
        break;
    }
}

void ConnectSession::scheduleReconnect(const QString &why)
{
    if (m_stopping)
        return;
    m_trafficTimer->stop();
    const int delay = std::min(kMaxBackoffMs, 500 * (1 << std::min(m_attempt, 5)));
    ++m_attempt;
    setState(SessionState::Reconnecting,
        tr("Reconnecting in %1 s (%2)").arg(delay / 1000.0, 0, 'f', 1).arg(why));
    // The pod may be gone (deleted, evicted): check, and create it again if so.
    Kube::ApiRequest *request
        = m_access->api()->get(Kube::ResourceRef::pods(m_access->namespaceName(), m_name));
    connect(
        request, &Kube::ApiJob::finished, this, [this, delay](const Result<QJsonObject> &result) {
            if (m_stopping)
                return;
            if (!result && result.error().code == ErrorCode::NotFound) {
                addEvent(tr("Shadow pod %1 is gone; creating it again").arg(m_name));
                m_hostKey.clear(); // a new pod may bring a new host key
                ShadowSpec spec;
                spec.name = m_name;
                spec.namespaceName = m_access->namespaceName();
                spec.role = KtRole::ShadowConnect;
                spec.image = m_options.image;
                spec.publicKey = m_key.publicKey;
                spec.extraLabels = m_options.labels;
                spec.extraAnnotations = m_options.annotations;
                spec.target = KtMetadata::randomLetters(20);
                createObject(QStringLiteral("pod"),
                    Kube::ResourceRef::pods(spec.namespaceName, m_name), spec.pod(),
                    [this] { waitForPod(); });
                return;
            }
            m_reconnectTimer->start(delay);
        });
}

void ConnectSession::tearDownTunnel()
{
    if (m_tunnel) {
        m_tunnel->disconnect(this);
        m_tunnel->stop();
        m_tunnel->deleteLater();
    }
    if (m_pair)
        m_pair->deleteLater();
    if (m_stream) {
        m_stream->abort();
        m_stream->deleteLater();
    }
}

void ConnectSession::heartbeat()
{
    const QJsonObject patch {{QStringLiteral("metadata"),
        QJsonObject {{QStringLiteral("annotations"),
            QJsonObject {{KtAnnotation::LastHeartBeat, KtMetadata::unixNow()}}}}}};
    const QString ns = m_access->namespaceName();
    for (const Kube::ResourceRef &ref :
        {Kube::ResourceRef::pods(ns, m_name), Kube::ResourceRef::configMaps(ns, m_name)}) {
        Kube::ApiRequest *request
            = m_access->api()->patch(ref, Kube::PatchType::Merge, QJsonDocument(patch));
        connect(request, &Kube::ApiJob::finished, this, [](const Result<QJsonObject> &result) {
            if (!result)
                qCInfo(ktSession) << "heartbeat failed:" << result.error().message;
        });
    }
}

void ConnectSession::updateTraffic()
{
    if (!m_tunnel)
        return;
    const Tunnel::TunnelCounters counters = m_tunnel->counters();
    setTraffic(counters.bytesFromRemote, counters.bytesToRemote, counters.openChannels);
}

void ConnectSession::stop()
{
    if (m_stopping || state() == SessionState::Stopped)
        return;
    m_stopping = true;
    setState(SessionState::Stopping, tr("Removing shadow pod %1").arg(m_name));
    m_pollTimer->stop();
    m_heartbeatTimer->stop();
    m_trafficTimer->stop();
    m_reconnectTimer->stop();
    if (m_proxy)
        m_proxy->close();
    tearDownTunnel();
    if (!m_access)
        return finishStop();
    undoAll();
}

void ConnectSession::undoAll()
{
    const QList<Journal::Undo> undos = m_journal.undos();
    if (undos.isEmpty())
        return finishStop();
    const Journal::Undo last = undos.constLast();
    UndoAction::run(m_access->api(), last.action, [this, key = last.key](Result<void> done) {
        if (!done) {
            reportError(done.error());
            // Leave the journal in place: recovery or `clean` will finish the job.
            setState(SessionState::Failed, tr("Could not remove everything; run ktdesk-cli clean"));
            return;
        }
        forgetUndo(key);
        undoAll();
    });
}

void ConnectSession::forgetUndo(const QString &key)
{
    // Failing to rewrite the journal only means recovery may try an undo that is already done.
    if (Result<void> written = m_journal.forget(key); !written)
        qCWarning(ktSession) << written.error().message;
}

void ConnectSession::finishStop()
{
    m_journal.close();
    auto done = [this] { setState(SessionState::Stopped, tr("Disconnected")); };
    if (m_secrets && m_access) {
        m_secrets->removeSecret(secretKey(), [done](Result<void>) { done(); });
        return;
    }
    done();
}

void ConnectSession::failStart(const Error &error)
{
    reportError(error);
    if (m_stopping)
        return;
    // Undo whatever was made, then rest in Failed with the error shown.
    m_stopping = true;
    m_pollTimer->stop();
    m_heartbeatTimer->stop();
    m_trafficTimer->stop();
    if (m_proxy)
        m_proxy->close();
    tearDownTunnel();
    if (!m_access || m_journal.undos().isEmpty()) {
        m_journal.close();
        setState(SessionState::Failed, error.message);
        return;
    }
    const QList<Journal::Undo> undos = m_journal.undos();
    auto remaining = std::make_shared<int>(static_cast<int>(undos.size()));
    for (const Journal::Undo &undo : undos) {
        UndoAction::run(m_access->api(), undo.action,
            [this, key = undo.key, remaining, error](Result<void> done) {
                if (done)
                    forgetUndo(key);
                if (--*remaining == 0) {
                    if (m_journal.undos().isEmpty())
                        m_journal.close();
                    setState(SessionState::Failed, error.message);
                }
            });
    }
}

} // namespace Kt::Session
