#pragma once

#include "kube/resources/objectmeta.h"

namespace Kt::Kube {

// A Namespace (v1).
struct Namespace
{
    ObjectMeta metadata;
    QString phase; // Active or Terminating
    QJsonObject raw; // as the server sent it, to send back

    bool isTerminating() const { return phase == QLatin1String("Terminating"); }

    static Result<Namespace> fromJson(const QJsonObject &object);
};

} // namespace Kt::Kube
