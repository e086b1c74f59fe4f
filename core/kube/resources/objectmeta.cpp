#include "objectmeta.h"

namespace Kt::Kube {

QString ObjectMeta::key() const
{
    return namespaceName.isEmpty() ? name : namespaceName + QLatin1Char('/') + name;
}

std::optional<ObjectMeta::OwnerReference> ObjectMeta::controller() const
{
    for (const OwnerReference &owner : ownerReferences) {
        if (owner.controller)
            return owner;
    }
    return std::nullopt;
}

ObjectMeta ObjectMeta::read(const JsonReader &object)
{
    const JsonReader reader = object.object(QStringLiteral("metadata"));
    ObjectMeta meta;
    meta.name = reader.string(QStringLiteral("name"));
    meta.generateName = reader.string(QStringLiteral("generateName"));
    meta.namespaceName = reader.string(QStringLiteral("namespace"));
    meta.uid = reader.string(QStringLiteral("uid"));
    meta.resourceVersion = reader.string(QStringLiteral("resourceVersion"));
    meta.generation = reader.integer(QStringLiteral("generation"));
    meta.labels = reader.stringMap(QStringLiteral("labels"));
    meta.annotations = reader.stringMap(QStringLiteral("annotations"));
    meta.creationTimestamp = reader.timestamp(QStringLiteral("creationTimestamp"));
    meta.deletionTimestamp = reader.timestamp(QStringLiteral("deletionTimestamp"));
    meta.finalizers = reader.strings(QStringLiteral("finalizers"));
    for (const JsonReader &owner : reader.objects(QStringLiteral("ownerReferences"))) {
        meta.ownerReferences.append({owner.string(QStringLiteral("apiVersion")),
            owner.string(QStringLiteral("kind")), owner.string(QStringLiteral("name")),
            owner.string(QStringLiteral("uid")), owner.boolean(QStringLiteral("controller"))});
    }
    if (meta.name.isEmpty())
        reader.problem(QStringLiteral("name"), JsonReader::tr("is missing"));
    return meta;
}

} // namespace Kt::Kube
