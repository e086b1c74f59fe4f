// Gone for good (issue 9): ktdesk-cli exchange and connect are killed with SIGKILL and never
// started again, and their crash journal is lost with the machine. While they ran, `clean` by
// someone else left them alone (their heartbeats were fresh); once the heartbeats are older than
// the threshold, `ktdesk-cli clean` run by another user (another kubeconfig identity, the
// restricted developer bound to resources/rbac/ktdesk-role.yaml, and another HOME / state
// directory) restores the namespace exactly: selector, replicas, annotations, no kt objects.
//
// Test-only knobs keep it short: KTDESK_TEST_HEARTBEAT_SECONDS (heartbeat every 5 s instead of
// kt-connect's 2 minutes) and KTDESK_TEST_STALE_SECONDS (`clean`'s threshold in seconds instead
// of --thresholdInMinus).
#include "testcluster.h"

#include <QDir>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

constexpr int kStaleSeconds = 15;

} // namespace

class TestGoneForGood : public QObject
{
    Q_OBJECT

private:
    QString m_ns;
    QString m_cli;

    QByteArray namespaceState() const
    {
        const auto services = TestCluster::kubectl({QStringLiteral("-n"), m_ns,
            QStringLiteral("get"), QStringLiteral("services"), QStringLiteral("-o"),
            QStringLiteral("jsonpath={range .items[*]}{.metadata.name} {.spec.selector} "
                           "{.metadata.labels} {.metadata.annotations}{\"\\n\"}{end}")});
        const auto deployments = TestCluster::kubectl({QStringLiteral("-n"), m_ns,
            QStringLiteral("get"), QStringLiteral("deployments"), QStringLiteral("-o"),
            QStringLiteral("jsonpath={range .items[*]}{.metadata.name} {.spec.replicas} "
                           "{.spec.selector} {.metadata.annotations}{\"\\n\"}{end}")});
        return services.out + deployments.out;
    }

    QByteArray ktObjects() const
    {
        return TestCluster::kubectl(
            {QStringLiteral("-n"), m_ns, QStringLiteral("get"),
                QStringLiteral("pods,configmaps,services,deployments,secrets"),
                QStringLiteral("-l"), QStringLiteral("control-by=kt"), QStringLiteral("-o"),
                QStringLiteral("name")})
            .out;
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    // The user whose sessions vanish: their own state directory, fast heartbeats.
    static QProcessEnvironment firstUser(const QString &home)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/.local/state"));
        env.insert(QStringLiteral("KTDESK_TEST_HEARTBEAT_SECONDS"), QStringLiteral("5"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // in-memory keys
        env.remove(QStringLiteral("KT_TEST_CRASH_AFTER"));
        return env;
    }

    // Someone else, on another machine: another HOME, another kubeconfig identity.
    static QProcessEnvironment otherUser(const QString &home)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/.local/state"));
        env.insert(QStringLiteral("USER"), QStringLiteral("someone-else"));
        env.insert(QStringLiteral("KTDESK_TEST_STALE_SECONDS"), QString::number(kStaleSeconds));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("KT_TEST_CRASH_AFTER"));
        return env;
    }

