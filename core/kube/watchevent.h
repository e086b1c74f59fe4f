#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace Kt::Kube {

// One event of a watch stream: {"type": "ADDED", "object": {...}}.
struct WatchEvent
{
    enum class Type {
        Added,
        Modified,
        Deleted,
        Bookmark, // only metadata.resourceVersion is meaningful: "nothing happened up to here"
        Error, // the object is a Status; code 410 means the watch's version is too old
    };

    Type type = Type::Added;
    QJsonObject object;

    // object.metadata.resourceVersion
    QString resourceVersion() const
    {
        return object.value(QLatin1String("metadata"))
            .toObject()
            .value(QLatin1String("resourceVersion"))
            .toString();
    }
};

} // namespace Kt::Kube

Q_DECLARE_METATYPE(Kt::Kube::WatchEvent)
