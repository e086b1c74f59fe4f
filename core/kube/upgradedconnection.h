#pragma once

#include "common/error.h"
#include "kube/httpupgrade.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <deque>

class QSslSocket;

namespace Kt::Kube {

// The connection under a streaming protocol of the API server (StreamWebSocket for exec and
// port-forward over WebSocket, SpdyPortForward): the HTTP upgrade, bounded reading a reader can
// pause, writes queued until the protocol says it is ready, and the connection's end, signalled
// exactly once: closed() (either side, or a close whose grace period ran out) or
// errorOccurred() (the upgrade failed, the connection broke, the protocol gave up).
//
// The protocol reads its frames from socket() whenever readable() is emitted, until it has too
// little or receiving is paused. It must read what there is even when that is less than a
// frame header: with a bounded read buffer, QSslSocket decrypts more only when it is read.
class UpgradedConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpgradedConnection)

public:
    enum class State {
        Idle, // open() not called yet
        Connecting, // connect, upgrade, and the protocol's own set-up (data is queued)
        Open, // markOpen() was called: data flows both ways
        Closing, // beginClosing(): what was sent before still goes out
        Closed, // closed() was emitted
        Failed, // errorOccurred() was emitted
    };
    Q_ENUM(State)

    // The socket reads at most this much ahead of the protocol.
    static constexpr qint64 kSocketReadBuffer = 512 * 1024;

    // `protocolName` names the protocol in messages ("WebSocket", "SPDY").
    UpgradedConnection(const QString &protocolName, QObject *parent = nullptr);
    ~UpgradedConnection() override;

    void open(const QNetworkRequest &request, const HttpUpgrade::Headers &upgradeHeaders,
        const QNetworkProxy &proxy, std::chrono::milliseconds timeout);

    State state() const { return m_state; }
    bool isLive() const
    {
        return m_state == State::Connecting || m_state == State::Open || m_state == State::Closing;
    }
    // host:port of the API server, for messages.
    QString target() const { return m_target; }
    // After upgraded(): where the protocol reads its frames.
    QSslSocket *socket() const { return m_socket; }

    // Protocol data: written now when open, else queued until markOpen().
    void send(QByteArrayView head, QByteArrayView body = {});
    // The protocol's own frames (set-up, control): written at once (after upgraded()).
    void write(QByteArrayView head, QByteArrayView body = {});
    // Queued data plus what the socket has not written yet.
    qint64 bytesToWrite() const;

    // The protocol is ready: queued data goes out, then opened() (by the caller).
    void markOpen();
    void setReceivingPaused(bool paused);
    bool isReceivingPaused() const { return m_paused; }

    // Closing: after `grace` (counted from when everything written reached the kernel) the
    // connection is dropped and closed() emitted, unless the protocol finished first.
    void beginClosing(std::chrono::milliseconds grace);
    // The end without error: closed() (once).
    void finishClosed();
    // The end with `error`: errorOccurred() (once).
    void fail(Error error);
    // Drops the connection at once; closed() if it had been upgraded.
    void abort();

Q_SIGNALS:
    // The server switched protocols: check the response, write the set-up frames.
    void upgraded(const Kt::Kube::HttpUpgrade::Response &response);
    // Frames may be read from socket() (data came, receiving resumed, or the server left).
    void readable();
    void bytesWritten(qint64 bytes);
    void closed();
    void errorOccurred(const Kt::Error &error);

private:
    void onUpgraded(const HttpUpgrade::Response &response);
    void onReadable();
    void scheduleRead();
    void startGraceOnceFlushed();
    void dropUpgrade();
    void releaseSocket();

    QString m_protocolName;
    QSslSocket *m_socket = nullptr;
    HttpUpgrade *m_upgrade = nullptr;
    State m_state = State::Idle;
    QString m_target;
    QTimer m_grace;
    std::chrono::milliseconds m_graceLength {0};
    bool m_upgraded = false;
    bool m_paused = false;
    bool m_readScheduled = false;
    std::deque<QByteArray> m_queued; // data sent before markOpen()
    qint64 m_queuedBytes = 0;
};

} // namespace Kt::Kube
