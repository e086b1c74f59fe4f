// DnsServer against real parts: the real `dig` asks it over UDP and TCP; cluster names it does
// not hold are answered by the cluster DNS (dnsmasq in the netlab netns) through a real
// SshTunnel + ProxyServer to the shadow sshd; other names by a local dnsmasq that this test
// starts as the "system" upstream (never the internet). The host reaches the cluster DNS only
// through the tunnel, which the test checks as well.
#include "testcluster.h"
#include "tunnel/dnsserver.h"
#include "tunnel/proxyserver.h"
#include "tunnel/servicedirectory.h"
#include "tunnel/sshkeypair.h"
#include "tunnel/sshtunnel.h"

#include <QNetworkProxy>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <memory>

using namespace Kt;
using namespace Kt::Tunnel;

namespace {

struct DigResult
{
    int exitCode = -1;
    QString status; // NOERROR, NXDOMAIN, ...
    QStringList flags; // qr aa rd ra ...
    QStringList answers; // RDATA of the answer section, sorted
    QString output;
};

// A TXT record longer than any UDP answer the server accepts from upstream (1232 bytes).
QStringList bigTxtStrings()
{
    QStringList strings;
    for (int i = 0; i < 7; ++i)
        strings.append(QString(200, QLatin1Char(static_cast<char>('a' + i))));
    return strings;
}

} // namespace

class TestDnsServerCluster : public QObject
{
    Q_OBJECT

private:
    QString m_ns;
    QString m_webIp;
    QString m_hiddenIp;
    QStringList m_dbIps;
    SshKeyPair m_key;
    std::unique_ptr<SshTunnel> m_tunnel;
    std::unique_ptr<ProxyServer> m_proxy;
    ServiceDirectory m_directory;
    std::unique_ptr<DnsServer> m_server;
    QTemporaryDir m_tmp;
    QProcess m_upstream; // dnsmasq: the system resolver stand-in
    QByteArray m_upstreamLog;
    quint16 m_upstreamPort = 0;

    static QString kubectlOut(const QStringList &args)
    {
        const auto run = TestCluster::kubectl(args);
        return run.exitCode == 0 ? QString::fromUtf8(run.out).trimmed() : QString();
    }

    // Runs dig without blocking the event loop: the DNS server, the proxy and the tunnel's
    // callbacks all live on it.
    DigResult dig(
        const QString &name, const QString &type, bool tcp, const QString &server, quint16 port)
    {
        QStringList args {QLatin1Char('@') + server, QStringLiteral("-p"), QString::number(port),
            name, type, QStringLiteral("+tries=1"), QStringLiteral("+time=15"),
            QStringLiteral("+nocookie")};
        if (tcp)
            args << QStringLiteral("+tcp");
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        TestProcess::dieWithTest(process);
        process.start(QStringLiteral("dig"), args);
        DigResult result;
        if (!finished.wait(60000)) {
            process.kill();
            result.output = QStringLiteral("dig timed out");
            return result;
        }
        result.exitCode = process.exitCode();
        result.output
            = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        static const QRegularExpression statusRe(QStringLiteral("status: ([A-Z]+)"));
        static const QRegularExpression flagsRe(QStringLiteral(";; flags: ([a-z ]+);"));
        if (const auto m = statusRe.match(result.output); m.hasMatch())
            result.status = m.captured(1);
        if (const auto m = flagsRe.match(result.output); m.hasMatch())
            result.flags = m.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        bool inAnswer = false;
        for (const QString &line : result.output.split(QLatin1Char('\n'))) {
            if (line.startsWith(QStringLiteral(";; ANSWER SECTION:"))) {
                inAnswer = true;
                continue;
            }
            if (!inAnswer)
                continue;
            if (line.trimmed().isEmpty())
                break;
            const QStringList fields = line.split(QRegularExpression(QStringLiteral("\\s+")));
            if (fields.size() >= 5)
                result.answers.append(fields.mid(4).join(QLatin1Char(' ')));
        }
        result.answers.sort();
        return result;
    }

