#include "streamwebsocket.h"

#include "common/logging.h"
#include "kube/httpupgrade.h"

#include <QCryptographicHash>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslSocket>
#include <QtEndian>

#include <cstring>

namespace Kt::Kube {

namespace {

enum Opcode { Continuation = 0x0, Text = 0x1, Binary = 0x2, Close = 0x8, Ping = 0x9, Pong = 0xA };

constexpr std::chrono::seconds kCloseGrace {3};

// XORs `size` bytes with the 4-byte masking key, 8 bytes at a time.
void applyMask(char *data, qint64 size, const uchar key[4])
{
    quint64 wide = 0;
    std::memcpy(&wide, key, 4);
    std::memcpy(reinterpret_cast<char *>(&wide) + 4, key, 4);
    qint64 i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 chunk;
        std::memcpy(&chunk, data + i, 8);
        chunk ^= wide;
        std::memcpy(data + i, &chunk, 8);
    }
    for (; i < size; ++i)
        data[i] = static_cast<char>(data[i] ^ key[i & 3]);
}

} // namespace

StreamWebSocket::StreamWebSocket(QObject *parent)
    : QObject(parent)
    , m_connection(new UpgradedConnection(QStringLiteral("WebSocket"), this))
{
    connect(m_connection, &UpgradedConnection::upgraded, this, &StreamWebSocket::onUpgraded);
    connect(m_connection, &UpgradedConnection::readable, this, &StreamWebSocket::readFrames);
    connect(m_connection, &UpgradedConnection::bytesWritten, this, &StreamWebSocket::bytesWritten);
    connect(m_connection, &UpgradedConnection::closed, this, &StreamWebSocket::closed);
    connect(
        m_connection, &UpgradedConnection::errorOccurred, this, &StreamWebSocket::errorOccurred);
}

StreamWebSocket::~StreamWebSocket() = default;

StreamWebSocket::State StreamWebSocket::state() const
{
    return m_connection->state();
}

bool StreamWebSocket::isReceivingPaused() const
{
    return m_connection->isReceivingPaused();
}

