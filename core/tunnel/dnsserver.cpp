#include "dnsserver.h"

#include "common/assert.h"
#include "common/logging.h"
#include "tunnel/dnsqueryjob.h"
#include "tunnel/servicedirectory.h"

#include <QFile>
#include <QNetworkDatagram>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUdpSocket>
#include <QtEndian>

#include <algorithm>
#include <memory>

namespace Kt::Tunnel {

namespace {

constexpr int kBindAttempts = 16; // port 0: UDP picks, TCP may find that port taken
constexpr quint16 kOurUdpSize = 1232; // the DNS flag day's safe EDNS size

bool isBelowOrAt(const QByteArray &name, const QByteArray &zone)
{
    return name == zone
        || (name.size() > zone.size() && name.endsWith(zone)
            && name.at(name.size() - zone.size() - 1) == '.');
}

} // namespace

DnsServer::DnsServer(ServiceDirectory *directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
{ }

DnsServer::~DnsServer()
{
    stop();
}

void DnsServer::setState(State state)
{
    if (m_state == state)
        return;
    KT_ASSERT_STATE(state != State::Idle, return );
    KT_ASSERT_STATE(state != State::Stopped || m_state == State::Listening, return );
    m_state = state;
    Q_EMIT stateChanged(state);
}

QHostAddress DnsServer::address() const
{
    return m_udp ? m_udp->localAddress() : QHostAddress();
}

quint16 DnsServer::port() const
{
    return m_udp ? m_udp->localPort() : 0;
}

Result<void> DnsServer::start(const Config &config)
{
    if (m_state == State::Listening || !m_directory) {
        qWarning("KT_ASSERT: DnsServer::start() while listening or without a directory");
        return Error {ErrorCode::Internal, tr("The DNS server cannot start twice."), {}, {}};
    }
    if (!config.address.isLoopback()) {
        Error error {ErrorCode::InvalidInput,
            tr("The DNS server only listens on a loopback address, not on %1.")
                .arg(config.address.toString()),
            {}, tr("Choose 127.0.0.1 or another 127.x address.")};
        setState(State::Failed);
        Q_EMIT errorOccurred(error);
        return error;
    }
    m_config = config;
    if (auto bound = bindSockets(config.address, config.port); !bound) {
        setState(State::Failed);
        Q_EMIT errorOccurred(bound.error());
        return bound;
    }
    m_upstreams = config.upstreams.isEmpty() ? systemUpstreams() : config.upstreams;
    if (m_upstreams.isEmpty())
        qCWarning(ktTunnel) << "DNS server: no upstream resolver; names outside the cluster "
                               "will get SERVFAIL";
    qCInfo(ktTunnel).noquote() << "DNS server listening on"
                               << DnsUpstream {address(), port()}.toString() << "cluster DNS"
                               << config.clusterDns.toString() << "upstreams" << m_upstreams.size();
    setState(State::Listening);
    return {};
}

Result<void> DnsServer::bindSockets(const QHostAddress &address, quint16 port)
{
    QString lastError;
    for (int attempt = 0; attempt < (port == 0 ? kBindAttempts : 1); ++attempt) {
        auto *udp = new QUdpSocket(this);
        udp->setProxy(QNetworkProxy::NoProxy);
        if (!udp->bind(address, port, QAbstractSocket::DontShareAddress)) {
            lastError = udp->errorString();
            delete udp;
            continue;
        }
        auto *tcp = new QTcpServer(this);
        tcp->setProxy(QNetworkProxy::NoProxy);
        if (!tcp->listen(address, udp->localPort())) {
            lastError = tcp->errorString();
            delete tcp;
            delete udp;
            continue;
        }
        m_udp = udp;
        m_tcp = tcp;
        connect(m_udp, &QUdpSocket::readyRead, this, &DnsServer::onUdpReadyRead);
        connect(m_tcp, &QTcpServer::newConnection, this, &DnsServer::onNewTcpConnection);
        return {};
    }
    return Error {ErrorCode::Conflict,
        tr("The DNS server cannot listen on %1 port %2: %3.")
            .arg(address.toString())
            .arg(port)
            .arg(lastError),
        {}, tr("Choose another DNS port, or stop what uses this one.")};
}

QList<DnsUpstream> DnsServer::systemUpstreams() const
{
    QFile file(m_config.resolvConfPath);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(ktTunnel) << "DNS server: cannot read" << m_config.resolvConfPath << ":"
                            << file.errorString();
        return {};
    }
    QList<DnsUpstream> servers = DnsUpstream::fromResolvConf(file.read(64 * 1024));
    // Once the system resolves through us, our own address must not become our upstream.
    servers.removeIf([this](const DnsUpstream &server) {
        return server.address.isEqual(m_udp->localAddress()) && server.port == m_udp->localPort();
    });
    return servers;
}

void DnsServer::stop()
{
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        it->job->disconnect(this);
        it->job->deleteLater();
    }
    m_pending.clear();
    if (m_tcp) {
        m_tcp->close();
        // Its connections are its children; they must not call back while being destroyed.
        for (QTcpSocket *socket : m_tcp->findChildren<QTcpSocket *>())
            socket->disconnect(this);
        delete m_tcp;
        m_tcp = nullptr;
    }
    m_tcpClients = 0;
    delete m_udp;
    m_udp = nullptr;
    m_cache.clear();
    if (m_state == State::Listening)
        setState(State::Stopped);
}

