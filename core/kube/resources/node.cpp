#include "node.h"

namespace Kt::Kube {

bool Node::isReady() const
{
    const auto ready = Condition::find(conditions, QStringLiteral("Ready"));
    return ready && ready->isTrue();
}

QString Node::address(const QString &type) const
{
    for (const Address &entry : addresses) {
        if (entry.type == type)
            return entry.address;
    }
    return {};
}

Result<Node> Node::fromJson(const QJsonObject &object)
{
    const JsonReader reader(object);
    reader.expectKind(QStringLiteral("Node"));
    const JsonReader spec = reader.object(QStringLiteral("spec"));
    const JsonReader status = reader.object(QStringLiteral("status"));
    const JsonReader nodeInfo = status.object(QStringLiteral("nodeInfo"));
    Node node;
    node.metadata = ObjectMeta::read(reader);
    node.podCidrs = spec.strings(QStringLiteral("podCIDRs"));
    if (node.podCidrs.isEmpty() && spec.has(QStringLiteral("podCIDR")))
        node.podCidrs.append(spec.string(QStringLiteral("podCIDR")));
    node.unschedulable = spec.boolean(QStringLiteral("unschedulable"));
    for (const JsonReader &address : status.objects(QStringLiteral("addresses"))) {
        node.addresses.append(
            {address.string(QStringLiteral("type")), address.string(QStringLiteral("address"))});
    }
    node.conditions = Condition::readAll(status);
    node.kubeletVersion = nodeInfo.string(QStringLiteral("kubeletVersion"));
    node.osImage = nodeInfo.string(QStringLiteral("osImage"));
    node.architecture = nodeInfo.string(QStringLiteral("architecture"));
    node.raw = object;
    if (!reader.ok())
        return reader.error(QStringLiteral("Node"));
    return node;
}

} // namespace Kt::Kube
