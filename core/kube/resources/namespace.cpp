#include "namespace.h"

namespace Kt::Kube {

Result<Namespace> Namespace::fromJson(const QJsonObject &object)
{
    const JsonReader reader(object);
    reader.expectKind(QStringLiteral("Namespace"));
    Namespace result;
    result.metadata = ObjectMeta::read(reader);
    result.phase = reader.object(QStringLiteral("status")).string(QStringLiteral("phase"));
    result.raw = object;
    if (!reader.ok())
        return reader.error(QStringLiteral("Namespace"));
    return result;
}

} // namespace Kt::Kube
