#include "event.h"

namespace Kt::Kube {

QDateTime Event::lastSeen() const
{
    for (const QDateTime &time : {lastTimestamp, seriesLastObservedTime, eventTime}) {
        if (time.isValid())
            return time;
    }
    return metadata.creationTimestamp;
}

Result<Event> Event::fromJson(const QJsonObject &object)
{
    const JsonReader reader(object);
    reader.expectKind(QStringLiteral("Event"));
    Event event;
    event.metadata = ObjectMeta::read(reader);
    event.type = reader.string(QStringLiteral("type"));
    event.reason = reader.string(QStringLiteral("reason"));
    event.message = reader.string(QStringLiteral("message"));
    event.involvedObject = ObjectReference::read(reader.object(QStringLiteral("involvedObject")));
    const JsonReader series = reader.object(QStringLiteral("series"));
    event.count = int(reader.integer(QStringLiteral("count"), 0));
    if (series.has(QStringLiteral("count")))
        event.count = int(series.integer(QStringLiteral("count")));
    if (event.count <= 0)
        event.count = 1;
    event.firstTimestamp = reader.timestamp(QStringLiteral("firstTimestamp"));
    event.lastTimestamp = reader.timestamp(QStringLiteral("lastTimestamp"));
    event.eventTime = reader.timestamp(QStringLiteral("eventTime"));
    event.seriesLastObservedTime = series.timestamp(QStringLiteral("lastObservedTime"));
    event.source = reader.object(QStringLiteral("source")).string(QStringLiteral("component"));
    if (event.source.isEmpty())
        event.source = reader.string(QStringLiteral("reportingController"));
    event.raw = object;
    if (!reader.ok())
        return reader.error(QStringLiteral("Event"));
    return event;
}

} // namespace Kt::Kube
