#include "devicepump.h"

#include <QIODevice>
#include <QTimer>

namespace Kt::Tunnel {

DevicePump::DevicePump(QIODevice *a, QIODevice *b, QObject *parent)
    : QObject(parent)
    , m_a(a)
    , m_b(b)
{
    connect(a, &QIODevice::readyRead, this, [this] { pump(m_a, m_b, m_aToB); });
    connect(b, &QIODevice::readyRead, this, [this] { pump(m_b, m_a, m_bToA); });
    // Room freed on one side may let the other side's waiting bytes through.
    connect(a, &QIODevice::bytesWritten, this, [this] { pump(m_b, m_a, m_bToA); });
    connect(b, &QIODevice::bytesWritten, this, [this] { pump(m_a, m_b, m_aToB); });
    connect(a, &QIODevice::aboutToClose, this, &DevicePump::onEnded);
    connect(b, &QIODevice::aboutToClose, this, &DevicePump::onEnded);
    connect(a, &QIODevice::readChannelFinished, this, &DevicePump::onEnded);
    connect(b, &QIODevice::readChannelFinished, this, &DevicePump::onEnded);
    // Bytes that arrived before the pump existed.
    QTimer::singleShot(0, this, [this] {
        pump(m_a, m_b, m_aToB);
        pump(m_b, m_a, m_bToA);
    });
}

void DevicePump::pump(QIODevice *from, QIODevice *to, quint64 &counter)
{
    if (!from || !to || !to->isOpen())
        return;
    while (from->bytesAvailable() > 0 && to->bytesToWrite() < kWriteBound) {
        const QByteArray chunk = from->read(std::min(kChunk, kWriteBound - to->bytesToWrite()));
        if (chunk.isEmpty())
            break;
        to->write(chunk);
        counter += static_cast<quint64>(chunk.size());
    }
}

void DevicePump::onEnded()
{
    if (m_finished)
        return;
    // Deliver what is still readable, then close both sides: a byte stream without half-close
    // support (the port-forward protocol has none) ends as a whole.
    pump(m_a, m_b, m_aToB);
    pump(m_b, m_a, m_bToA);
    m_finished = true;
    if (m_a && m_a->isOpen())
        m_a->close();
    if (m_b && m_b->isOpen())
        m_b->close();
    Q_EMIT finished();
}

} // namespace Kt::Tunnel
