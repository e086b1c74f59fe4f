#include "portforwardstream.h"

#include "common/logging.h"
#include "kube/clusterconnection.h"
#include "kube/streamwebsocket.h"

#include <QNetworkAccessManager>
#include <QUrlQuery>

#include <cstring>

namespace Kt::Kube {

namespace {

const char kDataChannelByte = static_cast<char>(PortForwardProtocol::kDataChannel);

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
    , m_protocol(port)
{ }

PortForwardStream::~PortForwardStream()
{
    if (m_socket)
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
    m_socket = new StreamWebSocket(this);
    m_socket->setHandshakeTimeout(m_upgradeTimeout);
    connect(m_socket, &StreamWebSocket::opened, this, [this] {
        setState(State::Open);
        Q_EMIT opened();
    });
    connect(m_socket, &StreamWebSocket::messageReceived, this, &PortForwardStream::onMessage);
    connect(m_socket, &StreamWebSocket::bytesWritten, this, &PortForwardStream::bytesWritten);
    connect(m_socket, &StreamWebSocket::closed, this, &PortForwardStream::onSocketClosed);
    connect(m_socket, &StreamWebSocket::errorOccurred, this, &PortForwardStream::onSocketError);
    if (!m_connection) {
        return failWith(Error {ErrorCode::Internal,
            tr("Port-forward to %1 has no cluster connection.").arg(where()), {}, {}});
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("ports"), QString::number(m_port));
    const QUrl url = m_connection->webSocketUrl(
        QStringLiteral("/api/v1/namespaces/%1/pods/%2/portforward").arg(m_namespace, m_pod), query);
    QPointer<PortForwardStream> self(this);
    m_connection->prepareRequest(url, [self](Result<QNetworkRequest> request) {
        if (!self || self->m_state != State::Connecting)
            return;
        if (!request)
            return self->failWith(request.error());
        self->connectSocket(request.value());
    });
}

void PortForwardStream::connectSocket(const QNetworkRequest &request)
{
    qCDebug(ktKube) << "port-forward to" << where() << "via" << request.url().toDisplayString();
    m_socket->open(
        request, {QStringLiteral("v4.channel.k8s.io")}, m_connection->network()->proxy());
}

void PortForwardStream::onMessage(const QByteArray &message)
{
    const PortForwardProtocol::Event event = m_protocol.handleMessage(message);
    switch (event.kind) {
    case PortForwardProtocol::Event::Kind::None:
        return;
    case PortForwardProtocol::Event::Kind::Data:
        m_buffered += message.size() - event.offset;
        m_chunks.push_back({message, event.offset});
        if (m_buffered >= kReadBufferBound)
            m_socket->setReceivingPaused(true);
        Q_EMIT readyRead();
        return;
    case PortForwardProtocol::Event::Kind::Error:
        return failWith(Error {ErrorCode::Unavailable,
            tr("Port-forward to %1 failed: %2").arg(where(), event.text), {},
            tr("Check that something listens on port %1 in the pod.").arg(m_port)});
    case PortForwardProtocol::Event::Kind::ProtocolError:
        return failWith(Error {ErrorCode::Protocol,
            tr("Port-forward to %1 failed: %2").arg(where(), event.text), {}, {}});
    }
}

void PortForwardStream::onSocketError(const Error &error)
{
    Error wrapped = error;
    wrapped.message = tr("Port-forward to %1 failed: %2").arg(where(), error.message);
    wrapped.hint = hintFor(error.code, m_namespace);
    if (error.code == ErrorCode::Unauthorized && m_connection)
        m_connection->credentialsRejected(); // the next connection fetches fresh credentials
    failWith(wrapped);
}

void PortForwardStream::onSocketClosed()
{
    // The pod's side (or the API server) closed: what it sent stays readable.
    m_remoteClosed = true;
    m_socket->deleteLater();
    m_socket = nullptr;
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
    return m_socket ? m_socket->bytesToWrite() : 0;
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
    if (m_socket && m_socket->isReceivingPaused() && m_buffered < kReadBufferBound / 2)
        m_socket->setReceivingPaused(false);
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
    if (!m_socket || m_remoteClosed || (m_state != State::Connecting && m_state != State::Open)) {
        setErrorString(tr("Port-forward to %1 is closed.").arg(where()));
        return -1;
    }
    const QByteArrayView channel(&kDataChannelByte, 1);
    for (qint64 done = 0; done < size; done += kMaxMessagePayload) {
        const qint64 n = qMin(kMaxMessagePayload, size - done);
        if (!m_socket->sendBinary(channel, QByteArrayView(data + done, n)))
            return done > 0 ? done : -1;
    }
    return size;
}

void PortForwardStream::close()
{
    if (m_state == State::Closed || m_state == State::Failed) {
        QIODevice::close();
        return;
    }
    if (m_socket)
        releaseSocket(true);
    finish(State::Closed);
}

void PortForwardStream::abort()
{
    if (m_socket)
        releaseSocket(false);
    if (m_state != State::Closed && m_state != State::Failed)
        finish(State::Closed);
}

void PortForwardStream::releaseSocket(bool graceful)
{
    StreamWebSocket *socket = std::exchange(m_socket, nullptr);
    socket->disconnect(this);
    if (!graceful || socket->state() == StreamWebSocket::State::Idle) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    // It sends what is queued, then closes, on its own: it no longer belongs to this stream.
    socket->setParent(nullptr);
    connect(socket, &StreamWebSocket::closed, socket, &QObject::deleteLater);
    connect(socket, &StreamWebSocket::errorOccurred, socket, &QObject::deleteLater);
    socket->close();
    if (socket->state() == StreamWebSocket::State::Closed
        || socket->state() == StreamWebSocket::State::Failed)
        socket->deleteLater();
}

void PortForwardStream::failWith(Error error)
{
    if (m_state == State::Closed || m_state == State::Failed)
        return;
    qCInfo(ktKube).noquote() << error.message << error.detail;
    if (m_socket)
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
    QIODevice::close();
    setState(state);
    Q_EMIT closed();
}

} // namespace Kt::Kube
