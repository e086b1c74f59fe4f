#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Kt::Workspace {

// One recent event about the selected workload or its pods.
struct EventRow
{
    QString uid;
    QDateTime lastSeen;
    bool warning = false;
    QString reason;
    QString object; // "Pod/web-6d4b9-x2x7k"
    QString message;
    int count = 1;

    friend bool operator==(const EventRow &, const EventRow &) = default;
};

} // namespace Kt::Workspace

Q_DECLARE_METATYPE(Kt::Workspace::EventRow)
