#include "portforwardstream.h"

#include "common/logging.h"
#include "kube/clusterconnection.h"
#include "kube/spdyportforward.h"
#include "kube/websocketportforward.h"

#include <QNetworkAccessManager>
#include <QUrlQuery>

#include <cstring>

namespace Kt::Kube {

namespace {

// A refused SPDY upgrade that a WebSocket may get past: anything but an answer about the
// request itself (no such pod, credentials, permission) or a server that does not answer.
bool worthWebSocket(const Error &error)
{
    switch (error.code) {
    case ErrorCode::NotFound:
    case ErrorCode::Unauthorized:
    case ErrorCode::Forbidden:
    case ErrorCode::Timeout:
        return false;
    default:
        return true;
    }
}

QString hintFor(ErrorCode code, const QString &namespaceName)
{
    switch (code) {
    case ErrorCode::NotFound:
        return PortForwardStream::tr("Check the pod's name and namespace.");
    case ErrorCode::Unauthorized:
        return PortForwardStream::tr("Check the credentials of this kubeconfig context.");
    case ErrorCode::Forbidden:
        return PortForwardStream::tr(
            "Ask for permission to create pods/portforward in namespace %1.")
            .arg(namespaceName);
    case ErrorCode::Timeout:
        return PortForwardStream::tr(
            "Check that the cluster is reachable, or allow more time for the port-forward.");
    default:
        return {};
    }
}

} // namespace

PortForwardStream::PortForwardStream(ClusterConnection *connection, const QString &namespaceName,
    const QString &podName, quint16 port, QObject *parent)
    : QIODevice(parent)
    , m_connection(connection)
    , m_namespace(namespaceName)
    , m_pod(podName)
    , m_port(port)
{ }

PortForwardStream::~PortForwardStream()
{
    if (m_transport)
        releaseSocket(false);
}

QString PortForwardStream::where() const
{
    return tr("pod %1/%2 port %3").arg(m_namespace, m_pod).arg(m_port);
}

void PortForwardStream::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void PortForwardStream::start()
{
    Q_ASSERT(m_state == State::Idle);
    if (m_state != State::Idle)
        return;
    QIODevice::open(QIODevice::ReadWrite | QIODevice::Unbuffered);
    setState(State::Connecting);
    if (!m_connection) {
        return failWith(Error {ErrorCode::Internal,
            tr("Port-forward to %1 has no cluster connection.").arg(where()), {}, {}});
    }
    m_overWebSocket
        = m_connection->portForwardProtocol() == ClusterConnection::StreamProtocol::WebSocket;
    openTransport();
}

void PortForwardStream::openTransport()
{
    if (m_overWebSocket)
        m_transport = new WebSocketPortForward(this);
    else
        m_transport = new SpdyPortForward(this);
    connect(m_transport, &PortForwardTransport::opened, this, [this] {
        for (const QByteArray &piece : std::exchange(m_pending, {}))
            m_transport->send(piece);
        m_pendingBytes = 0;
        setState(State::Open);
        Q_EMIT opened();
    });
    connect(m_transport, &PortForwardTransport::dataReceived, this, &PortForwardStream::onData);
    connect(m_transport, &PortForwardTransport::remoteError, this, [this](const QString &text) {
        failWith(
            Error {ErrorCode::Unavailable, tr("Port-forward to %1 failed: %2").arg(where(), text),
                {}, tr("Check that something listens on port %1 in the pod.").arg(m_port)});
    });
    connect(m_transport, &PortForwardTransport::protocolError, this, [this](const QString &text) {
        failWith(Error {
            ErrorCode::Protocol, tr("Port-forward to %1 failed: %2").arg(where(), text), {}, {}});
    });
    connect(
        m_transport, &PortForwardTransport::bytesWritten, this, &PortForwardStream::bytesWritten);
    connect(
        m_transport, &PortForwardTransport::closed, this, &PortForwardStream::onTransportClosed);
    connect(m_transport, &PortForwardTransport::errorOccurred, this,
        &PortForwardStream::onTransportError);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("ports"), QString::number(m_port));
    const QUrl url = m_connection->url(PortForwardTransport::path(m_namespace, m_pod), query);
    QPointer<PortForwardStream> self(this);
    QPointer<PortForwardTransport> transport(m_transport);
    m_connection->prepareRequest(url, [self, transport](Result<QNetworkRequest> request) {
        if (!self || !transport || self->m_transport != transport
            || self->m_state != State::Connecting)
            return;
        if (!request)
            return self->failWith(request.error());
        self->connectTransport(request.value());
    });
}

