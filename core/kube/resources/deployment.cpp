#include "deployment.h"

namespace Kt::Kube {

bool Deployment::isRolledOut() const
{
    return observedGeneration >= metadata.generation && updatedReplicas == replicas
        && readyReplicas == replicas && statusReplicas == replicas;
}

Result<Deployment> Deployment::fromJson(const QJsonObject &object)
{
    const JsonReader reader(object);
    reader.expectKind(QStringLiteral("Deployment"));
    const JsonReader spec = reader.object(QStringLiteral("spec"));
    const JsonReader status = reader.object(QStringLiteral("status"));
    Deployment deployment;
    deployment.metadata = ObjectMeta::read(reader);
    deployment.replicas = int(spec.integer(QStringLiteral("replicas"), 1));
    deployment.selector = LabelSelector::read(spec.object(QStringLiteral("selector")));
    deployment.podTemplate = PodTemplate::read(spec);
    deployment.strategy = spec.object(QStringLiteral("strategy")).string(QStringLiteral("type"));
    deployment.paused = spec.boolean(QStringLiteral("paused"));
    deployment.statusReplicas = int(status.integer(QStringLiteral("replicas")));
    deployment.readyReplicas = int(status.integer(QStringLiteral("readyReplicas")));
    deployment.availableReplicas = int(status.integer(QStringLiteral("availableReplicas")));
    deployment.updatedReplicas = int(status.integer(QStringLiteral("updatedReplicas")));
    deployment.observedGeneration = status.integer(QStringLiteral("observedGeneration"));
    deployment.conditions = Condition::readAll(status);
    deployment.raw = object;
    if (!reader.ok())
        return reader.error(QStringLiteral("Deployment"));
    return deployment;
}

} // namespace Kt::Kube
