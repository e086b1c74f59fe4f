#include "streamwebsocket.h"

#include "common/logging.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QtEndian>

#include <cstring>

namespace Kt::Kube {

namespace {

enum Opcode { Continuation = 0x0, Text = 0x1, Binary = 0x2, Close = 0x8, Ping = 0x9, Pong = 0xA };

constexpr qsizetype kMaxHandshakeLine = 16 * 1024;
constexpr int kMaxHandshakeHeaders = 100;
constexpr qsizetype kMaxErrorBody = 64 * 1024;
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

// Decodes an HTTP/1.1 chunked body; nullopt until the last chunk is there.
std::optional<QByteArray> decodeChunked(const QByteArray &raw)
{
    QByteArray out;
    qsizetype pos = 0;
    while (true) {
        const qsizetype eol = raw.indexOf("\r\n", pos);
        if (eol < 0)
            return std::nullopt;
        bool ok = false;
        const qsizetype size
            = raw.mid(pos, eol - pos).split(';').front().trimmed().toLongLong(&ok, 16);
        if (!ok)
            return out; // not chunked after all: take what decoded
        if (size == 0)
            return out;
        if (raw.size() < eol + 2 + size + 2)
            return std::nullopt;
        out += raw.mid(eol + 2, size);
        pos = eol + 2 + size + 2;
    }
}

ErrorCode codeForHttpStatus(int status)
{
    switch (status) {
    case 400:
        return ErrorCode::InvalidInput;
    case 401:
        return ErrorCode::Unauthorized;
    case 403:
        return ErrorCode::Forbidden;
    case 404:
        return ErrorCode::NotFound;
    case 408:
    case 504:
        return ErrorCode::Timeout;
    case 409:
        return ErrorCode::Conflict;
    default:
        return status >= 500 ? ErrorCode::Unavailable : ErrorCode::Protocol;
    }
}

} // namespace

StreamWebSocket::StreamWebSocket(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_state == State::Connecting) {
            fail(Error {ErrorCode::Timeout,
                tr("the WebSocket upgrade at %1 did not finish within %2 s")
                    .arg(m_target)
                    .arg(static_cast<double>(m_handshakeTimeout.count()) / 1000.0),
                {}, {}});
        } else if (m_state == State::Closing) {
            qCDebug(ktKube) << "WebSocket to" << m_target
                            << "did not answer our close; dropping it";
            abort();
        }
    });
}

StreamWebSocket::~StreamWebSocket()
{
    if (m_socket)
        m_socket->disconnect(this);
}

