#include "dnsupstream.h"

namespace Kt::Tunnel {

QString DnsUpstream::toString() const
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
        : address.toString();
    return host + QLatin1Char(':') + QString::number(port);
}

QList<DnsUpstream> DnsUpstream::fromResolvConf(const QByteArray &text)
{
    QList<DnsUpstream> servers;
    for (const QByteArray &rawLine : text.split('\n')) {
        const QByteArray line = rawLine.simplified();
        if (line.startsWith('#') || line.startsWith(';'))
            continue;
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() < 2 || fields.at(0) != "nameserver")
            continue;
        QHostAddress address;
        if (!address.setAddress(QString::fromLatin1(fields.at(1))))
            continue;
        servers.append(DnsUpstream {address, 53});
    }
    return servers;
}

} // namespace Kt::Tunnel
