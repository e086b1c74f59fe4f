#pragma once

#include "common/error.h"
#include "kube/watchevent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace Kt::Kube {

// Cuts a watch response body into events as its bytes arrive. kube-apiserver writes one JSON
// object per event followed by a newline, but chunks split anywhere (inside a string, inside a
// UTF-8 sequence) and one chunk may hold many events; the parser finds object boundaries itself
// (braces outside strings), so it also reads objects that are not newline-separated. Bytes are
// scanned once. After a failure (not JSON, not an event, an event over kMaxEventSize) the stream
// cannot be trusted: every later feed() fails the same way until reset().
class WatchStreamParser
{
    Q_DECLARE_TR_FUNCTIONS(WatchStreamParser)

public:
    static constexpr qsizetype kMaxEventSize = 64 * 1024 * 1024;

    // The events completed by `chunk`, in order; incomplete data waits for the next chunk.
    Result<QList<WatchEvent>> feed(const QByteArray &chunk);
    // True when no partial event is buffered (a stream may end here cleanly).
    bool isIdle() const { return m_depth == 0 && m_buffer.isEmpty(); }
    void reset();

    // One complete event object, as feed() reads it.
    static Result<WatchEvent> parseEvent(const QByteArray &json);

private:
    QByteArray m_buffer; // from the start of the current object
    qsizetype m_scanned = 0; // bytes of m_buffer already scanned
    int m_depth = 0;
    bool m_inString = false;
    bool m_escape = false;
    std::optional<Error> m_failure;
};

} // namespace Kt::Kube
