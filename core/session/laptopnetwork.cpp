#include "laptopnetwork.h"

#include "common/logging.h"
#include "kube/apiclient.h"
#include "kube/apirequest.h"
#include "kube/clusterconnection.h"
#include "kube/informer.h"
#include "platform/netnsscope.h"
#include "session/clusteraccess.h"
#include "session/crashpoint.h"
#include "session/journal.h"
#include "session/undoaction.h"
#include "tunnel/cidrdetector.h"
#include "tunnel/dnsserver.h"
#include "tunnel/proxyserver.h"
#include "tunnel/sshtunnel.h"
#include "tunnel/transparentproxy.h"

#include <QJsonArray>
#include <QSet>
#include <QTimer>

#include <unistd.h>

namespace Kt::Session {

namespace {

constexpr int kHostsDebounceMs = 300;

QString metadataValue(const QJsonObject &object, const QString &key)
{
    return object.value(QStringLiteral("metadata")).toObject().value(key).toString();
}

// The IPv4 ClusterIPs of a Service (none for a headless one).
QList<QHostAddress> clusterIps(const QJsonObject &service)
{
    const QJsonObject spec = service.value(QStringLiteral("spec")).toObject();
    QStringList texts;
    for (const QJsonValue &ip : spec.value(QStringLiteral("clusterIPs")).toArray())
        texts.append(ip.toString());
    if (texts.isEmpty())
        texts.append(spec.value(QStringLiteral("clusterIP")).toString());
    QList<QHostAddress> addresses;
    for (const QString &text : std::as_const(texts)) {
        QHostAddress address;
        if (text != QLatin1String("None") && address.setAddress(text))
            addresses.append(address);
    }
    return addresses;
}

QStringList cidrTexts(const QList<Platform::Ipv4Cidr> &cidrs)
{
    QStringList texts;
    for (const Platform::Ipv4Cidr &cidr : cidrs)
        texts.append(cidr.toString());
    return texts;
}

} // namespace

LaptopNetwork::LaptopNetwork(
    ClusterAccess *access, Journal *journal, Options options, QObject *parent)
    : QObject(parent)
    , m_access(access)
    , m_journal(journal)
    , m_options(std::move(options))
    , m_hostsTimer(new QTimer(this))
    , m_networksTimer(new QTimer(this))
{
    m_networksTimer->setSingleShot(true);
    m_networksTimer->setInterval(kHostsDebounceMs);
    connect(m_networksTimer, &QTimer::timeout, this, &LaptopNetwork::widenNetworks);
    m_directory.setCurrentNamespace(m_access->namespaceName());
    m_directory.setClusterDomain(m_options.clusterDomain);
    m_hostsTimer->setSingleShot(true);
    m_hostsTimer->setInterval(kHostsDebounceMs);
    connect(m_hostsTimer, &QTimer::timeout, this, [this] { configureHosts(); });
    if (m_options.helper.program.isEmpty()) {
        const QString path = Platform::PrivilegedHelperClient::defaultHelperPath();
        m_options.helper = ::geteuid() == 0 ? Platform::PrivilegedHelperClient::directLaunch(path)
                                            : Platform::PrivilegedHelperClient::pkexecLaunch(path);
    }
}

LaptopNetwork::~LaptopNetwork() = default;

quint16 LaptopNetwork::proxyPort() const
{
    return m_proxy ? m_proxy->port() : 0;
}

quint16 LaptopNetwork::dnsPort() const
{
    return m_dns ? m_dns->port() : 0;
}

quint64 LaptopNetwork::connectionsAccepted() const
{
    return m_proxy ? m_proxy->counters().accepted : 0;
}

quint64 LaptopNetwork::connectionsFailed() const
{
    return m_proxy ? m_proxy->counters().failed : 0;
}

void LaptopNetwork::start()
{
    // The informer starts at once: by the time the helper runs, the names are known.
    m_services = new Kube::Informer(m_access->api(), Kube::ResourceRef::services(), {}, this);
    connect(m_services, &Kube::Informer::added, this,
        [this](const QJsonObject &object) { onServiceChanged(object, false); });
    connect(m_services, &Kube::Informer::updated, this,
        [this](
            const QJsonObject &, const QJsonObject &object) { onServiceChanged(object, false); });
    connect(m_services, &Kube::Informer::removed, this,
        [this](const QJsonObject &object) { onServiceChanged(object, true); });
    m_services->start();
    detectNetworks();
}

void LaptopNetwork::detectNetworks()
{
    Q_EMIT progress(tr("Finding the cluster's pod and service networks"));
    // kt-connect lists cluster-wide, and only the namespace when that is forbidden.
    const auto listAll = [this](const Kube::ResourceRef &all, const Kube::ResourceRef &mine,
                             QList<QJsonObject> *items) {
        ++m_listsPending;
        Kube::ApiRequest *request = m_access->api()->list(all);
        connect(request, &Kube::ApiJob::finished, this,
            [this, mine, items](const Result<QJsonObject> &result) {
                if (m_down)
                    return;
                const auto take = [this, items](const QJsonObject &list) {
                    for (const QJsonValue &item : list.value(QStringLiteral("items")).toArray())
                        items->append(item.toObject());
                    if (--m_listsPending == 0)
                        onNetworksListed();
                };
                if (result)
                    return take(*result);
                if (result.error().code != ErrorCode::Forbidden)
                    return fail(result.error());
                Kube::ApiRequest *narrow = m_access->api()->list(mine);
                connect(narrow, &Kube::ApiJob::finished, this,
                    [this, take](const Result<QJsonObject> &again) {
                        if (m_down)
                            return;
                        if (!again)
                            return fail(again.error());
                        take(*again);
                    });
            });
    };
    const QString ns = m_access->namespaceName();
    listAll(Kube::ResourceRef::services(), Kube::ResourceRef::services(ns), &m_serviceItems);
    if (!m_options.disablePodIp)
        listAll(Kube::ResourceRef::pods(), Kube::ResourceRef::pods(ns), &m_podItems);
}

QList<Platform::Ipv4Cidr> LaptopNetwork::detectCidrs(const QStringList &serviceIps) const
{
    Tunnel::CidrDetector::Input input;
    input.serviceIps = serviceIps;
    input.podIps = m_podIps;
    input.apiServerAddress = m_access->connection()->url({}).host();
    input.includeIps = m_options.includeIps;
    input.excludeIps = m_options.excludeIps;
    return Tunnel::CidrDetector::detect(input);
}

void LaptopNetwork::onNetworksListed()
{
    QStringList serviceIps;
    for (const QJsonObject &service : std::as_const(m_serviceItems))
        serviceIps.append(service.value(QStringLiteral("spec"))
                              .toObject()
                              .value(QStringLiteral("clusterIP"))
                              .toString());
    for (const QJsonObject &pod : std::as_const(m_podItems))
        m_podIps.append(pod.value(QStringLiteral("status"))
                            .toObject()
                            .value(QStringLiteral("podIP"))
                            .toString());
    m_cidrs = Platform::Ipv4Cidr::normalized(detectCidrs(serviceIps));
    m_serviceItems.clear();
    m_podItems.clear();
    if (m_cidrs.isEmpty())
        return fail(
            Error {ErrorCode::NotFound, tr("No pod or service network found in the cluster."), {},
                tr("Name the networks with --includeIps.")});
    QStringList texts;
    for (const Platform::Ipv4Cidr &cidr : std::as_const(m_cidrs))
        texts.append(cidr.toString());
    Q_EMIT eventSeen(tr("Cluster networks: %1").arg(texts.join(QStringLiteral(", "))));
    startLocalSide();
}

void LaptopNetwork::startLocalSide()
{
    // Outside the laptop's namespace (when it has one of its own): the DNS server's way to the
    // cluster DNS is a socket it opens from here.
    m_socks = new Tunnel::ProxyServer(nullptr, this);
    if (Result<void> listening = m_socks->listen(QHostAddress::LocalHost, 0); !listening)
        return fail(listening.error());

    // Journal first: if KtDesk and the helper both die, the next start runs the helper's restore.
    const bool viaPkexec = m_options.helper.program == QLatin1String("pkexec");
    const QString helperPath
        = viaPkexec ? m_options.helper.arguments.value(0) : m_options.helper.program;
    if (Result<void> recorded = m_journal->record(
            kJournalKey, UndoAction::restoreLaptop(helperPath, viaPkexec, m_options.netns));
        !recorded)
        return fail(recorded.error());
    Q_EMIT progress(viaPkexec ? tr("Asking for administrator rights to change routing and DNS")
                              : tr("Starting KtDesk's network helper"));
    if (Result<void> started = startInLaptopNamespace(); !started)
        return fail(started.error()); // only now: the failure path opens sockets of its own
}

Result<void> LaptopNetwork::startInLaptopNamespace()
{
    // Everything made in here (listening sockets, the helper process) belongs to the laptop's
    // namespace; nothing else may run meanwhile, so no signal is emitted in here.
    Result<Platform::NetnsScope> scope = Platform::NetnsScope::enter(m_options.netns);
    if (!scope)
        return scope.error();
    m_proxy = new Tunnel::TransparentProxy(nullptr, this);
    connect(m_proxy, &Tunnel::TransparentProxy::connectionFailed, this,
        [](const QString &target, const QString &reason) {
            qCInfo(ktSession).noquote() << "vpn:" << target << reason;
        });
    if (Result<void> listening = m_proxy->listen(QHostAddress::LocalHost, 0); !listening)
        return listening;
    if (m_options.dnsMode == DnsMode::LocalDns) {
        m_dns = new Tunnel::DnsServer(&m_directory, this);
        Tunnel::DnsServer::Config config;
        config.port = m_options.dnsPort;
        config.clusterProxy = QNetworkProxy(
            QNetworkProxy::Socks5Proxy, QStringLiteral("127.0.0.1"), m_socks->port());
        config.upstreams = m_options.dnsUpstreams;
        if (Result<void> started = m_dns->start(config); !started)
            return started;
    }
    m_helper = new Platform::PrivilegedHelperClient(m_options.helper, this);
    connect(
        m_helper, &Platform::NetworkConfigurator::errorOccurred, this,
        [this](const Error &error) { fail(error); }, Qt::QueuedConnection);
    connect(
        m_helper, &Platform::PrivilegedHelperClient::stateChanged, this,
        [this](Platform::PrivilegedHelperClient::State state) {
            if (state == Platform::PrivilegedHelperClient::State::Running && !m_down)
                configure();
        },
        Qt::QueuedConnection);
    m_helper->start();
    return {};
}

void LaptopNetwork::configure()
{
    for (const QString &restored : m_helper->restoredAtStart())
        Q_EMIT eventSeen(tr("Undone what a crashed session left: %1").arg(restored));
    Q_EMIT progress(tr("Redirecting the cluster's networks"));
    applyRedirect([this](Result<void> result) {
        if (m_down)
            return;
        if (!result)
            return fail(result.error());
        CrashPoint::reached(QStringLiteral("laptop:redirect"));
        if (m_options.dnsMode == DnsMode::LocalDns)
            return configureDns();
        Q_EMIT progress(tr("Writing the cluster's Service names to the hosts file"));
        const auto whenSynced = [this] {
            configureHosts([this] {
                m_ready = true;
                Q_EMIT ready();
            });
        };
        if (m_services->hasSynced())
            return whenSynced();
        auto *once = new QObject(this);
        connect(m_services, &Kube::Informer::synced, once, [once, whenSynced] {
            once->deleteLater();
            whenSynced();
        });
    });
}

void LaptopNetwork::applyRedirect(std::function<void(Result<void>)> done)
{
    Platform::RedirectConfig redirect;
    redirect.cidrs = m_cidrs;
    redirect.excludeCidrs = m_options.excludeIps;
    if (const auto api = Platform::Ipv4Cidr::parseAddress(m_access->connection()->url({}).host()))
        redirect.excludeCidrs.append(Platform::Ipv4Cidr(*api, 32));
    redirect.proxyPort = m_proxy->port();
    m_helper->applyRedirect(redirect, std::move(done));
}

void LaptopNetwork::widenNetworks()
{
    if (m_down || !m_ready)
        return;
    // The addresses no range covers yet get ranges of their own (grouped as at the start).
    Tunnel::CidrDetector::Input input;
    for (const QJsonObject &service : m_services->objects()) {
        for (const QHostAddress &address : clusterIps(service)) {
            bool isIpv4 = false;
            const quint32 ipv4 = address.toIPv4Address(&isIpv4);
            const auto covers
                = [ipv4](const Platform::Ipv4Cidr &cidr) { return cidr.contains(ipv4); };
            if (isIpv4 && std::none_of(m_cidrs.cbegin(), m_cidrs.cend(), covers))
                input.serviceIps.append(address.toString());
        }
    }
    input.apiServerAddress = m_access->connection()->url({}).host();
    input.excludeIps = m_options.excludeIps;
    const QList<Platform::Ipv4Cidr> wider
        = Platform::Ipv4Cidr::normalized(m_cidrs + Tunnel::CidrDetector::detect(input));
    if (wider == m_cidrs)
        return;
    const QList<Platform::Ipv4Cidr> before = m_cidrs;
    m_cidrs = wider;
    applyRedirect([this, before](Result<void> result) {
        if (m_down)
            return;
        if (!result) {
            m_cidrs = before;
            return Q_EMIT eventSeen(
                tr("Could not add a new Service's network: %1").arg(result.error().message));
        }
        Q_EMIT eventSeen(
            tr("Cluster networks now: %1").arg(cidrTexts(m_cidrs).join(QStringLiteral(", "))));
    });
}

void LaptopNetwork::configureDns()
{
    Q_EMIT progress(tr("Pointing the cluster's DNS names at KtDesk's DNS server"));
    Platform::DnsConfig dns;
    dns.server = QHostAddress(QStringLiteral("127.0.0.1"));
    dns.port = m_dns->port();
    // Routing domains (systemd-resolved): the cluster domain, and each namespace for "svc.ns".
    dns.domains.append(m_options.clusterDomain);
    QSet<QString> namespaces {m_access->namespaceName()};
    for (const QJsonObject &service : m_services->objects())
        namespaces.insert(metadataValue(service, QStringLiteral("namespace")));
    QStringList sorted = namespaces.values();
    sorted.sort();
    for (const QString &ns : std::as_const(sorted)) {
        if (dns.domains.size() < Platform::HelperProtocol::kMaxDomains
            && Platform::HelperProtocol::isValidHostName(ns))
            dns.domains.append(ns);
    }
    m_helper->applyDns(dns, [this](Result<Platform::DnsApplied> applied) {
        if (m_down)
            return;
        if (!applied)
            return fail(applied.error());
        CrashPoint::reached(QStringLiteral("laptop:dns"));
        m_dnsBackend = applied->backend;
        if (m_options.dnsUpstreams.isEmpty() && !applied->upstreams.isEmpty()) {
            // resolv.conf cannot route by domain: every other name comes to KtDesk's server,
            // which passes it on to the nameservers that were there before.
            QList<Tunnel::DnsUpstream> upstreams;
            for (const QString &text : applied->upstreams) {
                QHostAddress address;
                if (address.setAddress(text))
                    upstreams.append({address, 53});
            }
            m_dns->setUpstreams(upstreams);
        }
        m_ready = true;
        Q_EMIT ready();
    });
}

QList<Platform::HostsEntry> LaptopNetwork::hostsEntries() const
{
    const QString current = m_access->namespaceName();
    const QStringList wanted
        = m_options.hostsNamespaces.isEmpty() ? QStringList {current} : m_options.hostsNamespaces;
    QList<Platform::HostsEntry> entries;
    QStringList keys = m_services ? m_services->keys() : QStringList();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        const std::optional<QJsonObject> service = m_services->object(key);
        if (!service)
            continue;
        const QString ns = metadataValue(*service, QStringLiteral("namespace"));
        const QString name = metadataValue(*service, QStringLiteral("name"));
        if (!wanted.contains(ns))
            continue;
        for (const QHostAddress &address : clusterIps(*service)) {
            bool isIpv4 = false;
            const quint32 ipv4 = address.toIPv4Address(&isIpv4);
            if (!isIpv4)
                continue;
            QStringList names;
            if (ns == current)
                names.append(name);
            names.append(name + QLatin1Char('.') + ns);
            names.append(
                name + QLatin1Char('.') + ns + QStringLiteral(".svc.") + m_options.clusterDomain);
            entries.append({ipv4, names});
            break;
        }
        if (entries.size() >= Platform::HelperProtocol::kMaxHostsEntries)
            break;
    }
    return entries;
}