void StreamWebSocket::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void StreamWebSocket::open(
    const QNetworkRequest &request, const QStringList &protocols, const QNetworkProxy &proxy)
{
    Q_ASSERT(m_state == State::Idle);
    if (m_state != State::Idle)
        return;
    const QUrl url = request.url();
    const bool tls = url.scheme() == QLatin1String("wss");
    const quint16 port = static_cast<quint16>(url.port(tls ? 443 : 80));
    m_target = url.host() + QLatin1Char(':') + QString::number(port);
    m_offered = protocols;

    QByteArray nonce(16, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(
        reinterpret_cast<quint32 *>(nonce.data()), nonce.size() / 4);
    m_key = nonce.toBase64();

    QByteArray resource = url.path(QUrl::FullyEncoded).toLatin1();
    if (resource.isEmpty())
        resource = "/";
    if (url.hasQuery())
        resource += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray handshake = "GET " + resource + " HTTP/1.1\r\nHost: "
        + url.host(QUrl::FullyEncoded).toLatin1() + ':' + QByteArray::number(port)
        + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
          "Sec-WebSocket-Key: "
        + m_key + "\r\n";
    if (!protocols.isEmpty())
        handshake += "Sec-WebSocket-Protocol: " + protocols.join(QStringLiteral(", ")).toLatin1()
            + "\r\n";
    for (const QByteArray &name : request.rawHeaderList()) {
        // Accept: application/json (for REST calls) makes the kubelet's router answer 406.
        const QByteArray lower = name.toLower();
        if (lower == "host" || lower == "upgrade" || lower == "connection" || lower == "accept"
            || lower.startsWith("sec-websocket-"))
            continue;
        handshake += name + ": " + request.rawHeader(name) + "\r\n";
    }
    handshake += "\r\n";

    m_socket = new QSslSocket(this);
    m_socket->setProxy(proxy);
    m_socket->setReadBufferSize(kSocketReadBuffer);
    connect(m_socket, &QSslSocket::readyRead, this, &StreamWebSocket::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &StreamWebSocket::onDisconnected);
    connect(m_socket, &QSslSocket::bytesWritten, this, &StreamWebSocket::bytesWritten);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &StreamWebSocket::bytesWritten);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError code) {
        if (code == QAbstractSocket::RemoteHostClosedError)
            return; // onDisconnected decides what a close means
        if (m_state == State::Connecting) {
            fail(Error {ErrorCode::Unavailable,
                tr("cannot connect to %1: %2").arg(m_target, m_socket->errorString()), {}, {}});
        } else if (m_state == State::Open) {
            fail(Error {ErrorCode::Unavailable,
                tr("the connection to %1 broke: %2").arg(m_target, m_socket->errorString()), {},
                {}});
        } else if (m_state == State::Closing) {
            finishClosed();
        }
    });
    const auto connected = [this, handshake] {
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_socket->write(handshake);
    };

    setState(State::Connecting);
    m_timer.start(m_handshakeTimeout);
    if (tls) {
        connect(m_socket, &QSslSocket::encrypted, this, connected);
        m_socket->setSslConfiguration(request.sslConfiguration());
        const QString peerName
            = request.peerVerifyName().isEmpty() ? url.host() : request.peerVerifyName();
        m_socket->connectToHostEncrypted(url.host(), port, peerName);
    } else {
        connect(m_socket, &QSslSocket::connected, this, connected);
        m_socket->connectToHost(url.host(), port);
    }
}

bool StreamWebSocket::sendBinary(QByteArrayView head, QByteArrayView body)
{
    if (m_state != State::Idle && m_state != State::Connecting && m_state != State::Open)
        return false;
    if (m_closeAfterOpen)
        return false;
    writeFrame(Binary, head, body);
    return true;
}

qint64 StreamWebSocket::bytesToWrite() const
{
    qint64 pending = m_queuedBytes;
    if (m_socket)
        pending += m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite();
    return pending;
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

    if (m_state == State::Idle || m_state == State::Connecting) {
        m_queuedBytes += frame.size();
        m_queued.push_back(std::move(frame));
    } else {
        m_socket->write(frame);
    }
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
    switch (m_state) {
    case State::Idle:
    case State::Connecting:
        m_closeAfterOpen = true;
        break;
    case State::Open: {
        const uchar normal[2] = {0x03, 0xE8}; // 1000, normal closure
        sendCloseFrame(QByteArrayView(reinterpret_cast<const char *>(normal), 2));
        setState(State::Closing);
        m_timer.start(kCloseGrace);
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
    const State was = m_state;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    m_timer.stop();
    if (was == State::Open || was == State::Closing)
        finishClosed();
    else if (was == State::Idle || was == State::Connecting)
        setState(State::Closed);
}

void StreamWebSocket::setReceivingPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (!paused)
        scheduleRead();
}

void StreamWebSocket::scheduleRead()
{
    if (m_readScheduled)
        return;
    m_readScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_readScheduled = false;
            onReadyRead();
        },
        Qt::QueuedConnection);
}

void StreamWebSocket::fail(Error error)
{
    if (m_state == State::Closed || m_state == State::Failed)
        return;
    qCDebug(ktKube) << "WebSocket to" << m_target << "failed:" << error.message << error.detail;
    m_timer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    setState(State::Failed);
    Q_EMIT errorOccurred(error);
}

void StreamWebSocket::finishClosed()
{
    if (m_state == State::Closed || m_state == State::Failed)
        return;
    m_timer.stop();
    setState(State::Closed);
    Q_EMIT closed();
}

void StreamWebSocket::onReadyRead()
{
    if (m_state == State::Connecting)
        readHandshake();
    else if (m_state == State::Open || m_state == State::Closing)
        readFrames();
}

