#include "container.h"

namespace Kt::Kube {

std::optional<Container::Port> Container::port(const QString &name) const
{
    for (const Port &port : ports) {
        if (port.name == name)
            return port;
    }
    return std::nullopt;
}

Container Container::read(const JsonReader &reader)
{
    Container container;
    container.name = reader.string(QStringLiteral("name"));
    container.image = reader.string(QStringLiteral("image"));
    container.command = reader.strings(QStringLiteral("command"));
    container.args = reader.strings(QStringLiteral("args"));
    for (const JsonReader &port : reader.objects(QStringLiteral("ports"))) {
        Port entry;
        entry.name = port.string(QStringLiteral("name"));
        entry.containerPort = int(port.integer(QStringLiteral("containerPort")));
        if (port.has(QStringLiteral("protocol")))
            entry.protocol = port.string(QStringLiteral("protocol"));
        container.ports.append(entry);
    }
    return container;
}

QList<Container> Container::readAll(const JsonReader &spec, const QString &key)
{
    QList<Container> containers;
    for (const JsonReader &reader : spec.objects(key))
        containers.append(read(reader));
    return containers;
}

} // namespace Kt::Kube