    DigResult ask(const QString &name, const QString &type = QStringLiteral("A"), bool tcp = false)
    {
        return dig(name, type, tcp, QStringLiteral("127.0.0.1"), m_server->port());
    }

    static quint16 freePort()
    {
        // Free for both UDP and TCP right now; dnsmasq takes it a moment later.
        for (int i = 0; i < 20; ++i) {
            QUdpSocket udp;
            if (!udp.bind(QHostAddress::LocalHost, 0))
                continue;
            QTcpServer tcp;
            if (tcp.listen(QHostAddress::LocalHost, udp.localPort()))
                return udp.localPort();
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        KT_REQUIRE_CLUSTER();
        QVERIFY(m_tmp.isValid());
        m_ns = TestCluster::uniqueNamespace(QStringLiteral("dns"));
        QVERIFY(TestCluster::createNamespace(m_ns));
        auto key
            = SshKeyPair::generate(SshKeyPair::Type::Ed25519, QStringLiteral("ktdesk-dns-test"));
        QVERIFY(key.ok());
        m_key = *key;
        const QByteArray configMap
            = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: kt-dns-test-shadow\n  labels: "
              "{control-by: kt}\ndata:\n  authorized: \""
            + m_key.publicKey + "\"\n";
        QCOMPARE(TestCluster::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("apply"),
                                          QStringLiteral("-f"), QStringLiteral("-")},
                     configMap)
                     .exitCode,
            0);