void StreamWebSocket::open(
    const QNetworkRequest &request, const QStringList &protocols, const QNetworkProxy &proxy)
{
    Q_ASSERT(state() == State::Idle);
    if (state() != State::Idle)
        return;
    m_offered = protocols;
    QByteArray nonce(16, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(
        reinterpret_cast<quint32 *>(nonce.data()), nonce.size() / 4);
    m_key = nonce.toBase64();
    HttpUpgrade::Headers headers {{"Upgrade", "websocket"}, {"Connection", "Upgrade"},
        {"Sec-WebSocket-Version", "13"}, {"Sec-WebSocket-Key", m_key}};
    if (!protocols.isEmpty())
        headers.append({"Sec-WebSocket-Protocol", protocols.join(QStringLiteral(", ")).toLatin1()});
    m_connection->open(request, headers, proxy, m_handshakeTimeout);
}

bool StreamWebSocket::sendBinary(QByteArrayView head, QByteArrayView body)
{
    if (state() != State::Idle && state() != State::Connecting && state() != State::Open)
        return false;
    if (m_closeAfterOpen)
        return false;
    writeFrame(Binary, head, body);
    return true;
}

qint64 StreamWebSocket::bytesToWrite() const
{
    return m_connection->bytesToWrite();
}

void StreamWebSocket::writeFrame(int opcode, QByteArrayView head, QByteArrayView body)
{
    const qint64 length = head.size() + body.size();
    int headerSize = 2 + 4;
    if (length >= 65536)
        headerSize += 8;
    else if (length >= 126)
        headerSize += 2;
    QByteArray frame(headerSize + length, Qt::Uninitialized);
    uchar *out = reinterpret_cast<uchar *>(frame.data());
    out[0] = static_cast<uchar>(0x80 | opcode);
    int pos = 2;
    if (length >= 65536) {
        out[1] = 0x80 | 127;
        qToBigEndian<quint64>(static_cast<quint64>(length), out + 2);
        pos += 8;
    } else if (length >= 126) {
        out[1] = 0x80 | 126;
        qToBigEndian<quint16>(static_cast<quint16>(length), out + 2);
        pos += 2;
    } else {
        out[1] = static_cast<uchar>(0x80 | length);
    }
    const quint32 key = QRandomGenerator::global()->generate();
    std::memcpy(out + pos, &key, 4);
    uchar keyBytes[4];
    std::memcpy(keyBytes, out + pos, 4);
    pos += 4;
    if (!head.isEmpty())
        std::memcpy(frame.data() + pos, head.data(), static_cast<size_t>(head.size()));
    if (!body.isEmpty())
        std::memcpy(
            frame.data() + pos + head.size(), body.data(), static_cast<size_t>(body.size()));
    applyMask(frame.data() + pos, length, keyBytes);
    m_connection->send(frame);
}

void StreamWebSocket::sendCloseFrame(QByteArrayView payload)
{
    if (m_closeSent)
        return;
    m_closeSent = true;
    writeFrame(Close, payload, {});
}

void StreamWebSocket::close()
{
    switch (state()) {
    case State::Idle:
    case State::Connecting:
        m_closeAfterOpen = true;
        break;
    case State::Open: {
        const uchar normal[2] = {0x03, 0xE8}; // 1000, normal closure
        sendCloseFrame(QByteArrayView(reinterpret_cast<const char *>(normal), 2));
        m_connection->beginClosing(kCloseGrace);
        break;
    }
    case State::Closing:
    case State::Closed:
    case State::Failed:
        break;
    }
}

void StreamWebSocket::abort()
{
    m_connection->abort();
}

void StreamWebSocket::setReceivingPaused(bool paused)
{
    m_connection->setReceivingPaused(paused);
}

void StreamWebSocket::fail(Error error)
{
    m_connection->fail(std::move(error));
}

void StreamWebSocket::onUpgraded(const HttpUpgrade::Response &response)
{
    const QString target = m_connection->target();
    const QByteArray accept = m_key + QByteArrayLiteral("258EAFA5-E914-47DA-95CA-C5AB0DC85B11");
    const QByteArray expected
        = QCryptographicHash::hash(accept, QCryptographicHash::Sha1).toBase64();
    if (response.header("sec-websocket-accept") != expected) {
        return fail(Error {ErrorCode::Protocol,
            tr("%1 answered the WebSocket upgrade with a wrong Sec-WebSocket-Accept").arg(target),
            {}, {}});
    }
    m_protocol = QString::fromLatin1(response.header("sec-websocket-protocol"));
    if (!m_offered.isEmpty() && !m_offered.contains(m_protocol)) {
        return fail(Error {ErrorCode::Protocol,
            tr("%1 accepted none of the WebSocket protocols %2 (it chose \"%3\")")
                .arg(target, m_offered.join(QStringLiteral(", ")), m_protocol),
            {}, {}});
    }
    m_connection->markOpen();
    QPointer<StreamWebSocket> guard(this);
    Q_EMIT opened();
    if (guard && state() == State::Open && m_closeAfterOpen)
        close();
}

void StreamWebSocket::readFrames()
{
    QPointer<StreamWebSocket> guard(this);
    QSslSocket *socket = m_connection->socket();
    const QString target = m_connection->target();
    while (!m_connection->isReceivingPaused()
        && (state() == State::Open || state() == State::Closing)) {
        if (!m_haveHeader) {
            uchar header[14];
            // Peek for the longest header: asking for more than QSslSocket holds makes it
            // decrypt more; with a bounded read buffer it does so only when read, so waiting
            // for a header it holds part of would wait for ever.
            const qint64 peeked = socket->peek(reinterpret_cast<char *>(header), sizeof header);
            if (peeked < 2)
                break;
            const int lengthCode = header[1] & 0x7F;
            const bool masked = (header[1] & 0x80) != 0;
            const int headerSize = 2
                + (lengthCode == 126        ? 2
                        : lengthCode == 127 ? 8
                                            : 0)
                + (masked ? 4 : 0);
            if (peeked < headerSize)
                break;
            socket->read(reinterpret_cast<char *>(header), headerSize);
            m_fin = (header[0] & 0x80) != 0;
            m_opcode = header[0] & 0x0F;
            m_masked = masked;
            quint64 length = static_cast<quint64>(lengthCode);
            int pos = 2;
            if (lengthCode == 126) {
                length = qFromBigEndian<quint16>(header + 2);
                pos += 2;
            } else if (lengthCode == 127) {
                length = qFromBigEndian<quint64>(header + 2);
                pos += 8;
            }
            if (masked)
                std::memcpy(&m_mask, header + pos, 4);
            if ((header[0] & 0x70) != 0) {
                return fail(Error {ErrorCode::Protocol,
                    tr("%1 sent a WebSocket frame with reserved bits set").arg(target), {}, {}});
            }
            if (length > static_cast<quint64>(kMaxIncomingMessage)) {
                return fail(Error {ErrorCode::Protocol,
                    tr("%1 sent a WebSocket message of %2 bytes, more than the limit of %3")
                        .arg(target)
                        .arg(length)
                        .arg(kMaxIncomingMessage),
                    {}, {}});
            }
            if (m_opcode >= Close && (!m_fin || length > 125)) {
                return fail(Error {ErrorCode::Protocol,
                    tr("%1 sent a fragmented or oversized WebSocket control frame").arg(target), {},
                    {}});
            }
            m_payload = QByteArray(static_cast<qsizetype>(length), Qt::Uninitialized);
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
        if (m_masked) {
            uchar key[4];
            std::memcpy(key, &m_mask, 4);
            applyMask(m_payload.data(), m_payload.size(), key);
        }
        QByteArray payload = std::exchange(m_payload, {});
        if (!handleFrame(m_opcode, m_fin, std::move(payload)) || !guard)
            return;
    }
}

bool StreamWebSocket::handleFrame(int opcode, bool fin, QByteArray payload)
{
    QPointer<StreamWebSocket> guard(this);
    const QString target = m_connection->target();
    switch (opcode) {
    case Continuation:
        if (m_messageOpcode == 0) {
            fail(Error {ErrorCode::Protocol,
                tr("%1 sent a WebSocket continuation frame outside a message").arg(target), {},
                {}});
            return false;
        }
        m_fragments += payload;
        if (m_fragments.size() > kMaxIncomingMessage) {
            fail(Error {ErrorCode::Protocol,
                tr("%1 sent a WebSocket message larger than %2 bytes")
                    .arg(target)
                    .arg(kMaxIncomingMessage),
                {}, {}});
            return false;
        }
        if (fin) {
            m_messageOpcode = 0;
            Q_EMIT messageReceived(std::exchange(m_fragments, {}));
        }
        break;
    case Text:
    case Binary:
        if (m_messageOpcode != 0) {
            fail(Error {ErrorCode::Protocol,
                tr("%1 started a WebSocket message inside another").arg(target), {}, {}});
            return false;
        }
        if (fin) {
            Q_EMIT messageReceived(payload);
        } else {
            m_messageOpcode = opcode;
            m_fragments = std::move(payload);
        }
        break;
    case Close:
        sendCloseFrame(payload.left(2));
        m_connection->finishClosed(); // the socket closes after our close frame went out
        return false;
    case Ping:
        if (!m_closeSent)
            writeFrame(Pong, payload, {});
        break;
    case Pong:
        break;
    default:
        fail(Error {ErrorCode::Protocol,
            tr("%1 sent a WebSocket frame with unknown opcode %2").arg(target).arg(opcode), {},
            {}});
        return false;
    }
    return guard && (state() == State::Open || state() == State::Closing);
}

} // namespace Kt::Kube
