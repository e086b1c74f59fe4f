#include "dnsqueryjob.h"

#include "common/assert.h"
#include "common/logging.h"

#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>
#include <QUdpSocket>
#include <QtEndian>

namespace Kt::Tunnel {

DnsQueryJob::DnsQueryJob(Request request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &DnsQueryJob::onTimeout);
}

DnsQueryJob::~DnsQueryJob()
{
    dropSockets();
}

void DnsQueryJob::start()
{
    KT_ASSERT_STATE(!m_started, return );
    m_started = true;
    m_lastError = Error {ErrorCode::Unavailable, tr("No DNS server is configured to ask."), {},
        tr("Check the nameservers in /etc/resolv.conf.")};
    // Never finish inside start(): the caller may still be wiring up the job.
    QTimer::singleShot(0, this, &DnsQueryJob::startAttempt);
}

void DnsQueryJob::cancel()
{
    finish(Error {ErrorCode::Cancelled, tr("The DNS query was cancelled."), {}, {}});
}

QString DnsQueryJob::serverName() const
{
    return m_index < m_request.servers.size() ? m_request.servers.at(m_index).toString()
                                              : QString();
}

void DnsQueryJob::startAttempt()
{
    if (m_done)
        return;
    dropSockets();
    if (m_index >= m_request.servers.size()) {
        finish(m_lastError);
        return;
    }
    DnsMessage query;
    m_id = static_cast<quint16>(QRandomGenerator::global()->bounded(0x10000));
    query.id = m_id;
    query.recursionDesired = m_request.recursionDesired;
    query.questions = {m_request.question};
    if (m_request.transport == Transport::Udp) {
        DnsEdns edns;
        edns.udpPayloadSize = m_request.udpPayloadSize;
        query.edns = edns;
    }
    m_wire = query.encode();
    if (m_wire.isEmpty()) {
        finish(Error {ErrorCode::InvalidInput,
            tr("The DNS question for “%1” cannot be encoded.")
                .arg(QString::fromLatin1(m_request.question.name)),
            {}, {}});
        return;
    }
    m_timer->start(m_request.attemptTimeoutMs);
    if (m_request.transport == Transport::Udp)
        startUdp();
    else
        startTcp();
}

void DnsQueryJob::startUdp()
{
    const DnsUpstream &server = m_request.servers.at(m_index);
    m_udp = new QUdpSocket(this);
    m_udp->setProxy(QNetworkProxy::NoProxy);
    const QHostAddress any = server.address.protocol() == QAbstractSocket::IPv6Protocol
        ? QHostAddress(QHostAddress::AnyIPv6)
        : QHostAddress(QHostAddress::AnyIPv4);
    connect(m_udp, &QUdpSocket::readyRead, this, &DnsQueryJob::onUdpReadyRead);
    if (!m_udp->bind(any, 0)
        || m_udp->writeDatagram(m_wire, server.address, server.port) != m_wire.size()) {
        failAttempt(Error {ErrorCode::Unavailable,
            tr("The DNS query to %1 could not be sent.").arg(serverName()), m_udp->errorString(),
            {}});
    }
}

void DnsQueryJob::onUdpReadyRead()
{
    const DnsUpstream &server = m_request.servers.at(m_index);
    while (m_udp && m_udp->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_udp->receiveDatagram();
        if (datagram.senderAddress() != server.address || datagram.senderPort() != int(server.port))
            continue; // not from the server we asked: ignore
        auto reply = DnsMessage::parse(datagram.data());
        if (!reply || !matches(*reply))
            continue; // spoofed or stray; keep waiting until the timeout
        if (reply->truncated) {
            qCDebug(ktTunnel) << "DNS answer from" << serverName() << "truncated, retrying on TCP";
            dropSockets();
            m_timer->start(m_request.attemptTimeoutMs);
            startTcp();
            return;
        }
        finish(std::move(reply).value());
        return;
    }
}

void DnsQueryJob::startTcp()
{
    const DnsUpstream &server = m_request.servers.at(m_index);
    m_tcpBuffer.clear();
    m_tcp = new QTcpSocket(this);
    m_tcp->setProxy(m_request.proxy);
    connect(m_tcp, &QTcpSocket::connected, this, [this] {
        QByteArray framed;
        framed.append(static_cast<char>(m_wire.size() >> 8));
        framed.append(static_cast<char>(m_wire.size() & 0xFF));
        m_tcp->write(framed + m_wire);
    });
    connect(m_tcp, &QTcpSocket::readyRead, this, &DnsQueryJob::onTcpReadyRead);
    connect(m_tcp, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        failAttempt(Error {ErrorCode::Unavailable,
            tr("The DNS server %1 could not be reached over TCP.").arg(serverName()),
            m_tcp ? m_tcp->errorString() : QString(), {}});
    });
    m_tcp->connectToHost(server.address, server.port);
}

void DnsQueryJob::onTcpReadyRead()
{
    if (!m_tcp)
        return;
    m_tcpBuffer += m_tcp->readAll();
    if (m_tcpBuffer.size() < 2)
        return;
    const quint16 length = qFromBigEndian<quint16>(m_tcpBuffer.constData());
    if (m_tcpBuffer.size() < 2 + length)
        return;
    auto reply = DnsMessage::parse(m_tcpBuffer.mid(2, length));
    if (!reply) {
        failAttempt(Error {ErrorCode::Protocol,
            tr("The DNS server %1 sent a malformed answer.").arg(serverName()),
            reply.error().message, {}});
        return;
    }
    if (!matches(*reply)) {
        failAttempt(Error {ErrorCode::Protocol,
            tr("The DNS server %1 answered another question.").arg(serverName()), {}, {}});
        return;
    }
    finish(std::move(reply).value());
}

bool DnsQueryJob::matches(const DnsMessage &reply) const
{
    if (!reply.response || reply.id != m_id || reply.questions.size() != 1)
        return false;
    const DnsQuestion &q = reply.questions.first();
    return q.type == m_request.question.type && q.klass == m_request.question.klass
        && DnsMessage::canonicalName(q.name) == DnsMessage::canonicalName(m_request.question.name);
}

void DnsQueryJob::failAttempt(const Error &error)
{
    if (m_done)
        return;
    qCDebug(ktTunnel) << "DNS attempt failed:" << error.message << error.detail;
    m_lastError = error;
    m_timer->stop();
    dropSockets();
    ++m_index;
    // Not from inside a socket's signal: the socket is being torn down.
    QTimer::singleShot(0, this, &DnsQueryJob::startAttempt);
}

void DnsQueryJob::onTimeout()
{
    failAttempt(Error {ErrorCode::Timeout,
        tr("The DNS server %1 did not answer within %2 ms.")
            .arg(serverName())
            .arg(m_request.attemptTimeoutMs),
        {}, {}});
}

void DnsQueryJob::dropSockets()
{
    if (m_udp) {
        m_udp->disconnect(this);
        m_udp->close();
        m_udp->deleteLater();
        m_udp = nullptr;
    }
    if (m_tcp) {
        m_tcp->disconnect(this);
        m_tcp->abort();
        m_tcp->deleteLater();
        m_tcp = nullptr;
    }
}

void DnsQueryJob::finish(const Result<DnsMessage> &result)
{
    if (m_done)
        return;
    m_done = true;
    m_timer->stop();
    dropSockets();
    Q_EMIT finished(result);
}

} // namespace Kt::Tunnel
