#pragma once

#include "kube/resources/objectmeta.h"
#include "kube/resources/objectreference.h"

namespace Kt::Kube {

// An Event (v1, as kubectl get events shows them): what happened to which object.
struct Event
{
    ObjectMeta metadata;
    QString type; // Normal or Warning
    QString reason; // Scheduled, Pulling, Failed, BackOff, ...
    QString message;
    ObjectReference involvedObject;
    int count = 1; // count, or series.count for events that repeat
    QDateTime firstTimestamp;
    QDateTime lastTimestamp;
    QDateTime eventTime; // newer reporters set this instead of the timestamps
    QDateTime seriesLastObservedTime; // series.lastObservedTime of a repeating event
    QString source; // source.component, or reportingController
    QJsonObject raw;

    bool isWarning() const { return type == QLatin1String("Warning"); }
    // When it last happened: lastTimestamp, series.lastObservedTime, eventTime or creation time.
    QDateTime lastSeen() const;

    static Result<Event> fromJson(const QJsonObject &object);
};

} // namespace Kt::Kube
