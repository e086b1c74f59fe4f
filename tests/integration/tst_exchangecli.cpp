// `ktdesk-cli exchange` as kt-connect's documentation uses it, against the local cluster: requests
// to the Service from inside the cluster network reach a server on this machine; SIGTERM and
// SIGKILL + `clean --localOnly` both leave the Service exactly as it was.
#include "testcluster.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestExchangeCli : public QObject
{
    Q_OBJECT

private:
    QString m_ns;
    QTemporaryDir m_state;
    QString m_cli;
    QTcpServer m_local;
    QByteArray m_serviceBefore;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_STATE_HOME"), m_state.path());
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        return env;
    }

    // What a client inside the cluster network gets from the Service.
    QByteArray askService()
    {
        return TestCluster::runAsync(QStringLiteral("ip"),
            {QStringLiteral("netns"), QStringLiteral("exec"), TestCluster::netns(),
                QStringLiteral("curl"), QStringLiteral("-sS"), QStringLiteral("-m"),
                QStringLiteral("5"), QStringLiteral("http://kk-feiyan.%1:8088/").arg(m_ns)})
            .out;
    }

    // The Service as it matters for restoring: selector and annotations.
    QByteArray serviceState() const
    {
        const auto run = TestCluster::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("get"),
            QStringLiteral("service"), QStringLiteral("kk-feiyan"), QStringLiteral("-o"),
            QStringLiteral("jsonpath={.spec.selector} {.metadata.annotations}")});
        return run.out;
    }

    int ktObjects() const
    {
        const auto run = TestCluster::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("get"),
            QStringLiteral("pods,configmaps"), QStringLiteral("-l"),
            QStringLiteral("control-by=kt"), QStringLiteral("-o"), QStringLiteral("name")});
        return run.exitCode == 0 ? static_cast<int>(run.out.count('\n')) : -1;
    }

    // The test cluster's shadows share one sshd: a previous session's forwarded port is free only
    // once that sshd has seen the session end (a real cluster gives every shadow its own sshd).
    std::unique_ptr<QProcess> startExchange()
    {
        if (!QTest::qWaitFor([this] { return TestCluster::portFreeInCluster(8088); }, 60000))
            qWarning("port 8088 is still taken in the cluster network");
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment());
        TestProcess::dieWithTest(*process);
        process->start(m_cli,
            {QStringLiteral("-n"), m_ns, QStringLiteral("exchange"), QStringLiteral("kk-feiyan"),
                QStringLiteral("--expose"), QStringLiteral("8088")});
        return process;
    }

private Q_SLOTS:
    void initTestCase()
    {
        KT_REQUIRE_CLUSTER();
        m_cli = qEnvironmentVariable("KT_BINARY_DIR") + QStringLiteral("/bin/ktdesk-cli");
        // kt-connect's documented example serves on local port 8088.
        if (!m_local.listen(QHostAddress::LocalHost, 8088))
            QSKIP("local port 8088 is taken on this machine; the documented example needs it");
        connect(&m_local, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = m_local.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 200 OK\r\nContent-Length: 12\r\nConnection: "
                              "close\r\n\r\nfrom-laptop\n");
                socket->disconnectFromHost();
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        });
        m_ns = TestCluster::uniqueNamespace(QStringLiteral("exchange"));
        QVERIFY(TestCluster::createNamespace(m_ns));
        QCOMPARE(
            TestCluster::kubectl(
                {QStringLiteral("-n"), m_ns, QStringLiteral("create"), QStringLiteral("deployment"),
                    QStringLiteral("kk-feiyan"), QStringLiteral("--image=example/kk-feiyan"),
                    QStringLiteral("--replicas=2"), QStringLiteral("--port=8088")})
                .exitCode,
            0);
        QCOMPARE(TestCluster::kubectl(
                     {QStringLiteral("-n"), m_ns, QStringLiteral("expose"),
                         QStringLiteral("deployment"), QStringLiteral("kk-feiyan"),
                         QStringLiteral("--port=8088"), QStringLiteral("--target-port=8088")})
                     .exitCode,
            0);
        KT_TRY_VERIFY(askService().contains("\"server\": \"netlab\""), 60000);
        m_serviceBefore = serviceState();
        QVERIFY(m_serviceBefore.contains("\"app\":\"kk-feiyan\""));
    }

    void cleanupTestCase()
    {
        if (!m_ns.isEmpty())
            TestCluster::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns,
                QStringLiteral("--wait=false")});
    }

    void exchangeThenSigtermRestores()
    {
        auto process = startExchange();
        QVERIFY(TestCluster::waitForOutput(*process, "Exchanged."));
        KT_TRY_VERIFY(askService() == "from-laptop\n", 30000);
        const QByteArray during = serviceState();
        QVERIFY2(
            during.contains("kt-target") && during.contains("kt-selector"), during.constData());
        QCOMPARE(ktObjects(), 2);
        ::kill(static_cast<pid_t>(process->processId()), SIGTERM);
        QVERIFY(process->waitForFinished(30000));
        QCOMPARE(process->exitCode(), 0);
        QCOMPARE(serviceState(), m_serviceBefore);
        QTRY_COMPARE_WITH_TIMEOUT(ktObjects(), 0, 30000);
        KT_TRY_VERIFY(askService().contains("\"server\": \"netlab\""), 30000);
    }

    void secondExchangeIsRefusedClearly()
    {
        auto first = startExchange();
        QVERIFY(TestCluster::waitForOutput(*first, "Exchanged."));
        const auto second = TestCluster::runAsync(m_cli,
            {QStringLiteral("-n"), m_ns, QStringLiteral("exchange"), QStringLiteral("kk-feiyan"),
                QStringLiteral("--expose"), QStringLiteral("9999:8088")},
            environment());
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains("already exchanged"), second.err.constData());
        ::kill(static_cast<pid_t>(first->processId()), SIGTERM);
        QVERIFY(first->waitForFinished(30000));
        QCOMPARE(serviceState(), m_serviceBefore);
    }

    void wrongRemotePortIsRefusedBeforeAnyChange()
    {
        const auto result = TestCluster::runAsync(m_cli,
            {QStringLiteral("-n"), m_ns, QStringLiteral("exchange"), QStringLiteral("kk-feiyan"),
                QStringLiteral("--expose"), QStringLiteral("8088:1234")},
            environment());
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("not a target port"), result.err.constData());
        QCOMPARE(serviceState(), m_serviceBefore);
        QCOMPARE(ktObjects(), 0);
    }

    // Last: a SIGKILLed client cannot say goodbye, so the test cluster's one shared sshd keeps
    // its forwarded port until it notices (in a real cluster each shadow pod has its own sshd,
    // and clean deletes that pod).
    void sigkillThenCleanRestores()
    {
        auto process = startExchange();
        QVERIFY(TestCluster::waitForOutput(*process, "Exchanged."));
        process->kill();
        QVERIFY(process->waitForFinished(10000));
        QVERIFY(serviceState().contains("kt-selector"));
        const auto clean = TestCluster::runAsync(
            m_cli, {QStringLiteral("clean"), QStringLiteral("--localOnly")}, environment());
        QVERIFY2(clean.exitCode == 0, clean.err.constData());
        QCOMPARE(serviceState(), m_serviceBefore);
        QTRY_COMPARE_WITH_TIMEOUT(ktObjects(), 0, 30000);
    }
};

QTEST_GUILESS_MAIN(TestExchangeCli)
#include "tst_exchangecli.moc"
