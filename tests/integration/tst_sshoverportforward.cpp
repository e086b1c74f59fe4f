// The connect data path end to end: SSH over KtDesk's own port-forward (WebSocket) to a kt pod's
// port 22 — the shadow sshd of the local cluster — and the SOCKS proxy over that SSH session
// reaching a Service by name in the cluster network.
#include "kube/clientconfig.h"
#include "kube/clusterconnection.h"
#include "kube/kubeconfigloader.h"
#include "kube/kubeconfiglocator.h"
#include "kube/portforwardstream.h"
#include "testcluster.h"
#include "tunnel/proxyserver.h"
#include "tunnel/sshkeypair.h"
#include "tunnel/sshtunnel.h"
#include "tunnel/streamsocketpair.h"

#include <QSignalSpy>
#include <QTest>

using namespace Kt;
using namespace Kt::Tunnel;

class TestSshOverPortForward : public QObject
{
    Q_OBJECT

private:
    QString m_ns;
    SshKeyPair m_key;
    std::unique_ptr<Kube::ClusterConnection> m_connection;

private Q_SLOTS:
    void initTestCase()
    {
        KT_REQUIRE_CLUSTER();
        m_ns = TestCluster::uniqueNamespace(QStringLiteral("sshpf"));
        QVERIFY(TestCluster::createNamespace(m_ns));
        m_key = *SshKeyPair::generate(SshKeyPair::Type::Ed25519, QStringLiteral("ktdesk-test"));
        const QByteArray objects = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: "
                                   "kt-connect-shadow-test\n  labels: {control-by: kt}\n"
                                   "data:\n  authorized: \""
            + m_key.publicKey
            + "\"\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: kt-connect-shadow-test\n  "
              "labels: {control-by: kt, kt-role: shadow-connect}\n"
              "spec:\n  containers:\n  - {name: standalone, image: kt-connect-shadow}\n";
        QCOMPARE(TestCluster::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("apply"),
                                          QStringLiteral("-f"), QStringLiteral("-")},
                     objects)
                     .exitCode,
            0);
        QCOMPARE(TestCluster::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("wait"),
                                          QStringLiteral("--for=condition=Ready"),
                                          QStringLiteral("pod/kt-connect-shadow-test"),
                                          QStringLiteral("--timeout=60s")})
                     .exitCode,
            0);
        QCOMPARE(TestCluster::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("create"),
                                          QStringLiteral("service"), QStringLiteral("clusterip"),
                                          QStringLiteral("api"), QStringLiteral("--tcp=80:8080")})
                     .exitCode,
            0);
        QCOMPARE(TestCluster::kubectl(
                     {QStringLiteral("-n"), m_ns, QStringLiteral("create"),
                         QStringLiteral("deployment"), QStringLiteral("api"),
                         QStringLiteral("--image=example/api"), QStringLiteral("--port=8080")})
                     .exitCode,
            0);

        auto config = Kube::KubeconfigLoader::load(Kube::KubeconfigLocator());
        QVERIFY2(config.ok(), qPrintable(config.error().toString()));
        auto client = Kube::ClientConfig::resolve(*config);
        QVERIFY2(client.ok(), qPrintable(client.error().toString()));
        m_connection = std::make_unique<Kube::ClusterConnection>(*client);
    }

    void cleanupTestCase()
    {
        if (!m_ns.isEmpty())
            TestCluster::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns,
                QStringLiteral("--wait=false")});
    }

    void sshAndProxyOverThePortForward()
    {
        auto *stream = new Kube::PortForwardStream(
            m_connection.get(), m_ns, QStringLiteral("kt-connect-shadow-test"), 22, this);
        stream->start();
        StreamSocketPair pair(stream);
        auto fd = pair.takePeerDescriptor();
        QVERIFY(fd.ok());

        SshTunnel tunnel;
        SshEndpoint endpoint;
        endpoint.fd = *fd;
        endpoint.privateKey = m_key.privateKey;
        endpoint.description = QStringLiteral("shadow %1/kt-connect-shadow-test").arg(m_ns);
        tunnel.start(endpoint);
        QTRY_COMPARE_WITH_TIMEOUT(tunnel.state(), SshTunnel::State::Active, 30000);
        QVERIFY(tunnel.hostKey().startsWith("SHA256:"));

        ProxyServer proxy(&tunnel);
        QVERIFY(proxy.listen(QHostAddress::LocalHost, 0).ok());
        const QString proxyAddress = QStringLiteral("127.0.0.1:%1").arg(proxy.port());
        QTRY_VERIFY_WITH_TIMEOUT(
            TestCluster::runAsync(QStringLiteral("ip"),
                {QStringLiteral("netns"), QStringLiteral("exec"), TestCluster::netns(),
                    QStringLiteral("curl"), QStringLiteral("-fsS"),
                    QStringLiteral("http://api.%1/").arg(m_ns)})
                    .exitCode
                == 0,
            30000);
        auto result = TestCluster::runAsync(QStringLiteral("curl"),
            {QStringLiteral("-fsS"), QStringLiteral("--max-time"), QStringLiteral("20"),
                QStringLiteral("--socks5-hostname"), proxyAddress,
                QStringLiteral("http://api.%1.svc.cluster.local/").arg(m_ns)});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(result.out.contains("\"server\": \"netlab\""), result.out.constData());
        QVERIFY(pair.bytesFromStream() > 0);

        // The port-forward ends (the pod goes away): the tunnel notices and fails cleanly.
        QSignalSpy failed(&tunnel, &SshTunnel::errorOccurred);
        stream->abort();
        QTRY_COMPARE_WITH_TIMEOUT(tunnel.state(), SshTunnel::State::Failed, 30000);
    }
};

QTEST_GUILESS_MAIN(TestSshOverPortForward)
#include "tst_sshoverportforward.moc"
