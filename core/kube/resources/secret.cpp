#include "secret.h"

namespace Kt::Kube {

Result<Secret> Secret::fromJson(const QJsonObject &object)
{
    const JsonReader reader(object);
    reader.expectKind(QStringLiteral("Secret"));
    Secret secret;
    secret.metadata = ObjectMeta::read(reader);
    if (reader.has(QStringLiteral("type")))
        secret.type = reader.string(QStringLiteral("type"));
    const QMap<QString, QString> encoded = reader.stringMap(QStringLiteral("data"));
    for (auto it = encoded.constBegin(); it != encoded.constEnd(); ++it) {
        const auto decoded = QByteArray::fromBase64Encoding(
            it.value().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            // The key names the field; the value is never part of a message.
            reader.problem(QStringLiteral("data.") + it.key(), JsonReader::tr("is not base64"));
            continue;
        }
        secret.data.insert(it.key(), *decoded);
    }
    secret.immutable = reader.boolean(QStringLiteral("immutable"));
    secret.raw = object;
    if (!reader.ok())
        return reader.error(QStringLiteral("Secret"));
    return secret;
}

} // namespace Kt::Kube
