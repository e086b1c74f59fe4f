// The crash matrix: for every mode and every mutating step of it, ktdesk-cli is killed with
// SIGKILL right at that step (KT_TEST_CRASH_AFTER, see core/session/crashpoint.h), then
// `ktdesk-cli clean --localOnly` (the crash journal's recovery) or the next start of the same
// command runs, and everything must be exactly as before: in the namespace the Services
// (selector, labels, annotations, ports), Deployments (replicas, selector, annotations), kt
// pods and ConfigMaps (heartbeat times aside); on the laptop no journal left, the local proxy
// port free, and in vpn mode no nftables table and hosts/resolv.conf byte for byte as they were.
//
// The matrix is data: a new mode joins by adding a Mode to modes() with its command, the line it
// prints once active, and its steps (every "journalled:", done, "<kind>:<part>" and "undone:"
// crash point). Modes:
//   connect-proxy, connect-vpn (+ hosts): the laptop of vpn mode is a network namespace of this
//     test's own (as in tst_connectvpn), which needs root; the helper dies with the CLI
//     (KT_TEST_CRASH_CHILDREN) so that the journal, not the helper's own exit, restores;
//   exchange-selector, exchange-scale, preview;
//   mesh-auto: the first user (makes the router) here, and a second user joining a router
//     that a first user keeps running (meshSecondUser*), which must leave the first's router,
//     route and Service exactly as they were.
// All rows share one namespace and its workloads.
#include "testcluster.h"
#include "vpntestenv.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <csignal>
#include <memory>

namespace {

struct Mode
{
    QString name;
    QStringList arguments; // after "-n <ns>"; {port} is the row's free local port
    QByteArray activeMarker;
    QStringList steps; // in the order a session reaches them
    QString nextStartStep; // the row also recovered by the next start of the same command
    QList<quint16> remotePorts; // forwarded in the shared test sshd: free before a row starts
    bool laptop = false; // vpn mode: the laptop network namespace, root only
};

// Steps of a shadow pod (ShadowTunnel): its ConfigMap, then the pod.
const QStringList kShadow {QStringLiteral("journalled:configmap"), QStringLiteral("configmap"),
    QStringLiteral("journalled:pod"), QStringLiteral("pod")};
const QStringList kShadowUndone {QStringLiteral("undone:pod"), QStringLiteral("undone:configmap")};

// Auto mesh, for the first user and a second one alike (the second finds stuntman and router
// there: "mesh-route:stuntman" is the first's only; "mesh-route:router" is the second's
// ref-count update of the router pod).
QStringList meshSteps(bool first)
{
    QStringList steps {QStringLiteral("journalled:service-lock"), QStringLiteral("service-lock"),
        QStringLiteral("journalled:mesh-route")};
    if (first)
        steps.append(QStringLiteral("mesh-route:stuntman"));
    steps += QStringList {QStringLiteral("journalled:mesh-service"), QStringLiteral("mesh-service"),
        QStringLiteral("mesh-route:config"), QStringLiteral("mesh-route:router"),
        QStringLiteral("mesh-route:selector")};
    steps += kShadow + kShadowUndone;
    steps += QStringList {QStringLiteral("undone:mesh-service"),
        QStringLiteral("undone:mesh-route"), QStringLiteral("undone:service-lock")};
    return steps;
}

QStringList meshArguments(const QString &version, quint16 remote)
{
    return {QStringLiteral("mesh"), QStringLiteral("crash-mesh"), QStringLiteral("--expose"),
        QStringLiteral("{port}:%1").arg(remote), QStringLiteral("--versionMark"),
        QStringLiteral("kt-version:") + version};
}

constexpr quint16 kMeshFirstPort = 8096; // the mesh Service's target ports: one per user
constexpr quint16 kMeshSecondPort = 8095;

QList<Mode> modes()
{
    const QStringList vpn {QStringLiteral("connect"), QStringLiteral("--mode"),
        QStringLiteral("vpn"), QStringLiteral("--dnsMode")};
    return {
        {QStringLiteral("connect-proxy"),
            {QStringLiteral("connect"), QStringLiteral("--proxyPort"), QStringLiteral("{port}")},
            "Connected.", kShadow + kShadowUndone, kShadow.at(3), {}},
        {QStringLiteral("connect-vpn"), vpn + QStringList {QStringLiteral("localDNS:{upstream}")},
            "Connected.",
            kShadow
                + QStringList {QStringLiteral("journalled:laptop"),
                    QStringLiteral("laptop:redirect"), QStringLiteral("laptop:dns"),
                    QStringLiteral("undone:laptop")}
                + kShadowUndone,
            QStringLiteral("laptop:dns"), {}, true},
        {QStringLiteral("connect-vpn-hosts"), vpn + QStringList {QStringLiteral("hosts")},
            "Connected.", {QStringLiteral("laptop:hosts")}, {}, {}, true},
        {QStringLiteral("exchange-selector"),
            {QStringLiteral("exchange"), QStringLiteral("crash-web"), QStringLiteral("--expose"),
                QStringLiteral("{port}:8097")},
            "Exchanged.",
            QStringList {QStringLiteral("journalled:service-lock"), QStringLiteral("service-lock")}
                + kShadow
                + QStringList {QStringLiteral("journalled:service-selector"),
                    QStringLiteral("service-selector"), QStringLiteral("undone:service-selector")}
                + kShadowUndone + QStringList {QStringLiteral("undone:service-lock")},
            kShadow.at(1), {8097}},
        {QStringLiteral("exchange-scale"),
            {QStringLiteral("exchange"), QStringLiteral("deploy/crash-scale"),
                QStringLiteral("--mode"), QStringLiteral("scale"), QStringLiteral("--expose"),
                QStringLiteral("{port}:8099")},
            "Exchanged.",
            QStringList {
                QStringLiteral("journalled:deployment-lock"), QStringLiteral("deployment-lock")}
                + kShadow
                + QStringList {QStringLiteral("journalled:deployment-replicas"),
                    QStringLiteral("deployment-replicas"),
                    QStringLiteral("undone:deployment-replicas")}
                + kShadowUndone + QStringList {QStringLiteral("undone:deployment-lock")},
            QStringLiteral("deployment-replicas"), {8099}},
        {QStringLiteral("preview"),
            {QStringLiteral("preview"), QStringLiteral("crash-preview"), QStringLiteral("--expose"),
                QStringLiteral("{port}:8098")},
            "Previewing.",
            QStringList {QStringLiteral("journalled:service"), QStringLiteral("service")} + kShadow
                + kShadowUndone + QStringList {QStringLiteral("undone:service")},
            kShadow.at(3), {8098}},
        {QStringLiteral("mesh-auto"), meshArguments(QStringLiteral("first"), kMeshFirstPort),
            "Meshed.", meshSteps(true), QStringLiteral("mesh-route:selector"), {kMeshFirstPort}},
    };
}

const QByteArray kWorkloads = R"(
apiVersion: apps/v1
kind: Deployment
metadata: {name: crash-scale}
spec:
  replicas: 2
  selector: {matchLabels: {app: crash-scale}}
  template:
    metadata: {labels: {app: crash-scale}}
    spec:
      containers: [{name: web, image: example/crash-scale, ports: [{containerPort: 8099}]}]
---
apiVersion: v1
kind: Service
metadata: {name: crash-scale}
spec:
  selector: {app: crash-scale}
  ports: [{port: 8099, targetPort: 8099}]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: crash-mesh}
