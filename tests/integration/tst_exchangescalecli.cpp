// `ktdesk-cli exchange --mode scale` (kt-connect's original exchange) against the local cluster:
// while it runs, the Deployment has 0 replicas and the Service's traffic reaches a server on this
// machine through a shadow that carries the pods' labels; SIGTERM, and SIGKILL followed by a
// restart or by `recover`, give the Deployment back exactly (replicas, annotations) and leave no
// kt object.
#include "testcluster.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

class TestExchangeScaleCli : public QObject
{
    Q_OBJECT

private:
    QString m_ns;
    QTemporaryDir m_state;
    QString m_cli;
    std::unique_ptr<QProcess> m_laptop;
    quint16 m_port = 0;
    QByteArray m_deploymentBefore;
    QByteArray m_serviceBefore;
    static constexpr quint16 kRemote = 8092;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_STATE_HOME"), m_state.path());
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        return env;
    }

    QByteArray askService() const
    {
        return TestCluster::runAsync(QStringLiteral("ip"),
            {QStringLiteral("netns"), QStringLiteral("exec"), TestCluster::netns(),
                QStringLiteral("curl"), QStringLiteral("-sS"), QStringLiteral("-m"),
                QStringLiteral("5"), QStringLiteral("http://scaled.%1:%2/").arg(m_ns).arg(kRemote)})
            .out;
    }

    static bool servedBy(const QByteArray &answer, const char *server)
    {
        return QJsonDocument::fromJson(answer).object().value(QStringLiteral("server")).toString()
            == QLatin1String(server);
    }

    QByteArray get(const QString &what, const QString &jsonpath) const
    {
        return TestCluster::kubectl(
            {QStringLiteral("-n"), m_ns, QStringLiteral("get"), what, QStringLiteral("-o"),
                QStringLiteral("jsonpath=") + jsonpath})
            .out;
    }

    // What restoring must give back exactly.
    QByteArray deploymentState() const
    {
        return get(QStringLiteral("deployment/scaled"),
            QStringLiteral("{.spec.replicas} {.metadata.annotations} {.metadata.labels}"));
    }

    QByteArray serviceState() const
    {
        return get(QStringLiteral("service/scaled"),
            QStringLiteral("{.spec.selector} {.metadata.annotations}"));
    }

    int ktObjects() const
    {
        const auto run = TestCluster::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("get"),
            QStringLiteral("pods,configmaps,services"), QStringLiteral("-l"),
            QStringLiteral("control-by=kt"), QStringLiteral("-o"), QStringLiteral("name")});
        return run.exitCode == 0 ? static_cast<int>(run.out.count('\n')) : -1;
    }

    // The Deployment's own pods (not the shadow).
    int originalPods() const
    {
        const auto run = TestCluster::kubectl(
            {QStringLiteral("-n"), m_ns, QStringLiteral("get"), QStringLiteral("pods"),
                QStringLiteral("-l"), QStringLiteral("app=scaled,control-by!=kt"),
                QStringLiteral("-o"), QStringLiteral("name")});
        return run.exitCode == 0 ? static_cast<int>(run.out.count('\n')) : -1;
    }

    std::unique_ptr<QProcess> startExchange()
    {
        if (!QTest::qWaitFor([] { return TestCluster::portFreeInCluster(kRemote); }, 60000))
            qWarning("port %u is still taken in the cluster network", kRemote);
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment());
        TestProcess::dieWithTest(*process);
        process->start(m_cli,
            {QStringLiteral("-n"), m_ns, QStringLiteral("exchange"), QStringLiteral("scaled"),
                QStringLiteral("--mode"), QStringLiteral("scale"), QStringLiteral("--expose"),
                QStringLiteral("%1:%2").arg(m_port).arg(kRemote)});
        return process;
    }

    void verifyExchanged(QProcess &process)
    {
        QVERIFY(TestCluster::waitForOutput(process, "Exchanged."));
        QCOMPARE(get(QStringLiteral("deployment/scaled"), QStringLiteral("{.spec.replicas}")),
            QByteArray("0"));
        QTRY_COMPARE_WITH_TIMEOUT(originalPods(), 0, 30000);
        // After a SIGKILL and a restart, with other test runs beside it on two cores, the first
        // request reached the laptop only just after 30 s (twice); alone it takes a few seconds.
        KT_TRY_VERIFY(servedBy(askService(), "laptop"), 60000);
        // The shadow remembers how to restore, as kt-connect writes it.
        const QByteArray shadow = get(QStringLiteral("pods"),
            QStringLiteral("{.items[?(@.metadata.labels.control-by==\"kt\")].metadata.annotations."
                           "kt-config}"));
        QCOMPARE(shadow, QByteArray("app=scaled,replicas=2"));
        QCOMPARE(serviceState(), m_serviceBefore); // scale mode leaves the Service alone
    }

    void verifyRestored()
    {
        QCOMPARE(deploymentState(), m_deploymentBefore);
        QCOMPARE(serviceState(), m_serviceBefore);
        QTRY_COMPARE_WITH_TIMEOUT(ktObjects(), 0, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(originalPods(), 2, 30000);
        KT_TRY_VERIFY(servedBy(askService(), "netlab"), 30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        KT_REQUIRE_CLUSTER();
        m_cli = qEnvironmentVariable("KT_BINARY_DIR") + QStringLiteral("/bin/ktdesk-cli");
        m_port = static_cast<quint16>(QRandomGenerator::global()->bounded(40000, 50000));
        m_laptop = std::make_unique<QProcess>();
        m_laptop->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        TestProcess::dieWithTest(*m_laptop);
        m_laptop->start(QStringLiteral("/usr/bin/python3"),
            {qEnvironmentVariable("KT_SOURCE_DIR")
                    + QStringLiteral("/tests/cluster/netlab-http.py"),
                QStringLiteral("--port"), QString::number(m_port), QStringLiteral("--bind"),
                QStringLiteral("127.0.0.1"), QStringLiteral("--name"), QStringLiteral("laptop")});
        QVERIFY(m_laptop->waitForStarted());

        m_ns = TestCluster::uniqueNamespace(QStringLiteral("scale"));
        QVERIFY(TestCluster::createNamespace(m_ns));
        const QByteArray workload = R"(
apiVersion: apps/v1
kind: Deployment
metadata: {name: scaled, labels: {app: scaled}, annotations: {team: payments}}
spec:
  replicas: 2
  selector: {matchLabels: {app: scaled}}
  template:
    metadata: {labels: {app: scaled, tier: backend}}
    spec:
      containers:
      - {name: app, image: example/scaled:1, ports: [{containerPort: 8092}]}
---
apiVersion: v1
kind: Service
metadata: {name: scaled}
spec:
  selector: {app: scaled, tier: backend}
  ports: [{port: 8092, targetPort: 8092}]
)";
        const auto applied
            = TestCluster::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("apply"),
                                       QStringLiteral("-f"), QStringLiteral("-")},
                workload);
        QVERIFY2(applied.exitCode == 0, applied.err.constData());
        KT_TRY_VERIFY(servedBy(askService(), "netlab"), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(
            get(QStringLiteral("deployment/scaled"), QStringLiteral("{.status.readyReplicas}")),
            QByteArray("2"), 30000);
        m_deploymentBefore = deploymentState();
        m_serviceBefore = serviceState();
        QVERIFY(m_deploymentBefore.startsWith("2 "));
    }

    void cleanupTestCase()
    {
        if (m_laptop) {
            m_laptop->kill();
            m_laptop->waitForFinished();
        }
        if (!m_ns.isEmpty())
            TestCluster::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns,
                QStringLiteral("--wait=false")});
    }

    void scaleThenSigtermRestores()
    {
        auto process = startExchange();
        verifyExchanged(*process);
        ::kill(static_cast<pid_t>(process->processId()), SIGTERM);
        QVERIFY(process->waitForFinished(150000));
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        // Stopping waited for the replicas before it removed the shadow.
        QCOMPARE(
            get(QStringLiteral("deployment/scaled"), QStringLiteral("{.status.readyReplicas}")),
            QByteArray("2"));
        verifyRestored();
    }

    void secondScaleExchangeIsRefused()
    {
        auto first = startExchange();
        QVERIFY(TestCluster::waitForOutput(*first, "Exchanged."));
        const auto second = TestCluster::runAsync(m_cli,
            {QStringLiteral("-n"), m_ns, QStringLiteral("exchange"),
                QStringLiteral("deploy/scaled"), QStringLiteral("--mode"), QStringLiteral("scale"),
                QStringLiteral("--expose"), QStringLiteral("9999:8092")},
            environment());
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains("already exchanged"), second.err.constData());
        ::kill(static_cast<pid_t>(first->processId()), SIGTERM);
        QVERIFY(first->waitForFinished(150000));
        verifyRestored();
    }

    void ephemeralIsSaidToBeUnsupported()
    {
        const auto result = TestCluster::runAsync(m_cli,
            {QStringLiteral("-n"), m_ns, QStringLiteral("exchange"), QStringLiteral("scaled"),
                QStringLiteral("--mode"), QStringLiteral("ephemeral"), QStringLiteral("--expose"),
                QStringLiteral("8092")},
            environment());
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains("not supported"), result.err.constData());
    }

    void sigkillThenRestartRestores()
    {
        auto process = startExchange();
        verifyExchanged(*process);
        process->kill();
        QVERIFY(process->waitForFinished(10000));
        QCOMPARE(get(QStringLiteral("deployment/scaled"), QStringLiteral("{.spec.replicas}")),
            QByteArray("0"));
        const auto clean = TestCluster::runAsync(
            m_cli, {QStringLiteral("clean"), QStringLiteral("--localOnly")}, environment());
        QVERIFY2(clean.exitCode == 0, clean.err.constData());
        verifyRestored();
    }

    void sigkillThenRecoverRestores()
    {
        auto process = startExchange();
        verifyExchanged(*process);
        process->kill();
        QVERIFY(process->waitForFinished(10000));
        // Another machine (no journal here) recovers the Service, as with a ktctl leftover.
        QTemporaryDir elsewhere;
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("XDG_STATE_HOME"), elsewhere.path());
        const auto recover = TestCluster::runAsync(m_cli,
            {QStringLiteral("-n"), m_ns, QStringLiteral("recover"), QStringLiteral("scaled")}, env);
        QVERIFY2(recover.exitCode == 0, recover.err.constData());
        QVERIFY2(recover.out.contains("scale deployment"), recover.out.constData());
        verifyRestored();
        // This machine's journal still lists the undone steps: replaying them changes nothing.
        const auto clean = TestCluster::runAsync(
            m_cli, {QStringLiteral("clean"), QStringLiteral("--localOnly")}, environment());
        QVERIFY2(clean.exitCode == 0, clean.err.constData());
        verifyRestored();
    }
};

QTEST_GUILESS_MAIN(TestExchangeScaleCli)
#include "tst_exchangescalecli.moc"
