#pragma once

#include "common/error.h"
#include "tunnel/dnsmessage.h"
#include "tunnel/dnsupstream.h"

#include <QNetworkProxy>
#include <QObject>
#include <QPointer>

class QTcpSocket;
class QTimer;
class QUdpSocket;

namespace Kt::Tunnel {

// One question asked of a list of DNS servers, tried in order until one answers: over UDP with
// a fall-back to TCP when the answer is truncated, or over TCP only (e.g. to the cluster DNS
// through the tunnel's SOCKS proxy). Each attempt has its own timeout. A reply counts only if it
// comes from the server asked, carries our random id and echoes the question.
// finished() is emitted exactly once, never from start() itself.
class DnsQueryJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DnsQueryJob)

public:
    enum class Transport {
        Udp, // UDP, then TCP to the same server if the answer is truncated
        Tcp, // TCP only, length-prefixed (RFC 7766)
    };
    Q_ENUM(Transport)

    struct Request
    {
        DnsQuestion question;
        bool recursionDesired = true;
        QList<DnsUpstream> servers;
        Transport transport = Transport::Udp;
        // How TCP connections reach the servers: NoProxy, or Socks5Proxy at a ProxyServer.
        QNetworkProxy proxy = QNetworkProxy(QNetworkProxy::NoProxy);
        int attemptTimeoutMs = 2000;
        quint16 udpPayloadSize = 1232; // advertised to the servers in our OPT record
    };

    explicit DnsQueryJob(Request request, QObject *parent = nullptr);
    ~DnsQueryJob() override;

    void start();
    void cancel(); // finishes with ErrorCode::Cancelled

    const Request &request() const { return m_request; }

Q_SIGNALS:
    void finished(const Kt::Result<Kt::Tunnel::DnsMessage> &result);

private:
    void startAttempt();
    void startUdp();
    void startTcp();
    void onUdpReadyRead();
    void onTcpReadyRead();
    void failAttempt(const Error &error);
    void onTimeout();
    void finish(const Result<DnsMessage> &result);
    void dropSockets();
    bool matches(const DnsMessage &reply) const;
    QString serverName() const;

    Request m_request;
    qsizetype m_index = 0;
    quint16 m_id = 0;
    QByteArray m_wire; // the query with m_id
    QByteArray m_tcpBuffer;
    QPointer<QUdpSocket> m_udp;
    QPointer<QTcpSocket> m_tcp;
    QTimer *m_timer = nullptr;
    Error m_lastError;
    bool m_started = false;
    bool m_done = false;
};

} // namespace Kt::Tunnel
