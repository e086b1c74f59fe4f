#include "websocketportforward.h"

#include "kube/streamwebsocket.h"

namespace Kt::Kube {

namespace {

const char kDataChannelByte = static_cast<char>(PortForwardProtocol::kDataChannel);

} // namespace

WebSocketPortForward::WebSocketPortForward(QObject *parent)
    : PortForwardTransport(parent)
    , m_socket(new StreamWebSocket(this))
{
    connect(m_socket, &StreamWebSocket::opened, this, &PortForwardTransport::opened);
    connect(m_socket, &StreamWebSocket::messageReceived, this, &WebSocketPortForward::onMessage);
    connect(m_socket, &StreamWebSocket::bytesWritten, this, &PortForwardTransport::bytesWritten);
    connect(m_socket, &StreamWebSocket::closed, this, &PortForwardTransport::closed);
    connect(m_socket, &StreamWebSocket::errorOccurred, this, &PortForwardTransport::errorOccurred);
}

WebSocketPortForward::~WebSocketPortForward() = default;

void WebSocketPortForward::open(const QNetworkRequest &request, quint16 port,
    const QNetworkProxy &proxy, std::chrono::milliseconds upgradeTimeout)
{
    m_protocol = PortForwardProtocol(port);
    QNetworkRequest upgrade = request;
    QUrl url = request.url();
    if (url.scheme() == QLatin1String("https"))
        url.setScheme(QStringLiteral("wss"));
    else if (url.scheme() == QLatin1String("http"))
        url.setScheme(QStringLiteral("ws"));
    upgrade.setUrl(url);
    m_socket->setHandshakeTimeout(upgradeTimeout);
    m_socket->open(upgrade, {QStringLiteral("v4.channel.k8s.io")}, proxy);
}

PortForwardTransport::State WebSocketPortForward::state() const
{
    return m_socket->state();
}

bool WebSocketPortForward::send(QByteArrayView data)
{
    const QByteArrayView channel(&kDataChannelByte, 1);
    for (qsizetype done = 0; done < data.size(); done += kMaxFramePayload) {
        if (!m_socket->sendBinary(
                channel, data.sliced(done, qMin(kMaxFramePayload, data.size() - done))))
            return false;
    }
    return true;
}

qint64 WebSocketPortForward::bytesToWrite() const
{
    return m_socket->bytesToWrite();
}

void WebSocketPortForward::setReceivingPaused(bool paused)
{
    m_socket->setReceivingPaused(paused);
}

bool WebSocketPortForward::isReceivingPaused() const
{
    return m_socket->isReceivingPaused();
}

void WebSocketPortForward::close()
{
    m_socket->close();
}

void WebSocketPortForward::abort()
{
    m_socket->abort();
}

void WebSocketPortForward::onMessage(const QByteArray &message)
{
    const PortForwardProtocol::Event event = m_protocol.handleMessage(message);
    switch (event.kind) {
    case PortForwardProtocol::Event::Kind::None:
        return;
    case PortForwardProtocol::Event::Kind::Data:
        Q_EMIT dataReceived(message, event.offset);
        return;
    case PortForwardProtocol::Event::Kind::Error:
        Q_EMIT remoteError(event.text);
        return;
    case PortForwardProtocol::Event::Kind::ProtocolError:
        Q_EMIT protocolError(event.text);
        return;
    }
}

} // namespace Kt::Kube
