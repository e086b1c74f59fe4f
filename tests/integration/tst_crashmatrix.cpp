// The crash matrix: for every mode on this build and every mutating step of it, ktdesk-cli is
// killed with SIGKILL right at that step (KT_TEST_CRASH_AFTER, see core/session/crashpoint.h),
// then `ktdesk-cli clean --localOnly` (the crash journal's recovery) or the next start of the same
// command runs, and the namespace must be exactly as before: Services (selector, labels,
// annotations), Deployments (replicas, selector, annotations), no control-by=kt object, no
// journal left, the local proxy port free.
//
// The matrix is data: a new mode joins by adding a Mode to modes() with its command, the line it
// prints once active, and its steps (every "journalled:", done and "undone:" crash point).
#include "testcluster.h"

#include <QDir>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

struct Mode
{
    QString name;
    QStringList arguments; // after "-n <ns>"; {port} is the row's free local port
    QByteArray activeMarker;
    QStringList steps; // in the order a session reaches them
};

QList<Mode> modes()
{
    // Steps of a shadow pod (ShadowTunnel): its ConfigMap, then the pod.
    const QStringList shadow {QStringLiteral("journalled:configmap"), QStringLiteral("configmap"),
        QStringLiteral("journalled:pod"), QStringLiteral("pod")};
    const QStringList shadowUndone {
        QStringLiteral("undone:pod"), QStringLiteral("undone:configmap")};
    return {
        {QStringLiteral("connect-proxy"),
            {QStringLiteral("connect"), QStringLiteral("--proxyPort"), QStringLiteral("{port}")},
            "Connected.", shadow + shadowUndone},
        {QStringLiteral("exchange-selector"),
            {QStringLiteral("exchange"), QStringLiteral("crash-web"), QStringLiteral("--expose"),
                QStringLiteral("{port}:8097")},
            "Exchanged.",
            QStringList {QStringLiteral("journalled:service-lock"), QStringLiteral("service-lock")}
                + shadow
                + QStringList {QStringLiteral("journalled:service-selector"),
                    QStringLiteral("service-selector"), QStringLiteral("undone:service-selector")}
                + shadowUndone + QStringList {QStringLiteral("undone:service-lock")}},
        {QStringLiteral("preview"),
            {QStringLiteral("preview"), QStringLiteral("crash-preview"), QStringLiteral("--expose"),
                QStringLiteral("{port}:8098")},
            "Previewing.",
            QStringList {QStringLiteral("journalled:service"), QStringLiteral("service")} + shadow
                + shadowUndone + QStringList {QStringLiteral("undone:service")}},
    };
}

} // namespace

class TestCrashMatrix : public QObject
{
    Q_OBJECT

private:
    QString m_ns;
    QString m_cli;
    QByteArray m_before;

    // Everything a crash could have left changed in the namespace, as text.
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

    QProcessEnvironment environment(const QString &stateHome, const QString &crashAt) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_STATE_HOME"), stateHome);
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // in-memory keys: nothing left
        if (!crashAt.isEmpty())
            env.insert(QStringLiteral("KT_TEST_CRASH_AFTER"), crashAt);
        else
            env.remove(QStringLiteral("KT_TEST_CRASH_AFTER"));
        return env;
    }

private Q_SLOTS:
    void initTestCase()
    {
        KT_REQUIRE_CLUSTER();
        m_cli = qEnvironmentVariable("KT_BINARY_DIR") + QStringLiteral("/bin/ktdesk-cli");
        QVERIFY(QFile::exists(m_cli));
        m_ns = TestCluster::uniqueNamespace(QStringLiteral("crash"));
        QCOMPARE(TestCluster::kubectl({QStringLiteral("create"), QStringLiteral("namespace"), m_ns})
                     .exitCode,
            0);
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
        m_before = namespaceState();
        QVERIFY2(m_before.contains("crash-web 2 "), m_before.constData());
        QVERIFY(ktObjects().isEmpty());
    }

    void cleanupTestCase()
    {
        if (!m_ns.isEmpty())
            TestCluster::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns,
                QStringLiteral("--wait=false")});
    }

    void killedAtStepLeavesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("activeMarker");
        QTest::addColumn<QString>("step");
        QTest::addColumn<bool>("recoverByRestart");
        for (const Mode &mode : modes()) {
            for (const QString &step : mode.steps) {
                QTest::addRow("%s/%s", qPrintable(mode.name), qPrintable(step))
                    << mode.arguments << mode.activeMarker << step << false;
            }
            // The other way back: the next start of the same command restores first.
            QTest::addRow("%s/%s/next-start", qPrintable(mode.name), qPrintable(mode.steps.at(3)))
                << mode.arguments << mode.activeMarker << mode.steps.at(3) << true;
        }
    }

    void killedAtStepLeavesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, activeMarker);
        QFETCH(QString, step);
        QFETCH(bool, recoverByRestart);

        // The test cluster's shadows share one sshd: wait until an earlier row's forward is gone.
        QVERIFY(QTest::qWaitFor(
            [] {
                return TestCluster::portFreeInCluster(8097) && TestCluster::portFreeInCluster(8098);
            },
            60000));
        const quint16 port = freePort();
        for (QString &argument : arguments)
            argument.replace(QStringLiteral("{port}"), QString::number(port));
        arguments = QStringList {QStringLiteral("-n"), m_ns} + arguments;
        QTemporaryDir state;

        QProcess session;
        session.setProcessEnvironment(environment(state.path(), step));
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
            // and its own changes are undone by SIGTERM as usual.
            QProcess again;
            again.setProcessEnvironment(environment(state.path(), {}));
            again.start(m_cli, arguments);
            QVERIFY(TestCluster::waitForOutput(again, activeMarker, 90000));
            ::kill(static_cast<pid_t>(again.processId()), SIGTERM);
            QVERIFY(again.waitForFinished(60000));
            const QByteArray err = again.readAllStandardError();
            QVERIFY2(again.exitStatus() == QProcess::NormalExit && again.exitCode() == 0,
                err.constData());
            QVERIFY2(err.contains("restored"), err.constData());
        } else {
            QProcess clean;
            clean.setProcessEnvironment(environment(state.path(), {}));
            clean.start(m_cli, {QStringLiteral("clean"), QStringLiteral("--localOnly")});
            QVERIFY(clean.waitForFinished(60000));
            QVERIFY2(clean.exitStatus() == QProcess::NormalExit && clean.exitCode() == 0,
                clean.readAllStandardError().constData());
        }

        QCOMPARE(namespaceState(), m_before);
        QTRY_COMPARE_WITH_TIMEOUT(ktObjects(), QByteArray(), 30000);
        QCOMPARE(QDir(journal).entryList(QDir::Files), QStringList());
        QVERIFY(portFree(port)); // the laptop side: the proxy (connect) died with the process
    }
};

QTEST_GUILESS_MAIN(TestCrashMatrix)
#include "tst_crashmatrix.moc"
