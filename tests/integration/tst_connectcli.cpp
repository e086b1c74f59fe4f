// `ktdesk-cli connect` as a user runs it, against the local cluster: the proxy reaches Services
// by name; SIGTERM removes everything; after SIGKILL the journal lets `clean --localOnly`
// restore the cluster; a deleted shadow pod is recreated and the session comes back by itself.
#include "testcluster.h"

#include <QDir>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestConnectCli : public QObject
{
    Q_OBJECT

private:
    QString m_ns;
    QTemporaryDir m_state;
    QString m_cli;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_STATE_HOME"), m_state.path());
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // in-memory key store for the CLI
        return env;
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    std::unique_ptr<QProcess> startConnect(quint16 port)
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment());
        TestProcess::dieWithTest(*process);
        process->start(m_cli,
            {QStringLiteral("-n"), m_ns, QStringLiteral("connect"), QStringLiteral("--proxyPort"),
                QString::number(port)});
        return process;
    }

    int ktObjects() const
    {
        const auto run = TestCluster::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("get"),
            QStringLiteral("pods,configmaps"), QStringLiteral("-l"),
            QStringLiteral("control-by=kt"), QStringLiteral("-o"), QStringLiteral("name")});
        return run.exitCode == 0 ? static_cast<int>(run.out.count('\n')) : -1;
    }

    bool curlThrough(quint16 port)
    {
        const auto result = TestCluster::runAsync(QStringLiteral("curl"),
            {QStringLiteral("-fsS"), QStringLiteral("--max-time"), QStringLiteral("10"),
                QStringLiteral("--socks5-hostname"), QStringLiteral("127.0.0.1:%1").arg(port),
                QStringLiteral("http://api.%1.svc.cluster.local/").arg(m_ns)});
        return result.exitCode == 0 && result.out.contains("\"server\": \"netlab\"");
    }

private Q_SLOTS:
    void initTestCase()
    {
        KT_REQUIRE_CLUSTER();
        m_cli = qEnvironmentVariable("KT_BINARY_DIR") + QStringLiteral("/bin/ktdesk-cli");
        QVERIFY(QFile::exists(m_cli));
        m_ns = TestCluster::uniqueNamespace(QStringLiteral("connect"));
        QVERIFY(TestCluster::createNamespace(m_ns));
        QVERIFY(TestCluster::createServedDeployment(m_ns, QStringLiteral("api"), 80, 8080));
    }

    void cleanupTestCase()
    {
        if (!m_ns.isEmpty())
            TestCluster::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns,
                QStringLiteral("--wait=false")});
    }

    void connectThenSigtermLeavesNothing()
    {
        const quint16 port = freePort();
        auto process = startConnect(port);
        QVERIFY(TestCluster::waitForOutput(*process, "Connected."));
        QCOMPARE(ktObjects(), 2); // the shadow pod and its ConfigMap
        KT_TRY_VERIFY(curlThrough(port), 30000);
        ::kill(static_cast<pid_t>(process->processId()), SIGTERM);
        QVERIFY(process->waitForFinished(30000));
        QCOMPARE(process->exitCode(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(ktObjects(), 0, 30000);
        QVERIFY(QDir(m_state.path() + QStringLiteral("/ktdesk/journal"))
                    .entryList(QDir::Files)
                    .isEmpty());
    }

    void deletedShadowIsRecreated()
    {
        const quint16 port = freePort();
        auto process = startConnect(port);
        QVERIFY(TestCluster::waitForOutput(*process, "Connected."));
        KT_TRY_VERIFY(curlThrough(port), 30000);
        QCOMPARE(TestCluster::kubectl(
                     {QStringLiteral("-n"), m_ns, QStringLiteral("delete"), QStringLiteral("pods"),
                         QStringLiteral("-l"), QStringLiteral("control-by=kt"),
                         QStringLiteral("--wait=false")})
                     .exitCode,
            0);
        // Back on its own: requests work again through the same proxy port.
        KT_TRY_VERIFY(curlThrough(port), 60000);
        ::kill(static_cast<pid_t>(process->processId()), SIGTERM);
        QVERIFY(process->waitForFinished(30000));
        QTRY_COMPARE_WITH_TIMEOUT(ktObjects(), 0, 30000);
    }

    void sigkillThenCleanLocalOnlyRestores()
    {
        const quint16 port = freePort();
        auto process = startConnect(port);
        QVERIFY(TestCluster::waitForOutput(*process, "Connected."));
        process->kill(); // SIGKILL: no chance to undo anything
        QVERIFY(process->waitForFinished(10000));
        QCOMPARE(ktObjects(), 2);
        QCOMPARE(
            QDir(m_state.path() + QStringLiteral("/ktdesk/journal")).entryList(QDir::Files).size(),
            1);

        const auto dry = TestCluster::runAsync(m_cli,
            {QStringLiteral("clean"), QStringLiteral("--localOnly"), QStringLiteral("--dryRun")},
            environment());
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.contains("2 change(s) would be undone"), dry.out.constData());
        QCOMPARE(ktObjects(), 2);

        const auto clean = TestCluster::runAsync(
            m_cli, {QStringLiteral("clean"), QStringLiteral("--localOnly")}, environment());
        QVERIFY2(clean.exitCode == 0, clean.err.constData());
        QVERIFY2(clean.out.contains("Restored 2 change(s)"), clean.out.constData());
        QTRY_COMPARE_WITH_TIMEOUT(ktObjects(), 0, 30000);
        QVERIFY(QDir(m_state.path() + QStringLiteral("/ktdesk/journal"))
                    .entryList(QDir::Files)
                    .isEmpty());
    }

    void badInputIsAClearUsageError()
    {
        const auto result = TestCluster::runAsync(m_cli,
            {QStringLiteral("connect"), QStringLiteral("--proxyPort"), QStringLiteral("99999")},
            environment());
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("1 to 65535"));
        QCOMPARE(ktObjects(), 0);
    }
};

QTEST_GUILESS_MAIN(TestConnectCli)
#include "tst_connectcli.moc"