void DnsServer::onUdpReadyRead()
{
    while (m_udp && m_udp->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_udp->receiveDatagram();
        if (!datagram.isValid())
            continue;
        Client client;
        client.address = datagram.senderAddress();
        client.port = static_cast<quint16>(datagram.senderPort());
        handleQuery(datagram.data(), std::move(client));
    }
}

void DnsServer::onNewTcpConnection()
{
    while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
        if (m_tcpClients >= kMaxTcpClients) {
            qCWarning(ktTunnel) << "DNS server: too many TCP clients, refusing one";
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_tcpClients;
        auto buffer = std::make_shared<QByteArray>();
        auto *idle = new QTimer(socket);
        idle->setSingleShot(true);
        idle->start(kTcpIdleTimeoutMs);
        connect(idle, &QTimer::timeout, socket, &QTcpSocket::disconnectFromHost);
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            --m_tcpClients;
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer, idle] {
            idle->start(kTcpIdleTimeoutMs);
            *buffer += socket->readAll();
            while (buffer->size() >= 2) {
                const quint16 length = qFromBigEndian<quint16>(buffer->constData());
                if (buffer->size() < 2 + length)
                    return;
                const QByteArray message = buffer->mid(2, length);
                buffer->remove(0, 2 + length);
                Client client;
                client.address = socket->peerAddress();
                client.port = socket->peerPort();
                client.tcp = socket;
                handleQuery(message, std::move(client));
            }
        });
    }
}

void DnsServer::handleQuery(const QByteArray &wire, Client client)
{
    ++m_counters.queries;
    auto parsed = DnsMessage::parse(wire);
    if (!parsed) {
        ++m_counters.malformed;
        qCDebug(ktTunnel) << "DNS server: malformed query from" << client.address
                          << parsed.error().message;
        sendWire(client, DnsMessage::errorReplyFor(wire, DnsRcode::FormErr));
        return;
    }
    client.query = std::move(parsed).value();
    const DnsMessage &query = client.query;
    if (query.response) {
        ++m_counters.malformed; // a response sent to us: never answer (loops)
        return;
    }
    if (query.opcode != DnsMessage::kOpcodeQuery) {
        reply(client, DnsMessage::replyTo(query, DnsRcode::NotImp, kOurUdpSize));
        return;
    }
    if (query.questions.size() != 1) {
        ++m_counters.malformed;
        reply(client, DnsMessage::replyTo(query, DnsRcode::FormErr, kOurUdpSize));
        return;
    }
    if (query.edns && query.edns->version > 0) {
        reply(client, DnsMessage::replyTo(query, DnsRcode::BadVers, kOurUdpSize));
        return;
    }
    const DnsQuestion &question = query.questions.first();
    if (question.klass != DnsClass::IN) {
        reply(client, DnsMessage::replyTo(query, DnsRcode::NotImp, kOurUdpSize));
        return;
    }
    if (answerFromDirectory(client))
        return;
    if (auto cached = m_cache.lookup(question)) {
        ++m_counters.cacheHits;
        DnsMessage answer = DnsMessage::replyTo(query, cached->rcode, kOurUdpSize);
        answer.answers = cached->answers;
        answer.authorities = cached->authorities;
        answer.additionals = cached->additionals;
        reply(client, answer);
        return;
    }
    forward(std::move(client), isClusterName(question.name) ? Route::Cluster : Route::Upstream);
}

bool DnsServer::isClusterName(const QByteArray &name) const
{
    if (m_directory->isInClusterDomain(name))
        return true;
    const QByteArray canonical = DnsMessage::canonicalName(name);
    return std::any_of(m_config.extraClusterZones.cbegin(), m_config.extraClusterZones.cend(),
        [&canonical](const QByteArray &zone) {
            return isBelowOrAt(canonical, DnsMessage::canonicalName(zone));
        });
}

bool DnsServer::answerFromDirectory(const Client &client)
{
    const DnsQuestion &question = client.query.questions.first();
    const auto service = m_directory->find(question.name);
    if (!service)
        return false;
    ++m_counters.answeredLocally;
    DnsMessage answer = DnsMessage::replyTo(client.query, DnsRcode::NoError, kOurUdpSize);
    answer.authoritative = true;
    for (const QHostAddress &address : service->addresses) {
        const bool v4 = address.protocol() == QAbstractSocket::IPv4Protocol;
        if (question.type == DnsType::ANY || (question.type == DnsType::A && v4)
            || (question.type == DnsType::AAAA && !v4))
            answer.answers.append(DnsRecord::address(question.name, address, kServiceTtl));
    }
    if (answer.answers.isEmpty()) {
        // NODATA: the Service exists, not with this type. The SOA lets resolvers cache that.
        const QByteArray domain = m_directory->clusterDomainName();
        answer.authorities.append(DnsRecord::soa(
            domain, "ns.dns." + domain, "hostmaster." + domain, 1, kServiceTtl, kServiceTtl));
    }
    reply(client, answer);
    return true;
}

