// SshTunnel, ProxyServer and remote forwards against the real shadow sshd of the local cluster
// and real HTTP servers in its cluster netns. The host reaches the netns only through the sshd,
// so every successful request below was carried by the tunnel.
#include "testcluster.h"
#include "tunnel/proxyserver.h"
#include "tunnel/sshkeypair.h"
#include "tunnel/sshtunnel.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Kt;
using namespace Kt::Tunnel;

class TestSshTunnel : public QObject
{
    Q_OBJECT

private:
    QString m_ns;
    SshKeyPair m_key;
    QByteArray m_hostKey;

    SshEndpoint endpoint() const
    {
        SshEndpoint endpoint;
        endpoint.host = TestCluster::sshdAddress();
        endpoint.port = 22;
        endpoint.privateKey = m_key.privateKey;
        endpoint.description = QStringLiteral("test shadow");
        return endpoint;
    }

    std::unique_ptr<SshTunnel> startTunnel(SshEndpoint ep)
    {
        auto tunnel = std::make_unique<SshTunnel>();
        tunnel->start(std::move(ep));
        return tunnel;
    }

private Q_SLOTS:
    void initTestCase()
    {
        KT_REQUIRE_CLUSTER();
        m_ns = TestCluster::uniqueNamespace(QStringLiteral("tunnel"));
        QVERIFY(TestCluster::createNamespace(m_ns));
        auto key = SshKeyPair::generate(SshKeyPair::Type::Ed25519, QStringLiteral("ktdesk-test"));
        QVERIFY(key.ok());
        m_key = *key;
        QVERIFY(m_key.publicKey.startsWith("ssh-ed25519 "));
        // The shadow sshd accepts the keys in kt ConfigMaps, as kt-connect's shadow image does.
        const QByteArray configMap
            = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: kt-test-shadow\n  labels: "
              "{control-by: kt}\ndata:\n  authorized: \""
            + m_key.publicKey + "\"\n";
        QCOMPARE(TestCluster::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("apply"),
                                          QStringLiteral("-f"), QStringLiteral("-")},
                     configMap)
                     .exitCode,
            0);
        const auto deploy = TestCluster::kubectl(
            {QStringLiteral("-n"), m_ns, QStringLiteral("create"), QStringLiteral("deployment"),
                QStringLiteral("web"), QStringLiteral("--image=nginx"),
                QStringLiteral("--replicas=2"), QStringLiteral("--port=8080")});
        QCOMPARE(deploy.exitCode, 0);
        QCOMPARE(TestCluster::kubectl(
                     {QStringLiteral("-n"), m_ns, QStringLiteral("expose"),
                         QStringLiteral("deployment"), QStringLiteral("web"),
                         QStringLiteral("--port=80"), QStringLiteral("--target-port=8080")})
                     .exitCode,
            0);
        QCOMPARE(TestCluster::kubectl(
                     {QStringLiteral("-n"), m_ns, QStringLiteral("wait"),
                         QStringLiteral("--for=condition=Available"),
                         QStringLiteral("deployment/web"), QStringLiteral("--timeout=60s")})
                     .exitCode,
            0);
    }

    void cleanupTestCase()
    {
        if (!m_ns.isEmpty())
            TestCluster::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns,
                QStringLiteral("--wait=false")});
    }

    void connectsAndLearnsHostKey()
    {
        auto tunnel = startTunnel(endpoint());
        QTRY_COMPARE_WITH_TIMEOUT(tunnel->state(), SshTunnel::State::Active, 20000);
        QVERIFY(tunnel->hostKey().startsWith("SHA256:"));
        m_hostKey = tunnel->hostKey();
        tunnel->stop();
        QTRY_COMPARE_WITH_TIMEOUT(tunnel->state(), SshTunnel::State::Stopped, 10000);
    }

    void changedHostKeyIsRefused()
    {
        SshEndpoint ep = endpoint();
        ep.pinnedHostKey = "SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        auto tunnel = startTunnel(ep);
        QSignalSpy errors(tunnel.get(), &SshTunnel::errorOccurred);
        QTRY_COMPARE_WITH_TIMEOUT(tunnel->state(), SshTunnel::State::Failed, 20000);
        QCOMPARE(errors.size(), 1);
        const auto error = errors.first().first().value<Error>();
        QCOMPARE(error.code, ErrorCode::Forbidden);
        QVERIFY2(error.message.contains(QStringLiteral("host key")), qPrintable(error.message));
    }

    void unknownKeyIsRefused()
    {
        SshEndpoint ep = endpoint();
        ep.privateKey = SshKeyPair::generate(SshKeyPair::Type::Ed25519, QStringLiteral("stranger"))
                            ->privateKey;
        auto tunnel = startTunnel(ep);
        QSignalSpy errors(tunnel.get(), &SshTunnel::errorOccurred);
        QTRY_COMPARE_WITH_TIMEOUT(tunnel->state(), SshTunnel::State::Failed, 20000);
        QCOMPARE(errors.first().first().value<Error>().code, ErrorCode::Unauthorized);
    }

    void socksAndHttpProxyReachServicesByName()
    {
        auto tunnel = startTunnel(endpoint());
        QTRY_COMPARE_WITH_TIMEOUT(tunnel->state(), SshTunnel::State::Active, 20000);
        ProxyServer proxy(tunnel.get());
        QVERIFY(proxy.listen(QHostAddress::LocalHost, 0).ok());
        QCOMPARE(proxy.address(), QHostAddress(QHostAddress::LocalHost));
        const QString proxyAddress = QStringLiteral("127.0.0.1:%1").arg(proxy.port());
        const QString url = QStringLiteral("http://web.%1.svc.cluster.local/").arg(m_ns);

        // SOCKS5 with the name resolved on the cluster side.
        auto socks = TestCluster::runAsync(QStringLiteral("curl"),
            {QStringLiteral("-fsS"), QStringLiteral("--max-time"), QStringLiteral("20"),
                QStringLiteral("--socks5-hostname"), proxyAddress, url});
        QVERIFY2(socks.exitCode == 0, socks.err.constData());
        QVERIFY2(socks.out.contains("\"addr\": \"10.244."), socks.out.constData());

        // HTTP CONNECT (curl -p forces a tunnel) and a plain HTTP proxy request.
        auto connectTunnel = TestCluster::runAsync(QStringLiteral("curl"),
            {QStringLiteral("-fsS"), QStringLiteral("--max-time"), QStringLiteral("20"),
                QStringLiteral("-p"), QStringLiteral("-x"),
                QStringLiteral("http://") + proxyAddress,
                QStringLiteral("http://web.%1/").arg(m_ns)});
        QVERIFY2(connectTunnel.exitCode == 0, connectTunnel.err.constData());
        QVERIFY(connectTunnel.out.contains("\"server\": \"netlab\""));
        auto plain = TestCluster::runAsync(QStringLiteral("curl"),
            {QStringLiteral("-fsS"), QStringLiteral("--max-time"), QStringLiteral("20"),
                QStringLiteral("-x"), QStringLiteral("http://") + proxyAddress,
                url + QStringLiteral("plain?x=1")});
        QVERIFY2(plain.exitCode == 0, plain.err.constData());
        QVERIFY2(plain.out.contains("\"path\": \"/plain?x=1\""), plain.out.constData());

        // A name the cluster does not know: the client gets a prompt error, not a stall.
        auto missing = TestCluster::runAsync(QStringLiteral("curl"),
            {QStringLiteral("-sS"), QStringLiteral("--max-time"), QStringLiteral("20"),
                QStringLiteral("--socks5-hostname"), proxyAddress,
                QStringLiteral("http://nothing-here.%1.svc.cluster.local/").arg(m_ns)});
        QVERIFY(missing.exitCode != 0);
        QVERIFY2(!missing.err.contains("timed out"), missing.err.constData());
        QTRY_VERIFY(tunnel->counters().channelsFailed >= 1);
        QVERIFY(tunnel->counters().bytesFromRemote > 0);
        QVERIFY(tunnel->counters().channelsOpened >= 3);
    }

    void twoHundredConcurrentConnections()
    {
        auto tunnel = startTunnel(endpoint());
        QTRY_COMPARE_WITH_TIMEOUT(tunnel->state(), SshTunnel::State::Active, 20000);
        ProxyServer proxy(tunnel.get());
        QVERIFY(proxy.listen(QHostAddress::LocalHost, 0).ok());
        QStringList args {QStringLiteral("-sS"), QStringLiteral("--parallel"),
            QStringLiteral("--parallel-immediate"), QStringLiteral("--parallel-max"),
            QStringLiteral("200"), QStringLiteral("--max-time"), QStringLiteral("60"),
            QStringLiteral("--socks5-hostname"), QStringLiteral("127.0.0.1:%1").arg(proxy.port()),
            QStringLiteral("-w"), QStringLiteral("%{http_code}\\n"), QStringLiteral("-o"),
            QStringLiteral("/dev/null")};
        for (int i = 0; i < 200; ++i) {
            args << QStringLiteral("http://web.%1.svc.cluster.local/c%2").arg(m_ns).arg(i);
            if (i > 0)
                args << QStringLiteral("-o") << QStringLiteral("/dev/null");
        }
        auto result = TestCluster::runAsync(QStringLiteral("curl"), args);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(result.out.count("200\n"), 200);
        QTRY_COMPARE(tunnel->counters().openChannels, 0);
    }

    void oneGibibyteThroughTheProxy()
    {
        auto tunnel = startTunnel(endpoint());
        QTRY_COMPARE_WITH_TIMEOUT(tunnel->state(), SshTunnel::State::Active, 20000);
        ProxyServer proxy(tunnel.get());
        QVERIFY(proxy.listen(QHostAddress::LocalHost, 0).ok());
        constexpr qint64 size = 1024LL * 1024 * 1024;
        const QString command
            = QStringLiteral("curl -fsS --max-time 300 --socks5-hostname 127.0.0.1:%1 "
                             "http://web.%2.svc.cluster.local/bytes/%3 | sha256sum")
                  .arg(proxy.port())
                  .arg(m_ns)
                  .arg(size);
        auto result = TestCluster::runAsync(QStringLiteral("bash"),
            {QStringLiteral("-o"), QStringLiteral("pipefail"), QStringLiteral("-c"), command}, {},
            320000);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        // The server sends bytes 0..255 repeated.
        QByteArray block(64 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < block.size(); ++i)
            block[i] = static_cast<char>(i % 256);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (qint64 done = 0; done < size; done += block.size())
            hash.addData(block);
        QCOMPARE(result.out.left(64), hash.result().toHex());
        QVERIFY(tunnel->counters().bytesFromRemote >= static_cast<quint64>(size));
    }

    void remoteForwardReachesLocalPort()
    {
        auto tunnel = startTunnel(endpoint());
        QTRY_COMPARE_WITH_TIMEOUT(tunnel->state(), SshTunnel::State::Active, 20000);
        QTcpServer local;
        QVERIFY(local.listen(QHostAddress::LocalHost, 0));
        connect(&local, &QTcpServer::newConnection, &local, [&local] {
            QTcpSocket *socket = local.nextPendingConnection();
            socket->write("hello-from-laptop\n");
            socket->disconnectFromHost();
        });
        std::optional<Result<quint16>> bound;
        tunnel->addRemoteForward(QStringLiteral("0.0.0.0"), 19091, local.serverPort(),
            [&](Result<quint16> r) { bound = r; });
        QTRY_VERIFY_WITH_TIMEOUT(bound.has_value(), 10000);
        QVERIFY2(bound->ok(), qPrintable(bound->error().toString()));
        QCOMPARE(bound->value(), quint16(19091));

        // A client inside the cluster network connects to the shadow's port.
        auto result = TestCluster::runAsync(QStringLiteral("ip"),
            {QStringLiteral("netns"), QStringLiteral("exec"), TestCluster::netns(),
                QStringLiteral("bash"), QStringLiteral("-c"),
                QStringLiteral("exec 3<>/dev/tcp/%1/19091 && timeout 10 cat <&3")
                    .arg(TestCluster::sshdAddress())});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(result.out, QByteArray("hello-from-laptop\n"));

        // A local port that refuses: a counter and a signal, the tunnel stays up.
        QSignalSpy refused(tunnel.get(), &SshTunnel::forwardRefused);
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 closedPort = closed.serverPort();
        closed.close();
        bound.reset();
        tunnel->addRemoteForward(
            QStringLiteral("0.0.0.0"), 19092, closedPort, [&](Result<quint16> r) { bound = r; });
        QTRY_VERIFY_WITH_TIMEOUT(bound.has_value() && bound->ok(), 10000);
        TestCluster::runAsync(QStringLiteral("ip"),
            {QStringLiteral("netns"), QStringLiteral("exec"), TestCluster::netns(),
                QStringLiteral("bash"), QStringLiteral("-c"),
                QStringLiteral("exec 3<>/dev/tcp/127.0.0.1/19092; timeout 5 cat <&3")});
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 10000);
        QCOMPARE(refused.first().first().value<quint16>(), closedPort);
        QCOMPARE(tunnel->counters().forwardsRefused, quint64(1));
        QCOMPARE(tunnel->state(), SshTunnel::State::Active);
        tunnel->stop();
        QTRY_COMPARE_WITH_TIMEOUT(tunnel->state(), SshTunnel::State::Stopped, 10000);
    }
};

QTEST_GUILESS_MAIN(TestSshTunnel)
#include "tst_sshtunnel.moc"
