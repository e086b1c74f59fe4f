// connect's vpn mode end to end, as root, against the local cluster.
//
// Design: the "laptop" is a network namespace of this test's own (ktvpn-<pid>: lo, and a veth
// pair inside it as the default route), so nftables rules and the helper's work never touch the
// host. The shadow sshd is reachable only from the host's namespace (10.250.<LINK_OCTET>.2), so
// the app side (ktvpn-testapp: SshTunnel, TransparentProxy, DnsServer, PrivilegedHelperClient)
// connects its SSH socket there first and then moves into the client namespace, where its
// listeners are and its helper runs; the tunnel keeps using the socket it already has. No link
// between the namespaces, no forwarding on the host. The helper's record is a temporary file;
// its hosts file and resolv.conf are /etc/netns/<netns>/{hosts,resolv.conf}, which
// `ip netns exec` mounts over /etc/hosts and /etc/resolv.conf for the commands it runs: names in
// the hosts block, and cluster names through KtDesk's DNS server, resolve for curl inside the
// namespace only.
#include "testcluster.h"
#include "tunnel/cidrdetector.h"
#include "tunnel/sshkeypair.h"
#include "vpntestenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTest>

#include <csignal>

using namespace Kt;
using namespace Kt::Tunnel;

class TestVpn : public QObject
{
    Q_OBJECT

private:
    QString m_ns;
    QString m_serviceIp;
    QString m_podIp;
    QString m_cidrs;
    QTemporaryDir m_dir;
    VpnTest::ClientNetns m_netns;
    VpnTest::HelperFiles m_files;
    std::unique_ptr<QProcess> m_app;
    QList<QJsonObject> m_events;

    QString netnsEtc() const { return QStringLiteral("/etc/netns/") + m_netns.name(); }

    QStringList kubectlNs(const QStringList &args) const
    {
        return QStringList {QStringLiteral("-n"), m_ns} + args;
    }

    QString kubectlValue(const QStringList &args)
    {
        return QString::fromUtf8(TestCluster::kubectl(args).out).trimmed();
    }

    void startApp()
    {
        m_events.clear();
        m_app = std::make_unique<QProcess>();
        m_app->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        connect(m_app.get(), &QProcess::readyReadStandardOutput, this, [this] {
            while (m_app->canReadLine()) {
                const QJsonObject event = QJsonDocument::fromJson(m_app->readLine()).object();
                qInfo() << "app:" << event;
                m_events.append(event);
            }
        });
        TestProcess::dieWithTest(*m_app);
        m_app->start(qEnvironmentVariable("KT_BINARY_DIR") + QStringLiteral("/tests/ktvpn-testapp"),
            {m_netns.name(), TestCluster::sshdAddress(), QStringLiteral("22"),
                m_dir.filePath(QStringLiteral("key")), VpnTest::helperPath(), m_cidrs,
                m_serviceIp});
    }

    std::optional<QJsonObject> event(const QString &name) const
    {
        for (const QJsonObject &event : m_events) {
            if (event.value(QStringLiteral("event")).toString() == name)
                return event;
        }
        return std::nullopt;
    }

    bool waitForEvent(const QString &name, int timeoutMs = 30000)
    {
        return QTest::qWaitFor(
                   [&] {
                       return event(name).has_value()
                           || event(QStringLiteral("failed")).has_value();
                   },
                   timeoutMs)
            && event(name).has_value();
    }

    QString failure() const
    {
        const auto failed = event(QStringLiteral("failed"));
        return failed ? failed->value(QStringLiteral("error")).toString()
                      : QStringLiteral("no event in time");
    }

