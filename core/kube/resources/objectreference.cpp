#include "objectreference.h"

namespace Kt::Kube {

ObjectReference ObjectReference::read(const JsonReader &reader)
{
    ObjectReference reference;
    reference.kind = reader.string(QStringLiteral("kind"));
    reference.apiVersion = reader.string(QStringLiteral("apiVersion"));
    reference.namespaceName = reader.string(QStringLiteral("namespace"));
    reference.name = reader.string(QStringLiteral("name"));
    reference.uid = reader.string(QStringLiteral("uid"));
    reference.fieldPath = reader.string(QStringLiteral("fieldPath"));
    return reference;
}

} // namespace Kt::Kube
