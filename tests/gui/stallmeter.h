#pragma once

// Measures how long the GUI thread goes without returning to its event loop: a 5 ms heartbeat
// timer notes the gap between its ticks. On a loaded machine a gap also contains time the thread
// was ready but waited for a CPU (other processes ran); the kernel counts that per thread
// (/proc/thread-self/schedstat: run time, run-queue wait), so the meter reports the gap minus
// that wait: the time the thread was busy or blocked — which is what a stall of the GUI is.

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QTimer>

#include <algorithm>

class StallMeter
{
public:
    explicit StallMeter(QObject *context)
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, context, [this] { tick(); });
    }

    void start()
    {
        m_maxStallMs = 0;
        m_maxWallMs = 0;
        m_ticks = 0;
        m_clock.start();
        m_lastWall = 0;
        m_lastWait = runQueueWaitNs();
        m_timer.start();
    }
    void stop()
    {
        tick();
        m_timer.stop();
    }

    // The longest gap between two turns of the event loop, run-queue waits taken out (ms).
    double maxStallMs() const { return m_maxStallMs; }
    // The same gap as the wall clock saw it (ms).
    double maxWallMs() const { return m_maxWallMs; }
    int ticks() const { return m_ticks; }

private:
    static qint64 runQueueWaitNs()
    {
        QFile file(QStringLiteral("/proc/thread-self/schedstat"));
        if (!file.open(QIODevice::ReadOnly))
            return 0;
        const QList<QByteArray> fields = file.readAll().simplified().split(' ');
        return fields.size() >= 2 ? fields.at(1).toLongLong() : 0;
    }

    void tick()
    {
        const qint64 wall = m_clock.nsecsElapsed();
        const qint64 wait = runQueueWaitNs();
        const double gapMs = double(wall - m_lastWall) / 1e6;
        const double waitMs = double(wait - m_lastWait) / 1e6;
        m_maxWallMs = std::max(m_maxWallMs, gapMs);
        m_maxStallMs = std::max(m_maxStallMs, gapMs - waitMs);
        m_lastWall = wall;
        m_lastWait = wait;
        ++m_ticks;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastWall = 0;
    qint64 m_lastWait = 0;
    double m_maxStallMs = 0;
    double m_maxWallMs = 0;
    int m_ticks = 0;
};