void LaptopNetwork::configureHosts(std::function<void()> then)
{
    if (m_down || !m_helper)
        return;
    if (m_hostsBusy) {
        m_hostsTimer->start(); // again once the current write is done
        return;
    }
    const QList<Platform::HostsEntry> entries = hostsEntries();
    if (entries == m_appliedHosts && m_ready) {
        if (then)
            then();
        return;
    }
    m_hostsBusy = true;
    m_helper->applyHosts(entries, [this, entries, then](Result<void> result) {
        m_hostsBusy = false;
        if (m_down)
            return;
        if (!result)
            return fail(result.error());
        CrashPoint::reached(QStringLiteral("laptop:hosts"));
        m_appliedHosts = entries;
        if (then)
            then();
    });
}

void LaptopNetwork::onServiceChanged(const QJsonObject &object, bool removed)
{
    const QString ns = metadataValue(object, QStringLiteral("namespace"));
    const QString name = metadataValue(object, QStringLiteral("name"));
    const QList<QHostAddress> addresses = clusterIps(object);
    if (removed || addresses.isEmpty())
        m_directory.remove(ns, name);
    else
        m_directory.upsert(ns, name, addresses);
    if (m_options.dnsMode == DnsMode::Hosts && m_ready)
        m_hostsTimer->start();
    if (removed || !m_ready)
        return;
    for (const QHostAddress &address : addresses) {
        bool isIpv4 = false;
        const quint32 ipv4 = address.toIPv4Address(&isIpv4);
        if (!isIpv4)
            continue;
        const auto covers = [ipv4](const Platform::Ipv4Cidr &cidr) { return cidr.contains(ipv4); };
        if (std::none_of(m_cidrs.cbegin(), m_cidrs.cend(), covers)
            && std::none_of(m_options.excludeIps.cbegin(), m_options.excludeIps.cend(), covers))
            m_networksTimer->start();
    }
}

