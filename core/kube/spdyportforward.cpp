#include "spdyportforward.h"

#include "common/logging.h"

#include <QPointer>
#include <QSslSocket>

namespace Kt::Kube {

namespace {

constexpr std::chrono::seconds kCloseGrace {3};
constexpr quint32 kRefusedStream = 3; // RST_STREAM status REFUSED_STREAM
const QByteArray kProtocol = QByteArrayLiteral("portforward.k8s.io");

} // namespace

SpdyPortForward::SpdyPortForward(QObject *parent)
    : PortForwardTransport(parent)
    , m_connection(new UpgradedConnection(QStringLiteral("SPDY"), this))
{
    connect(m_connection, &UpgradedConnection::upgraded, this, &SpdyPortForward::onUpgraded);
    connect(m_connection, &UpgradedConnection::readable, this, &SpdyPortForward::readFrames);
    connect(
        m_connection, &UpgradedConnection::bytesWritten, this, &PortForwardTransport::bytesWritten);
    connect(m_connection, &UpgradedConnection::closed, this, &PortForwardTransport::closed);
    connect(m_connection, &UpgradedConnection::errorOccurred, this,
        &PortForwardTransport::errorOccurred);
}

SpdyPortForward::~SpdyPortForward() = default;

PortForwardTransport::State SpdyPortForward::state() const
{
    return m_connection->state();
}

void SpdyPortForward::open(const QNetworkRequest &request, quint16 port, const QNetworkProxy &proxy,
    std::chrono::milliseconds upgradeTimeout)
{
    m_port = port;
    m_connection->open(request,
        {{"Connection", "Upgrade"}, {"Upgrade", "SPDY/3.1"},
            {"X-Stream-Protocol-Version", kProtocol}},
        proxy, upgradeTimeout);
}

void SpdyPortForward::fail(Error error)
{
    m_connection->fail(std::move(error));
}

void SpdyPortForward::onUpgraded(const HttpUpgrade::Response &response)
{
    const QByteArray chosen = response.header("x-stream-protocol-version");
    if (chosen != kProtocol) {
        return fail(Error {ErrorCode::Protocol,
            tr("%1 accepted the SPDY upgrade but not the protocol %2 (it chose \"%3\")")
                .arg(m_connection->target(), QString::fromLatin1(kProtocol),
                    QString::fromLatin1(chosen)),
            {}, {}});
    }
    // The same request id on both streams pairs them (httpstream.go); one pair per connection.
    const QByteArray port = QByteArray::number(m_port);
    m_connection->write(m_writer.synStream(
        kErrorStream, {{"streamtype", "error"}, {"port", port}, {"requestid", "0"}}));
    m_connection->write(m_writer.synStream(
        kDataStream, {{"streamtype", "data"}, {"port", port}, {"requestid", "0"}}));
}

bool SpdyPortForward::send(QByteArrayView data)
{
    const State now = state();
    if ((now != State::Idle && now != State::Connecting && now != State::Open) || m_closeAfterOpen
        || m_finSent)
        return false;
    for (qsizetype done = 0; done < data.size(); done += kMaxFramePayload) {
        const QByteArrayView piece = data.sliced(done, qMin(kMaxFramePayload, data.size() - done));
        m_connection->send(Spdy::FrameWriter::dataHeader(kDataStream, piece.size()), piece);
    }
    return true;
}

qint64 SpdyPortForward::bytesToWrite() const
{
    return m_connection->bytesToWrite();
}

void SpdyPortForward::setReceivingPaused(bool paused)
{
    m_connection->setReceivingPaused(paused);
}

bool SpdyPortForward::isReceivingPaused() const
{
    return m_connection->isReceivingPaused();
}

void SpdyPortForward::close()
{
    switch (state()) {
    case State::Idle:
    case State::Connecting:
        m_closeAfterOpen = true;
        break;
    case State::Open:
        if (!m_finSent) {
            m_finSent = true;
            m_connection->write(Spdy::FrameWriter::dataHeader(kDataStream, 0, Spdy::kFlagFin));
        }
        m_connection->beginClosing(kCloseGrace);
        break;
    case State::Closing:
    case State::Closed:
    case State::Failed:
        break;
    }
}

void SpdyPortForward::abort()
{
    m_connection->abort();
}

void SpdyPortForward::streamEnded(quint32 streamId)
{
    (streamId == kDataStream ? m_dataEnded : m_errorEnded) = true;
    // The kubelet ends the data stream first and only then writes why on the error stream
    // (kwok's PortForward closes its stream before returning the error), so the end waits for
    // both, as kubectl does; the error stream always ends too (the handler closes both).
    if (m_dataEnded && m_errorEnded)
        m_connection->finishClosed();
    else if (m_dataEnded)
        m_connection->beginClosing(kCloseGrace);
}

void SpdyPortForward::readFrames()
{
    QPointer<SpdyPortForward> guard(this);
    QSslSocket *socket = m_connection->socket();
    while (!m_connection->isReceivingPaused() && m_connection->isLive()) {
        if (!m_haveHeader) {
            // Read what there is, even less than a header (see UpgradedConnection).
            const qint64 got = socket->read(
                m_headerBytes + m_headerRead, Spdy::FrameHeader::kSize - m_headerRead);
            if (got <= 0)
                break;
            m_headerRead += got;
            if (m_headerRead < Spdy::FrameHeader::kSize)
                break;
            m_headerRead = 0;
            m_header = Spdy::FrameHeader::parse(m_headerBytes);
            if (m_header.length > kMaxIncomingFrame) {
                return fail(Error {ErrorCode::Protocol,
                    tr("%1 sent a SPDY frame of %2 bytes, more than the limit of %3")
                        .arg(m_connection->target())
                        .arg(m_header.length)
                        .arg(kMaxIncomingFrame),
                    {}, {}});
            }
            m_payload = QByteArray(static_cast<qsizetype>(m_header.length), Qt::Uninitialized);
            m_payloadRead = 0;
            m_haveHeader = true;
        }
        if (m_payloadRead < m_payload.size()) {
            const qint64 got
                = socket->read(m_payload.data() + m_payloadRead, m_payload.size() - m_payloadRead);
            if (got <= 0)
                break;
            m_payloadRead += got;
            if (m_payloadRead < m_payload.size())
                break;
        }
        m_haveHeader = false;
        QByteArray error;
        std::optional<Spdy::Frame> frame
            = Spdy::Frame::decode(m_header, std::exchange(m_payload, {}), &error);
        if (!frame) {
            return fail(Error {ErrorCode::Protocol,
                tr("%1 broke the SPDY protocol: %2")
                    .arg(m_connection->target(), QString::fromLatin1(error)),
                {}, {}});
        }
        if (!handleFrame(std::move(*frame)) || !guard)
            return;
    }
}

bool SpdyPortForward::handleFrame(Spdy::Frame frame)
{
    QPointer<SpdyPortForward> guard(this);
    const auto alive = [&guard, this] { return guard && m_connection->isLive(); };
    const QString target = m_connection->target();
    if (frame.isData()) {
        if (frame.streamId == kDataStream) {
            if (!frame.payload.isEmpty())
                Q_EMIT dataReceived(frame.payload, 0);
            if (alive() && frame.fin())
                streamEnded(kDataStream);
        } else if (frame.streamId == kErrorStream) {
            const QString text = QString::fromUtf8(frame.payload).trimmed();
            if (!text.isEmpty())
                Q_EMIT remoteError(text);
            if (alive() && frame.fin())
                streamEnded(kErrorStream);
        }
        return alive();
    }
    qCDebug(ktKube) << "SPDY port-forward to" << target << "received control frame" << frame.rawType
                    << "stream" << frame.streamId << "flags" << frame.flags << "value"
                    << frame.value;
    if (!frame.type)
        return true; // a control frame type SPDY/3 does not define: ignored
    switch (*frame.type) {
    case Spdy::ControlType::SynReply:
        if (frame.streamId == kErrorStream)
            m_errorReplied = true;
        else if (frame.streamId == kDataStream)
            m_dataReplied = true;
        if (state() == State::Connecting && m_errorReplied && m_dataReplied) {
            m_connection->markOpen();
            Q_EMIT opened();
            if (!guard)
                return false;
            if (state() == State::Open && m_closeAfterOpen)
                close();
        }
        if (alive() && frame.fin())
            streamEnded(frame.streamId);
        break;
    case Spdy::ControlType::RstStream:
        if (frame.streamId != kDataStream && frame.streamId != kErrorStream)
            break;
        if (!(frame.streamId == kDataStream ? m_dataReplied : m_errorReplied)) {
            // Refused before the server took it: the server (or a proxy) rejects the stream.
            fail(Error {ErrorCode::Unavailable,
                tr("%1 refused the port-forward stream for port %2 (SPDY status %3)")
                    .arg(target)
                    .arg(m_port)
                    .arg(frame.value),
                {}, {}});
        } else {
            streamEnded(frame.streamId);
        }
        break;
    case Spdy::ControlType::GoAway:
        if (state() == State::Connecting) {
            fail(Error {ErrorCode::Unavailable,
                tr("%1 ended the SPDY connection before the port-forward streams were set up")
                    .arg(target),
                {}, {}});
        } else {
            m_connection->finishClosed();
        }
        break;
    case Spdy::ControlType::Ping:
        if ((frame.value & 1) == 0) // the server's (even ids): answer; ours are never sent
            m_connection->write(Spdy::FrameWriter::ping(frame.value));
        break;
    case Spdy::ControlType::SynStream:
        // A port-forward server never opens streams.
        m_connection->write(Spdy::FrameWriter::rstStream(frame.streamId, kRefusedStream));
        break;
    case Spdy::ControlType::Settings:
    case Spdy::ControlType::Headers:
    case Spdy::ControlType::WindowUpdate:
        break; // no flow control on either side (see spdyframe.h)
    }
    return alive();
}

} // namespace Kt::Kube
