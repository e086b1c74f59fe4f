#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QObject>

class QTcpSocket;

namespace Kt::Kube {

class PortForwardStream;

// Pumps one accepted local TCP connection to its PortForwardStream and back, for PortForwarder.
// Reads in large chunks into one reused buffer and stops reading a side while the other side's
// write buffer is over its bound, so a slow reader on either end slows the writer on the other
// instead of growing memory. When one side closes, what it sent is delivered, then the other
// side is closed. Takes ownership of both.
class ForwardedConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ForwardedConnection)

public:
    // Bytes read per step, and the local socket's read buffer.
    static constexpr qint64 kChunk = 256 * 1024;
    // The local socket's write buffer bound (the stream has its own).
    static constexpr qint64 kLocalWriteBound = 1024 * 1024;

    ForwardedConnection(QTcpSocket *local, PortForwardStream *remote, QObject *parent = nullptr);
    ~ForwardedConnection() override;

    PortForwardStream *remote() const { return m_remote; }

    void start();
    // Ends both sides at once.
    void abort();

Q_SIGNALS:
    // Bytes moved since the last emission: local -> pod (sent) and pod -> local (received).
    void transferred(qint64 sent, qint64 received);
    void opened();
    void failed(const Kt::Error &error);
    // Both sides are closed. Emitted once.
    void finished();

private:
    void pumpToRemote(bool drain);
    void pumpToLocal(bool drain);
    void onLocalDisconnected();
    void onRemoteClosed();
    void checkFinished();

    QTcpSocket *m_local;
    PortForwardStream *m_remote;
    QByteArray m_buffer;
    bool m_localDone = false;
    bool m_remoteDone = false;
    bool m_finished = false;
};

} // namespace Kt::Kube
