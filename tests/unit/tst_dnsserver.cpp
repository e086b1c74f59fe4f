// DnsServer on loopback, without a cluster: answers from the ServiceDirectory over UDP and TCP,
// truncation, malformed queries, EDNS, and SERVFAIL when an upstream fails. The answers that
// come from real upstreams (dnsmasq, the cluster DNS through the tunnel) are checked in
// tests/integration/tst_dnsservercluster.cpp.
#include "tunnel/dnsserver.h"
#include "tunnel/servicedirectory.h"

#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>
#include <QUdpSocket>
#include <QtEndian>

using namespace Kt;
using namespace Kt::Tunnel;

namespace {

QByteArray query(
    quint16 id, const QByteArray &name, quint16 type, std::optional<DnsEdns> edns = std::nullopt)
{
    DnsMessage message;
    message.id = id;
    message.recursionDesired = true;
    message.questions = {DnsQuestion {name, type, DnsClass::IN}};
    message.edns = edns;
    return message.encode();
}

QByteArray framed(const QByteArray &wire)
{
    QByteArray out;
    out.append(static_cast<char>(wire.size() >> 8));
    out.append(static_cast<char>(wire.size() & 0xFF));
    return out + wire;
}

// A UDP client of the server: sends datagrams, waits for answers on the event loop.
class UdpClient
{
public:
    explicit UdpClient(quint16 serverPort)
        : m_port(serverPort)
    {
        m_socket.bind(QHostAddress::LocalHost, 0);
    }

    void send(const QByteArray &wire)
    {
        m_socket.writeDatagram(wire, QHostAddress::LocalHost, m_port);
    }

    std::optional<DnsMessage> receive(int timeoutMs = 10000)
    {
        if (!m_socket.hasPendingDatagrams()) {
            QSignalSpy ready(&m_socket, &QUdpSocket::readyRead);
            if (!ready.wait(timeoutMs))
                return std::nullopt;
        }
        const auto parsed = DnsMessage::parse(m_socket.receiveDatagram().data());
        if (!parsed)
            return std::nullopt;
        return *parsed;
    }

    std::optional<DnsMessage> ask(const QByteArray &wire)
    {
        send(wire);
        return receive();
    }

    QUdpSocket m_socket;

private:
    quint16 m_port;
};

// Reads `count` length-prefixed answers from a TCP connection.
QList<DnsMessage> readTcpAnswers(QTcpSocket &socket, int count)
{
    QList<DnsMessage> answers;
    QByteArray buffer;
    while (answers.size() < count) {
        if (socket.bytesAvailable() == 0) {
            QSignalSpy ready(&socket, &QTcpSocket::readyRead);
            if (!ready.wait(10000))
                break;
        }
        buffer += socket.readAll();
        while (buffer.size() >= 2) {
            const quint16 length = qFromBigEndian<quint16>(buffer.constData());
            if (buffer.size() < 2 + length)
                break;
            if (auto parsed = DnsMessage::parse(buffer.mid(2, length)))
                answers.append(*parsed);
            buffer.remove(0, 2 + length);
        }
    }
    return answers;
}

QStringList addresses(const DnsMessage &message)
{
    QStringList out;
    for (const DnsRecord &record : message.answers)
        out.append(record.toAddress().toString());
    out.sort();
    return out;
}

} // namespace

class TestDnsServer : public QObject
{
    Q_OBJECT

private:
    ServiceDirectory m_directory;
    QUdpSocket m_silentUpstream; // receives queries, never answers: an upstream that hangs

