// `ktdesk-cli forward` as a user runs it, against the local cluster: a local port reaches the
// Service's port (a named targetPort) through a ready pod; when that pod is deleted, new
// connections go to the other ready pod with no restart; with no pod left the forward waits and
// comes back when one is ready again. Each pod's port is backed by a small HTTP server of this
// test that answers with the pod's name (kwok PortForward via `ktcluster forward`).
#include "testcluster.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

namespace {

// Answers every HTTP request with `name` and closes.
class NameServer : public QTcpServer
{
public:
    explicit NameServer(const QByteArray &name)
        : m_name(name)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    socket->write(
                        "HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(m_name.size())
                        + "\r\nConnection: close\r\n\r\n" + m_name);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }

private:
    QByteArray m_name;
};

} // namespace

class TestForwardCli : public QObject
{
    Q_OBJECT

private:
    QString m_ns;
    QTemporaryDir m_state;
    QString m_cli;
    std::map<QString, std::unique_ptr<NameServer>> m_servers;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_STATE_HOME"), m_state.path());
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        return env;
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    // A pod with label app=web whose container port "http" (8080) is served by a NameServer.
    bool createPod(const QString &name)
    {
        const QByteArray yaml = QStringLiteral(R"(apiVersion: v1
kind: Pod
metadata: {name: %1, namespace: %2, labels: {app: web}}
spec:
  containers:
  - name: web
    image: example/web
    ports: [{name: http, containerPort: 8080}]
)")
                                    .arg(name, m_ns)
                                    .toUtf8();
        if (TestCluster::kubectl(
                {QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}, yaml)
                .exitCode
            != 0)
            return false;
        auto server = std::make_unique<NameServer>(name.toUtf8());
        const quint16 port = server->serverPort();
        m_servers[name] = std::move(server);
        const auto forward = TestCluster::run(qEnvironmentVariable("KTCLUSTER"),
            {QStringLiteral("forward"), m_ns + QLatin1Char('/') + name,
                QStringLiteral("8080=127.0.0.1:%1").arg(port), QStringLiteral("--name"),
                qEnvironmentVariable("KTCLUSTER_NAME")});
        if (forward.exitCode != 0) {
            qWarning("ktcluster forward: %s", forward.err.constData());
            return false;
        }
        return TestCluster::kubectl(
                   {QStringLiteral("-n"), m_ns, QStringLiteral("wait"),
                       QStringLiteral("--for=condition=Ready"), QStringLiteral("pod/") + name,
                       QStringLiteral("--timeout=60s")})
                   .exitCode
            == 0;
    }

    bool deletePod(const QString &name)
    {
        return TestCluster::kubectl(
                   {QStringLiteral("-n"), m_ns, QStringLiteral("delete"), QStringLiteral("pod"),
                       name, QStringLiteral("--wait=false")})
                   .exitCode
            == 0;
    }

    // What answers on the local port (a pod name), or empty when nothing does.
    QByteArray get(quint16 port)
    {
        const auto result = TestCluster::runAsync(QStringLiteral("curl"),
            {QStringLiteral("-fsS"), QStringLiteral("--max-time"), QStringLiteral("10"),
                QStringLiteral("http://127.0.0.1:%1/").arg(port)});
        return result.exitCode == 0 ? result.out : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        KT_REQUIRE_CLUSTER();
        m_cli = qEnvironmentVariable("KT_BINARY_DIR") + QStringLiteral("/bin/ktdesk-cli");
        QVERIFY(QFile::exists(m_cli));
        m_ns = TestCluster::uniqueNamespace(QStringLiteral("forward"));
        QVERIFY(TestCluster::createNamespace(m_ns));
        const QByteArray service = QStringLiteral(R"(apiVersion: v1
kind: Service
metadata: {name: web, namespace: %1}
spec:
  selector: {app: web}
  ports: [{name: web, port: 80, targetPort: http}]
)")
                                       .arg(m_ns)
                                       .toUtf8();
        QCOMPARE(TestCluster::kubectl(
                     {QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}, service)
                     .exitCode,
            0);
    }

    void cleanupTestCase()
    {
        if (!m_ns.isEmpty())
            TestCluster::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns,
                QStringLiteral("--wait=false")});
    }

    void forwardMovesToAnotherReadyPod()
    {
        QVERIFY(createPod(QStringLiteral("web-a")));
        QVERIFY(createPod(QStringLiteral("web-b")));
        const quint16 port = freePort();
        QProcess process;
        process.setProcessEnvironment(environment());
        TestProcess::dieWithTest(process);
        process.start(m_cli,
            {QStringLiteral("-n"), m_ns, QStringLiteral("forward"), QStringLiteral("web"),
                QStringLiteral("%1:80").arg(port)});
        QVERIFY(TestCluster::waitForOutput(process, "Forwarding 127.0.0.1:"));

        // The named targetPort "http" resolves to 8080, which only the pods' servers answer on
        // (any other port would reach the netlab HTTP server).
        const QByteArray first = get(port);
        QVERIFY2(first == "web-a" || first == "web-b", first.constData());
        const QByteArray second = first == "web-a" ? "web-b" : "web-a";
        QCOMPARE(get(port), first); // it stays with one pod

        QVERIFY(deletePod(QString::fromUtf8(first)));
        QTRY_COMPARE_WITH_TIMEOUT(get(port), second, 30000);
        QCOMPARE(process.state(), QProcess::Running); // no restart

        // No pod left: connections fail while it waits; a new ready pod brings it back.
        QVERIFY(deletePod(QString::fromUtf8(second)));
        QTRY_COMPARE_WITH_TIMEOUT(get(port), QByteArray(), 30000);
        QVERIFY(createPod(QStringLiteral("web-c")));
        QTRY_COMPARE_WITH_TIMEOUT(get(port), QByteArray("web-c"), 30000);
        QCOMPARE(process.state(), QProcess::Running);

        ::kill(static_cast<pid_t>(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(err.contains(QByteArray("new connections go to pod " + second)), err.constData());
        QVERIFY2(err.contains("No ready pod behind Service web"), err.constData());
        QVERIFY2(!err.contains("invalid nullptr parameter"), err.constData());
    }

    void unknownServicePortIsAnError()
    {
        const auto result = TestCluster::runAsync(m_cli,
            {QStringLiteral("-n"), m_ns, QStringLiteral("forward"), QStringLiteral("web"),
                QStringLiteral("0:81")},
            environment());
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("has no port 81 (its ports: 80)"), result.err.constData());
    }

    void missingServiceIsAnError()
    {
        const auto result = TestCluster::runAsync(m_cli,
            {QStringLiteral("-n"), m_ns, QStringLiteral("forward"), QStringLiteral("nope")},
            environment());
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("nope"), result.err.constData());
    }

    void badPortsAreAUsageError()
    {
        for (const QString &ports : {QStringLiteral("x"), QStringLiteral("1:2:3"),
                 QStringLiteral("80:0"), QStringLiteral("70000")}) {
            const auto result = TestCluster::runAsync(
                m_cli, {QStringLiteral("forward"), QStringLiteral("web"), ports}, environment());
            QCOMPARE(result.exitCode, 2);
        }
        const auto help = TestCluster::runAsync(
            m_cli, {QStringLiteral("forward"), QStringLiteral("--help")}, environment());
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("Usage: ktdesk-cli forward"));
    }
};

QTEST_GUILESS_MAIN(TestForwardCli)
#include "tst_forwardcli.moc"
