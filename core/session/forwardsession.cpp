#include "forwardsession.h"

#include "kube/apiclient.h"
#include "kube/apirequest.h"
#include "kube/informer.h"
#include "kube/portforwarder.h"
#include "kube/resources/pod.h"

#include <QTimer>

#include <algorithm>

namespace Kt::Session {

ForwardSession::ForwardSession(Options options, QObject *parent)
    : Session(SessionKind::Forward, parent)
    , m_options(std::move(options))
    , m_trafficTimer(new QTimer(this))
{
    m_serviceName = m_options.service;
    for (const QString &prefix :
        {QStringLiteral("svc/"), QStringLiteral("service/"), QStringLiteral("services/")}) {
        if (m_serviceName.startsWith(prefix))
            m_serviceName = m_serviceName.mid(prefix.size());
    }
    m_trafficTimer->setInterval(1000);
    connect(m_trafficTimer, &QTimer::timeout, this, &ForwardSession::updateTraffic);
}

ForwardSession::~ForwardSession() = default;

void ForwardSession::reconnect(const QString &why)
{
    if (m_stopping || !m_pods || state() != SessionState::Active)
        return;
    setState(SessionState::Reconnecting,
        tr("Watching the pods of %1 again (%2)").arg(m_serviceName, why));
    m_pods->stop();
    m_pods->start(); // synced() -> choosePod() -> Active
}

std::unique_ptr<Session> ForwardSession::recreate() const
{
    return std::make_unique<ForwardSession>(m_options);
}

quint16 ForwardSession::localPort() const
{
    return m_boundPort;
}

void ForwardSession::start()
{
    setState(SessionState::Preparing, tr("Reading the kubeconfig"));
    Result<ClusterAccess *> access = ClusterAccess::open(m_options.target, this);
    if (!access)
        return fail(access.error());
    m_access = *access;
    noteClusterAccess(m_access);
    setTitle(tr("forward %1 (%2)").arg(m_serviceName, m_access->namespaceName()));
    setState(SessionState::Preparing, tr("Reading Service %1").arg(m_serviceName));
    Kube::ApiRequest *get = m_access->api()->get(
        Kube::ResourceRef::services(m_access->namespaceName(), m_serviceName));
    connect(get, &Kube::ApiJob::finished, this, [this](const Result<QJsonObject> &result) {
        if (m_stopping)
            return;
        if (!result)
            return fail(result.error());
        const Result<Kube::Service> service = Kube::Service::fromJson(*result);
        if (!service)
            return fail(service.error());
        onServiceRead(*service);
    });
}

void ForwardSession::onServiceRead(const Kube::Service &service)
{
    if (service.selector.isEmpty()) {
        return fail(Error {ErrorCode::InvalidInput,
            tr("Service %1 has no selector, so it has no pods to forward to.").arg(m_serviceName),
            {}, tr("Forward a Service that selects pods.")});
    }
    QList<Kube::Service::Port> tcpPorts;
    QStringList known;
    for (const Kube::Service::Port &port : service.ports) {
        if (port.protocol == QLatin1String("TCP")) {
            tcpPorts.append(port);
            known.append(QString::number(port.port));
        }
    }
    if (tcpPorts.isEmpty()) {
        return fail(Error {ErrorCode::InvalidInput,
            tr("Service %1 has no TCP port to forward.").arg(m_serviceName), {}, {}});
    }
    const auto portNumbered = [&tcpPorts](int number) -> std::optional<Kube::Service::Port> {
        for (const Kube::Service::Port &port : tcpPorts) {
            if (port.port == number)
                return port;
        }
        return std::nullopt;
    };
    std::optional<Kube::Service::Port> chosen;
    if (m_options.remotePort != 0)
        chosen = portNumbered(m_options.remotePort);
    else if (m_options.localPort && *m_options.localPort != 0)
        chosen = portNumbered(*m_options.localPort);
    if (!chosen && m_options.remotePort == 0)
        chosen = tcpPorts.constFirst();
    if (!chosen) {
        return fail(Error {ErrorCode::InvalidInput,
            tr("Service %1 has no port %2 (its ports: %3).")
                .arg(m_serviceName)
                .arg(m_options.remotePort)
                .arg(known.join(QStringLiteral(", "))),
            {}, tr("Give LOCAL:REMOTE with REMOTE one of those.")});
    }
    m_servicePort = *chosen;
    m_targetPort = service.targetPortOf(m_servicePort);
    if (!m_targetPort.isInt)
        addEvent(tr("Service port %1 goes to the pods' port named \"%2\"")
                     .arg(m_servicePort.port)
                     .arg(m_targetPort.stringValue));

    listen();
    if (m_stopping)
        return;

    QStringList selector;
    for (auto it = service.selector.cbegin(); it != service.selector.cend(); ++it)
        selector.append(it.key() + QLatin1Char('=') + it.value());
    Kube::WatchOptions watch;
    watch.labelSelector = selector.join(QLatin1Char(','));
    m_pods = new Kube::Informer(
        m_access->api(), Kube::ResourceRef::pods(m_access->namespaceName()), watch, this);
    connect(m_pods, &Kube::Informer::added, this, &ForwardSession::choosePod);
    connect(m_pods, &Kube::Informer::updated, this, &ForwardSession::choosePod);
    connect(m_pods, &Kube::Informer::removed, this, &ForwardSession::choosePod);
    connect(m_pods, &Kube::Informer::synced, this, &ForwardSession::choosePod);
    connect(m_pods, &Kube::Informer::stateChanged, this, [this](Kube::Informer::State state) {
        if (m_stopping)
            return;
        if (state == Kube::Informer::State::Reconnecting && m_everActive) {
            // New connections would fail too (they go through the API server): say so.
            setState(SessionState::Reconnecting,
                tr("Lost the watch on the pods of %1; reconnecting").arg(m_serviceName));
        } else if (state == Kube::Informer::State::Watching) {
            choosePod();
        } else if (state == Kube::Informer::State::Stopped && m_pods->lastError()) {
            fail(*m_pods->lastError());
        }
    });
    setState(SessionState::WaitingForPod,
        tr("Waiting for a ready pod behind Service %1").arg(m_serviceName));
    m_pods->start();
}

void ForwardSession::listen()
{
    const quint16 local = m_options.localPort.value_or(static_cast<quint16>(m_servicePort.port));
    m_forwarder = new Kube::PortForwarder(m_access->connection(), m_access->namespaceName(), {},
        {Kube::PortMapping {
            local, m_targetPort.isInt ? quint16(m_targetPort.intValue) : quint16(0)}},
        this);
    m_forwarder->setListenAddress(m_options.address);
    m_forwarder->setUpgradeTimeout(m_options.portForwardTimeout);
    connect(m_forwarder, &Kube::PortForwarder::connectionFailed, this,
        [this](const Error &error) { addEvent(error.message); });
    if (Result<void> listening = m_forwarder->start(); !listening)
        return fail(listening.error());
    m_boundPort = m_forwarder->mappings().constFirst().localPort;
    setTitle(info().title,
        tr("%1:%2 to Service %3 port %4")
            .arg(m_options.address.toString())
            .arg(m_boundPort)
            .arg(m_serviceName)
            .arg(m_servicePort.port));
    m_trafficTimer->start();
}

std::optional<quint16> ForwardSession::podPort(const QJsonObject &object) const
{
    if (m_targetPort.isInt)
        return static_cast<quint16>(m_targetPort.intValue);
    const Result<Kube::Pod> pod = Kube::Pod::fromJson(object);
    if (!pod)
        return std::nullopt;
    for (const Kube::Container &container : pod->containers) {
        if (const auto port = container.port(m_targetPort.stringValue);
            port && port->containerPort > 0 && port->containerPort <= 65535)
            return static_cast<quint16>(port->containerPort);
    }
    return std::nullopt;
}

void ForwardSession::choosePod()
{
    if (m_stopping || !m_pods || !m_pods->hasSynced() || !m_forwarder
        || m_pods->state() == Kube::Informer::State::Reconnecting)
        return;
    struct Candidate
    {
        QString name;
        QDateTime created;
        quint16 port;
    };
    QList<Candidate> usable;
    for (const QJsonObject &object : m_pods->objects()) {
        const Result<Kube::Pod> pod = Kube::Pod::fromJson(object);
        if (!pod || pod->phase != QLatin1String("Running") || !pod->isReady()
            || pod->metadata.isBeingDeleted())
            continue;
        const std::optional<quint16> port = podPort(object);
        if (!port)
            continue;
        usable.append({pod->metadata.name, pod->metadata.creationTimestamp, *port});
    }
    // The current pod stays while it is usable; else the oldest ready one (then by name).
    const auto current = std::find_if(usable.cbegin(), usable.cend(),
        [this](const Candidate &candidate) { return candidate.name == m_pod; });
    if (current != usable.cend())
        return usePod(current->name, current->port);
    std::sort(usable.begin(), usable.end(), [](const Candidate &a, const Candidate &b) {
        return a.created != b.created ? a.created < b.created : a.name < b.name;
    });
    if (!usable.isEmpty())
        return usePod(usable.constFirst().name, usable.constFirst().port);

    if (!m_pod.isEmpty())
        addEvent(tr("Pod %1 is gone or not ready").arg(m_pod));
    m_pod.clear();
    m_forwarder->setPodName({});
    setState(m_everActive ? SessionState::Reconnecting : SessionState::WaitingForPod,
        tr("No ready pod behind Service %1; waiting for one").arg(m_serviceName));
}

void ForwardSession::usePod(const QString &name, quint16 port)
{
    if (name != m_pod || port != m_podPort) {
        if (!m_pod.isEmpty() && name != m_pod)
            addEvent(
                tr("Pod %1 is gone or not ready; new connections go to pod %2").arg(m_pod, name));
        else
            addEvent(tr("Forwarding to pod %1 port %2").arg(name).arg(port));
        m_pod = name;
        m_podPort = port;
        m_forwarder->setRemotePort(0, port);
        m_forwarder->setPodName(name);
    }
    m_everActive = true;
    if (state() != SessionState::Active)
        setState(SessionState::Active,
            tr("%1:%2 goes to Service %3 port %4")
                .arg(m_options.address.toString())
                .arg(m_boundPort)
                .arg(m_serviceName)
                .arg(m_servicePort.port));
}

void ForwardSession::updateTraffic()
{
    if (!m_forwarder)
        return;
    setTraffic(
        m_forwarder->bytesReceived(), m_forwarder->bytesSent(), m_forwarder->activeConnections());
}

void ForwardSession::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    setState(SessionState::Stopping, tr("Closing the forward of %1").arg(m_serviceName));
    m_trafficTimer->stop();
    if (m_pods)
        m_pods->stop();
    if (m_forwarder)
        m_forwarder->stop();
    setState(SessionState::Stopped, tr("Forward of %1 closed").arg(m_serviceName));
}

void ForwardSession::fail(const Error &error)
{
    reportError(error);
    if (m_stopping)
        return;
    m_stopping = true;
    m_trafficTimer->stop();
    if (m_pods)
        m_pods->stop();
    if (m_forwarder)
        m_forwarder->stop();
    setState(SessionState::Failed, error.message);
}

} // namespace Kt::Session