    DnsServer::Config config()
    {
        DnsServer::Config config;
        config.port = 0;
        config.upstreams = {DnsUpstream {QHostAddress::LocalHost, m_silentUpstream.localPort()}};
        config.upstreamTimeoutMs = 300;
        // A cluster DNS that refuses TCP: a port that was just free.
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        config.clusterDns = DnsUpstream {QHostAddress::LocalHost, probe.serverPort()};
        config.clusterTimeoutMs = 2000;
        return config;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_silentUpstream.bind(QHostAddress::LocalHost, 0));
        m_directory.setCurrentNamespace(QStringLiteral("default"));
        m_directory.upsert(QStringLiteral("default"), QStringLiteral("web"),
            {QHostAddress(QStringLiteral("10.96.0.20"))});
        m_directory.upsert(QStringLiteral("team"), QStringLiteral("db"),
            {QHostAddress(QStringLiteral("10.244.0.5")), QHostAddress(QStringLiteral("10.244.0.6")),
                QHostAddress(QStringLiteral("fd00::5"))},
            true);
        QList<QHostAddress> many;
        for (int i = 0; i < 100; ++i)
            many.append(QHostAddress(QStringLiteral("10.244.1.%1").arg(i)));
        m_directory.upsert(QStringLiteral("team"), QStringLiteral("big"), many, true);
    }

    void answersServicesOverUdp()
    {
        DnsServer server(&m_directory);
        QSignalSpy states(&server, &DnsServer::stateChanged);
        QVERIFY(server.start(config()).ok());
        QCOMPARE(server.state(), DnsServer::State::Listening);
        QCOMPARE(states.size(), 1);
        QCOMPARE(server.address(), QHostAddress(QHostAddress::LocalHost));
        QVERIFY(server.port() != 0);
        UdpClient client(server.port());

        for (const QByteArray &name : {QByteArray("Web.default.svc.cluster.local"),
                 QByteArray("web.default.svc"), QByteArray("web.default"), QByteArray("web")}) {
            const auto answer = client.ask(query(0x5151, name, DnsType::A));
            QVERIFY(answer.has_value());
            QCOMPARE(answer->id, quint16(0x5151));
            QVERIFY(answer->response);
            QVERIFY(answer->authoritative);
            QVERIFY(answer->recursionAvailable);
            QVERIFY(answer->recursionDesired);
            QCOMPARE(answer->rcode, DnsRcode::NoError);
            QCOMPARE(answer->questions.first().name, name); // as asked, case and all
            QCOMPARE(addresses(*answer), QStringList {QStringLiteral("10.96.0.20")});
            QCOMPARE(answer->answers.first().ttl, DnsServer::kServiceTtl);
        }
        QCOMPARE(server.counters().queries, quint64(4));
        QCOMPARE(server.counters().answeredLocally, quint64(4));
        QCOMPARE(server.counters().forwardedUpstream, quint64(0));

        // The Service exists, without IPv6: NODATA with an SOA for negative caching.
        const auto aaaa = client.ask(query(2, "web.default.svc.cluster.local", DnsType::AAAA));
        QVERIFY(aaaa.has_value());
        QCOMPARE(aaaa->rcode, DnsRcode::NoError);
        QVERIFY(aaaa->answers.isEmpty());
        QCOMPARE(aaaa->authorities.size(), 1);
        QCOMPARE(aaaa->authorities.first().type, DnsType::SOA);
        const auto mx = client.ask(query(3, "web.default", DnsType::MX));
        QVERIFY(mx.has_value());
        QCOMPARE(mx->rcode, DnsRcode::NoError);
        QVERIFY(mx->answers.isEmpty());

        // Headless: the endpoints, by family.
        const auto db = client.ask(query(4, "db.team.svc.cluster.local", DnsType::A));
        QVERIFY(db.has_value());
        QCOMPARE(addresses(*db),
            (QStringList {QStringLiteral("10.244.0.5"), QStringLiteral("10.244.0.6")}));
        const auto db6 = client.ask(query(5, "db.team", DnsType::AAAA));
        QVERIFY(db6.has_value());
        QCOMPARE(addresses(*db6), QStringList {QStringLiteral("fd00::5")});
        const auto any = client.ask(query(6, "db.team.svc", DnsType::ANY));
        QVERIFY(any.has_value());
        QCOMPARE(any->answers.size(), 3);

        // Queries that carry EDNS get an OPT back; an unknown EDNS version gets BADVERS.
        const auto edns = client.ask(query(7, "web", DnsType::A, DnsEdns {4096, 0, true, {}}));
        QVERIFY(edns.has_value());
        QVERIFY(edns->edns.has_value());
        QCOMPARE(edns->answers.size(), 1);
        const auto badvers = client.ask(query(8, "web", DnsType::A, DnsEdns {4096, 1, false, {}}));
        QVERIFY(badvers.has_value());
        QCOMPARE(badvers->rcode, DnsRcode::BadVers);
        QVERIFY(badvers->edns.has_value());
        QVERIFY(badvers->answers.isEmpty());
    }

    void answersOverTcpPipelined()
    {
        DnsServer server(&m_directory);
        QVERIFY(server.start(config()).ok());
        QTcpSocket socket;
        socket.setProxy(QNetworkProxy::NoProxy);
        QSignalSpy connected(&socket, &QTcpSocket::connected);
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(connected.wait(5000));
        // Two queries in one write, the second split over two writes.
        const QByteArray second = framed(query(22, "big.team", DnsType::A));
        socket.write(framed(query(21, "db.team.svc.cluster.local", DnsType::A)) + second.left(5));
        socket.flush();
        QTest::qWait(0);
        socket.write(second.mid(5));
        const auto answers = readTcpAnswers(socket, 2);
        QCOMPARE(answers.size(), 2);
        QCOMPARE(answers.at(0).id, quint16(21));
        QCOMPARE(answers.at(0).answers.size(), 2);
        QCOMPARE(answers.at(1).id, quint16(22));
        QCOMPARE(answers.at(1).answers.size(), 100); // TCP: no truncation
        QVERIFY(!answers.at(1).truncated);
    }

    void truncatesLargeUdpAnswers()
    {
        DnsServer server(&m_directory);
        QVERIFY(server.start(config()).ok());
        UdpClient client(server.port());
        const auto classic = client.ask(query(31, "big.team", DnsType::A));
        QVERIFY(classic.has_value());
        QVERIFY(classic->truncated);
        QVERIFY(classic->answers.isEmpty());
        QCOMPARE(classic->questions.first().name, QByteArray("big.team"));
        // With EDNS the client's buffer decides.
        const auto large
            = client.ask(query(32, "big.team", DnsType::A, DnsEdns {4096, 0, false, {}}));
        QVERIFY(large.has_value());
        QVERIFY(!large->truncated);
        QCOMPARE(large->answers.size(), 100);
    }

    void malformedQueries()
    {
        DnsServer server(&m_directory);
        QVERIFY(server.start(config()).ok());
        UdpClient client(server.port());

        // Shorter than a header, and a response: dropped. The first answer that comes is for the
        // good query sent after them.
        client.send(QByteArray("\x12\x34\x01", 3));
        DnsMessage response;
        response.id = 0x7777;
        response.response = true;
        response.questions = {DnsQuestion {"web", DnsType::A, DnsClass::IN}};
        client.send(response.encode());
        auto answer = client.ask(query(41, "web", DnsType::A));
        QVERIFY(answer.has_value());
        QCOMPARE(answer->id, quint16(41));

        // A header with a broken name: FORMERR with the id.
        answer = client.ask(QByteArray(
            "\xAB\xCD\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00\xC0\x0C\x00\x01\x00\x01", 18));
        QVERIFY(answer.has_value());
        QCOMPARE(answer->id, quint16(0xABCD));
        QCOMPARE(answer->rcode, DnsRcode::FormErr);

        // Two questions: FORMERR; no question: FORMERR.
        DnsMessage two;
        two.id = 42;
        two.questions = {DnsQuestion {"web", DnsType::A, DnsClass::IN},
            DnsQuestion {"db.team", DnsType::A, DnsClass::IN}};
        answer = client.ask(two.encode());
        QVERIFY(answer.has_value());
        QCOMPARE(answer->rcode, DnsRcode::FormErr);
        two.questions.clear();
        answer = client.ask(two.encode());
        QVERIFY(answer.has_value());
        QCOMPARE(answer->rcode, DnsRcode::FormErr);

        // Another opcode (NOTIFY) and another class (CHAOS): not implemented.
        DnsMessage notify;
        notify.id = 43;
        notify.opcode = 4;
        notify.questions = {DnsQuestion {"web", DnsType::SOA, DnsClass::IN}};
        answer = client.ask(notify.encode());
        QVERIFY(answer.has_value());
        QCOMPARE(answer->rcode, DnsRcode::NotImp);
        DnsMessage chaos;
        chaos.id = 44;
        chaos.questions = {DnsQuestion {"version.bind", DnsType::TXT, 3}};
        answer = client.ask(chaos.encode());
        QVERIFY(answer.has_value());
        QCOMPARE(answer->rcode, DnsRcode::NotImp);

        QCOMPARE(server.counters().malformed, quint64(5));
        QCOMPARE(server.counters().queries, quint64(8));

        // Still serving.
        QVERIFY(client.ask(query(45, "web", DnsType::A)).has_value());
    }

    void failedUpstreamGetsServfail()
    {
        DnsServer server(&m_directory);
        QVERIFY(server.start(config()).ok());
        UdpClient first(server.port());
        UdpClient second(server.port());
        // The same question twice at once: one exchange, two SERVFAILs.
        first.send(query(51, "www.example.test", DnsType::A));
        second.send(query(52, "WWW.example.test", DnsType::A));
        const auto a = first.receive();
        const auto b = second.receive();
        QVERIFY(a.has_value() && b.has_value());
        QCOMPARE(a->id, quint16(51));
        QCOMPARE(a->rcode, DnsRcode::ServFail);
        QCOMPARE(b->id, quint16(52));
        QCOMPARE(b->rcode, DnsRcode::ServFail);
        QCOMPARE(b->questions.first().name, QByteArray("WWW.example.test"));
        QCOMPARE(server.counters().forwardedUpstream, quint64(1));
        QCOMPARE(server.counters().failures, quint64(2));
        // The upstream was asked once, with our own id and an OPT record.
        QVERIFY(m_silentUpstream.hasPendingDatagrams());
        const auto asked = DnsMessage::parse(m_silentUpstream.receiveDatagram().data());
        QVERIFY(asked.ok());
        QCOMPARE(DnsMessage::canonicalName(asked->questions.first().name),
            QByteArray("www.example.test"));
        QVERIFY(asked->edns.has_value());
        QVERIFY(asked->recursionDesired);
        QVERIFY(!m_silentUpstream.hasPendingDatagrams());
        // A failure is not cached: the next query is forwarded again.
        const auto again = first.ask(query(53, "www.example.test", DnsType::A));
        QVERIFY(again.has_value());
        QCOMPARE(again->rcode, DnsRcode::ServFail);
        QCOMPARE(server.counters().forwardedUpstream, quint64(2));
        while (m_silentUpstream.hasPendingDatagrams())
            m_silentUpstream.receiveDatagram();
    }

    void unreachableClusterDnsGetsServfail()
    {
        DnsServer server(&m_directory);
        QVERIFY(server.start(config()).ok());
        UdpClient client(server.port());
        // A cluster name the directory does not know goes to the cluster DNS, which refuses.
        const auto answer = client.ask(query(61, "other.default.svc.cluster.local", DnsType::A));
        QVERIFY(answer.has_value());
        QCOMPARE(answer->rcode, DnsRcode::ServFail);
        QCOMPARE(server.counters().forwardedToCluster, quint64(1));
        QCOMPARE(server.counters().failures, quint64(1));
    }

    void listensOnLoopbackOnly()
    {
        DnsServer server(&m_directory);
        QSignalSpy errors(&server, &DnsServer::errorOccurred);
        DnsServer::Config wide = config();
        wide.address = QHostAddress(QHostAddress::AnyIPv4);
        const auto result = server.start(wide);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QCOMPARE(server.state(), DnsServer::State::Failed);
        QCOMPARE(errors.size(), 1);
        // Another 127.x address is fine.
        DnsServer::Config other = config();
        other.address = QHostAddress(QStringLiteral("127.0.0.53"));
        QVERIFY(server.start(other).ok());
        QCOMPARE(server.address(), QHostAddress(QStringLiteral("127.0.0.53")));
        // A taken port is a clear error.
        DnsServer second(&m_directory);
        DnsServer::Config same = other;
        same.port = server.port();
        const auto taken = second.start(same);
        QVERIFY(!taken.ok());
        QCOMPARE(taken.error().code, ErrorCode::Conflict);
    }

    void stopsAndStartsAgain()
    {
        DnsServer server(&m_directory);
        QSignalSpy states(&server, &DnsServer::stateChanged);
        QVERIFY(server.start(config()).ok());
        server.stop();
        QCOMPARE(server.state(), DnsServer::State::Stopped);
        QCOMPARE(server.port(), quint16(0));
        QVERIFY(server.start(config()).ok());
        UdpClient client(server.port());
        QVERIFY(client.ask(query(71, "web", DnsType::A)).has_value());
        QCOMPARE(states.size(), 3);
    }

    void readsUpstreamsFromResolvConf()
    {
        QTemporaryFile resolvConf;
        QVERIFY(resolvConf.open());
        resolvConf.write("# written by a test\nsearch example.test\nnameserver 192.0.2.53\n"
                         "nameserver   fd00::53 \n; nameserver 192.0.2.1\nnameserver bogus\n"
                         "options ndots:1\nnameserver 127.0.0.1\n");
        resolvConf.close();
        QCOMPARE(
            DnsUpstream::fromResolvConf("nameserver 10.0.0.1\nnameserver fe80::1%eth0\n").size(),
            2);
        DnsServer server(&m_directory);
        DnsServer::Config fromFile = config();
        fromFile.upstreams.clear();
        fromFile.resolvConfPath = resolvConf.fileName();
        QVERIFY(server.start(fromFile).ok());
        // 127.0.0.1:53 is not us (we are on another port), so it stays.
        QCOMPARE(server.upstreams(),
            (QList<DnsUpstream> {{QHostAddress(QStringLiteral("192.0.2.53")), 53},
                {QHostAddress(QStringLiteral("fd00::53")), 53},
                {QHostAddress(QStringLiteral("127.0.0.1")), 53}}));
    }
};

QTEST_GUILESS_MAIN(TestDnsServer)
#include "tst_dnsserver.moc"
