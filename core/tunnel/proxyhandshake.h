#pragma once

#include <QByteArray>
#include <QString>

namespace Kt::Tunnel {

// The server side of a proxy client's opening: SOCKS5 (RFC 1928, CONNECT with IPv4, IPv6 and
// domain names — names are resolved on the cluster side), HTTP CONNECT, and plain HTTP proxy
// requests (absolute-form URI, rewritten to origin form). Fed bytes as they arrive; pure logic,
// no I/O, so it can be fuzzed.
class ProxyHandshake
{
public:
    enum class Status {
        NeedMore, // write `reply()` if not empty, then feed more bytes
        Ready, // target() is known; see successReply()/failureReply()/pendingData()
        Failed, // write `reply()` if not empty, then close; errorString() says why
    };

    static constexpr qsizetype kMaxHeader = 16 * 1024;

    Status feed(const QByteArray &bytes);

    // Bytes to write to the client right now (SOCKS method selection, or an error reply).
    QByteArray takeReply() { return std::exchange(m_reply, {}); }
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    QByteArray successReply() const { return m_successReply; }
    QByteArray failureReply() const { return m_failureReply; }
    // Bytes after the handshake that belong to the target (e.g. a rewritten HTTP request).
    QByteArray pendingData() const { return m_pending; }
    QString errorString() const { return m_error; }
    QString protocolName() const { return m_protocol; }

private:
    Status parseSocks5();
    Status parseHttp();
    Status fail(const QString &error, QByteArray reply = {});

    enum class Phase { Start, SocksGreeting, SocksRequest, Http, Done };
    Phase m_phase = Phase::Start;
    QByteArray m_buffer;
    QByteArray m_reply;
    QString m_host;
    quint16 m_port = 0;
    QByteArray m_successReply;
    QByteArray m_failureReply;
    QByteArray m_pending;
    QString m_error;
    QString m_protocol;
};

} // namespace Kt::Tunnel
