#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

namespace Kt::Tunnel {

// The cluster's Services as the DNS server answers them, without a round trip: the session
// layer fills it from its informer on Services/Endpoints. Not thread-safe: used on the engine
// thread that owns the DnsServer.
//
// A query name denotes a Service in one of these forms (case-insensitive, trailing dot allowed):
//   svc                          in the current namespace
//   svc.ns
//   svc.ns.svc
//   svc.ns.svc.<cluster domain>  (default cluster.local)
// The short forms only match Services that are here: "example.com" may be a Service "example"
// in namespace "com", but if there is none it is an ordinary name for the upstream resolver.
class ServiceDirectory
{
    Q_DISABLE_COPY_MOVE(ServiceDirectory)

public:
    static constexpr auto kDefaultClusterDomain = "cluster.local";

    struct Service
    {
        QString ns;
        QString name;
        // ClusterIPs (IPv4 and/or IPv6); for a headless Service, the ready endpoints' IPs.
        QList<QHostAddress> addresses;
        bool headless = false;
    };

    ServiceDirectory() = default;

    // Adds or replaces a Service. Names are Kubernetes names (DNS labels), kept lower-case.
    void upsert(const QString &ns, const QString &name, const QList<QHostAddress> &addresses,
        bool headless = false);
    // Returns whether it was there.
    bool remove(const QString &ns, const QString &name);
    void clear();
    int size() const { return static_cast<int>(m_services.size()); }

    void setCurrentNamespace(const QString &ns);
    QString currentNamespace() const { return m_currentNamespace; }
    void setClusterDomain(const QString &domain); // e.g. "cluster.local", no dots around it
    QString clusterDomain() const { return QString::fromLatin1(m_clusterDomain); }

    // The Service a query name denotes, if it is here.
    std::optional<Service> find(const QByteArray &queryName) const;
    // Whether the name is the cluster domain or below it: names the cluster DNS answers.
    bool isInClusterDomain(const QByteArray &queryName) const;
    QByteArray clusterDomainName() const { return m_clusterDomain; }

private:
    static QByteArray key(const QByteArray &ns, const QByteArray &name);

    QHash<QByteArray, Service> m_services; // "name.ns"
    QString m_currentNamespace;
    QByteArray m_clusterDomain = kDefaultClusterDomain;
};

} // namespace Kt::Tunnel
