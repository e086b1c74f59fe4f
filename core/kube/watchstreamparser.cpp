#include "watchstreamparser.h"

#include <QJsonDocument>

namespace Kt::Kube {

namespace {

Error streamError(const QString &message)
{
    return Error {ErrorCode::Protocol, message, {}, {}};
}

} // namespace

void WatchStreamParser::reset()
{
    m_buffer.clear();
    m_scanned = 0;
    m_depth = 0;
    m_inString = false;
    m_escape = false;
    m_failure.reset();
}

Result<QList<WatchEvent>> WatchStreamParser::feed(const QByteArray &chunk)
{
    if (m_failure)
        return *m_failure;
    QList<WatchEvent> events;
    m_buffer.append(chunk);
    qsizetype consumed = 0; // bytes before the current object, to be dropped
    for (qsizetype i = m_scanned; i < m_buffer.size(); ++i) {
        const char c = m_buffer.at(i);
        if (m_depth == 0) {
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                consumed = i + 1;
                continue;
            }
            if (c != '{') {
                m_failure = streamError(
                    tr("the watch stream holds something other than JSON objects (byte 0x%1)")
                        .arg(uint(uchar(c)), 2, 16, QLatin1Char('0')));
                return *m_failure;
            }
            consumed = i;
            m_depth = 1;
            continue;
        }
        if (m_inString) {
            if (m_escape)
                m_escape = false;
            else if (c == '\\')
                m_escape = true;
            else if (c == '"')
                m_inString = false;
            continue;
        }
        switch (c) {
        case '"':
            m_inString = true;
            break;
        case '{':
        case '[':
            ++m_depth;
            break;
        case '}':
        case ']':
            if (--m_depth == 0) {
                Result<WatchEvent> event = parseEvent(m_buffer.mid(consumed, i + 1 - consumed));
                if (!event) {
                    m_failure = event.error();
                    return *m_failure;
                }
                events.append(std::move(event).value());
                consumed = i + 1;
            }
            break;
        default:
            break;
        }
    }
    m_buffer.remove(0, consumed);
    m_scanned = m_buffer.size();
    if (m_buffer.size() > kMaxEventSize) {
        m_failure = streamError(
            tr("a watch event is larger than %1 MiB").arg(kMaxEventSize / (1024 * 1024)));
        return *m_failure;
    }
    return events;
}

Result<WatchEvent> WatchStreamParser::parseEvent(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return streamError(
            tr("a watch event is not valid JSON (%1)").arg(parseError.errorString()));
    const QJsonObject root = document.object();
    const QString type = root.value(QLatin1String("type")).toString();
    const QJsonValue object = root.value(QLatin1String("object"));
    if (!object.isObject())
        return streamError(tr("a watch event (type \"%1\") carries no object").arg(type));
    WatchEvent event;
    event.object = object.toObject();
    if (type == QLatin1String("ADDED"))
        event.type = WatchEvent::Type::Added;
    else if (type == QLatin1String("MODIFIED"))
        event.type = WatchEvent::Type::Modified;
    else if (type == QLatin1String("DELETED"))
        event.type = WatchEvent::Type::Deleted;
    else if (type == QLatin1String("BOOKMARK"))
        event.type = WatchEvent::Type::Bookmark;
    else if (type == QLatin1String("ERROR"))
        event.type = WatchEvent::Type::Error;
    else
        return streamError(tr("a watch event has the unknown type \"%1\"").arg(type));
    return event;
}

} // namespace Kt::Kube