void PortForwardStream::connectTransport(const QNetworkRequest &request)
{
    qCDebug(ktKube) << "port-forward to" << where() << "via" << request.url().toDisplayString()
                    << (m_overWebSocket ? "(WebSocket)" : "(SPDY)");
    m_transport->open(request, m_port, m_connection->network()->proxy(), m_upgradeTimeout);
}

void PortForwardStream::onData(const QByteArray &bytes, qsizetype offset)
{
    m_buffered += bytes.size() - offset;
    m_chunks.push_back({bytes, offset});
    if (m_buffered >= kReadBufferBound)
        m_transport->setReceivingPaused(true);
    Q_EMIT readyRead();
}

void PortForwardStream::onTransportError(const Error &error)
{
    if (!m_overWebSocket && m_state == State::Connecting && worthWebSocket(error) && m_connection) {
        // This path does not carry SPDY: WebSocket from now on, for every port-forward of this
        // connection. What was written so far is still in m_pending.
        qCInfo(ktKube).noquote() << QStringLiteral(
            "SPDY port-forward to %1 refused (%2); using a WebSocket from now on")
                                        .arg(where(), error.message);
        m_connection->setPortForwardProtocol(ClusterConnection::StreamProtocol::WebSocket);
        m_overWebSocket = true;
        m_transport->disconnect(this);
        m_transport->deleteLater();
        m_transport = nullptr;
        openTransport();
        return;
    }
    Error wrapped = error;
    wrapped.message = tr("Port-forward to %1 failed: %2").arg(where(), error.message);
    wrapped.hint = hintFor(error.code, m_namespace);
    if (error.code == ErrorCode::Unauthorized && m_connection)
        m_connection->credentialsRejected(); // the next connection fetches fresh credentials
    failWith(wrapped);
}

void PortForwardStream::onTransportClosed()
{
    // The pod's side (or the API server) closed: what it sent stays readable.
    m_remoteClosed = true;
    m_transport->disconnect(this);
    m_transport->deleteLater();
    m_transport = nullptr;
    qCDebug(ktKube) << "port-forward to" << where() << "closed by the remote side";
    Q_EMIT readChannelFinished();
    if (m_buffered == 0 && m_state != State::Closed && m_state != State::Failed)
        finish(State::Closed);
}

qint64 PortForwardStream::bytesAvailable() const
{
    return m_buffered + QIODevice::bytesAvailable();
}

bool PortForwardStream::canReadLine() const
{
    for (const Chunk &chunk : m_chunks) {
        if (chunk.bytes.indexOf('\n', chunk.offset) >= 0)
            return true;
    }
    return QIODevice::canReadLine();
}

qint64 PortForwardStream::bytesToWrite() const
{
    return m_pendingBytes + (m_transport ? m_transport->bytesToWrite() : 0);
}

