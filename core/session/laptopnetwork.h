#pragma once

#include "common/error.h"
#include "platform/ipv4cidr.h"
#include "platform/privilegedhelperclient.h"
#include "tunnel/dnsupstream.h"
#include "tunnel/servicedirectory.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QTimer;

namespace Kt::Kube {
class Informer;
}
namespace Kt::Tunnel {
class DnsServer;
class ProxyServer;
class SshTunnel;
class TransparentProxy;
} // namespace Kt::Tunnel

namespace Kt::Session {

class ClusterAccess;
class Journal;

// connect's vpn mode on this machine: the cluster's networks (found like kt-connect finds them,
// the API server kept out) are redirected by nftables into a TransparentProxy whose connections
// go out of the shadow's SSH tunnel, and cluster names resolve — through KtDesk's DnsServer
// (localDNS: Services answered from an informer-fed ServiceDirectory, other cluster names asked
// of the cluster DNS through the tunnel, the rest forwarded to the system's resolvers) or through
// a marked block in the hosts file, kept current from the informer (hosts). A Service made later
// whose address is outside the networks found at the start widens them (kt-connect keeps the
// ranges of its start).
//
// The machine is changed by ktdesk-helper (PrivilegedHelperClient: directly when root, else
// through pkexec). Before the helper starts, the session's journal records how to undo what it
// may do (ktdesk-helper --restore), so a crash of both KtDesk and the helper is undone by the
// next start; shutdown() undoes it at once and forgets the entry.
class LaptopNetwork final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaptopNetwork)

public:
    enum class DnsMode {
        LocalDns, // KtDesk's DNS server for the cluster names (kt-connect's localDNS)
        Hosts, // Service names in the hosts file (kt-connect's hosts)
    };

    struct Options
    {
        DnsMode dnsMode = DnsMode::LocalDns;
        // localDNS:<upstreams>: where non-cluster names go; empty: the system's resolvers.
        QList<Tunnel::DnsUpstream> dnsUpstreams;
        // hosts:<ns1,ns2>: whose Services go to the hosts file; empty: the session's namespace.
        QStringList hostsNamespaces;
        // localDNS: the port KtDesk's DNS server listens on (0: any free port).
        quint16 dnsPort = 0;
        QString clusterDomain
            = QString::fromLatin1(Tunnel::ServiceDirectory::kDefaultClusterDomain);
        QList<Platform::Ipv4Cidr> includeIps;
        QList<Platform::Ipv4Cidr> excludeIps;
        bool disablePodIp = false;
        // Empty program: ktdesk-helper next to KtDesk, directly when root, else through pkexec.
        Platform::PrivilegedHelperClient::Launch helper;
        // Tests: the listeners and the helper live in this network namespace (the "laptop"),
        // the cluster connection where KtDesk runs. Needs root.
        QString netns;
    };

    static constexpr QLatin1StringView kJournalKey {"laptop/helper"};

    LaptopNetwork(
        ClusterAccess *access, Journal *journal, Options options, QObject *parent = nullptr);
    ~LaptopNetwork() override;

    void start();
    // New connections go into `tunnel` (null while it is down: they fail at once).
    void setTunnel(Tunnel::SshTunnel *tunnel);
    // The helper undoes everything and exits, the listeners close; `done` says whether all of
    // it was undone (if not, the journal keeps the entry for recovery).
    void shutdown(std::function<void(bool ok)> done);

    bool isReady() const { return m_ready; }
    QList<Platform::Ipv4Cidr> cidrs() const { return m_cidrs; }
    QString dnsBackend() const { return m_dnsBackend; }
    quint16 proxyPort() const;
    quint16 dnsPort() const;
    // Connections taken by the transparent proxy and how many failed.
    quint64 connectionsAccepted() const;
    quint64 connectionsFailed() const;

Q_SIGNALS:
    void progress(const QString &step);
    void eventSeen(const QString &event);
    // Redirect and DNS (or hosts) are in place.
    void ready();
    // Cannot go on (no helper rights, the helper died, a refused configuration).
    void failed(const Kt::Error &error);

private:
    void detectNetworks();
    void onNetworksListed();
    void startLocalSide();
    Result<void> startInLaptopNamespace();
    void configure();
    void configureDns();
    void configureHosts(std::function<void()> then = {});
    QList<Platform::Ipv4Cidr> detectCidrs(const QStringList &serviceIps) const;
    void applyRedirect(std::function<void(Result<void>)> done);
    void widenNetworks();
    void onServiceChanged(const QJsonObject &object, bool removed);
    QList<Platform::HostsEntry> hostsEntries() const;
    void fail(const Error &error);

    ClusterAccess *m_access;
    Journal *m_journal;
    Options m_options;
    Tunnel::ServiceDirectory m_directory;
    QPointer<Tunnel::TransparentProxy> m_proxy;
    QPointer<Tunnel::ProxyServer> m_socks; // the DNS server's way to the cluster DNS
    QPointer<Tunnel::DnsServer> m_dns;
    QPointer<Platform::PrivilegedHelperClient> m_helper;
    QPointer<Kube::Informer> m_services;
    QTimer *m_hostsTimer;
    QTimer *m_networksTimer;
    QStringList m_podIps; // as listed at the start
    QList<QJsonObject> m_serviceItems;
    QList<QJsonObject> m_podItems;
    int m_listsPending = 0;
    QList<Platform::Ipv4Cidr> m_cidrs;
    QString m_dnsBackend;
    QList<Platform::HostsEntry> m_appliedHosts;
    bool m_hostsBusy = false;
    bool m_ready = false;
    bool m_down = false;
};

} // namespace Kt::Session
