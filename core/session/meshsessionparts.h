#pragma once

// What meshsession.cpp (the session's state machine) and meshsessionrouter.cpp (its part of the
// shared router) both use. Internal to MeshSession.

#include "session/ktmetadata.h"

#include <QJsonObject>

#include <initializer_list>

namespace Kt::Session::MeshSessionParts {

inline QJsonObject pathObject(const QJsonObject &object, std::initializer_list<const char *> path)
{
    QJsonObject current = object;
    for (const char *key : path)
        current = current.value(QLatin1String(key)).toObject();
    return current;
}

// Takes this user's kt-lock off the Service.
inline QJsonObject unlockPatch()
{
    return QJsonObject {{QStringLiteral("metadata"),
        QJsonObject {{QStringLiteral("annotations"),
            QJsonObject {{KtAnnotation::Lock, QJsonValue::Null}}}}}};
}

} // namespace Kt::Session::MeshSessionParts
