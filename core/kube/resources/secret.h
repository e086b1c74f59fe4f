#pragma once

#include "kube/resources/objectmeta.h"

namespace Kt::Kube {

// A Secret (v1). Holds secret values: never log `data` (or `raw`), only its keys.
struct Secret
{
    ObjectMeta metadata;
    QString type = QStringLiteral("Opaque");
    QMap<QString, QByteArray> data; // decoded
    bool immutable = false;
    QJsonObject raw;

    static Result<Secret> fromJson(const QJsonObject &object);
};

} // namespace Kt::Kube
