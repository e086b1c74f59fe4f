#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

namespace Kt::Tunnel {

// A DNS server the DNS server forwards to: the cluster DNS, or one of the system's resolvers.
struct DnsUpstream
{
    QHostAddress address;
    quint16 port = 53;

    bool operator==(const DnsUpstream &other) const = default;
    QString toString() const;

    // The `nameserver` lines of a resolv.conf, in order (IPv6 scope ids kept); lines that do not
    // hold an address are skipped.
    static QList<DnsUpstream> fromResolvConf(const QByteArray &text);
};

} // namespace Kt::Tunnel
