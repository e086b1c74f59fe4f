#pragma once

#include "kube/resources/objectmeta.h"

namespace Kt::Kube {

// A ConfigMap (v1).
struct ConfigMap
{
    ObjectMeta metadata;
    QMap<QString, QString> data;
    QMap<QString, QByteArray> binaryData; // decoded
    bool immutable = false;
    QJsonObject raw;

    static Result<ConfigMap> fromJson(const QJsonObject &object);
};

} // namespace Kt::Kube
