#include "replicaset.h"

namespace Kt::Kube {

int ReplicaSet::revision() const
{
    return metadata.annotations.value(QStringLiteral("deployment.kubernetes.io/revision")).toInt();
}

Result<ReplicaSet> ReplicaSet::fromJson(const QJsonObject &object)
{
    const JsonReader reader(object);
    reader.expectKind(QStringLiteral("ReplicaSet"));
    const JsonReader spec = reader.object(QStringLiteral("spec"));
    const JsonReader status = reader.object(QStringLiteral("status"));
    ReplicaSet replicaSet;
    replicaSet.metadata = ObjectMeta::read(reader);
    replicaSet.replicas = int(spec.integer(QStringLiteral("replicas"), 1));
    replicaSet.selector = LabelSelector::read(spec.object(QStringLiteral("selector")));
    replicaSet.podTemplate = PodTemplate::read(spec);
    replicaSet.statusReplicas = int(status.integer(QStringLiteral("replicas")));
    replicaSet.readyReplicas = int(status.integer(QStringLiteral("readyReplicas")));
    replicaSet.availableReplicas = int(status.integer(QStringLiteral("availableReplicas")));
    replicaSet.raw = object;
    if (!reader.ok())
        return reader.error(QStringLiteral("ReplicaSet"));
    return replicaSet;
}

} // namespace Kt::Kube
