#include "endpointslice.h"

namespace Kt::Kube {

QStringList EndpointSlice::readyAddresses() const
{
    QStringList addresses;
    for (const Endpoint &endpoint : endpoints) {
        if (!endpoint.ready)
            continue;
        for (const QString &address : endpoint.addresses) {
            if (!addresses.contains(address))
                addresses.append(address);
        }
    }
    return addresses;
}

Result<EndpointSlice> EndpointSlice::fromJson(const QJsonObject &object)
{
    const JsonReader reader(object);
    reader.expectKind(QStringLiteral("EndpointSlice"));
    EndpointSlice slice;
    slice.metadata = ObjectMeta::read(reader);
    slice.serviceName = slice.metadata.labels.value(QStringLiteral("kubernetes.io/service-name"));
    slice.addressType = reader.string(QStringLiteral("addressType"));
    for (const JsonReader &endpointReader : reader.objects(QStringLiteral("endpoints"))) {
        Endpoint endpoint;
        endpoint.addresses = endpointReader.strings(QStringLiteral("addresses"));
        const JsonReader conditions = endpointReader.object(QStringLiteral("conditions"));
        endpoint.ready = conditions.boolean(QStringLiteral("ready"), true);
        endpoint.serving = conditions.boolean(QStringLiteral("serving"), endpoint.ready);
        endpoint.terminating = conditions.boolean(QStringLiteral("terminating"));
        endpoint.hostname = endpointReader.string(QStringLiteral("hostname"));
        endpoint.nodeName = endpointReader.string(QStringLiteral("nodeName"));
        endpoint.targetRef
            = ObjectReference::read(endpointReader.object(QStringLiteral("targetRef")));
        slice.endpoints.append(endpoint);
    }
    for (const JsonReader &port : reader.objects(QStringLiteral("ports"))) {
        Port entry;
        entry.name = port.string(QStringLiteral("name"));
        entry.port = int(port.integer(QStringLiteral("port")));
        if (port.has(QStringLiteral("protocol")))
            entry.protocol = port.string(QStringLiteral("protocol"));
        entry.appProtocol = port.string(QStringLiteral("appProtocol"));
        slice.ports.append(entry);
    }
    slice.raw = object;
    if (!reader.ok())
        return reader.error(QStringLiteral("EndpointSlice"));
    return slice;
}

} // namespace Kt::Kube