qint64 PortForwardStream::readData(char *data, qint64 maxSize)
{
    qint64 copied = 0;
    while (copied < maxSize && !m_chunks.empty()) {
        Chunk &chunk = m_chunks.front();
        const qint64 left = chunk.bytes.size() - chunk.offset;
        const qint64 n = qMin(left, maxSize - copied);
        std::memcpy(data + copied, chunk.bytes.constData() + chunk.offset, static_cast<size_t>(n));
        copied += n;
        chunk.offset += n;
        if (chunk.offset == chunk.bytes.size())
            m_chunks.pop_front();
    }
    m_buffered -= copied;
    if (m_transport && m_transport->isReceivingPaused() && m_buffered < kReadBufferBound / 2)
        m_transport->setReceivingPaused(false);
    if (m_buffered == 0 && m_remoteClosed && !m_finishScheduled && m_state != State::Closed
        && m_state != State::Failed) {
        // Drained after the remote side closed: end (not from inside read()).
        m_finishScheduled = true;
        QMetaObject::invokeMethod(
            this, [this] { finish(State::Closed); }, Qt::QueuedConnection);
    }
    if (copied == 0 && m_remoteClosed)
        return -1;
    return copied;
}

qint64 PortForwardStream::writeData(const char *data, qint64 size)
{
    if (!m_transport || m_remoteClosed
        || (m_state != State::Connecting && m_state != State::Open)) {
        setErrorString(tr("Port-forward to %1 is closed.").arg(where()));
        return -1;
    }
    if (m_state == State::Connecting) {
        // Kept here, not in the transport: a refused SPDY upgrade retries over a WebSocket.
        m_pending.emplace_back(data, size);
        m_pendingBytes += size;
        return size;
    }
    return m_transport->send(QByteArrayView(data, size)) ? size : -1;
}

void PortForwardStream::close()
{
    if (m_state == State::Closed || m_state == State::Failed) {
        QIODevice::close();
        return;
    }
    if (m_transport)
        releaseSocket(true);
    finish(State::Closed);
}

void PortForwardStream::abort()
{
    if (m_transport)
        releaseSocket(false);
    if (m_state != State::Closed && m_state != State::Failed)
        finish(State::Closed);
}

void PortForwardStream::releaseSocket(bool graceful)
{
    PortForwardTransport *transport = std::exchange(m_transport, nullptr);
    transport->disconnect(this);
    const bool unsent = !m_pending.empty();
    if (!graceful || transport->state() == PortForwardTransport::State::Idle) {
        transport->abort();
        transport->deleteLater();
        return;
    }
    // It sends what is queued, then closes, on its own (a SPDY close waits up to a few seconds
    // for the server): it no longer belongs to this stream, but to the cluster connection, so
    // that one still closing when the program ends goes with the connection, not leaks.
    const bool sameThread = m_connection && m_connection->thread() == transport->thread();
    transport->setParent(sameThread ? m_connection.data() : nullptr);
    if (unsent) {
        // Written before the upgrade finished: the transport sends it once it opens.
        const auto pending = std::exchange(m_pending, {});
        m_pendingBytes = 0;
        connect(transport, &PortForwardTransport::opened, transport, [transport, pending] {
            for (const QByteArray &piece : pending)
                transport->send(piece);
            transport->close();
        });
    }
    connect(transport, &PortForwardTransport::closed, transport, &QObject::deleteLater);
    connect(transport, &PortForwardTransport::errorOccurred, transport, &QObject::deleteLater);
    if (!unsent)
        transport->close();
    if (transport->state() == PortForwardTransport::State::Closed
        || transport->state() == PortForwardTransport::State::Failed)
        transport->deleteLater();
}

void PortForwardStream::failWith(Error error)
{
    if (m_state == State::Closed || m_state == State::Failed)
        return;
    qCInfo(ktKube).noquote() << error.message << error.detail;
    if (m_transport)
        releaseSocket(false);
    setErrorString(error.message);
    Q_EMIT errorOccurred(error);
    finish(State::Failed);
}

void PortForwardStream::finish(State state)
{
    if (m_state == State::Closed || m_state == State::Failed)
        return;
    m_chunks.clear();
    m_buffered = 0;
    m_pending.clear();
    m_pendingBytes = 0;
    QIODevice::close();
    setState(state);
    Q_EMIT closed();
}

} // namespace Kt::Kube
