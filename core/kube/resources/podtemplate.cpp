#include "podtemplate.h"

namespace Kt::Kube {

PodTemplate PodTemplate::read(const JsonReader &spec)
{
    const JsonReader reader = spec.object(QStringLiteral("template"));
    const JsonReader metadata = reader.object(QStringLiteral("metadata"));
    const JsonReader podSpec = reader.object(QStringLiteral("spec"));
    PodTemplate podTemplate;
    podTemplate.labels = metadata.stringMap(QStringLiteral("labels"));
    podTemplate.annotations = metadata.stringMap(QStringLiteral("annotations"));
    podTemplate.containers = Container::readAll(podSpec, QStringLiteral("containers"));
    podTemplate.initContainers = Container::readAll(podSpec, QStringLiteral("initContainers"));
    return podTemplate;
}

} // namespace Kt::Kube
