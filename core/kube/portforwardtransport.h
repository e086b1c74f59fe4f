#pragma once

#include "common/error.h"
#include "kube/upgradedconnection.h"

#include <QByteArray>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QObject>

#include <chrono>

namespace Kt::Kube {

// How one port-forwarded TCP connection travels to the API server (and on to the kubelet):
// either SPDY/3.1 (`SpdyPortForward`, what the kubelet serves with the least work: its SPDY side
// reuses buffers where its WebSocket side allocates a frame per read) or a v4.channel.k8s.io
// WebSocket (`WebSocketPortForward`, for servers and proxies that refuse SPDY). PortForwardStream
// turns either into a QIODevice.
//
// Data sent before opened() is queued and goes out once the pod's side is ready. It ends exactly
// once: closed() (either side closed; after close(), once the server finished or a grace period
// ran out) or errorOccurred() (the upgrade failed or the connection broke).
class PortForwardTransport : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortForwardTransport)

public:
    // Idle, Connecting (connect, upgrade and stream set-up; data is queued), Open, Closing
    // (close() was called; what was sent before it is still delivered), Closed, Failed.
    using State = UpgradedConnection::State;

    // Larger writes are split into frames of this size.
    static constexpr qsizetype kMaxFramePayload = 256 * 1024;

    using QObject::QObject;

    // The API server path both transports upgrade, with ?ports=.
    static QString path(const QString &namespaceName, const QString &podName);

    // Opens `request` (an http(s) or ws(s) URL with credentials, as ClusterConnection builds it)
    // for `port` of the pod.
    virtual void open(const QNetworkRequest &request, quint16 port, const QNetworkProxy &proxy,
        std::chrono::milliseconds upgradeTimeout)
        = 0;
    virtual State state() const = 0;
    // Queues `data` for the pod; false once closing or closed.
    virtual bool send(QByteArrayView data) = 0;
    // Bytes queued or in the socket's buffers: writers wait for bytesWritten() above a bound.
    virtual qint64 bytesToWrite() const = 0;
    // While paused, nothing is delivered and the socket stops reading once its buffer is full.
    virtual void setReceivingPaused(bool paused) = 0;
    virtual bool isReceivingPaused() const = 0;
    // Ends after everything sent so far reached the server.
    virtual void close() = 0;
    // Drops the connection at once; emits closed() if it had opened.
    virtual void abort() = 0;

Q_SIGNALS:
    void opened();
    // Stream bytes from the pod's side: bytes.sliced(offset).
    void dataReceived(const QByteArray &bytes, qsizetype offset);
    // The kubelet reported why the forward failed (e.g. nothing listens on the port).
    void remoteError(const QString &text);
    // The server broke the port-forward protocol.
    void protocolError(const QString &text);
    void bytesWritten(qint64 bytes);
    void closed();
    void errorOccurred(const Kt::Error &error);
};

} // namespace Kt::Kube
