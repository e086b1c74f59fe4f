#include "endpoints.h"

namespace Kt::Kube {

namespace {

QList<Endpoints::Address> readAddresses(const JsonReader &subset, const QString &key)
{
    QList<Endpoints::Address> addresses;
    for (const JsonReader &address : subset.objects(key)) {
        addresses.append({address.string(QStringLiteral("ip")),
            address.string(QStringLiteral("hostname")), address.string(QStringLiteral("nodeName")),
            ObjectReference::read(address.object(QStringLiteral("targetRef")))});
    }
    return addresses;
}

} // namespace

QStringList Endpoints::readyIps() const
{
    QStringList ips;
    for (const Subset &subset : subsets) {
        for (const Address &address : subset.addresses) {
            if (!ips.contains(address.ip))
                ips.append(address.ip);
        }
    }
    return ips;
}

Result<Endpoints> Endpoints::fromJson(const QJsonObject &object)
{
    const JsonReader reader(object);
    reader.expectKind(QStringLiteral("Endpoints"));
    Endpoints endpoints;
    endpoints.metadata = ObjectMeta::read(reader);
    for (const JsonReader &subsetReader : reader.objects(QStringLiteral("subsets"))) {
        Subset subset;
        subset.addresses = readAddresses(subsetReader, QStringLiteral("addresses"));
        subset.notReadyAddresses = readAddresses(subsetReader, QStringLiteral("notReadyAddresses"));
        for (const JsonReader &port : subsetReader.objects(QStringLiteral("ports"))) {
            Port entry;
            entry.name = port.string(QStringLiteral("name"));
            entry.port = int(port.integer(QStringLiteral("port")));
            if (port.has(QStringLiteral("protocol")))
                entry.protocol = port.string(QStringLiteral("protocol"));
            subset.ports.append(entry);
        }
        endpoints.subsets.append(subset);
    }
    endpoints.raw = object;
    if (!reader.ok())
        return reader.error(QStringLiteral("Endpoints"));
    return endpoints;
}

} // namespace Kt::Kube
