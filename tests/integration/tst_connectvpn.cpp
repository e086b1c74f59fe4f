// `ktdesk-cli connect --mode vpn` end to end, as root, against the local cluster.
//
// The "laptop" is a network namespace of this test's own (VpnTest::ClientNetns): the CLI keeps
// its cluster connection in the host's namespace (where the API server and the shadow's
// port-forward are), and puts the laptop side of vpn mode — transparent proxy, DNS server and
// ktdesk-helper — into that namespace (KTDESK_TEST_LAPTOP_NETNS). The helper edits
// /etc/netns/<netns>/{hosts,resolv.conf}, which `ip netns exec` mounts over /etc for the plain
// curl that plays the user's program. Non-cluster names go to an upstream on this host's
// loopback that this test holds and never answers; nothing leaves loopback and the namespace.
#include "platform/ipv4cidr.h"
#include "testcluster.h"
#include "vpntestenv.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTest>
#include <QUdpSocket>

#include <csignal>
#include <sys/prctl.h>

class TestConnectVpn : public QObject
{
    Q_OBJECT

private:
    QString m_ns;
    QString m_cli;
    QString m_serviceIp;
    QString m_podIp;
    QTemporaryDir m_state;
    VpnTest::ClientNetns m_netns {QStringLiteral("cli")};
    VpnTest::HelperFiles m_files;
    QUdpSocket m_upstream; // "the system's resolver": bound, never answers

    QString netnsEtc() const { return QStringLiteral("/etc/netns/") + m_netns.name(); }
    QString journalDir() const { return m_state.path() + QStringLiteral("/ktdesk/journal"); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_STATE_HOME"), m_state.path());
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // in-memory key store
        env.insert(QStringLiteral("KTDESK_TEST_LAPTOP_NETNS"), m_netns.name());
        return env;
    }

    QString upstream() const { return QStringLiteral("127.0.0.1:%1").arg(m_upstream.localPort()); }