        // web: a ClusterIP Service the directory holds; hidden: one it does not; db: headless
        // with two endpoints.
        for (const QString &name : {QStringLiteral("web"), QStringLiteral("hidden")}) {
            QCOMPARE(
                TestCluster::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("create"),
                                         QStringLiteral("service"), QStringLiteral("clusterip"),
                                         name, QStringLiteral("--tcp=80:8080")})
                    .exitCode,
                0);
        }
        QCOMPARE(
            TestCluster::kubectl(
                {QStringLiteral("-n"), m_ns, QStringLiteral("create"), QStringLiteral("deployment"),
                    QStringLiteral("db"), QStringLiteral("--image=postgres"),
                    QStringLiteral("--replicas=2"), QStringLiteral("--port=5432")})
                .exitCode,
            0);
        QCOMPARE(TestCluster::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("create"),
                                          QStringLiteral("service"), QStringLiteral("clusterip"),
                                          QStringLiteral("db"), QStringLiteral("--clusterip=None"),
                                          QStringLiteral("--tcp=5432:5432")})
                     .exitCode,
            0);
        QCOMPARE(TestCluster::kubectl(
                     {QStringLiteral("-n"), m_ns, QStringLiteral("wait"),
                         QStringLiteral("--for=condition=Available"),
                         QStringLiteral("deployment/db"), QStringLiteral("--timeout=60s")})
                     .exitCode,
            0);
        const QStringList jsonIp {
            QStringLiteral("-o"), QStringLiteral("jsonpath={.spec.clusterIP}")};
        m_webIp = kubectlOut(QStringList {QStringLiteral("-n"), m_ns, QStringLiteral("get"),
                                 QStringLiteral("service"), QStringLiteral("web")}
            + jsonIp);
        m_hiddenIp = kubectlOut(QStringList {QStringLiteral("-n"), m_ns, QStringLiteral("get"),
                                    QStringLiteral("service"), QStringLiteral("hidden")}
            + jsonIp);
        QVERIFY(!QHostAddress(m_webIp).isNull());
        QVERIFY(!QHostAddress(m_hiddenIp).isNull());
        // Setup only (nothing of ours runs yet): blocking kubectl in the retry loop is fine.
        const auto dbEndpoints = [this] {
            return kubectlOut(
                {QStringLiteral("-n"), m_ns, QStringLiteral("get"), QStringLiteral("endpoints"),
                    QStringLiteral("db"), QStringLiteral("-o"),
                    QStringLiteral("jsonpath={.subsets[*].addresses[*].ip}")})
                .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        };
        QTRY_COMPARE_WITH_TIMEOUT(dbEndpoints().size(), 2, 30000);
        m_dbIps = dbEndpoints();
        m_dbIps.sort();

        // The cluster DNS has the Services once netlab-sync has written them.
        const auto clusterDnsKnowsThem = [this] {
            QFile file(TestCluster::stateDir() + QStringLiteral("/dns/cluster"));
            if (!file.open(QIODevice::ReadOnly))
                return false;
            const QByteArray text = file.readAll();
            return text.contains(QStringLiteral("hidden.%1.svc.cluster.local").arg(m_ns).toUtf8())
                && text.contains(QStringLiteral("db.%1.svc.cluster.local").arg(m_ns).toUtf8());
        };
        QTRY_VERIFY_WITH_TIMEOUT(clusterDnsKnowsThem(), 30000);

        // The tunnel and its SOCKS proxy, as connect's vpn mode has them.
        m_tunnel = std::make_unique<SshTunnel>();
        SshEndpoint endpoint;
        endpoint.host = TestCluster::sshdAddress();
        endpoint.port = 22;
        endpoint.privateKey = m_key.privateKey;
        endpoint.description = QStringLiteral("test shadow");
        m_tunnel->start(endpoint);
        QTRY_COMPARE_WITH_TIMEOUT(m_tunnel->state(), SshTunnel::State::Active, 20000);
        m_proxy = std::make_unique<ProxyServer>(m_tunnel.get());
        QVERIFY(m_proxy->listen(QHostAddress::LocalHost, 0).ok());

        // The upstream resolver: a local dnsmasq that knows example.test only.
        m_upstreamPort = freePort();
        QVERIFY(m_upstreamPort != 0);
        connect(&m_upstream, &QProcess::readyReadStandardError, this,
            [this] { m_upstreamLog += m_upstream.readAllStandardError(); });
        TestProcess::dieWithTest(m_upstream);
        m_upstream.start(QStringLiteral("dnsmasq"),
            {QStringLiteral("--keep-in-foreground"), QStringLiteral("--conf-file=/dev/null"),
                QStringLiteral("--no-resolv"), QStringLiteral("--no-hosts"),
                QStringLiteral("--listen-address=127.0.0.1"), QStringLiteral("--bind-interfaces"),
                QStringLiteral("--port=%1").arg(m_upstreamPort),
                QStringLiteral("--address=/example.test/192.0.2.7"),
                QStringLiteral("--local-ttl=30"),
                QStringLiteral("--txt-record=big.example.test,")
                    + bigTxtStrings().join(QLatin1Char(',')),
                QStringLiteral("--log-facility=-"), QStringLiteral("--log-queries"),
                QStringLiteral("--pid-file=") + m_tmp.filePath(QStringLiteral("dnsmasq.pid"))});
        QTRY_VERIFY2_WITH_TIMEOUT(
            m_upstreamLog.contains("started"), m_upstreamLog.constData(), 10000);

        m_directory.setCurrentNamespace(m_ns);
        m_directory.upsert(m_ns, QStringLiteral("web"), {QHostAddress(m_webIp)});
        QList<QHostAddress> endpoints;
        for (const QString &ip : std::as_const(m_dbIps))
            endpoints.append(QHostAddress(ip));
        m_directory.upsert(m_ns, QStringLiteral("db"), endpoints, true);

        DnsServer::Config config;
        config.port = 0;
        config.clusterDns = DnsUpstream {QHostAddress(QStringLiteral("10.96.0.10")), 53};
        config.clusterProxy = QNetworkProxy(
            QNetworkProxy::Socks5Proxy, QStringLiteral("127.0.0.1"), m_proxy->port());
        config.upstreams = {DnsUpstream {QHostAddress::LocalHost, m_upstreamPort}};
        m_server = std::make_unique<DnsServer>(&m_directory);
        const auto started = m_server->start(config);
        QVERIFY2(started.ok(), qPrintable(started.error().toString()));
    }

    void cleanupTestCase()
    {
        m_server.reset();
        m_proxy.reset();
        if (m_tunnel) {
            m_tunnel->stop();
            QTRY_COMPARE_WITH_TIMEOUT(m_tunnel->state(), SshTunnel::State::Stopped, 10000);
        }
        if (m_upstream.state() != QProcess::NotRunning) {
            QSignalSpy finished(&m_upstream, &QProcess::finished);
            m_upstream.terminate();
            if (!finished.wait(5000))
                m_upstream.kill();
        }
        if (!m_ns.isEmpty())
            TestCluster::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns,
                QStringLiteral("--wait=false")});
    }

    void serviceNameForms_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<bool>("tcp");
        for (const bool tcp : {false, true}) {
            const char *transport = tcp ? "tcp" : "udp";
            QTest::addRow("svc, %s", transport) << QStringLiteral("web") << tcp;
            QTest::addRow("svc.ns, %s", transport) << QStringLiteral("web.%1") << tcp;
            QTest::addRow("svc.ns.svc, %s", transport) << QStringLiteral("web.%1.svc") << tcp;
            QTest::addRow("svc.ns.svc.cluster.local, %s", transport)
                << QStringLiteral("web.%1.svc.cluster.local") << tcp;
        }
    }

    void serviceNameForms()
    {
        QFETCH(QString, form);
        QFETCH(bool, tcp);
        const QString name = form.contains(QStringLiteral("%1")) ? form.arg(m_ns) : form;
        const quint64 forwarded = m_server->counters().forwardedToCluster;
        const DigResult result = ask(name, QStringLiteral("A"), tcp);
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
        QCOMPARE(result.status, QStringLiteral("NOERROR"));
        QVERIFY2(result.flags.contains(QStringLiteral("aa")), qPrintable(result.output));
        QVERIFY(result.flags.contains(QStringLiteral("ra")));
        QCOMPARE(result.answers, QStringList {m_webIp});
        QCOMPARE(m_server->counters().forwardedToCluster, forwarded); // no round trip
    }

    void serviceWithoutIpv6IsNodata()
    {
        const DigResult result = ask(QStringLiteral("web.%1").arg(m_ns), QStringLiteral("AAAA"));
        QCOMPARE(result.status, QStringLiteral("NOERROR"));
        QVERIFY2(result.answers.isEmpty(), qPrintable(result.output));
        QVERIFY2(
            result.output.contains(QStringLiteral("AUTHORITY SECTION")), qPrintable(result.output));
    }

    void headlessServiceGivesEndpoints()
    {
        for (const bool tcp : {false, true}) {
            const DigResult result = ask(
                QStringLiteral("db.%1.svc.cluster.local").arg(m_ns), QStringLiteral("A"), tcp);
            QCOMPARE(result.status, QStringLiteral("NOERROR"));
            QCOMPARE(result.answers, m_dbIps);
        }
    }

    void clusterNameOutsideDirectoryComesThroughTunnel()
    {
        // The host cannot ask the cluster DNS itself: only the tunnel reaches it.
        const DigResult direct = dig(QStringLiteral("hidden.%1.svc.cluster.local").arg(m_ns),
            QStringLiteral("A"), true, QStringLiteral("10.96.0.10"), 53);
        QVERIFY2(direct.exitCode != 0 || direct.status.isEmpty(), qPrintable(direct.output));

        const DnsCounters before = m_server->counters();
        const quint64 channels = m_tunnel->counters().channelsOpened;
        const QString name = QStringLiteral("hidden.%1.svc.cluster.local").arg(m_ns);
        const DigResult result = ask(name);
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
        QCOMPARE(result.status, QStringLiteral("NOERROR"));
        QCOMPARE(result.answers, QStringList {m_hiddenIp});
        QVERIFY(!result.flags.contains(QStringLiteral("aa"))); // relayed, not ours
        QCOMPARE(m_server->counters().forwardedToCluster, before.forwardedToCluster + 1);
        QVERIFY(m_tunnel->counters().channelsOpened > channels);

        // The netlab cluster DNS answers with TTL 0 (dnsmasq's --local-ttl default): such an
        // answer is used once and not cached, so asking again (over TCP) asks the cluster again.
        const DigResult again = ask(name, QStringLiteral("A"), true);
        QCOMPARE(again.answers, QStringList {m_hiddenIp});
        QCOMPARE(m_server->counters().forwardedToCluster, before.forwardedToCluster + 2);
        QCOMPARE(m_server->counters().cacheHits, before.cacheHits);
    }

    void missingClusterNameIsNxdomain()
    {
        const quint64 forwarded = m_server->counters().forwardedToCluster;
        for (const bool tcp : {false, true}) {
            const DigResult result = ask(
                QStringLiteral("missing.%1.svc.cluster.local").arg(m_ns), QStringLiteral("A"), tcp);
            QVERIFY2(result.exitCode == 0, qPrintable(result.output));
            QCOMPARE(result.status, QStringLiteral("NXDOMAIN"));
            QVERIFY(result.answers.isEmpty());
        }
        // The first came from the cluster DNS, the second from the negative cache.
        QCOMPARE(m_server->counters().forwardedToCluster, forwarded + 1);
    }

    void otherNamesGoToTheUpstream()
    {
        const DnsCounters before = m_server->counters();
        const DigResult udp = ask(QStringLiteral("www.example.test"));
        QVERIFY2(udp.exitCode == 0, qPrintable(udp.output));
        QCOMPARE(udp.status, QStringLiteral("NOERROR"));
        QCOMPARE(udp.answers, QStringList {QStringLiteral("192.0.2.7")});
        QVERIFY(!udp.flags.contains(QStringLiteral("aa")));
        const DigResult tcp = ask(QStringLiteral("api.example.test"), QStringLiteral("A"), true);
        QCOMPARE(tcp.status, QStringLiteral("NOERROR"));
        QCOMPARE(tcp.answers, QStringList {QStringLiteral("192.0.2.7")});
        QCOMPARE(m_server->counters().forwardedUpstream, before.forwardedUpstream + 2);
        QVERIFY2(m_upstreamLog.contains("query[A] www.example.test"), m_upstreamLog.constData());

        // Its TTL is 30 s: asked again, in another case, the answer comes from the cache.
        const qsizetype logged = m_upstreamLog.size();
        const DigResult cached = ask(QStringLiteral("WWW.Example.Test"), QStringLiteral("A"), true);
        QCOMPARE(cached.answers, QStringList {QStringLiteral("192.0.2.7")});
        QCOMPARE(m_server->counters().forwardedUpstream, before.forwardedUpstream + 2);
        QCOMPARE(m_server->counters().cacheHits, before.cacheHits + 1);
        QVERIFY2(!m_upstreamLog.mid(logged).contains("query[A]"), m_upstreamLog.constData());
        QVERIFY2(cached.output.contains(QStringLiteral("WWW.Example.Test.")),
            qPrintable(cached.output)); // the question as asked
    }

    void largeUpstreamAnswerFallsBackToTcp()
    {
        // dnsmasq truncates it over UDP; the server asks again over TCP, and dig (UDP, 1232
        // bytes) is told to retry over TCP in turn.
        const DigResult result = ask(QStringLiteral("big.example.test"), QStringLiteral("TXT"));
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
        QCOMPARE(result.status, QStringLiteral("NOERROR"));
        QCOMPARE(result.answers.size(), 1);
        for (const QString &text : bigTxtStrings())
            QVERIFY2(result.answers.first().contains(text), qPrintable(result.output));
        QVERIFY2(result.output.contains(QStringLiteral("Truncated, retrying in TCP mode")),
            qPrintable(result.output));
    }

    void countersAddUp()
    {
        const DnsCounters counters = m_server->counters();
        QVERIFY(counters.queries >= counters.answeredLocally + counters.cacheHits
                + counters.forwardedToCluster + counters.forwardedUpstream);
        QCOMPARE(counters.failures, quint64(0));
        QCOMPARE(counters.malformed, quint64(0));
    }
};

QTEST_GUILESS_MAIN(TestDnsServerCluster)
#include "tst_dnsservercluster.moc"