    // Plain curl inside the client namespace: no proxy variables, no proxy options.
    TestCluster::Run curl(const QString &url)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &variable : environment.keys()) {
            if (variable.endsWith(QLatin1StringView("_proxy"), Qt::CaseInsensitive))
                environment.remove(variable);
        }
        process.setProcessEnvironment(environment);
        TestProcess::dieWithTest(process);
        process.start(QStringLiteral("ip"),
            m_netns.exec(QStringLiteral("curl"),
                {QStringLiteral("-sS"), QStringLiteral("--max-time"), QStringLiteral("10"), url}));
        QSignalSpy finished(&process, &QProcess::finished);
        if (!process.waitForStarted() || !finished.wait(15000))
            return {-1, {}, "timed out"};
        return {
            process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    void stopApp()
    {
        if (m_app && m_app->state() != QProcess::NotRunning) {
            m_app->kill();
            m_app->waitForFinished();
        }
        m_app.reset();
    }

private Q_SLOTS:
    void initTestCase()
    {
        KT_REQUIRE_CLUSTER();
        KT_REQUIRE_ROOT_NETNS();
        QVERIFY(QFileInfo(VpnTest::helperPath()).isExecutable());
        m_ns = TestCluster::uniqueNamespace(QStringLiteral("vpn"));
        QVERIFY(TestCluster::createNamespace(m_ns));
        auto key = SshKeyPair::generate(SshKeyPair::Type::Ed25519, QStringLiteral("ktdesk-vpn"));
        QVERIFY(key.ok());
        QFile keyFile(m_dir.filePath(QStringLiteral("key")));
        QVERIFY(keyFile.open(QIODevice::WriteOnly));
        keyFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        keyFile.write(key->privateKey);
        keyFile.close();
        const QByteArray configMap
            = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: kt-vpn-shadow\n  labels: "
              "{control-by: kt}\ndata:\n  authorized: \""
            + key->publicKey + "\"\n";
        QCOMPARE(TestCluster::kubectl(kubectlNs({QStringLiteral("apply"), QStringLiteral("-f"),
                                          QStringLiteral("-")}),
                     configMap)
                     .exitCode,
            0);
        QCOMPARE(
            TestCluster::kubectl(kubectlNs({QStringLiteral("create"), QStringLiteral("deployment"),
                                     QStringLiteral("web"), QStringLiteral("--image=nginx"),
                                     QStringLiteral("--port=8080")}))
                .exitCode,
            0);
        QCOMPARE(
            TestCluster::kubectl(kubectlNs({QStringLiteral("expose"), QStringLiteral("deployment"),
                                     QStringLiteral("web"), QStringLiteral("--port=80"),
                                     QStringLiteral("--target-port=8080")}))
                .exitCode,
            0);
        QCOMPARE(TestCluster::kubectl(
                     kubectlNs({QStringLiteral("wait"), QStringLiteral("--for=condition=Available"),
                         QStringLiteral("deployment/web"), QStringLiteral("--timeout=60s")}))
                     .exitCode,
            0);
        m_serviceIp = kubectlValue(
            kubectlNs({QStringLiteral("get"), QStringLiteral("service"), QStringLiteral("web"),
                QStringLiteral("-o"), QStringLiteral("jsonpath={.spec.clusterIP}")}));
        m_podIp = kubectlValue(kubectlNs({QStringLiteral("get"), QStringLiteral("pods"),
            QStringLiteral("-o"), QStringLiteral("jsonpath={.items[0].status.podIP}")}));
        QVERIFY2(Platform::Ipv4Cidr::parseAddress(m_serviceIp), qPrintable(m_serviceIp));
        QVERIFY2(Platform::Ipv4Cidr::parseAddress(m_podIp), qPrintable(m_podIp));

        // The networks, detected from the whole cluster as connect does it.
        CidrDetector::Input input;
        input.serviceIps = kubectlValue(
            {QStringLiteral("get"), QStringLiteral("services"), QStringLiteral("-A"),
                QStringLiteral("-o"), QStringLiteral("jsonpath={.items[*].spec.clusterIP}")})
                               .split(QLatin1Char(' '));
        input.podIps = kubectlValue(
            {QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-A"),
                QStringLiteral("-o"), QStringLiteral("jsonpath={.items[*].status.podIP}")})
                           .split(QLatin1Char(' '));
        input.apiServerAddress = QStringLiteral("127.0.0.1");
        QStringList cidrs;
        for (const Platform::Ipv4Cidr &cidr : CidrDetector::detect(input))
            cidrs.append(cidr.toString());
        m_cidrs = cidrs.join(QLatin1Char(','));
        qInfo() << "detected cluster networks:" << m_cidrs;
        QVERIFY(!m_cidrs.isEmpty());

        const QString error = m_netns.create();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(QDir().mkpath(netnsEtc()));
        QVERIFY(m_files.setUp(
            netnsEtc() + QStringLiteral("/hosts"), netnsEtc() + QStringLiteral("/resolv.conf")));
    }

    void init() { QVERIFY(m_files.reset()); }

    void cleanup() { stopApp(); }

    void cleanupTestCase()
    {
        stopApp();
        m_netns.destroy();
        if (!m_netns.name().isEmpty())
            QDir(netnsEtc()).removeRecursively();
        if (!m_ns.isEmpty())
            TestCluster::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns,
                QStringLiteral("--wait=false")});
    }

    void plainCurlReachesTheCluster()
    {
        // Without KtDesk, the client namespace has no way to the cluster.
        QVERIFY(curl(QStringLiteral("http://%1/").arg(m_serviceIp)).exitCode != 0);

        startApp();
        QVERIFY2(waitForEvent(QStringLiteral("ready")), qPrintable(failure()));
        QVERIFY(m_netns.hasKtdeskTable());

        // A Service IP (the cluster side's kube-proxy picks the pod); the first request may
        // come before the cluster network has the new Service...
        TestCluster::Run service;
        const bool reached = QTest::qWaitFor(
            [&] {
                service = curl(QStringLiteral("http://%1/hello").arg(m_serviceIp));
                return service.exitCode == 0;
            },
            30000);
        QVERIFY2(reached, service.err.constData());
        QVERIFY2(service.out.contains("\"server\": \"netlab\""), service.out.constData());
        QVERIFY2(service.out.contains("\"path\": \"/hello\""), service.out.constData());
        // ...a pod IP on its container port...
        const auto pod = curl(QStringLiteral("http://%1:8080/").arg(m_podIp));
        QVERIFY2(pod.exitCode == 0, pod.err.constData());
        QVERIFY2(pod.out.contains(m_podIp.toUtf8()), pod.out.constData());
        // ...a name from the hosts block...
        const auto byName = curl(QStringLiteral("http://web.vpn-test/"));
        QVERIFY2(byName.exitCode == 0, byName.err.constData());
        // ...and the Service's cluster DNS name: resolv.conf's first nameserver is 127.0.0.1,
        // port 53 there is redirected to KtDesk's DNS server, which asks the cluster DNS
        // through the tunnel.
        const auto byDns = curl(QStringLiteral("http://web.%1.svc.cluster.local/dns").arg(m_ns));
        QVERIFY2(byDns.exitCode == 0, byDns.err.constData());
        QVERIFY2(byDns.out.contains("\"path\": \"/dns\""), byDns.out.constData());

        m_app->write("counters\n");
        QVERIFY(waitForEvent(QStringLiteral("counters")));
        const QJsonObject counters = *event(QStringLiteral("counters"));
        QVERIFY(counters.value(QStringLiteral("forwarded")).toInt() >= 4);
        QCOMPARE(counters.value(QStringLiteral("failed")).toInt(), 0);
        QCOMPARE(counters.value(QStringLiteral("accepted")).toInt(),
            counters.value(QStringLiteral("forwarded")).toInt()
                + counters.value(QStringLiteral("failed")).toInt());

        QVERIFY(VpnTest::HelperFiles::read(m_files.resolvConfPath())
                    .startsWith("# KtDesk begin\nnameserver 127.0.0.1\n# KtDesk end\n"));
        QVERIFY(VpnTest::HelperFiles::read(m_files.hostsPath())
                    .contains(QByteArray("# Kt Hosts Begin\n" + m_serviceIp.toUtf8() + " web\n")));

        // An orderly stop undoes everything, byte for byte.
        m_app->closeWriteChannel();
        QVERIFY(waitForEvent(QStringLiteral("stopped")));
        QVERIFY(event(QStringLiteral("stopped"))->value(QStringLiteral("ok")).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(m_app->state(), QProcess::NotRunning, 10000);
        QCOMPARE(m_app->exitCode(), 0);
        QVERIFY(!m_netns.hasKtdeskTable());
        QVERIFY(m_files.pristine());
        QVERIFY(curl(QStringLiteral("http://%1/").arg(m_serviceIp)).exitCode != 0);
    }

    void killingTheAppUndoesWithinFiveSeconds()
    {
        startApp();
        QVERIFY2(waitForEvent(QStringLiteral("ready")), qPrintable(failure()));
        const qint64 helperPid = static_cast<qint64>(
            event(QStringLiteral("ready"))->value(QStringLiteral("helperPid")).toDouble());
        QVERIFY(VpnTest::processExists(helperPid));
        QVERIFY(m_netns.hasKtdeskTable());
        QVERIFY(!m_files.pristine());

        ::kill(static_cast<pid_t>(m_app->processId()), SIGKILL);
        // The helper sees its stdin close and undoes everything.
        QTRY_VERIFY_WITH_TIMEOUT(!m_netns.hasKtdeskTable(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(m_files.pristine(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!VpnTest::processExists(helperPid), 5000);
        QVERIFY(!QFile::exists(m_files.recordPath()));
    }

    void killingTheHelperIsUndoneByTheNextHelper()
    {
        startApp();
        QVERIFY2(waitForEvent(QStringLiteral("ready")), qPrintable(failure()));
        const qint64 helperPid = static_cast<qint64>(
            event(QStringLiteral("ready"))->value(QStringLiteral("helperPid")).toDouble());
        ::kill(static_cast<pid_t>(helperPid), SIGKILL);
        QVERIFY(waitForEvent(QStringLiteral("helperFailed")));
        // Nobody was there to undo: rules and blocks stay, and the record says so.
        QVERIFY(m_netns.hasKtdeskTable());
        QVERIFY(!m_files.pristine());
        QVERIFY(QFile::exists(m_files.recordPath()));
        stopApp();

        // The next helper's start undoes it before it answers anything.
        const auto next = VpnTest::runAsync(QStringLiteral("ip"),
            m_netns.exec(VpnTest::helperPath()), "{\"id\":1,\"op\":\"hello\"}\n");
        QCOMPARE(next.exitCode, 0);
        const QJsonObject hello = QJsonDocument::fromJson(next.out.trimmed()).object();
        QVERIFY2(hello.value(QStringLiteral("ok")).toBool(), next.out.constData());
        QCOMPARE(hello.value(QStringLiteral("restored")).toArray().size(), 3);
        QVERIFY(!m_netns.hasKtdeskTable());
        QVERIFY(m_files.pristine());
        QVERIFY(!QFile::exists(m_files.recordPath()));
    }
};

QTEST_GUILESS_MAIN(TestVpn)
#include "tst_vpn.moc"
