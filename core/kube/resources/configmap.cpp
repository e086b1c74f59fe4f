#include "configmap.h"

namespace Kt::Kube {

Result<ConfigMap> ConfigMap::fromJson(const QJsonObject &object)
{
    const JsonReader reader(object);
    reader.expectKind(QStringLiteral("ConfigMap"));
    ConfigMap configMap;
    configMap.metadata = ObjectMeta::read(reader);
    configMap.data = reader.stringMap(QStringLiteral("data"));
    const QMap<QString, QString> binary = reader.stringMap(QStringLiteral("binaryData"));
    for (auto it = binary.constBegin(); it != binary.constEnd(); ++it) {
        const auto decoded = QByteArray::fromBase64Encoding(
            it.value().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            reader.problem(
                QStringLiteral("binaryData.") + it.key(), JsonReader::tr("is not base64"));
            continue;
        }
        configMap.binaryData.insert(it.key(), *decoded);
    }
    configMap.immutable = reader.boolean(QStringLiteral("immutable"));
    configMap.raw = object;
    if (!reader.ok())
        return reader.error(QStringLiteral("ConfigMap"));
    return configMap;
}

} // namespace Kt::Kube
