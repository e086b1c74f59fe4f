#include "connectsession.h"

#include "platform/xdgpaths.h"
#include "secrets/secretstore.h"
#include "session/ktmetadata.h"
#include "session/shadowtunnel.h"
#include "tunnel/proxyserver.h"
#include "tunnel/sshtunnel.h"

#include <QTimer>

namespace Kt::Session {

ConnectSession::ConnectSession(Options options, Secrets::SecretStore *secrets, QObject *parent)
    : Session(SessionKind::Connect, parent)
    , m_options(std::move(options))
    , m_secrets(secrets)
    , m_trafficTimer(new QTimer(this))
{
    if (m_options.journalDirectory.isEmpty())
        m_options.journalDirectory = Platform::XdgPaths::journalDir();
    // A shared shadow has kt-connect's fixed name; each session still has an id (and a journal)
    // of its own.
    m_name = m_options.shareShadow
        ? QStringLiteral("kt-connect-shadow-daemon")
        : QStringLiteral("kt-connect-shadow-") + KtMetadata::randomLetters(5);
    setId(
        m_options.shareShadow ? m_name + QLatin1Char('-') + KtMetadata::randomLetters(5) : m_name);
    // Traffic figures at 1 Hz while bytes move; an idle tunnel wakes the timer again (see
    // updateTraffic), so nothing ticks while nothing happens.
    m_trafficTimer->setInterval(1000);
    connect(m_trafficTimer, &QTimer::timeout, this, &ConnectSession::updateTraffic);
}

ConnectSession::~ConnectSession() = default;

void ConnectSession::reconnect(const QString &why)
{
    if (m_shadow && !m_stopping && state() == SessionState::Active)
        m_shadow->reconnect(why);
}

std::unique_ptr<Session> ConnectSession::recreate() const
{
    return std::make_unique<ConnectSession>(m_options, m_secrets);
}

quint16 ConnectSession::proxyPort() const
{
    return m_proxy ? m_proxy->port() : 0;
}

void ConnectSession::start()
{
    setState(SessionState::Preparing, tr("Reading the kubeconfig"));
    Result<ClusterAccess *> access = ClusterAccess::open(m_options.target, this);
    if (!access)
        return fail(access.error());
    m_access = *access;
    noteClusterAccess(m_access);
    setTitle(tr("connect to %1 (%2)").arg(m_access->contextName(), m_access->namespaceName()));

    // The proxy port first: if it is taken, nothing in the cluster has to be undone.
    if (m_options.mode == Mode::Proxy) {
        m_proxy = new Tunnel::ProxyServer(nullptr, this);
        if (Result<void> listening = m_proxy->listen(m_options.proxyAddress, m_options.proxyPort);
            !listening)
            return fail(listening.error());
    }
    if (Result<void> opened
        = m_journal.open(m_options.journalDirectory, id(), m_access->target().toJson());
        !opened)
        return fail(opened.error());

    ShadowTunnel::Options shadow;
    shadow.spec.name = m_name;
    shadow.shared = m_options.shareShadow;
    shadow.spec.namespaceName = m_access->namespaceName();
    shadow.spec.role = KtRole::ShadowConnect;
    shadow.spec.image = m_options.image;
    shadow.spec.podOptions = m_options.podOptions;
    shadow.spec.extraLabels = m_options.labels;
    shadow.spec.extraAnnotations = m_options.annotations;
    shadow.spec.target = KtMetadata::randomLetters(20);
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
    connect(m_shadow, &ShadowTunnel::eventSeen, this, &ConnectSession::addEvent);
    connect(m_shadow, &ShadowTunnel::ready, this, &ConnectSession::onShadowReady);
    connect(m_shadow, &ShadowTunnel::lost, this, [this](const QString &why) {
        if (!m_stopping)
            reportTunnelLost(why);
        m_tunnelUp = false;
        if (m_proxy)
            m_proxy->setTunnel(nullptr);
        if (m_laptop)
            m_laptop->setTunnel(nullptr);
        m_trafficTimer->stop();
    });
    connect(m_shadow, &ShadowTunnel::failed, this, &ConnectSession::fail);
    m_shadow->start();

    if (m_options.mode == Mode::Vpn) {
        // Side by side with the shadow: the helper (and a person answering pkexec) does not
        // wait for the pod.
        m_laptop = new LaptopNetwork(m_access, &m_journal, m_options.vpn, this);
        connect(m_laptop, &LaptopNetwork::progress, this, [this](const QString &step) {
            if (!m_stopping && !m_tunnelUp)
                addEvent(step);
        });
        connect(m_laptop, &LaptopNetwork::eventSeen, this, &ConnectSession::addEvent);
        connect(m_laptop, &LaptopNetwork::ready, this, &ConnectSession::becomeActiveWhenReady);
        connect(m_laptop, &LaptopNetwork::failed, this, &ConnectSession::fail);
        m_laptop->start();
    }
}

void ConnectSession::onShadowReady()
{
    if (m_stopping)
        return;
    m_tunnelUp = true;
    if (m_proxy)
        m_proxy->setTunnel(m_shadow->tunnel());
    if (m_laptop)
        m_laptop->setTunnel(m_shadow->tunnel());
    connect(m_shadow->tunnel(), &Tunnel::SshTunnel::trafficResumed, this,
        &ConnectSession::onTrafficResumed, Qt::UniqueConnection);
    becomeActiveWhenReady();
}

void ConnectSession::becomeActiveWhenReady()
{
    if (m_stopping || !m_tunnelUp || (m_laptop && !m_laptop->isReady()))
        return;
    m_trafficTimer->start();
    if (m_laptop) {
        QStringList networks;
        for (const Platform::Ipv4Cidr &cidr : m_laptop->cidrs())
            networks.append(cidr.toString());
        const QString dns = m_options.vpn.dnsMode == LaptopNetwork::DnsMode::Hosts
            ? tr("names in the hosts file")
            : tr("DNS through %1").arg(m_laptop->dnsBackend());
        setTitle(info().title, tr("VPN to %1; %2").arg(networks.join(QStringLiteral(", ")), dns));
        setState(SessionState::Active, tr("VPN to %1").arg(networks.join(QStringLiteral(", "))));
        return;
    }
    const QString where
        = QStringLiteral("%1:%2").arg(m_options.proxyAddress.toString()).arg(m_proxy->port());
    setTitle(info().title, tr("SOCKS5/HTTP proxy on %1").arg(where));
    setState(SessionState::Active, tr("Proxy on %1").arg(where));
}

void ConnectSession::onTrafficResumed()
{
    if (m_stopping || m_trafficTimer->isActive())
        return;
    updateTraffic();
    m_trafficTimer->start();
}

void ConnectSession::updateTraffic()
{
    if (!m_shadow || !m_shadow->tunnel())
        return;
    Tunnel::SshTunnel *tunnel = m_shadow->tunnel();
    const Tunnel::TunnelCounters counters = tunnel->counters();
    const bool moved = counters.bytesFromRemote != m_lastTraffic.bytesFromRemote
        || counters.bytesToRemote != m_lastTraffic.bytesToRemote
        || counters.openChannels != m_lastTraffic.openChannels;
    m_lastTraffic = counters;
    setTraffic(counters.bytesFromRemote, counters.bytesToRemote, counters.openChannels);
    if (moved || !m_trafficTimer->isActive())
        return;
    // Nothing moved for a tick: sleep until the tunnel says it moves again. Bytes that moved
    // between the snapshot and arming the watch are caught by the second look.
    m_trafficTimer->stop();
    tunnel->watchForTraffic();
    const Tunnel::TunnelCounters again = tunnel->counters();
    if (again.bytesFromRemote != counters.bytesFromRemote
        || again.bytesToRemote != counters.bytesToRemote
        || again.openChannels != counters.openChannels)
        m_trafficTimer->start();
}

void ConnectSession::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    setState(SessionState::Stopping,
        m_options.shareShadow ? tr("Leaving shared shadow pod %1").arg(m_name)
                              : tr("Removing shadow pod %1").arg(m_name));
    m_trafficTimer->stop();
    if (m_proxy)
        m_proxy->close();
    auto undo = [this] {
        undoJournal(m_access, [this](bool ok) {
            setState(ok ? SessionState::Stopped : SessionState::Failed,
                ok ? tr("Disconnected")
                   : tr("Could not remove everything; run ktdesk-cli clean --localOnly"));
        });
    };
    // This machine first (programs stop using the tunnel), then the tunnel, then the cluster.
    shutdownLaptop([this, undo] {
        if (!m_shadow)
            return undo();
        m_shadow->shutdown(undo);
    });
}

void ConnectSession::shutdownLaptop(std::function<void()> next)
{
    if (!m_laptop)
        return next();
    setState(SessionState::Stopping, tr("Restoring this machine's routing and DNS"));
    m_laptop->shutdown([next = std::move(next)](bool) { next(); });
}

void ConnectSession::fail(const Error &error)
{
    reportError(error);
    if (m_stopping)
        return;
    m_stopping = true;
    m_trafficTimer->stop();
    if (m_proxy)
        m_proxy->close();
    if (m_shadow)
        m_shadow->shutdown();
    // Undo whatever was made, then rest in Failed with the error shown.
    shutdownLaptop([this, error] {
        undoJournal(
            m_access, [this, error](bool) { setState(SessionState::Failed, error.message); });
    });
}

} // namespace Kt::Session
