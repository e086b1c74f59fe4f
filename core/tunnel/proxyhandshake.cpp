#include "proxyhandshake.h"

#include <QHostAddress>
#include <QUrl>
#include <QtEndian>

#include <initializer_list>

namespace Kt::Tunnel {

namespace {

constexpr unsigned char kSocksVersion = 0x05;
constexpr unsigned char kNoAuth = 0x00;
constexpr unsigned char kNoAcceptableMethod = 0xFF;
constexpr unsigned char kCmdConnect = 0x01;
constexpr unsigned char kAtypIpv4 = 0x01;
constexpr unsigned char kAtypDomain = 0x03;
constexpr unsigned char kAtypIpv6 = 0x04;

QByteArray bytes(std::initializer_list<unsigned char> values)
{
    QByteArray out;
    for (unsigned char v : values)
        out.append(static_cast<char>(v));
    return out;
}

QByteArray socksReply(unsigned char code)
{
    // VER REP RSV ATYP=IPv4 BND.ADDR=0.0.0.0 BND.PORT=0
    QByteArray reply(10, '\0');
    reply[0] = static_cast<char>(kSocksVersion);
    reply[1] = static_cast<char>(code);
    reply[3] = static_cast<char>(kAtypIpv4);
    return reply;
}

bool splitHostPort(const QByteArray &authority, QString &host, quint16 &port, quint16 defaultPort)
{
    QByteArray hostPart = authority;
    QByteArray portPart;
    if (authority.startsWith('[')) { // [IPv6]:port
        const qsizetype close = authority.indexOf(']');
        if (close < 0)
            return false;
        hostPart = authority.mid(1, close - 1);
        if (authority.size() > close + 1) {
            if (authority.at(close + 1) != ':')
                return false;
            portPart = authority.mid(close + 2);
        }
    } else if (const qsizetype colon = authority.lastIndexOf(':'); colon >= 0) {
        hostPart = authority.left(colon);
        portPart = authority.mid(colon + 1);
    }
    bool ok = true;
    const uint value = portPart.isEmpty() ? defaultPort : portPart.toUInt(&ok);
    if (!ok || value == 0 || value > 65535 || hostPart.isEmpty() || hostPart.size() > 253)
        return false;
    for (const char c : hostPart) {
        if (static_cast<unsigned char>(c) <= 0x20 || c == '/' || c == '@')
            return false;
    }
    host = QString::fromLatin1(hostPart);
    port = static_cast<quint16>(value);
    return true;
}

} // namespace

ProxyHandshake::Status ProxyHandshake::fail(const QString &error, QByteArray reply)
{
    m_phase = Phase::Done;
    m_error = error;
    m_reply += reply; // after a method selection not yet taken, if any
    return Status::Failed;
}

ProxyHandshake::Status ProxyHandshake::feed(const QByteArray &bytes)
{
    if (m_phase == Phase::Done)
        return fail(QStringLiteral("handshake already finished"));
    m_buffer.append(bytes);
    if (m_phase == Phase::Start) {
        if (m_buffer.isEmpty())
            return Status::NeedMore;
        if (static_cast<unsigned char>(m_buffer.at(0)) == kSocksVersion) {
            m_phase = Phase::SocksGreeting;
            m_protocol = QStringLiteral("SOCKS5");
        } else {
            m_phase = Phase::Http;
            m_protocol = QStringLiteral("HTTP");
        }
    }
    return m_phase == Phase::Http ? parseHttp() : parseSocks5();
}

ProxyHandshake::Status ProxyHandshake::parseSocks5()
{
    const auto byte = [this](qsizetype i) { return static_cast<unsigned char>(m_buffer.at(i)); };
    if (m_phase == Phase::SocksGreeting) {
        if (m_buffer.size() < 2)
            return Status::NeedMore;
        const qsizetype methods = byte(1);
        if (m_buffer.size() < 2 + methods)
            return Status::NeedMore;
        const QByteArray offered = m_buffer.mid(2, methods);
        m_buffer.remove(0, 2 + methods);
        if (!offered.contains(static_cast<char>(kNoAuth))) {
            return fail(QStringLiteral("the SOCKS client offers no method without authentication"),
                bytes({kSocksVersion, kNoAcceptableMethod}));
        }
        m_reply = bytes({kSocksVersion, kNoAuth});
        m_phase = Phase::SocksRequest;
    }
    // VER CMD RSV ATYP ADDR PORT
    if (m_buffer.size() < 5)
        return Status::NeedMore;
    if (byte(0) != kSocksVersion)
        return fail(QStringLiteral("bad SOCKS version in the request"));
    qsizetype addressLength = 0;
    switch (byte(3)) {
    case kAtypIpv4:
        addressLength = 4;
        break;
    case kAtypIpv6:
        addressLength = 16;
        break;
    case kAtypDomain:
        addressLength = 1 + byte(4);
        break;
    default:
        return fail(QStringLiteral("unsupported SOCKS address type"), socksReply(0x08));
    }
    const qsizetype total = 4 + addressLength + 2;
    if (m_buffer.size() < total)
        return Status::NeedMore;
    if (byte(1) != kCmdConnect)
        return fail(QStringLiteral("only SOCKS CONNECT is supported"), socksReply(0x07));
    const QByteArray address = m_buffer.mid(4, addressLength);
    switch (byte(3)) {
    case kAtypIpv4:
        m_host = QHostAddress(qFromBigEndian<quint32>(address.constData())).toString();
        break;
    case kAtypIpv6:
        m_host = QHostAddress(reinterpret_cast<const quint8 *>(address.constData())).toString();
        break;
    default:
        m_host = QString::fromLatin1(address.mid(1));
        if (m_host.isEmpty())
            return fail(QStringLiteral("empty SOCKS domain name"), socksReply(0x01));
    }
    m_port = qFromBigEndian<quint16>(m_buffer.constData() + 4 + addressLength);
    if (m_port == 0)
        return fail(QStringLiteral("SOCKS request for port 0"), socksReply(0x01));
    m_pending = m_buffer.mid(total);
    m_buffer.clear();
    m_successReply = socksReply(0x00);
    m_failureReply = socksReply(0x05);
    m_phase = Phase::Done;
    return Status::Ready;
}

ProxyHandshake::Status ProxyHandshake::parseHttp()
{
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (m_buffer.size() > kMaxHeader)
            return fail(QStringLiteral("HTTP proxy request header too large"),
                "HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n");
        return Status::NeedMore;
    }
    const qsizetype lineEnd = m_buffer.indexOf("\r\n");
    const QList<QByteArray> requestLine = m_buffer.left(lineEnd).split(' ');
    const QByteArray badRequest = "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n";
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return fail(QStringLiteral("not a proxy request"), badRequest);
    m_failureReply = "HTTP/1.1 502 Bad Gateway\r\nConnection: close\r\nContent-Length: 0\r\n\r\n";
    const QByteArray method = requestLine.at(0);
    if (method == "CONNECT") {
        if (!splitHostPort(requestLine.at(1), m_host, m_port, 0))
            return fail(QStringLiteral("bad CONNECT target"), badRequest);
        m_successReply = "HTTP/1.1 200 Connection established\r\n\r\n";
        m_pending = m_buffer.mid(headerEnd + 4);
    } else {
        // A plain proxy request: "GET http://host:port/path HTTP/1.1". Forward it in origin form.
        const QUrl url = QUrl::fromEncoded(requestLine.at(1), QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1String("http") || url.host().isEmpty())
            return fail(
                QStringLiteral("only http:// URLs can be proxied without CONNECT"), badRequest);
        QByteArray authority = url.host(QUrl::FullyEncoded).toLatin1();
        if (authority.contains(':'))
            authority = '[' + authority + ']';
        if (!splitHostPort(authority + ':' + QByteArray::number(url.port(80)), m_host, m_port, 80))
            return fail(QStringLiteral("bad proxy request target"), badRequest);
        QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
        if (target.isEmpty())
            target = "/";
        if (url.hasQuery())
            target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
        m_successReply.clear();
        m_pending = method + ' ' + target + ' ' + requestLine.at(2) + m_buffer.mid(lineEnd);
    }
    m_buffer.clear();
    m_phase = Phase::Done;
    return Status::Ready;
}

} // namespace Kt::Tunnel
