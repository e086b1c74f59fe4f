// `ktdesk-cli mesh` against the local cluster. Auto mode: the router is a real nginx (netlab-sync
// runs one for the router pod, configured from its ConfigMap): requests with the version header
// reach a server on this machine over HTTP/1.1 and h2c, others the original pods; two users share
// one router; the last one out — and recovery after SIGKILL — leaves the Service exactly as it
// was. Manual mode: the shadow carries the version label and the Istio rules parse and name the
// right host and subsets.
#include "testcluster.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

#include <csignal>
#include <memory>
#include <vector>

class TestMeshCli : public QObject
{
    Q_OBJECT

private:
    QString m_ns;
    QTemporaryDir m_state;
    QString m_cli;
    std::unique_ptr<QProcess> m_laptopA;
    std::unique_ptr<QProcess> m_laptopB;
    std::vector<std::unique_ptr<QProcess>> m_sessions; // this case's ktdesk-cli processes
    quint16 m_portA = 0;
    quint16 m_portB = 0;
    QByteArray m_serviceBefore;

    QProcessEnvironment environment(const QString &user = QStringLiteral("alice")) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // One journal directory per user, as two people on two machines have.
        env.insert(QStringLiteral("XDG_STATE_HOME"), m_state.filePath(user));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        return env;
    }

    // A local HTTP/1.1 + h2c server that names itself in every answer (tests/cluster's), on a
    // port that was free a moment ago. This machine's loopback is shared (other tests, other
    // people's runs): the port counts as ours only once the server answers there by its name,
    // else another one is tried.
    static std::unique_ptr<QProcess> startLocalServer(const QString &name, quint16 &port)
    {
        for (int attempt = 0; attempt < 5; ++attempt) {
            {
                QTcpServer probe;
                probe.listen(QHostAddress::LocalHost, 0);
                port = probe.serverPort();
            }
            auto process = std::make_unique<QProcess>();
            process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            TestProcess::dieWithTest(*process);
            process->start(QStringLiteral("/usr/bin/python3"),
                {qEnvironmentVariable("KT_SOURCE_DIR")
                        + QStringLiteral("/tests/cluster/netlab-http.py"),
                    QStringLiteral("--port"), QString::number(port), QStringLiteral("--bind"),
                    QStringLiteral("127.0.0.1"), QStringLiteral("--name"), name});
            const auto answersByName = [&] {
                QTcpSocket socket;
                socket.connectToHost(QHostAddress::LocalHost, port);
                if (!socket.waitForConnected(1000))
                    return false;
                socket.write("GET / HTTP/1.0\r\n\r\n");
                QByteArray answer;
                while (socket.waitForReadyRead(2000))
                    answer += socket.readAll();
                return answer.contains(QByteArray("\"" + name.toUtf8() + '"'));
            };
            if (QTest::qWaitFor(
                    [&] { return process->state() == QProcess::NotRunning || answersByName(); },
                    15000)
                && process->state() == QProcess::Running)
                return process;
            process->kill();
            process->waitForFinished();
        }
        return nullptr;
    }

    // What a client inside the cluster network gets from Service web on `port`.
    QByteArray ask(int port, const QString &version = {}, bool http2 = false) const
    {
        QStringList args {QStringLiteral("netns"), QStringLiteral("exec"), TestCluster::netns(),
            QStringLiteral("curl"), QStringLiteral("-sS"), QStringLiteral("-m"),
            QStringLiteral("5")};
        if (http2)
            args.append(QStringLiteral("--http2-prior-knowledge"));
        if (!version.isEmpty())
            args << QStringLiteral("-H") << QStringLiteral("kt-version: ") + version;
        args.append(QStringLiteral("http://web.%1:%2/").arg(m_ns).arg(port));
        return TestCluster::runAsync(QStringLiteral("ip"), args).out;
    }

    static bool servedBy(const QByteArray &answer, const char *server, bool http2 = false)
    {
        const QJsonObject object = QJsonDocument::fromJson(answer).object();
        return object.value(QStringLiteral("server")).toString() == QLatin1String(server)
            && (object.value(QStringLiteral("protocol")).toString() == QLatin1String("h2"))
            == http2;
    }

    QByteArray serviceState() const
    {
        return TestCluster::kubectl(
            {QStringLiteral("-n"), m_ns, QStringLiteral("get"), QStringLiteral("service"),
                QStringLiteral("web"), QStringLiteral("-o"),
                QStringLiteral("jsonpath={.spec.selector} {.spec.ports} "
                               "{.metadata.annotations}")})
            .out;
    }

    QByteArray routerRefCount() const
    {
        return TestCluster::kubectl(
            {QStringLiteral("-n"), m_ns, QStringLiteral("get"), QStringLiteral("pod"),
                QStringLiteral("web-kt-router"), QStringLiteral("-o"),
                QStringLiteral("jsonpath={.metadata.annotations.kt-ref-count}")})
            .out;
    }

    int ktObjects() const
    {
        const auto run = TestCluster::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("get"),
            QStringLiteral("pods,configmaps,services"), QStringLiteral("-l"),
            QStringLiteral("control-by=kt"), QStringLiteral("-o"), QStringLiteral("name")});
        return run.exitCode == 0 ? static_cast<int>(run.out.count('\n')) : -1;
    }

    // The session is the test's until cleanup() (see there).
    QProcess *startMesh(const QString &user, const QStringList &args)
    {
        QProcess *process = m_sessions.emplace_back(std::make_unique<QProcess>()).get();
        process->setProcessEnvironment(environment(user));
        TestProcess::dieWithTest(*process);
        process->start(m_cli,
            QStringList {QStringLiteral("-n"), m_ns, QStringLiteral("mesh"), QStringLiteral("web")}
                + args);
        return process;
    }

    static void waitForFreePorts(std::initializer_list<quint16> ports)
    {
        // The test cluster's shadows share one sshd (see tst_exchangecli).
        for (quint16 port : ports) {
            if (!QTest::qWaitFor([port] { return TestCluster::portFreeInCluster(port); }, 60000))
                qWarning("port %u is still taken in the cluster network", port);
        }
    }

    static void stop(QProcess &process)
    {
        ::kill(static_cast<pid_t>(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(90000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        KT_REQUIRE_CLUSTER();
        if (!QFile::exists(QStringLiteral("/usr/sbin/nginx")))
            QSKIP("nginx is not installed (installer/dev.sh deps installs nginx-light)");
        m_cli = qEnvironmentVariable("KT_BINARY_DIR") + QStringLiteral("/bin/ktdesk-cli");
        m_laptopA = startLocalServer(QStringLiteral("laptop-a"), m_portA);
        m_laptopB = startLocalServer(QStringLiteral("laptop-b"), m_portB);
        QVERIFY2(m_laptopA && m_laptopB, "the local servers found no free port");

        m_ns = TestCluster::uniqueNamespace(QStringLiteral("mesh"));
        QVERIFY(TestCluster::createNamespace(m_ns));
        const QByteArray workload = R"(
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web, version: v1}}
    spec:
      containers:
      - name: web
        image: example/web:1
        ports: [{containerPort: 8080}, {containerPort: 9090}, {containerPort: 8081}]
---
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector: {app: web}
  ports:
  - {name: http, port: 80, targetPort: 8080}
  - {name: grpc, port: 9090, targetPort: 9090}
  - {name: http-alt, port: 81, targetPort: 8081}
)";
        const auto applied
            = TestCluster::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("apply"),
                                       QStringLiteral("-f"), QStringLiteral("-")},
                workload);
        QVERIFY2(applied.exitCode == 0, applied.err.constData());
        KT_TRY_VERIFY(servedBy(ask(80), "netlab"), 60000);
        KT_TRY_VERIFY(servedBy(ask(9090, {}, true), "netlab", true), 30000);
        m_serviceBefore = serviceState();
        QVERIFY(m_serviceBefore.contains("\"app\":\"web\""));
    }

    void cleanupTestCase()
    {
        for (auto *server : {m_laptopA.get(), m_laptopB.get()}) {
            if (server) {
                server->kill();
                server->waitForFinished();
            }
        }
        if (!m_ns.isEmpty())
            TestCluster::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns,
                QStringLiteral("--wait=false")});
    }

    // A case that failed half-way leaves its sessions running: they are stopped as a user stops
    // them (SIGTERM: everything undone), not killed when their QProcess goes away, so that the
    // next case finds the Service as it was instead of a leftover router.
    void cleanup()
    {
        for (const auto &process : m_sessions) {
            if (process->state() != QProcess::NotRunning) {
                ::kill(static_cast<pid_t>(process->processId()), SIGTERM);
                if (!process->waitForFinished(90000))
                    qWarning("a mesh session did not stop within 90 s of SIGTERM");
            }
        }
        m_sessions.clear();
    }

    void autoMeshTwoUsersShareTheRouter()
    {
        waitForFreePorts({8080, 9090, 8081});
        auto alice = startMesh(QStringLiteral("alice"),
            {QStringLiteral("--expose"), QStringLiteral("%1:8080,%1:9090").arg(m_portA),
                QStringLiteral("--versionMark"), QStringLiteral("kt-version:alice")});
        QVERIFY(TestCluster::waitForOutput(*alice, "Meshed."));
        KT_TRY_VERIFY(servedBy(ask(80, QStringLiteral("alice")), "laptop-a"), 30000);
        QVERIFY(servedBy(ask(80), "netlab"));
        QVERIFY(servedBy(ask(80, QStringLiteral("someone-else")), "netlab"));
        // gRPC-style HTTP/2 over cleartext, end to end (the router speaks h2 on both sides).
        QTRY_VERIFY_WITH_TIMEOUT(
            servedBy(ask(9090, QStringLiteral("alice"), true), "laptop-a", true), 30000);
        QVERIFY(servedBy(ask(9090, {}, true), "netlab", true));
        const QByteArray during = serviceState();
        QVERIFY2(during.contains("\"kt-role\":\"router\"") && during.contains("kt-selector"),
            during.constData());
        QCOMPARE(routerRefCount(), QByteArray("1"));

        // A second user joins the same router with another version and port.
        auto bob = startMesh(QStringLiteral("bob"),
            {QStringLiteral("--expose"), QStringLiteral("%1:8081").arg(m_portB),
                QStringLiteral("--versionMark"), QStringLiteral("bob")});
        QVERIFY(TestCluster::waitForOutput(*bob, "Meshed."));
        QCOMPARE(routerRefCount(), QByteArray("2"));
        KT_TRY_VERIFY(servedBy(ask(81, QStringLiteral("bob")), "laptop-b"), 30000);
        QVERIFY(servedBy(ask(81), "netlab"));
        QVERIFY(servedBy(ask(80, QStringLiteral("alice")), "laptop-a"));

        // The first one leaves: the second still works, the first's route is gone.
        stop(*alice);
        QCOMPARE(routerRefCount(), QByteArray("1"));
        KT_TRY_VERIFY(servedBy(ask(80, QStringLiteral("alice")), "netlab"), 30000);
        QVERIFY(servedBy(ask(81, QStringLiteral("bob")), "laptop-b"));
        QVERIFY(serviceState().contains("\"kt-role\":\"router\""));

        // The last one leaves: the Service is exactly as before, and no kt object is left.
        stop(*bob);
        QCOMPARE(serviceState(), m_serviceBefore);
        QTRY_COMPARE_WITH_TIMEOUT(ktObjects(), 0, 30000);
        KT_TRY_VERIFY(servedBy(ask(81, QStringLiteral("bob")), "netlab"), 30000);
    }

    void manualMeshGivesIstioRules()
    {
        waitForFreePorts({8080});
        const QString file = m_state.filePath(QStringLiteral("istio.yaml"));
        auto carol = startMesh(QStringLiteral("carol"),
            {QStringLiteral("--mode"), QStringLiteral("manual"), QStringLiteral("--expose"),
                QStringLiteral("%1:8080").arg(m_portA), QStringLiteral("--versionMark"),
                QStringLiteral("kt-version:carol"), QStringLiteral("--istioFile"), file});
        QVERIFY(TestCluster::waitForOutput(*carol, "Meshed (manual)."));
        QCOMPARE(serviceState(), m_serviceBefore); // manual mode leaves the Service alone
        const QByteArray labels = TestCluster::kubectl(
            {QStringLiteral("-n"), m_ns, QStringLiteral("get"), QStringLiteral("pod"),
                QStringLiteral("web-kt-mesh-carol"), QStringLiteral("-o"),
                QStringLiteral("jsonpath={.metadata.labels}")})
                                      .out;
        QVERIFY2(labels.contains("\"app\":\"web\"") && labels.contains("\"kt-version\":\"carol\"")
                && labels.contains("\"control-by\":\"kt\""),
            labels.constData());

        const QString host = QStringLiteral("web.%1.svc.cluster.local").arg(m_ns);
        std::vector<YAML::Node> documents;
        try {
            documents = YAML::LoadAllFromFile(file.toStdString());
        } catch (const YAML::Exception &error) {
            QFAIL(error.what());
        }
        QCOMPARE(documents.size(), size_t(2));
        const YAML::Node rule = documents.at(0);
        const YAML::Node virtualService = documents.at(1);
        QCOMPARE(rule["kind"].as<std::string>(), std::string("DestinationRule"));
        QCOMPARE(rule["apiVersion"].as<std::string>(), std::string("networking.istio.io/v1beta1"));
        QCOMPARE(rule["metadata"]["namespace"].as<std::string>(), m_ns.toStdString());
        QCOMPARE(rule["spec"]["host"].as<std::string>(), host.toStdString());
        QCOMPARE(rule["spec"]["subsets"][0]["name"].as<std::string>(), std::string("carol"));
        QCOMPARE(rule["spec"]["subsets"][0]["labels"]["kt-version"].as<std::string>(),
            std::string("carol"));
        // The original pods' own label (beyond the selector) keeps everyone else off the shadow.
        QCOMPARE(rule["spec"]["subsets"][1]["name"].as<std::string>(), std::string("origin"));
        QCOMPARE(
            rule["spec"]["subsets"][1]["labels"]["version"].as<std::string>(), std::string("v1"));
        QCOMPARE(virtualService["kind"].as<std::string>(), std::string("VirtualService"));
        QCOMPARE(virtualService["spec"]["hosts"][0].as<std::string>(), host.toStdString());
        const YAML::Node http = virtualService["spec"]["http"];
        QCOMPARE(http.size(), size_t(2));
        QCOMPARE(http[0]["match"][0]["headers"]["kt-version"]["exact"].as<std::string>(),
            std::string("carol"));
        QCOMPARE(http[0]["route"][0]["destination"]["host"].as<std::string>(), host.toStdString());
        QCOMPARE(
            http[0]["route"][0]["destination"]["subset"].as<std::string>(), std::string("carol"));
        QCOMPARE(
            http[1]["route"][0]["destination"]["subset"].as<std::string>(), std::string("origin"));

        stop(*carol);
        QCOMPARE(serviceState(), m_serviceBefore);
        QTRY_COMPARE_WITH_TIMEOUT(ktObjects(), 0, 30000);
    }

    // Last: a SIGKILLed client leaves its forwarded port in the shared test sshd for a while.
    void sigkillThenRestartRestores()
    {
        waitForFreePorts({8080});
        auto dave = startMesh(QStringLiteral("dave"),
            {QStringLiteral("--expose"), QStringLiteral("%1:8080").arg(m_portA),
                QStringLiteral("--versionMark"), QStringLiteral("dave")});
        QVERIFY(TestCluster::waitForOutput(*dave, "Meshed."));
        KT_TRY_VERIFY(servedBy(ask(80, QStringLiteral("dave")), "laptop-a"), 30000);
        dave->kill();
        QVERIFY(dave->waitForFinished(10000));
        QVERIFY(serviceState().contains("kt-selector"));
        // The next start of ktdesk-cli (here: clean --localOnly) replays the crash journal.
        const auto clean
            = TestCluster::runAsync(m_cli, {QStringLiteral("clean"), QStringLiteral("--localOnly")},
                environment(QStringLiteral("dave")));
        QVERIFY2(clean.exitCode == 0, clean.err.constData());
        QCOMPARE(serviceState(), m_serviceBefore);
        QTRY_COMPARE_WITH_TIMEOUT(ktObjects(), 0, 30000);
        KT_TRY_VERIFY(servedBy(ask(80, QStringLiteral("dave")), "netlab"), 30000);
    }
};

QTEST_GUILESS_MAIN(TestMeshCli)
#include "tst_meshcli.moc"