void DnsServer::forward(Client client, Route route)
{
    const DnsQuestion &question = client.query.questions.first();
    const PendingKey key {
        DnsMessage::canonicalName(question.name), question.type, question.klass, route};
    if (auto it = m_pending.find(key); it != m_pending.end()) {
        it->waiters.append(std::move(client));
        return;
    }
    if (m_pending.size() >= kMaxPendingExchanges) {
        qCWarning(ktTunnel) << "DNS server: too many queries in flight, answering SERVFAIL";
        ++m_counters.failures;
        reply(client, DnsMessage::replyTo(client.query, DnsRcode::ServFail, kOurUdpSize));
        return;
    }
    DnsQueryJob::Request request;
    request.question = question;
    request.recursionDesired = true;
    if (route == Route::Cluster) {
        ++m_counters.forwardedToCluster;
        request.servers = {m_config.clusterDns};
        request.transport = DnsQueryJob::Transport::Tcp;
        request.proxy = m_config.clusterProxy;
        request.attemptTimeoutMs = m_config.clusterTimeoutMs;
    } else {
        ++m_counters.forwardedUpstream;
        request.servers = m_upstreams;
        request.transport = DnsQueryJob::Transport::Udp;
        request.attemptTimeoutMs = m_config.upstreamTimeoutMs;
    }
    auto *job = new DnsQueryJob(std::move(request), this);
    connect(job, &DnsQueryJob::finished, this,
        [this, key](const Result<DnsMessage> &result) { onExchangeFinished(key, result); });
    m_pending.insert(key, Pending {job, {std::move(client)}});
    job->start();
}

void DnsServer::onExchangeFinished(const PendingKey &key, const Result<DnsMessage> &result)
{
    const auto it = m_pending.find(key);
    if (it == m_pending.end())
        return;
    const Pending pending = *it;
    m_pending.erase(it);
    pending.job->deleteLater();
    if (!result) {
        qCInfo(ktTunnel).noquote() << "DNS server: SERVFAIL for" << key.name << "-"
                                   << result.error().message << result.error().detail;
    } else if (DnsCache::cacheTtl(*result) > 0) {
        m_cache.insert(pending.waiters.first().query.questions.first(), *result);
    }
    for (const Client &client : pending.waiters) {
        if (!result) {
            ++m_counters.failures;
            reply(client, DnsMessage::replyTo(client.query, DnsRcode::ServFail, kOurUdpSize));
            continue;
        }
        const DnsMessage &upstream = *result;
        // Codes that need EDNS (above 15) mean nothing to the client: the exchange failed.
        const bool usable = static_cast<quint16>(upstream.rcode) <= 15;
        if (!usable || upstream.rcode == DnsRcode::ServFail)
            ++m_counters.failures;
        DnsMessage answer = DnsMessage::replyTo(
            client.query, usable ? upstream.rcode : DnsRcode::ServFail, kOurUdpSize);
        if (usable) {
            answer.answers = upstream.answers;
            answer.authorities = upstream.authorities;
            answer.additionals = upstream.additionals;
        }
        reply(client, answer);
    }
}

void DnsServer::reply(const Client &client, const DnsMessage &message)
{
    qsizetype maxSize = DnsMessage::kMaxSize;
    if (!client.tcp) {
        maxSize = DnsMessage::kClassicUdpSize;
        if (client.query.edns)
            maxSize = std::max<qsizetype>(maxSize, client.query.edns->udpPayloadSize);
    }
    QByteArray wire = message.encode(maxSize);
    if (wire.isEmpty()) {
        qCWarning(ktTunnel) << "DNS server: an answer for" << client.address
                            << "could not be encoded; answering SERVFAIL";
        ++m_counters.failures;
        wire = DnsMessage::replyTo(client.query, DnsRcode::ServFail, kOurUdpSize).encode(maxSize);
    }
    sendWire(client, wire);
}

void DnsServer::sendWire(const Client &client, const QByteArray &wire)
{
    if (wire.isEmpty())
        return;
    if (client.tcp) {
        if (client.tcp->state() != QAbstractSocket::ConnectedState)
            return;
        QByteArray framed;
        framed.reserve(wire.size() + 2);
        framed.append(static_cast<char>(wire.size() >> 8));
        framed.append(static_cast<char>(wire.size() & 0xFF));
        framed.append(wire);
        client.tcp->write(framed);
        return;
    }
    if (m_udp)
        m_udp->writeDatagram(wire, client.address, client.port);
}

} // namespace Kt::Tunnel