spec:
  replicas: 1
  selector: {matchLabels: {app: crash-mesh}}
  template:
    metadata: {labels: {app: crash-mesh}}
    spec:
      containers:
      - {name: web, image: example/crash-mesh, ports: [{containerPort: 8096}, {containerPort: 8095}]}
---
apiVersion: v1
kind: Service
metadata: {name: crash-mesh}
spec:
  selector: {app: crash-mesh}
  ports:
  - {name: first, port: 8096, targetPort: 8096}
  - {name: second, port: 8095, targetPort: 8095}
)";

} // namespace

class TestCrashMatrix : public QObject
{
    Q_OBJECT

private:
    QString m_ns;
    QString m_cli;
    QByteArray m_before;
    std::unique_ptr<VpnTest::ClientNetns> m_netns; // the laptop of vpn mode (root only)
    VpnTest::HelperFiles m_files;
    QUdpSocket m_upstream; // vpn mode's "system resolver": bound, never answers
    std::unique_ptr<QProcess> m_firstMeshUser; // for the second user's rows
    QTemporaryDir m_firstMeshState;
    QByteArray m_withFirstMeshUser;

    // Everything a crash could have left changed in the namespace, as text: Services,
    // Deployments, ConfigMaps and kt pods with what KtDesk changes in them. Heartbeat times
    // move by themselves (a running session's) and are left out.
    QByteArray namespaceState() const
    {
        const auto run = TestCluster::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("get"),
            QStringLiteral("services,deployments,configmaps,pods"), QStringLiteral("-o"),
            QStringLiteral("json")});
        if (run.exitCode != 0)
            return "kubectl failed: " + run.err;
        QByteArray text;
        const QJsonArray items
            = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("items")).toArray();
        for (const QJsonValue &value : items) {
            const QJsonObject item = value.toObject();
            const QString kind = item.value(QStringLiteral("kind")).toString();
            QJsonObject metadata = item.value(QStringLiteral("metadata")).toObject();
            const QJsonObject labels = metadata.value(QStringLiteral("labels")).toObject();
            if (kind == QLatin1String("Pod")
                && labels.value(QStringLiteral("control-by")).toString() != QLatin1String("kt"))
                continue; // workload pods come and go (scale mode)
            QJsonObject annotations = metadata.value(QStringLiteral("annotations")).toObject();
            annotations.remove(QStringLiteral("kt-last-heart-beat"));
            const QJsonObject spec = item.value(QStringLiteral("spec")).toObject();
            QJsonObject kept {
                {QStringLiteral("labels"), labels}, {QStringLiteral("annotations"), annotations}};
            if (kind == QLatin1String("Service")) {
                kept.insert(QStringLiteral("selector"), spec.value(QStringLiteral("selector")));
                kept.insert(QStringLiteral("ports"), spec.value(QStringLiteral("ports")));
            } else if (kind == QLatin1String("Deployment")) {
                kept.insert(QStringLiteral("replicas"), spec.value(QStringLiteral("replicas")));
                kept.insert(QStringLiteral("selector"), spec.value(QStringLiteral("selector")));
            } else if (kind == QLatin1String("ConfigMap")) {
                kept.insert(QStringLiteral("data"), item.value(QStringLiteral("data")));
            }
            text += kind.toUtf8() + '/' + metadata.value(QStringLiteral("name")).toString().toUtf8()
                + ' ' + QJsonDocument(kept).toJson(QJsonDocument::Compact) + '\n';
        }
        return text;
    }

    QByteArray ktObjects() const
    {
        return TestCluster::kubectl(
            {QStringLiteral("-n"), m_ns, QStringLiteral("get"),
                QStringLiteral("pods,configmaps,services,deployments"), QStringLiteral("-l"),
                QStringLiteral("control-by=kt"), QStringLiteral("-o"), QStringLiteral("name")})
            .out;
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    static bool portFree(quint16 port)
    {
        QTcpServer probe;
        return probe.listen(QHostAddress::LocalHost, port);
    }

    QProcessEnvironment environment(
        const QString &stateHome, const QString &crashAt, bool laptop = false) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_STATE_HOME"), stateHome);
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // in-memory keys: nothing left
        env.remove(QStringLiteral("KT_TEST_CRASH_CHILDREN"));
        if (!crashAt.isEmpty())
            env.insert(QStringLiteral("KT_TEST_CRASH_AFTER"), crashAt);
        else
            env.remove(QStringLiteral("KT_TEST_CRASH_AFTER"));
        if (laptop) {
            env.insert(QStringLiteral("KTDESK_TEST_LAPTOP_NETNS"), m_netns->name());
            // The helper dies with KtDesk (as on a power loss), so the journal must restore.
            env.insert(QStringLiteral("KT_TEST_CRASH_CHILDREN"), QStringLiteral("1"));
        }
        return env;
    }

    bool laptopPristine() const
    {
        return !m_netns || (!m_netns->hasKtdeskTable() && m_files.pristine());
    }

    static bool waitForFreeRemotePorts(const QList<quint16> &ports)
    {
        // The test cluster's shadows share one sshd: an earlier row's forward may linger.
        return QTest::qWaitFor(
            [&ports] {
                return std::all_of(ports.cbegin(), ports.cend(),
                    [](quint16 port) { return TestCluster::portFreeInCluster(port); });
            },
            60000);
    }

    void addRows(const Mode &mode)
    {
        for (const QString &step : mode.steps) {
            QTest::addRow("%s/%s", qPrintable(mode.name), qPrintable(step))
                << mode.arguments << mode.activeMarker << step << false << mode.remotePorts
                << mode.laptop;
        }
        if (!mode.nextStartStep.isEmpty()) {
            // The other way back: the next start of the same command restores first.
            QTest::addRow("%s/%s/next-start", qPrintable(mode.name), qPrintable(mode.nextStartStep))
                << mode.arguments << mode.activeMarker << mode.nextStartStep << true
                << mode.remotePorts << mode.laptop;
        }
    }

    static void addColumns()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("activeMarker");
        QTest::addColumn<QString>("step");
        QTest::addColumn<bool>("recoverByRestart");
        QTest::addColumn<QList<quint16>>("remotePorts");
        QTest::addColumn<bool>("laptop");
    }

    // One row: start the command with the crash point, recover, and compare with `expected`.
    void crashAndRecover(const QByteArray &expected)
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, activeMarker);
        QFETCH(QString, step);
        QFETCH(bool, recoverByRestart);
        QFETCH(QList<quint16>, remotePorts);
        QFETCH(bool, laptop);

        if (laptop && !m_netns)
            QSKIP("connect --mode vpn needs root: the laptop is a network namespace of the test's "
                  "own (run the tests as root)");
        QVERIFY(waitForFreeRemotePorts(remotePorts));
        QVERIFY(laptopPristine());
        const quint16 port = freePort();
        for (QString &argument : arguments) {
            argument.replace(QStringLiteral("{port}"), QString::number(port));
            argument.replace(QStringLiteral("{upstream}"),
                QStringLiteral("127.0.0.1:%1").arg(m_upstream.localPort()));
        }
        arguments = QStringList {QStringLiteral("-n"), m_ns} + arguments;
        QTemporaryDir state;

        QProcess session;
        session.setProcessEnvironment(environment(state.path(), step, laptop));
        TestProcess::dieWithTest(session);
        session.start(m_cli, arguments);
        QVERIFY(session.waitForStarted());
        if (step.startsWith(QLatin1String("undone:"))) {
            QVERIFY(TestCluster::waitForOutput(session, activeMarker, 90000));
            ::kill(static_cast<pid_t>(session.processId()), SIGTERM);
        }
        QVERIFY(session.waitForFinished(90000));
        QVERIFY2(session.exitStatus() == QProcess::CrashExit,
            qPrintable(QStringLiteral("step %1 was never reached; the CLI said: %2")
                           .arg(step, QString::fromUtf8(session.readAllStandardError()))));

        const QString journal = state.path() + QStringLiteral("/ktdesk/journal");
        if (recoverByRestart) {
            // Start the same command again (no crash this time): it restores before it starts,
            // and its own changes are undone by SIGTERM as usual. (The killed session's remote
            // forwards stay in the shared test sshd until it notices the client is gone.)
            QVERIFY(waitForFreeRemotePorts(remotePorts));
            QProcess again;
            again.setProcessEnvironment(environment(state.path(), {}, laptop));
            TestProcess::dieWithTest(again);
            again.start(m_cli, arguments);
            QVERIFY(TestCluster::waitForOutput(again, activeMarker, 90000));
            ::kill(static_cast<pid_t>(again.processId()), SIGTERM);
            QVERIFY(again.waitForFinished(90000));
            const QByteArray err = again.readAllStandardError();
            QVERIFY2(again.exitStatus() == QProcess::NormalExit && again.exitCode() == 0,
                err.constData());
            QVERIFY2(err.contains("restored"), err.constData());
        } else {
            QProcess clean;
            clean.setProcessEnvironment(environment(state.path(), {}, laptop));
            TestProcess::dieWithTest(clean);
            clean.start(m_cli, {QStringLiteral("clean"), QStringLiteral("--localOnly")});
            QVERIFY(clean.waitForFinished(90000));
            QVERIFY2(clean.exitStatus() == QProcess::NormalExit && clean.exitCode() == 0,
                clean.readAllStandardError().constData());
        }

        // Deleted pods may take a moment to go (their ConfigMaps and Services do not).
        QTRY_COMPARE_WITH_TIMEOUT(namespaceState(), expected, 30000);
        QCOMPARE(QDir(journal).entryList(QDir::Files), QStringList());
        QVERIFY(portFree(port)); // the laptop side: the proxy (connect) died with the process
        QVERIFY2(laptopPristine(),
            m_netns && m_netns->hasKtdeskTable() ? "the nftables table ktdesk is left"
                                                 : "hosts or resolv.conf differs");
    }

