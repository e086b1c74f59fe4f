#include "service.h"

namespace Kt::Kube {

IntOrString Service::targetPortOf(const Port &port) const
{
    return port.targetPort.isEmpty() ? IntOrString::fromInt(port.port) : port.targetPort;
}

Result<Service> Service::fromJson(const QJsonObject &object)
{
    const JsonReader reader(object);
    reader.expectKind(QStringLiteral("Service"));
    const JsonReader spec = reader.object(QStringLiteral("spec"));
    Service service;
    service.metadata = ObjectMeta::read(reader);
    if (spec.has(QStringLiteral("type")))
        service.type = spec.string(QStringLiteral("type"));
    service.clusterIp = spec.string(QStringLiteral("clusterIP"));
    service.clusterIps = spec.strings(QStringLiteral("clusterIPs"));
    service.externalName = spec.string(QStringLiteral("externalName"));
    service.selector = spec.stringMap(QStringLiteral("selector"));
    for (const JsonReader &port : spec.objects(QStringLiteral("ports"))) {
        Port entry;
        entry.name = port.string(QStringLiteral("name"));
        if (port.has(QStringLiteral("protocol")))
            entry.protocol = port.string(QStringLiteral("protocol"));
        entry.port = int(port.integer(QStringLiteral("port")));
        entry.targetPort = IntOrString::read(port, QStringLiteral("targetPort"));
        entry.nodePort = int(port.integer(QStringLiteral("nodePort")));
        entry.appProtocol = port.string(QStringLiteral("appProtocol"));
        service.ports.append(entry);
    }
    service.raw = object;
    if (!reader.ok())
        return reader.error(QStringLiteral("Service"));
    return service;
}

} // namespace Kt::Kube