void LaptopNetwork::setTunnel(Tunnel::SshTunnel *tunnel)
{
    if (m_proxy)
        m_proxy->setTunnel(tunnel);
    if (m_socks)
        m_socks->setTunnel(tunnel);
    if (m_dns)
        m_dns->clearCache(); // answers from the cluster DNS may be stale after a reconnect
}

void LaptopNetwork::shutdown(std::function<void(bool ok)> done)
{
    m_down = true;
    m_ready = false;
    m_hostsTimer->stop();
    m_networksTimer->stop();
    if (m_services)
        m_services->stop();
    if (m_proxy)
        m_proxy->close();
    if (m_socks)
        m_socks->close();
    if (m_dns)
        m_dns->stop();
    if (!m_helper) {
        // Nothing was started: the journal entry (if any) has nothing to undo.
        (void)m_journal->forget(kJournalKey);
        return done(true);
    }
    if (m_helper->state() == Platform::PrivilegedHelperClient::State::Failed)
        return done(false); // it died without undoing: the journal's restore does it
    m_helper->stop([this, done = std::move(done)](Result<void> result) {
        if (!result) {
            qCWarning(ktSession).noquote()
                << "the helper could not undo everything:" << result.error().toString();
            return done(false); // the journal keeps "laptop/helper": its restore runs next
        }
        (void)m_journal->forget(kJournalKey);
        CrashPoint::reached(QStringLiteral("undone:laptop"));
        done(true);
    });
}

void LaptopNetwork::fail(const Error &error)
{
    if (m_down)
        return;
    Q_EMIT failed(error);
}

} // namespace Kt::Session
