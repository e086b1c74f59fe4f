#pragma once

#include <QObject>
#include <QPointer>

class QIODevice;

namespace Kt::Tunnel {

// Moves bytes both ways between two open QIODevices (e.g. a port-forward stream and one end of
// a socketpair), with backpressure: a side is read only while the other side's write buffer is
// below the bound. When either side ends, the other is closed once its pending bytes are out.
// Lives on the thread of both devices.
class DevicePump final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DevicePump)

public:
    static constexpr qint64 kWriteBound = 1024 * 1024;
    static constexpr qint64 kChunk = 256 * 1024;

    DevicePump(QIODevice *a, QIODevice *b, QObject *parent = nullptr);

    quint64 bytesAToB() const { return m_aToB; }
    quint64 bytesBToA() const { return m_bToA; }

Q_SIGNALS:
    // Both directions are done (one side closed and the other drained or closed).
    void finished();

private:
    void pump(QIODevice *from, QIODevice *to, quint64 &counter);
    void onEnded();

    QPointer<QIODevice> m_a;
    QPointer<QIODevice> m_b;
    quint64 m_aToB = 0;
    quint64 m_bToA = 0;
    bool m_finished = false;
};

} // namespace Kt::Tunnel
