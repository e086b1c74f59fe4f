#pragma once

#include "common/error.h"
#include "tunnel/dnscache.h"
#include "tunnel/dnscounters.h"
#include "tunnel/dnsmessage.h"
#include "tunnel/dnsupstream.h"

#include <QHash>
#include <QHostAddress>
#include <QNetworkProxy>
#include <QObject>
#include <QPointer>

class QTcpServer;
class QTcpSocket;
class QUdpSocket;

namespace Kt::Tunnel {

class DnsQueryJob;
class ServiceDirectory;

// The DNS server of connect's vpn mode, on a loopback address, over UDP and TCP (RFC 7766).
// For each query, in this order:
//   1. a cluster Service name the ServiceDirectory knows (every form it accepts) is answered
//      from it, authoritatively: A/AAAA from the ClusterIPs or a headless Service's endpoints,
//      NODATA (with an SOA) for the other types;
//   2. a cached answer is given with its remaining TTL;
//   3. a name in the cluster domain (or an extra cluster zone) is asked of the cluster DNS over
//      TCP through `clusterProxy` (the tunnel's SOCKS5 ProxyServer): a name the cluster does not
//      know gets the cluster DNS's NXDOMAIN;
//   4. any other name is asked of the system's resolvers over UDP (TCP when truncated).
// An upstream that fails or does not answer in time gets the client a SERVFAIL, never silence.
// Concurrent identical questions share one upstream exchange. Everything runs on the thread
// that owns this object, without blocking.
class DnsServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DnsServer)

public:
    enum class State {
        Idle, // not started
        Listening, // answering on address():port()
        Stopped, // stopped on request; may be started again
        Failed, // could not listen; see start()'s error and errorOccurred()
    };
    Q_ENUM(State)

    static constexpr quint16 kDefaultPort = 10053; // 53 needs privileges; resolvers take a port
    static constexpr quint32 kServiceTtl = 5; // as CoreDNS's default
    static constexpr int kMaxPendingExchanges = 1024;
    static constexpr int kMaxTcpClients = 128;
    static constexpr int kTcpIdleTimeoutMs = 10000;

    struct Config
    {
        // A loopback address (127.0.0.1 or another 127.x, or ::1); anything else is refused.
        QHostAddress address = QHostAddress(QHostAddress::LocalHost);
        quint16 port = kDefaultPort; // 0: any free port (tests)
        // The cluster DNS (the kube-dns Service) and how TCP reaches it.
        DnsUpstream clusterDns = {QHostAddress(QStringLiteral("10.96.0.10")), 53};
        QNetworkProxy clusterProxy = QNetworkProxy(QNetworkProxy::NoProxy);
        // Zones answered by the cluster DNS besides the cluster domain (e.g. reverse zones of
        // the service CIDR: "96.10.in-addr.arpa").
        QList<QByteArray> extraClusterZones;
        // The resolvers for everything else; empty: the nameservers of `resolvConfPath`, without
        // our own address (when we listen on port 53 there).
        QList<DnsUpstream> upstreams;
        QString resolvConfPath = QStringLiteral("/etc/resolv.conf");
        int upstreamTimeoutMs = 2000; // per resolver tried
        int clusterTimeoutMs = 5000;
    };

    // `directory` must outlive this server.
    explicit DnsServer(ServiceDirectory *directory, QObject *parent = nullptr);
    ~DnsServer() override;

    Result<void> start(const Config &config);
    void stop();

    State state() const { return m_state; }
    QHostAddress address() const;
    quint16 port() const;
    QList<DnsUpstream> upstreams() const { return m_upstreams; }
    // Replaces the resolvers for non-cluster names (e.g. once the helper said which nameservers
    // resolv.conf had before KtDesk's server took their place).
    void setUpstreams(const QList<DnsUpstream> &upstreams) { m_upstreams = upstreams; }
    DnsCounters counters() const { return m_counters; }

    void setClock(DnsCache::Clock clock) { m_cache.setClock(std::move(clock)); }
    void clearCache() { m_cache.clear(); }

Q_SIGNALS:
    void stateChanged(Kt::Tunnel::DnsServer::State state);
    void errorOccurred(const Kt::Error &error);

private:
    // Where an answer goes back to: a UDP peer, or a TCP connection.
    struct Client
    {
        QHostAddress address;
        quint16 port = 0;
        QPointer<QTcpSocket> tcp;
        DnsMessage query;
    };
    enum class Route { Cluster, Upstream };
    struct PendingKey
    {
        QByteArray name;
        quint16 type = 0;
        quint16 klass = 0;
        Route route = Route::Upstream;
        bool operator==(const PendingKey &other) const = default;
    };
    friend size_t qHash(const PendingKey &key, size_t seed) noexcept
    {
        return qHashMulti(seed, key.name, key.type, key.klass, int(key.route));
    }
    struct Pending
    {
        DnsQueryJob *job = nullptr;
        QList<Client> waiters;
    };

    void setState(State state);
    Result<void> bindSockets(const QHostAddress &address, quint16 port);
    void onUdpReadyRead();
    void onNewTcpConnection();
    void handleQuery(const QByteArray &wire, Client client);
    bool answerFromDirectory(const Client &client);
    void forward(Client client, Route route);
    void onExchangeFinished(const PendingKey &key, const Result<DnsMessage> &result);
    void reply(const Client &client, const DnsMessage &message);
    void sendWire(const Client &client, const QByteArray &wire);
    bool isClusterName(const QByteArray &name) const;
    QList<DnsUpstream> systemUpstreams() const;

    ServiceDirectory *m_directory;
    State m_state = State::Idle;
    Config m_config;
    QList<DnsUpstream> m_upstreams;
    QUdpSocket *m_udp = nullptr;
    QTcpServer *m_tcp = nullptr;
    int m_tcpClients = 0;
    DnsCache m_cache;
    QHash<PendingKey, Pending> m_pending;
    DnsCounters m_counters;
};

} // namespace Kt::Tunnel