    TestCluster::Run cleanAsOther(const QString &home)
    {
        QProcess clean;
        clean.setProcessEnvironment(otherUser(home));
        clean.start(m_cli,
            {QStringLiteral("--context"),
                QStringLiteral("ktcluster-%1-restricted")
                    .arg(qEnvironmentVariable("KTCLUSTER_NAME")),
                QStringLiteral("clean")});
        if (!clean.waitForFinished(120000)) {
            clean.kill();
            clean.waitForFinished();
            return {-1, {}, "timed out"};
        }
        const TestCluster::Run run {
            clean.exitCode(), clean.readAllStandardOutput(), clean.readAllStandardError()};
        qInfo().noquote() << "clean as another user said:" << run.out << run.err;
        return run;
    }

private Q_SLOTS:
    void initTestCase()
    {
        KT_REQUIRE_CLUSTER();
        m_cli = qEnvironmentVariable("KT_BINARY_DIR") + QStringLiteral("/bin/ktdesk-cli");
        QVERIFY(QFile::exists(m_cli));
        m_ns = TestCluster::uniqueNamespace(QStringLiteral("gone"));
        QVERIFY(TestCluster::createNamespace(m_ns));
        QCOMPARE(
            TestCluster::kubectl(
                {QStringLiteral("-n"), m_ns, QStringLiteral("create"), QStringLiteral("deployment"),
                    QStringLiteral("gone-web"), QStringLiteral("--image=example/gone-web"),
                    QStringLiteral("--replicas=2"), QStringLiteral("--port=8193")})
                .exitCode,
            0);
        QCOMPARE(TestCluster::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("expose"),
                                          QStringLiteral("deployment"), QStringLiteral("gone-web"),
                                          QStringLiteral("--port=8193")})
                     .exitCode,
            0);
    }

    void cleanupTestCase()
    {
        if (!m_ns.isEmpty())
            TestCluster::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns,
                QStringLiteral("--wait=false")});
    }

    void killedNeverRestartedCleanedByAnotherUser()
    {
        const QByteArray before = namespaceState();
        QVERIFY2(before.contains("gone-web 2 "), before.constData());
        QVERIFY(ktObjects().isEmpty());
        QVERIFY(QTest::qWaitFor([] { return TestCluster::portFreeInCluster(8193); }, 60000));

        auto firstHome = std::make_unique<QTemporaryDir>();
        QTemporaryDir otherHome;
        QProcess exchange;
        exchange.setProcessEnvironment(firstUser(firstHome->path()));
        exchange.start(m_cli,
            {QStringLiteral("-n"), m_ns, QStringLiteral("exchange"), QStringLiteral("gone-web"),
                QStringLiteral("--expose"), QStringLiteral("%1:8193").arg(freePort())});
        QProcess connect;
        connect.setProcessEnvironment(firstUser(firstHome->path()));
        connect.start(m_cli,
            {QStringLiteral("-n"), m_ns, QStringLiteral("connect"), QStringLiteral("--proxyPort"),
                QString::number(freePort())});
        QVERIFY(TestCluster::waitForOutput(exchange, "Exchanged.", 90000));
        QVERIFY(TestCluster::waitForOutput(connect, "Connected.", 90000));
        const QByteArray during = namespaceState();
        QVERIFY2(during != before, during.constData());

        // Alive (heartbeats fresh): someone else's clean leaves them alone, also after the
        // threshold has passed since they started.
        QTest::qWait((kStaleSeconds + 2) * 1000);
        const TestCluster::Run early = cleanAsOther(otherHome.path());
        QCOMPARE(early.exitCode, 0);
        QVERIFY2(early.out.contains("0 stale change(s)"), early.out.constData());
        QCOMPARE(namespaceState(), during);
        QVERIFY(exchange.state() == QProcess::Running && connect.state() == QProcess::Running);

        // Gone for good: killed, and the machine with the journal is gone too.
        ::kill(static_cast<pid_t>(exchange.processId()), SIGKILL);
        ::kill(static_cast<pid_t>(connect.processId()), SIGKILL);
        QVERIFY(exchange.waitForFinished(10000) && connect.waitForFinished(10000));
        QVERIFY(QDir(firstHome->path()).exists(QStringLiteral(".local/state")));
        firstHome.reset();
        QCOMPARE(namespaceState(), during); // nothing undid it

        // After the threshold: the other user's clean restores everything.
        QTest::qWait((kStaleSeconds + 3) * 1000);
        const TestCluster::Run late = cleanAsOther(otherHome.path());
        QCOMPARE(late.exitCode, 0);
        QVERIFY2(late.out.contains("Cleaned"), late.out.constData());
        QTRY_COMPARE_WITH_TIMEOUT(namespaceState(), before, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(ktObjects(), QByteArray(), 30000);
    }
};

QTEST_GUILESS_MAIN(TestGoneForGood)
#include "tst_goneforgood.moc"
