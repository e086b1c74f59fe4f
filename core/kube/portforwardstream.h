#pragma once

#include "common/error.h"
#include "kube/portforwardtransport.h"

#include <QIODevice>
#include <QPointer>

#include <chrono>
#include <deque>

class QNetworkRequest;

namespace Kt::Kube {

class ClusterConnection;

// One TCP connection to a port of a pod, as a sequential QIODevice: what is written reaches the
// pod's port, what the pod's side sends becomes readable. Runs over one upgraded connection to
// pods/portforward (SPDY/3.1, or a v4.channel.k8s.io WebSocket where SPDY is refused: see
// PortForwardTransport), so an SSH session or any other protocol can use it without a local
// listener.
//
// start() opens the device at once; data written before opened() is sent after the upgrade.
// Buffers are bounded: above kReadBufferBound unread bytes, the connection is no longer read (TCP
// pushes back on the pod's side) until the reader catches up; writers should keep bytesToWrite()
// below kWriteBufferBound (isWriteBufferFull()) and continue on bytesWritten().
//
// It ends exactly once, with closed(): after errorOccurred() when it failed (the error names the
// pod and port), when the pod's side closed and everything it sent has been read (the device
// stays readable until then and emits readChannelFinished() first), or when close() is called
// (everything written before close() is still sent).
class PortForwardStream final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortForwardStream)

public:
    enum class State {
        Idle, // start() not called yet
        Connecting, // credentials, connect and upgrade under way (data is queued)
        Open, // upgraded: bytes flow both ways
        Closed, // ended without error (either side closed); closed() was emitted
        Failed, // ended by an error; errorOccurred() and closed() were emitted
    };
    Q_ENUM(State)

    // Above this many unread bytes the connection is not read any more.
    static constexpr qint64 kReadBufferBound = 1024 * 1024;
    // Writers should wait for bytesWritten() while bytesToWrite() is at or above this.
    static constexpr qint64 kWriteBufferBound = 1024 * 1024;

    PortForwardStream(ClusterConnection *connection, const QString &namespaceName,
        const QString &podName, quint16 port, QObject *parent = nullptr);
    ~PortForwardStream() override;

    // How long the upgrade may take (kt-connect's --portForwardTimeout, 10 s by default).
    void setUpgradeTimeout(std::chrono::milliseconds timeout) { m_upgradeTimeout = timeout; }

    void start();
    // Drops the connection without sending what is still queued.
    void abort();

    State state() const { return m_state; }
    QString namespaceName() const { return m_namespace; }
    QString podName() const { return m_pod; }
    quint16 port() const { return m_port; }
    bool isWriteBufferFull() const { return bytesToWrite() >= kWriteBufferBound; }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    qint64 bytesToWrite() const override;
    bool canReadLine() const override;
    // Ends the stream after sending everything written so far; unread data is dropped.
    void close() override;

Q_SIGNALS:
    void opened();
    void errorOccurred(const Kt::Error &error);
    void closed();
    void stateChanged(Kt::Kube::PortForwardStream::State state);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    void setState(State state);
    void openTransport();
    void connectTransport(const QNetworkRequest &request);
    void onData(const QByteArray &bytes, qsizetype offset);
    void onTransportClosed();
    void onTransportError(const Error &error);
    void failWith(Error error);
    void finish(State state);
    void releaseSocket(bool graceful);
    QString where() const;

    QPointer<ClusterConnection> m_connection;
    QString m_namespace;
    QString m_pod;
    quint16 m_port;
    PortForwardTransport *m_transport = nullptr;
    bool m_overWebSocket = false; // after SPDY was refused, or by the connection's choice
    std::deque<QByteArray> m_pending; // written before the transport opened
    qint64 m_pendingBytes = 0;
    State m_state = State::Idle;
    std::chrono::milliseconds m_upgradeTimeout {10000};

    struct Chunk
    {
        QByteArray bytes;
        qsizetype offset = 0;
    };
    std::deque<Chunk> m_chunks;
    qint64 m_buffered = 0;
    bool m_remoteClosed = false;
    bool m_finishScheduled = false;
};

} // namespace Kt::Kube
