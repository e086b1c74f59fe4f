#pragma once

#include "common/error.h"
#include "kube/upgradedconnection.h"

#include <QByteArray>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QObject>
#include <QStringList>

#include <chrono>

namespace Kt::Kube {

// A WebSocket client (RFC 6455) for the API server's streaming subresources (pods/portforward,
// pods/exec), with flow control in both directions.
//
// Why not QWebSocket: it parses everything its socket holds on every readyRead, so a reader
// cannot stop it (no receive backpressure), and a refused upgrade loses the response body, where
// the API server says why (`pods "x" not found`). This client reads frames only while receiving
// is not paused (the socket's bounded read buffer then fills, and TCP pushes back on the server),
// keeps each message one frame (the kubelet side reads one frame as one message), and reports a
// refused upgrade with the server's Status message.
//
// Messages sent before the upgrade completes are queued and go out once it does; close() sends
// everything written before it. Nothing blocks: results come as signals.
class StreamWebSocket final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamWebSocket)

public:
    // Idle, Connecting (connect and upgrade), Open, Closing (our close frame is sent; waiting for
    // the peer's), Closed (closed() was emitted), Failed (errorOccurred() was emitted).
    using State = UpgradedConnection::State;

    // Larger incoming messages fail the connection (the kubelet sends at most 32 KiB).
    static constexpr qint64 kMaxIncomingMessage = 16 * 1024 * 1024;

    explicit StreamWebSocket(QObject *parent = nullptr);
    ~StreamWebSocket() override;

    // Upgrades `request` (a ws:// or wss:// URL with its TLS configuration and headers, as
    // ClusterConnection::prepareRequest builds them) through `proxy`, offering `protocols` in
    // order of preference.
    void open(const QNetworkRequest &request, const QStringList &protocols,
        const QNetworkProxy &proxy = QNetworkProxy(QNetworkProxy::DefaultProxy));
    // Fails the upgrade with ErrorCode::Timeout when it has not completed in time (10 s unless
    // set before open()).
    void setHandshakeTimeout(std::chrono::milliseconds timeout) { m_handshakeTimeout = timeout; }

    State state() const;
    // The subprotocol the server chose.
    QString protocol() const { return m_protocol; }

    // Sends head + body as one binary message in one frame (head is typically a channel byte).
    // Queued until the upgrade completes; returns false once closing or closed.
    bool sendBinary(QByteArrayView head, QByteArrayView body = {});
    // Bytes queued before the upgrade plus what the socket has not written yet (framing
    // included): writers wait for bytesWritten() while this is above their bound.
    qint64 bytesToWrite() const;

    // While paused, no message is delivered and the socket stops reading once its buffer is full.
    void setReceivingPaused(bool paused);
    bool isReceivingPaused() const;

    // Closes after everything sent so far: a close frame, then the TCP connection once the peer
    // answers (or after a few seconds). Before the upgrade completes, closes right after it.
    void close();
    // Drops the connection at once; emits closed() if it was open.
    void abort();

Q_SIGNALS:
    void opened();
    // One complete message (binary or text) as received.
    void messageReceived(const QByteArray &message);
    void bytesWritten(qint64 bytes);
    // The connection ended after a successful upgrade (close frame or TCP close, either side).
    void closed();
    // The upgrade failed or the connection broke. Emitted once; closed() does not follow.
    void errorOccurred(const Kt::Error &error);

private:
    void fail(Error error);
    void onUpgraded(const Kt::Kube::HttpUpgrade::Response &response);
    void readFrames();
    bool handleFrame(int opcode, bool fin, QByteArray payload);
    void writeFrame(int opcode, QByteArrayView head, QByteArrayView body);
    void sendCloseFrame(QByteArrayView payload);

    UpgradedConnection *m_connection;
    std::chrono::milliseconds m_handshakeTimeout {10000};
    QByteArray m_key;
    QStringList m_offered;
    QString m_protocol;
    bool m_closeAfterOpen = false;
    bool m_closeSent = false;

    // Frame being read.
    bool m_haveHeader = false;
    int m_opcode = 0;
    bool m_fin = false;
    bool m_masked = false;
    quint32 m_mask = 0;
    QByteArray m_payload;
    qint64 m_payloadRead = 0;
    int m_messageOpcode = 0;
    QByteArray m_fragments;
};

} // namespace Kt::Kube
