#include "servicedirectory.h"

#include "tunnel/dnsmessage.h"

namespace Kt::Tunnel {

namespace {

QByteArray lowerLatin1(const QString &text)
{
    return text.toLower().toLatin1();
}

// "a.b.cluster.local" is below "cluster.local"; "acluster.local" is not.
bool isBelow(const QByteArray &name, const QByteArray &domain)
{
    return name.size() > domain.size() && name.endsWith(domain)
        && name.at(name.size() - domain.size() - 1) == '.';
}

} // namespace

QByteArray ServiceDirectory::key(const QByteArray &ns, const QByteArray &name)
{
    return name + '.' + ns;
}

void ServiceDirectory::upsert(
    const QString &ns, const QString &name, const QList<QHostAddress> &addresses, bool headless)
{
    Service service;
    service.ns = ns.toLower();
    service.name = name.toLower();
    service.addresses = addresses;
    service.headless = headless;
    m_services.insert(key(lowerLatin1(ns), lowerLatin1(name)), service);
}

bool ServiceDirectory::remove(const QString &ns, const QString &name)
{
    return m_services.remove(key(lowerLatin1(ns), lowerLatin1(name)));
}

void ServiceDirectory::clear()
{
    m_services.clear();
}

void ServiceDirectory::setCurrentNamespace(const QString &ns)
{
    m_currentNamespace = ns.toLower();
}

void ServiceDirectory::setClusterDomain(const QString &domain)
{
    QByteArray canonical = DnsMessage::canonicalName(domain.toLatin1());
    while (canonical.startsWith('.'))
        canonical.remove(0, 1);
    m_clusterDomain = canonical.isEmpty() ? QByteArray(kDefaultClusterDomain) : canonical;
}

bool ServiceDirectory::isInClusterDomain(const QByteArray &queryName) const
{
    const QByteArray name = DnsMessage::canonicalName(queryName);
    return name == m_clusterDomain || isBelow(name, m_clusterDomain);
}

std::optional<ServiceDirectory::Service> ServiceDirectory::find(const QByteArray &queryName) const
{
    QByteArray name = DnsMessage::canonicalName(queryName);
    if (name.isEmpty())
        return std::nullopt;
    const bool full = isBelow(name, m_clusterDomain);
    if (full)
        name.chop(m_clusterDomain.size() + 1);
    const QList<QByteArray> labels = name.split('.');
    QByteArray found;
    switch (labels.size()) {
    case 1: // svc
        if (full || m_currentNamespace.isEmpty())
            return std::nullopt;
        found = key(m_currentNamespace.toLatin1(), labels.at(0));
        break;
    case 2: // svc.ns
        if (full)
            return std::nullopt;
        found = key(labels.at(1), labels.at(0));
        break;
    case 3: // svc.ns.svc, with or without the cluster domain
        if (labels.at(2) != "svc")
            return std::nullopt;
        found = key(labels.at(1), labels.at(0));
        break;
    default:
        return std::nullopt;
    }
    const auto it = m_services.constFind(found);
    if (it == m_services.cend())
        return std::nullopt;
    return *it;
}

} // namespace Kt::Tunnel
