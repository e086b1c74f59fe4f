// `ktdesk-cli run localservice --port 8088 --expose` (kt-connect's documented example) and the
// newer `preview` form: a local server becomes Service `localservice` in the cluster; stop removes
// it.
#include "testcluster.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestPreviewCli : public QObject
{
    Q_OBJECT

private:
    QString m_ns;
    QTemporaryDir m_state;
    QString m_cli;
    QTcpServer m_local;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_STATE_HOME"), m_state.path());
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        return env;
    }

    QByteArray askService(const QString &url)
    {
        return TestCluster::runAsync(QStringLiteral("ip"),
            {QStringLiteral("netns"), QStringLiteral("exec"), TestCluster::netns(),
                QStringLiteral("curl"), QStringLiteral("-sS"), QStringLiteral("-m"),
                QStringLiteral("5"), url})
            .out;
    }

    int ktObjects() const
    {
        const auto run = TestCluster::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("get"),
            QStringLiteral("pods,configmaps,services"), QStringLiteral("-l"),
            QStringLiteral("control-by=kt"), QStringLiteral("-o"), QStringLiteral("name")});
        return run.exitCode == 0 ? static_cast<int>(run.out.count('\n')) : -1;
    }

    void runAndStop(const QStringList &args, const QString &url)
    {
        QVERIFY(QTest::qWaitFor([this] { return TestCluster::portFreeInCluster(8088); }, 60000));
        QProcess process;
        process.setProcessEnvironment(environment());
        TestProcess::dieWithTest(process);
        process.start(m_cli, QStringList {QStringLiteral("-n"), m_ns} + args);
        QVERIFY(TestCluster::waitForOutput(process, "Previewing."));
        QCOMPARE(ktObjects(), 3); // shadow pod, its ConfigMap, the Service
        KT_TRY_VERIFY(askService(url) == "from-laptop\n", 30000);
        ::kill(static_cast<pid_t>(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(ktObjects(), 0, 30000);
        QCOMPARE(
            TestCluster::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("get"),
                                     QStringLiteral("service"), QStringLiteral("localservice")})
                .exitCode,
            1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        KT_REQUIRE_CLUSTER();
        m_cli = qEnvironmentVariable("KT_BINARY_DIR") + QStringLiteral("/bin/ktdesk-cli");
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
        m_ns = TestCluster::uniqueNamespace(QStringLiteral("preview"));
        QVERIFY(TestCluster::createNamespace(m_ns));
    }

    void cleanupTestCase()
    {
        if (!m_ns.isEmpty())
            TestCluster::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns,
                QStringLiteral("--wait=false")});
    }

    void documentedRunExample()
    {
        runAndStop({QStringLiteral("run"), QStringLiteral("localservice"), QStringLiteral("--port"),
                       QStringLiteral("8088"), QStringLiteral("--expose")},
            QStringLiteral("http://localservice.%1:8088/").arg(m_ns));
    }

    void previewForm()
    {
        runAndStop({QStringLiteral("preview"), QStringLiteral("localservice"),
                       QStringLiteral("--expose"), QStringLiteral("8088")},
            QStringLiteral("http://localservice.%1.svc.cluster.local:8088/").arg(m_ns));
    }

    void takenNameIsRefusedAndKept()
    {
        QCOMPARE(TestCluster::kubectl(
                     {QStringLiteral("-n"), m_ns, QStringLiteral("create"),
                         QStringLiteral("service"), QStringLiteral("clusterip"),
                         QStringLiteral("localservice"), QStringLiteral("--tcp=8088:8088")})
                     .exitCode,
            0);
        QProcess process;
        process.setProcessEnvironment(environment());
        TestProcess::dieWithTest(process);
        process.start(m_cli,
            {QStringLiteral("-n"), m_ns, QStringLiteral("preview"), QStringLiteral("localservice"),
                QStringLiteral("--expose"), QStringLiteral("8088")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardError().contains("already exists"));
        // The existing Service is someone else's: it must still be there.
        QCOMPARE(
            TestCluster::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("get"),
                                     QStringLiteral("service"), QStringLiteral("localservice")})
                .exitCode,
            0);
        QCOMPARE(ktObjects(), 0);
    }

    void invalidNameIsAUsageError()
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        TestProcess::dieWithTest(process);
        process.start(m_cli,
            {QStringLiteral("-n"), m_ns, QStringLiteral("preview"), QStringLiteral("Bad_Name"),
                QStringLiteral("--expose"), QStringLiteral("8088")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardError().contains("cannot be a Service name"));
    }
};

QTEST_GUILESS_MAIN(TestPreviewCli)
#include "tst_previewcli.moc"
