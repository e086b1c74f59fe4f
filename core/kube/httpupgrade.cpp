#include "httpupgrade.h"

#include "common/logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSslConfiguration>
#include <QSslSocket>

#include <optional>

namespace Kt::Kube {

namespace {

constexpr qsizetype kMaxHandshakeLine = 16 * 1024;
constexpr int kMaxHandshakeHeaders = 100;
constexpr qsizetype kMaxErrorBody = 64 * 1024;

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

QByteArray HttpUpgrade::Response::header(const QByteArray &lowerName) const
{
    for (const auto &[key, value] : headers) {
        if (key == lowerName)
            return value;
    }
    return {};
}

HttpUpgrade::HttpUpgrade(QSslSocket *socket, const QString &protocolName, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_protocolName(protocolName)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        fail(Error {ErrorCode::Timeout,
            tr("the %1 upgrade at %2 did not finish within %3 s")
                .arg(m_protocolName, m_target)
                .arg(static_cast<double>(m_timeout.count()) / 1000.0),
            {}, {}});
    });
}

HttpUpgrade::~HttpUpgrade()
{
    release();
}

void HttpUpgrade::start(const QNetworkRequest &request, const Headers &upgradeHeaders,
    const QNetworkProxy &proxy, std::chrono::milliseconds timeout)
{
    const QUrl url = request.url();
    const bool tls = url.scheme() == QLatin1String("wss") || url.scheme() == QLatin1String("https");
    const quint16 port = static_cast<quint16>(url.port(tls ? 443 : 80));
    m_target = url.host() + QLatin1Char(':') + QString::number(port);
    m_timeout = timeout;

    QByteArray resource = url.path(QUrl::FullyEncoded).toLatin1();
    if (resource.isEmpty())
        resource = "/";
    if (url.hasQuery())
        resource += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray head = "GET " + resource + " HTTP/1.1\r\nHost: "
        + url.host(QUrl::FullyEncoded).toLatin1() + ':' + QByteArray::number(port) + "\r\n";
    for (const auto &[name, value] : upgradeHeaders)
        head += name + ": " + value + "\r\n";
    for (const QByteArray &name : request.rawHeaderList()) {
        // Accept: application/json (for REST calls) makes the kubelet's router answer 406.
        const QByteArray lower = name.toLower();
        const bool replaced = std::any_of(upgradeHeaders.cbegin(), upgradeHeaders.cend(),
            [&lower](const auto &header) { return header.first.toLower() == lower; });
        if (replaced || lower == "host" || lower == "accept")
            continue;
        head += name + ": " + request.rawHeader(name) + "\r\n";
    }
    head += "\r\n";

    m_active = true;
    m_socket->setProxy(proxy);
    connect(m_socket, &QSslSocket::readyRead, this, &HttpUpgrade::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &HttpUpgrade::onDisconnected);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError code) {
        if (code == QAbstractSocket::RemoteHostClosedError)
            return; // onDisconnected decides what a close means
        fail(Error {ErrorCode::Unavailable,
            tr("cannot connect to %1: %2").arg(m_target, m_socket->errorString()), {}, {}});
    });
    const auto connected = [this, head] {
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_socket->write(head);
    };
    m_timer.start(m_timeout);
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

void HttpUpgrade::cancel()
{
    release();
}

void HttpUpgrade::release()
{
    m_timer.stop();
    if (m_active && m_socket)
        m_socket->disconnect(this);
    m_active = false;
}

void HttpUpgrade::fail(Error error)
{
    if (!m_active)
        return;
    qCDebug(ktKube) << m_protocolName << "upgrade at" << m_target << "failed:" << error.message
                    << error.detail;
    release();
    m_socket->abort();
    Q_EMIT failed(error);
}

void HttpUpgrade::onDisconnected()
{
    if (m_headersDone && m_response.status != 101) {
        m_body += m_socket->readAll().left(kMaxErrorBody);
        finishRefused();
        return;
    }
    fail(Error {ErrorCode::Unavailable,
        tr("%1 closed the connection during the %2 upgrade").arg(m_target, m_protocolName), {},
        {}});
}

void HttpUpgrade::onReadyRead()
{
    while (m_active && !m_headersDone && m_socket->canReadLine()) {
        QByteArray line = m_socket->readLine(kMaxHandshakeLine);
        if (!line.endsWith('\n')) {
            return fail(Error {ErrorCode::Protocol,
                tr("%1 answered the %2 upgrade with an overlong header line")
                    .arg(m_target, m_protocolName),
                {}, {}});
        }
        line.chop(line.endsWith("\r\n") ? 2 : 1);
        if (m_response.status == 0) {
            const QList<QByteArray> parts = line.split(' ');
            bool ok = false;
            m_response.status
                = parts.size() >= 2 && parts[0].startsWith("HTTP/1.") ? parts[1].toInt(&ok) : 0;
            if (!ok || m_response.status <= 0) {
                return fail(Error {ErrorCode::Protocol,
                    tr("%1 did not answer the %2 upgrade with HTTP").arg(m_target, m_protocolName),
                    QString::fromLatin1(line.left(200)), {}});
            }
        } else if (line.isEmpty()) {
            m_headersDone = true;
        } else {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && m_response.headers.size() < kMaxHandshakeHeaders)
                m_response.headers.append(
                    {line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
        }
    }
    if (!m_active)
        return;
    if (!m_headersDone) {
        if (m_socket->bytesAvailable() >= kMaxHandshakeLine) {
            fail(Error {ErrorCode::Protocol,
                tr("%1 answered the %2 upgrade with an overlong header line")
                    .arg(m_target, m_protocolName),
                {}, {}});
        }
        return;
    }
    if (m_response.status != 101) {
        if (m_bodyExpected < 0) {
            bool ok = false;
            const qint64 length = m_response.header("content-length").toLongLong(&ok);
            m_bodyExpected = ok ? qMin(length, kMaxErrorBody) : kMaxErrorBody;
        }
        m_body += m_socket->read(kMaxErrorBody - m_body.size());
        const bool chunked = m_response.header("transfer-encoding").toLower().contains("chunked");
        if ((chunked && decodeChunked(m_body)) || (!chunked && m_body.size() >= m_bodyExpected))
            finishRefused();
        return; // else: more body comes, or the server closes (onDisconnected)
    }
    release();
    Q_EMIT upgraded(m_response);
}

void HttpUpgrade::finishRefused()
{
    const bool chunked = m_response.header("transfer-encoding").toLower().contains("chunked");
    const QByteArray body = chunked ? decodeChunked(m_body).value_or(m_body) : m_body;
    QString reason;
    const QJsonObject status = QJsonDocument::fromJson(body).object();
    if (status.value(QLatin1String("kind")).toString() == QLatin1String("Status"))
        reason = status.value(QLatin1String("message")).toString();
    if (reason.isEmpty())
        reason = QString::fromUtf8(body.left(500)).trimmed();
    if (reason.isEmpty())
        reason = tr("HTTP status %1").arg(m_response.status);
    fail(Error {codeForHttpStatus(m_response.status), reason,
        QStringLiteral("HTTP %1 from %2: %3")
            .arg(m_response.status)
            .arg(m_target, QString::fromUtf8(body.left(4096))),
        {}});
}

} // namespace Kt::Kube