private Q_SLOTS:
    void initTestCase()
    {
        KT_REQUIRE_CLUSTER();
        m_cli = qEnvironmentVariable("KT_BINARY_DIR") + QStringLiteral("/bin/ktdesk-cli");
        QVERIFY(QFile::exists(m_cli));
        m_ns = TestCluster::uniqueNamespace(QStringLiteral("crash"));
        QVERIFY(TestCluster::createNamespace(m_ns));
        QCOMPARE(
            TestCluster::kubectl(
                {QStringLiteral("-n"), m_ns, QStringLiteral("create"), QStringLiteral("deployment"),
                    QStringLiteral("crash-web"), QStringLiteral("--image=example/crash-web"),
                    QStringLiteral("--replicas=2"), QStringLiteral("--port=8097")})
                .exitCode,
            0);
        QCOMPARE(TestCluster::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("expose"),
                                          QStringLiteral("deployment"), QStringLiteral("crash-web"),
                                          QStringLiteral("--port=8097")})
                     .exitCode,
            0);
        const auto applied
            = TestCluster::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("apply"),
                                       QStringLiteral("-f"), QStringLiteral("-")},
                kWorkloads);
        QVERIFY2(applied.exitCode == 0, applied.err.constData());
        // Scale and mesh read their workloads' pods (ready replicas, named ports): let them be.
        QCOMPARE(TestCluster::kubectl(
                     {QStringLiteral("-n"), m_ns, QStringLiteral("wait"),
                         QStringLiteral("--for=condition=Available"),
                         QStringLiteral("deployment/crash-scale"),
                         QStringLiteral("deployment/crash-mesh"), QStringLiteral("--timeout=60s")})
                     .exitCode,
            0);
        m_before = namespaceState();
        QVERIFY2(
            m_before.contains("Deployment/crash-scale {") && m_before.contains("\"replicas\":2"),
            m_before.constData());
        QVERIFY(ktObjects().isEmpty());

        if (VpnTest::isRoot()) {
            m_netns = std::make_unique<VpnTest::ClientNetns>(QStringLiteral("crash"));
            const QString error = m_netns->create();
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(m_files.setUp());
            QVERIFY(m_upstream.bind(QHostAddress::LocalHost, 0));
        } else {
            qInfo("not root: the connect --mode vpn rows will be skipped");
        }
    }

    void cleanupTestCase()
    {
        if (m_firstMeshUser && m_firstMeshUser->state() != QProcess::NotRunning) {
            ::kill(static_cast<pid_t>(m_firstMeshUser->processId()), SIGTERM);
            m_firstMeshUser->waitForFinished(90000);
        }
        if (m_netns)
            m_netns->destroy();
        if (!m_ns.isEmpty())
            TestCluster::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns,
                QStringLiteral("--wait=false")});
    }

    void killedAtStepLeavesNothing_data()
    {
        addColumns();
        for (const Mode &mode : modes())
            addRows(mode);
    }

    void killedAtStepLeavesNothing()
    {
        crashAndRecover(m_before);
        QTRY_COMPARE_WITH_TIMEOUT(ktObjects(), QByteArray(), 30000);
    }

    // A second user joins the router of a first one who keeps meshing: killed at any step and
    // recovered, the first's router, route, Service and objects are exactly as they were.
    void meshSecondUserKilledAtStepLeavesTheFirst_data()
    {
        addColumns();
        addRows({QStringLiteral("mesh-second-user"),
            meshArguments(QStringLiteral("second"), kMeshSecondPort), "Meshed.", meshSteps(false),
            QStringLiteral("mesh-route:selector"), {kMeshSecondPort}});
    }

    void meshSecondUserKilledAtStepLeavesTheFirst()
    {
        if (!m_firstMeshUser) {
            QVERIFY(waitForFreeRemotePorts({kMeshFirstPort}));
            QStringList arguments = meshArguments(QStringLiteral("first"), kMeshFirstPort);
            arguments.replaceInStrings(QStringLiteral("{port}"), QString::number(freePort()));
            m_firstMeshUser = std::make_unique<QProcess>();
            m_firstMeshUser->setProcessEnvironment(environment(m_firstMeshState.path(), {}));
            TestProcess::dieWithTest(*m_firstMeshUser);
            m_firstMeshUser->start(m_cli, QStringList {QStringLiteral("-n"), m_ns} + arguments);
            QVERIFY(TestCluster::waitForOutput(*m_firstMeshUser, "Meshed.", 90000));
            m_withFirstMeshUser = namespaceState();
            QVERIFY2(m_withFirstMeshUser.contains("\"kt-ref-count\":\"1\""),
                m_withFirstMeshUser.constData());
        }
        QVERIFY(m_firstMeshUser->state() == QProcess::Running);
        crashAndRecover(m_withFirstMeshUser);
    }

    // Last: the first mesh user leaves, and the namespace is as it was before all rows.
    void meshFirstUserLeavesNothing()
    {
        if (!m_firstMeshUser)
            QSKIP("no mesh rows ran");
        ::kill(static_cast<pid_t>(m_firstMeshUser->processId()), SIGTERM);
        QVERIFY(m_firstMeshUser->waitForFinished(90000));
        QCOMPARE(m_firstMeshUser->exitCode(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(namespaceState(), m_before, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(ktObjects(), QByteArray(), 30000);
    }
};

QTEST_GUILESS_MAIN(TestCrashMatrix)
#include "tst_crashmatrix.moc"