void StreamWebSocket::onDisconnected()
{
    switch (m_state) {
    case State::Connecting:
        if (m_headersDone && m_httpStatus != 101) {
            m_body += m_socket->readAll().left(kMaxErrorBody);
            finishRefusedUpgrade();
        } else {
            fail(Error {ErrorCode::Unavailable,
                tr("%1 closed the connection during the WebSocket upgrade").arg(m_target), {}, {}});
        }
        break;
    case State::Open:
    case State::Closing:
        // What the socket still buffers is read first (once receiving is not paused).
        readFrames();
        break;
    default:
        break;
    }
}

void StreamWebSocket::readHandshake()
{
    while (!m_headersDone && m_socket->canReadLine()) {
        QByteArray line = m_socket->readLine(kMaxHandshakeLine);
        if (!line.endsWith('\n')) {
            return fail(Error {ErrorCode::Protocol,
                tr("%1 answered the WebSocket upgrade with an overlong header line").arg(m_target),
                {}, {}});
        }
        line.chop(line.endsWith("\r\n") ? 2 : 1);
        if (m_httpStatus == 0) {
            const QList<QByteArray> parts = line.split(' ');
            bool ok = false;
            m_httpStatus
                = parts.size() >= 2 && parts[0].startsWith("HTTP/1.") ? parts[1].toInt(&ok) : 0;
            if (!ok || m_httpStatus <= 0) {
                return fail(Error {ErrorCode::Protocol,
                    tr("%1 did not answer the WebSocket upgrade with HTTP").arg(m_target),
                    QString::fromLatin1(line.left(200)), {}});
            }
        } else if (line.isEmpty()) {
            m_headersDone = true;
        } else {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && m_headers.size() < kMaxHandshakeHeaders)
                m_headers.append(
                    {line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
        }
    }
    if (!m_headersDone) {
        if (m_socket->bytesAvailable() >= kMaxHandshakeLine) {
            fail(Error {ErrorCode::Protocol,
                tr("%1 answered the WebSocket upgrade with an overlong header line").arg(m_target),
                {}, {}});
        }
        return;
    }
    const auto header = [this](const QByteArray &name) {
        for (const auto &[key, value] : std::as_const(m_headers)) {
            if (key == name)
                return value;
        }
        return QByteArray();
    };

    if (m_httpStatus != 101) {
        if (m_bodyExpected < 0) {
            bool ok = false;
            const qint64 length = header("content-length").toLongLong(&ok);
            m_bodyExpected = ok ? qMin(length, kMaxErrorBody) : kMaxErrorBody;
        }
        m_body += m_socket->read(kMaxErrorBody - m_body.size());
        const bool chunked = header("transfer-encoding").toLower().contains("chunked");
        if ((chunked && decodeChunked(m_body)) || (!chunked && m_body.size() >= m_bodyExpected))
            finishRefusedUpgrade();
        return; // else: more body comes, or the server closes (onDisconnected)
    }

    const QByteArray accept = m_key + QByteArrayLiteral("258EAFA5-E914-47DA-95CA-C5AB0DC85B11");
    const QByteArray expected
        = QCryptographicHash::hash(accept, QCryptographicHash::Sha1).toBase64();
    if (header("sec-websocket-accept") != expected) {
        return fail(Error {ErrorCode::Protocol,
            tr("%1 answered the WebSocket upgrade with a wrong Sec-WebSocket-Accept").arg(m_target),
            {}, {}});
    }
    m_protocol = QString::fromLatin1(header("sec-websocket-protocol"));
    if (!m_offered.isEmpty() && !m_offered.contains(m_protocol)) {
        return fail(Error {ErrorCode::Protocol,
            tr("%1 accepted none of the WebSocket protocols %2 (it chose \"%3\")")
                .arg(m_target, m_offered.join(QStringLiteral(", ")), m_protocol),
            {}, {}});
    }
    m_timer.stop();
    setState(State::Open);
    while (!m_queued.empty()) {
        m_socket->write(m_queued.front());
        m_queued.pop_front();
    }
    m_queuedBytes = 0;
    QPointer<StreamWebSocket> guard(this);
    Q_EMIT opened();
    if (!guard || m_state != State::Open)
        return;
    if (m_closeAfterOpen) {
        close();
        return;
    }
    readFrames(); // frames may have come with the 101
}

void StreamWebSocket::finishRefusedUpgrade()
{
    const bool chunked = [this] {
        for (const auto &[key, value] : std::as_const(m_headers)) {
            if (key == "transfer-encoding")
                return value.toLower().contains("chunked");
        }
        return false;
    }();
    const QByteArray body = chunked ? decodeChunked(m_body).value_or(m_body) : m_body;
    QString reason;
    const QJsonObject status = QJsonDocument::fromJson(body).object();
    if (status.value(QLatin1String("kind")).toString() == QLatin1String("Status"))
        reason = status.value(QLatin1String("message")).toString();
    if (reason.isEmpty())
        reason = QString::fromUtf8(body.left(500)).trimmed();
    if (reason.isEmpty())
        reason = tr("HTTP status %1").arg(m_httpStatus);
    fail(Error {codeForHttpStatus(m_httpStatus), reason,
        QStringLiteral("HTTP %1 from %2: %3")
            .arg(m_httpStatus)
            .arg(m_target, QString::fromUtf8(body.left(4096))),
        {}});
}

void StreamWebSocket::readFrames()
{
    QPointer<StreamWebSocket> guard(this);
    while (!m_paused && (m_state == State::Open || m_state == State::Closing)) {
        if (!m_haveHeader) {
            uchar header[14];
            if (m_socket->peek(reinterpret_cast<char *>(header), 2) < 2)
                break;
            const int lengthCode = header[1] & 0x7F;
            const bool masked = (header[1] & 0x80) != 0;
            const int headerSize = 2
                + (lengthCode == 126        ? 2
                        : lengthCode == 127 ? 8
                                            : 0)
                + (masked ? 4 : 0);
            if (m_socket->bytesAvailable() < headerSize)
                break;
            m_socket->read(reinterpret_cast<char *>(header), headerSize);
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
                    tr("%1 sent a WebSocket frame with reserved bits set").arg(m_target), {}, {}});
            }
            if (length > static_cast<quint64>(kMaxIncomingMessage)) {
                return fail(Error {ErrorCode::Protocol,
                    tr("%1 sent a WebSocket message of %2 bytes, more than the limit of %3")
                        .arg(m_target)
                        .arg(length)
                        .arg(kMaxIncomingMessage),
                    {}, {}});
            }
            if (m_opcode >= Close && (!m_fin || length > 125)) {
                return fail(Error {ErrorCode::Protocol,
                    tr("%1 sent a fragmented or oversized WebSocket control frame").arg(m_target),
                    {}, {}});
            }
            m_payload = QByteArray(static_cast<qsizetype>(length), Qt::Uninitialized);
            m_payloadRead = 0;
            m_haveHeader = true;
        }
        if (m_payloadRead < m_payload.size()) {
            const qint64 got = m_socket->read(
                m_payload.data() + m_payloadRead, m_payload.size() - m_payloadRead);
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
    if (!m_paused && (m_state == State::Open || m_state == State::Closing)
        && m_socket->state() == QAbstractSocket::UnconnectedState) {
        finishClosed(); // the peer is gone and everything it sent was delivered
    }
}