    std::unique_ptr<QProcess> startCli(const QStringList &connectArgs)
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment());
        TestProcess::dieWithTest(*process); // also when the test is aborted
        process->start(m_cli,
            QStringList {QStringLiteral("-n"), m_ns, QStringLiteral("connect")} + connectArgs);
        return process;
    }

    std::unique_ptr<QProcess> startVpn(const QStringList &more = {})
    {
        return startCli(QStringList {QStringLiteral("--mode"), QStringLiteral("vpn"),
                            QStringLiteral("--dnsMode"), QStringLiteral("localDNS:") + upstream()}
            + more);
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    bool stop(QProcess &process, int signal = SIGTERM)
    {
        ::kill(static_cast<pid_t>(process.processId()), signal);
        if (!process.waitForFinished(60000))
            return false;
        if (process.exitCode() != 0)
            qWarning("exit code %d; stderr: %s", process.exitCode(),
                process.readAllStandardError().constData());
        return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    int ktObjects() const
    {
        const auto run = TestCluster::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("get"),
            QStringLiteral("pods,configmaps,secrets"), QStringLiteral("-l"),
            QStringLiteral("control-by=kt"), QStringLiteral("-o"), QStringLiteral("name")});
        return run.exitCode == 0 ? static_cast<int>(run.out.count('\n')) : -1;
    }

    QString kubectlValue(const QStringList &args) const
    {
        return QString::fromUtf8(TestCluster::kubectl(args).out).trimmed();
    }

    // Plain curl inside the laptop namespace: no proxy variables, no proxy options.
    TestCluster::Run curl(const QString &url)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &variable : env.keys()) {
            if (variable.endsWith(QLatin1StringView("_proxy"), Qt::CaseInsensitive))
                env.remove(variable);
        }
        return TestCluster::runAsync(QStringLiteral("ip"),
            m_netns.exec(QStringLiteral("curl"),
                {QStringLiteral("-sS"), QStringLiteral("--max-time"), QStringLiteral("10"), url}),
            env, 20000);
    }

    bool reaches(const QString &url, const QByteArray &expected = "\"server\": \"netlab\"")
    {
        const auto result = curl(url);
        if (result.exitCode != 0 || !result.out.contains(expected)) {
            qInfo("curl %s: %d %s %s", qPrintable(url), result.exitCode, result.out.constData(),
                result.err.constData());
            return false;
        }
        return true;
    }

    bool laptopPristine() const { return !m_netns.hasKtdeskTable() && m_files.pristine(); }

    bool journalEmpty() const { return QDir(journalDir()).entryList(QDir::Files).isEmpty(); }

    // The CLI's helper: its child process.
    static qint64 childOf(qint64 pid)
    {
        const auto run = TestCluster::run(
            QStringLiteral("pgrep"), {QStringLiteral("-P"), QString::number(pid)});
        return run.out.trimmed().split('\n').value(0).toLongLong();
    }

    // KtDesk and its helper die together, neither able to undo anything.
    void killBoth(QProcess &process)
    {
        const qint64 helper = childOf(process.processId());
        QVERIFY(helper > 0);
        ::kill(static_cast<pid_t>(helper), SIGSTOP);
        process.kill();
        QVERIFY(process.waitForFinished(10000));
        ::kill(static_cast<pid_t>(helper), SIGKILL); // stopped: it dies without running
        QTRY_VERIFY_WITH_TIMEOUT(!VpnTest::processExists(helper), 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        KT_REQUIRE_CLUSTER();
        KT_REQUIRE_ROOT_NETNS();
        m_cli = qEnvironmentVariable("KT_BINARY_DIR") + QStringLiteral("/bin/ktdesk-cli");
        QVERIFY(QFile::exists(m_cli));
        QVERIFY(QFileInfo(VpnTest::helperPath()).isExecutable());
        QVERIFY(m_upstream.bind(QHostAddress::LocalHost, 0));
        m_ns = TestCluster::uniqueNamespace(QStringLiteral("cvpn"));
        const auto ns = [this](const QStringList &args) {
            return TestCluster::kubectl(QStringList {QStringLiteral("-n"), m_ns} + args).exitCode;
        };
        QVERIFY(TestCluster::createNamespace(m_ns));
        QCOMPARE(ns({QStringLiteral("create"), QStringLiteral("deployment"), QStringLiteral("web"),
                     QStringLiteral("--image=nginx"), QStringLiteral("--port=8080")}),
            0);
        QCOMPARE(ns({QStringLiteral("expose"), QStringLiteral("deployment"), QStringLiteral("web"),
                     QStringLiteral("--port=80"), QStringLiteral("--target-port=8080")}),
            0);
        QCOMPARE(ns({QStringLiteral("wait"), QStringLiteral("--for=condition=Available"),
                     QStringLiteral("deployment/web"), QStringLiteral("--timeout=60s")}),
            0);
        m_serviceIp = kubectlValue({QStringLiteral("-n"), m_ns, QStringLiteral("get"),
            QStringLiteral("service"), QStringLiteral("web"), QStringLiteral("-o"),
            QStringLiteral("jsonpath={.spec.clusterIP}")});
        m_podIp = kubectlValue({QStringLiteral("-n"), m_ns, QStringLiteral("get"),
            QStringLiteral("pods"), QStringLiteral("-l"), QStringLiteral("app=web"),
            QStringLiteral("-o"), QStringLiteral("jsonpath={.items[0].status.podIP}")});
        QVERIFY2(Kt::Platform::Ipv4Cidr::parseAddress(m_serviceIp), qPrintable(m_serviceIp));
        QVERIFY2(Kt::Platform::Ipv4Cidr::parseAddress(m_podIp), qPrintable(m_podIp));

        const QString error = m_netns.create();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(QDir().mkpath(netnsEtc()));
        QVERIFY(m_files.setUp(
            netnsEtc() + QStringLiteral("/hosts"), netnsEtc() + QStringLiteral("/resolv.conf")));
    }

    void init()
    {
        QVERIFY(m_files.reset());
        QVERIFY(laptopPristine());
    }

    void cleanupTestCase()
    {
        m_netns.destroy();
        if (!m_netns.name().isEmpty())
            QDir(netnsEtc()).removeRecursively();
        if (!m_ns.isEmpty())
            TestCluster::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns,
                QStringLiteral("--wait=false")});
    }

    void vpnReachesServicePodAndNames()
    {
        // Without KtDesk, the laptop has no way to the cluster.
        QVERIFY(curl(QStringLiteral("http://%1/").arg(m_serviceIp)).exitCode != 0);

        QElapsedTimer clock;
        clock.start();
        auto process = startVpn();
        QVERIFY(TestCluster::waitForOutput(*process, "Connected.", 120000));
        const qint64 connected = clock.elapsed();
        QVERIFY(m_netns.hasKtdeskTable());
        // A Service IP (the cluster side's kube-proxy picks the pod)...
        QTRY_VERIFY_WITH_TIMEOUT(
            reaches(QStringLiteral("http://%1/first").arg(m_serviceIp)), 30000);
        qInfo("vpn mode: \"Connected.\" after %lld ms, first request through it after %lld ms",
            connected, clock.elapsed());
        // ...a pod IP on its container port...
        QVERIFY(reaches(QStringLiteral("http://%1:8080/").arg(m_podIp), m_podIp.toUtf8()));
        // ...and cluster DNS names, answered by KtDesk's DNS server from the informer.
        QVERIFY(reaches(QStringLiteral("http://web.%1/short").arg(m_ns), "\"path\": \"/short\""));
        QVERIFY(reaches(QStringLiteral("http://web.%1.svc.cluster.local/fqdn").arg(m_ns),
            "\"path\": \"/fqdn\""));
        QVERIFY(
            VpnTest::HelperFiles::read(m_files.resolvConfPath()).startsWith("# KtDesk begin\n"));
        QCOMPARE(ktObjects(), 2); // the shadow pod and its ConfigMap

        // An orderly stop undoes everything, byte for byte.
        QVERIFY(stop(*process));
        QVERIFY(laptopPristine());
        QVERIFY(journalEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(ktObjects(), 0, 30000);
        QVERIFY(curl(QStringLiteral("http://%1/").arg(m_serviceIp)).exitCode != 0);
    }

    void hostsModeKeepsTheBlockCurrent()
    {
        auto process = startCli({QStringLiteral("--mode"), QStringLiteral("vpn"),
            QStringLiteral("--dnsMode"), QStringLiteral("hosts:") + m_ns});
        QVERIFY(TestCluster::waitForOutput(*process, "Connected.", 120000));
        const QByteArray hosts = VpnTest::HelperFiles::read(m_files.hostsPath());
        QVERIFY2(hosts.contains("# Kt Hosts Begin\n"), hosts.constData());
        const QByteArray ip = m_serviceIp.toUtf8();
        const QByteArray ns = m_ns.toUtf8();
        const QList<QByteArray> lines {QByteArray(ip + " web\n"),
            QByteArray(ip + " web." + ns + "\n"),
            QByteArray(ip + " web." + ns + ".svc.cluster.local\n")};
        for (const QByteArray &line : lines)
            QVERIFY2(hosts.contains(line), hosts.constData());
        // DNS is left alone in hosts mode.
        QCOMPARE(VpnTest::HelperFiles::read(m_files.resolvConfPath()),
            VpnTest::HelperFiles::originalResolvConf());
        KT_TRY_VERIFY(reaches(QStringLiteral("http://web.%1/hosts").arg(m_ns)), 30000);

        // A Service made now shows up in the block by itself.
        QCOMPARE(
            TestCluster::kubectl(
                {QStringLiteral("-n"), m_ns, QStringLiteral("expose"), QStringLiteral("deployment"),
                    QStringLiteral("web"), QStringLiteral("--name=late"),
                    QStringLiteral("--port=81"), QStringLiteral("--target-port=8080")})
                .exitCode,
            0);
        QTRY_VERIFY_WITH_TIMEOUT(VpnTest::HelperFiles::read(m_files.hostsPath())
                                     .contains(QByteArray(" late." + m_ns.toUtf8() + '\n')),
            20000);
        KT_TRY_VERIFY(reaches(QStringLiteral("http://late.%1:81/").arg(m_ns)), 30000);

        QVERIFY(stop(*process, SIGINT));
        QVERIFY(laptopPristine());
        QVERIFY(journalEmpty());
        TestCluster::kubectl(
            {QStringLiteral("-n"), m_ns, QStringLiteral("delete"), QStringLiteral("service/late")});
    }

    void sigkillThenCleanLocalOnlyRestores()
    {
        auto process = startVpn();
        QVERIFY(TestCluster::waitForOutput(*process, "Connected.", 120000));
        killBoth(*process);
        // Nobody was there to undo.
        QVERIFY(m_netns.hasKtdeskTable());
        QVERIFY(!m_files.pristine());
        QCOMPARE(ktObjects(), 2);

        const auto clean = TestCluster::runAsync(
            m_cli, {QStringLiteral("clean"), QStringLiteral("--localOnly")}, environment());
        QVERIFY2(clean.exitCode == 0, clean.err.constData());
        QVERIFY2(clean.out.contains("Restored 3 change(s)"), clean.out.constData());
        QVERIFY(laptopPristine());
        QVERIFY(journalEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(ktObjects(), 0, 30000);
    }

    void sigkillThenNextStartRestores()
    {
        auto process = startVpn({QStringLiteral("--dnsMode"), QStringLiteral("hosts")});
        QVERIFY(TestCluster::waitForOutput(*process, "Connected.", 120000));
        killBoth(*process);
        QVERIFY(m_netns.hasKtdeskTable());
        QVERIFY(!m_files.pristine());

        // The next session of any kind restores first.
        const quint16 port = freePort();
        auto next = startCli({QStringLiteral("--proxyPort"), QString::number(port)});
        QVERIFY(TestCluster::waitForOutput(*next, "Connected.", 120000));
        QVERIFY(laptopPristine());
        QCOMPARE(ktObjects(), 2); // the new session's own shadow only
        QVERIFY(stop(*next));
        QVERIFY(laptopPristine());
        QVERIFY(journalEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(ktObjects(), 0, 30000);
    }

    void sharedShadowIsRefCounted()
    {
        const QString pod = QStringLiteral("kt-connect-shadow-daemon");
        const auto refCount = [&] {
            return kubectlValue({QStringLiteral("-n"), m_ns, QStringLiteral("get"),
                QStringLiteral("pod"), pod, QStringLiteral("-o"),
                QStringLiteral("jsonpath={.metadata.annotations.kt-ref-count}")});
        };
        // vpn mode makes it...
        auto first = startVpn({QStringLiteral("--shareShadow")});
        QVERIFY(TestCluster::waitForOutput(*first, "Connected.", 120000));
        QCOMPARE(refCount(), QStringLiteral("1"));
        const QString uid = kubectlValue(
            {QStringLiteral("-n"), m_ns, QStringLiteral("get"), QStringLiteral("pod"), pod,
                QStringLiteral("-o"), QStringLiteral("jsonpath={.metadata.uid}")});
        // ...a proxy-mode session joins it...
        const quint16 port = freePort();
        auto second = startCli({QStringLiteral("--proxyPort"), QString::number(port),
            QStringLiteral("--shareShadow")});
        QVERIFY(TestCluster::waitForOutput(*second, "Connected.", 120000));
        QCOMPARE(refCount(), QStringLiteral("2"));
        QCOMPARE(ktObjects(), 3); // one pod, its ConfigMap, and the Secret with the shared key
        KT_TRY_VERIFY(reaches(QStringLiteral("http://%1/").arg(m_serviceIp)), 30000);
        const auto viaProxy = TestCluster::runAsync(QStringLiteral("curl"),
            {QStringLiteral("-fsS"), QStringLiteral("--max-time"), QStringLiteral("10"),
                QStringLiteral("--socks5-hostname"), QStringLiteral("127.0.0.1:%1").arg(port),
                QStringLiteral("http://web.%1.svc.cluster.local/").arg(m_ns)});
        QVERIFY2(viaProxy.exitCode == 0, viaProxy.err.constData());

        // The first one out leaves it to the other...
        QVERIFY(stop(*first));
        QVERIFY(laptopPristine());
        QCOMPARE(refCount(), QStringLiteral("1"));
        QCOMPARE(
            kubectlValue({QStringLiteral("-n"), m_ns, QStringLiteral("get"), QStringLiteral("pod"),
                pod, QStringLiteral("-o"), QStringLiteral("jsonpath={.metadata.uid}")}),
            uid);
        const auto stillThere = TestCluster::runAsync(QStringLiteral("curl"),
            {QStringLiteral("-fsS"), QStringLiteral("--max-time"), QStringLiteral("10"),
                QStringLiteral("--socks5-hostname"), QStringLiteral("127.0.0.1:%1").arg(port),
                QStringLiteral("http://web.%1.svc.cluster.local/").arg(m_ns)});
        QVERIFY2(stillThere.exitCode == 0, stillThere.err.constData());
        // ...and the last one out removes it.
        QVERIFY(stop(*second));
        QTRY_COMPARE_WITH_TIMEOUT(ktObjects(), 0, 30000);
        QVERIFY(journalEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConnectVpn)
#include "tst_connectvpn.moc"