bool StreamWebSocket::handleFrame(int opcode, bool fin, QByteArray payload)
{
    QPointer<StreamWebSocket> guard(this);
    switch (opcode) {
    case Continuation:
        if (m_messageOpcode == 0) {
            fail(Error {ErrorCode::Protocol,
                tr("%1 sent a WebSocket continuation frame outside a message").arg(m_target), {},
                {}});
            return false;
        }
        m_fragments += payload;
        if (m_fragments.size() > kMaxIncomingMessage) {
            fail(Error {ErrorCode::Protocol,
                tr("%1 sent a WebSocket message larger than %2 bytes")
                    .arg(m_target)
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
                tr("%1 started a WebSocket message inside another").arg(m_target), {}, {}});
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
        finishClosed();
        if (guard && m_socket)
            m_socket->disconnectFromHost(); // after our close frame
        return false;
    case Ping:
        if (!m_closeSent)
            writeFrame(Pong, payload, {});
        break;
    case Pong:
        break;
    default:
        fail(Error {ErrorCode::Protocol,
            tr("%1 sent a WebSocket frame with unknown opcode %2").arg(m_target).arg(opcode), {},
            {}});
        return false;
    }
    return guard && (m_state == State::Open || m_state == State::Closing);
}

} // namespace Kt::Kube
