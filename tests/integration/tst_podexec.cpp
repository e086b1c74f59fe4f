#include "kube/podexec.h"
#include "kubetestenv.h"

#include <QTest>

using Kt::Kube::PodExec;

namespace {

struct Outcome
{
    QByteArray out;
    QByteArray err;
    std::optional<Kt::Result<int>> result;
};

void collect(PodExec &exec, Outcome &outcome)
{
    QObject::connect(&exec, &PodExec::stdoutReceived, &exec,
        [&outcome](const QByteArray &data) { outcome.out += data; });
    QObject::connect(&exec, &PodExec::stderrReceived, &exec,
        [&outcome](const QByteArray &data) { outcome.err += data; });
    QObject::connect(&exec, &PodExec::finished, &exec, [&outcome](const Kt::Result<int> &result) {
        QVERIFY(!outcome.result); // exactly once
        outcome.result = result;
    });
}

} // namespace

class TestPodExec : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Kt::Kube::ClusterConnection> m_connection;
    QString m_namespace;

private Q_SLOTS:
    void initTestCase()
    {
        if (KubeTestEnv::kubeconfigPath().isEmpty())
            QSKIP("KUBECONFIG is not set: run through CTest (fixture `cluster`) or export it.");
        m_connection = KubeTestEnv::connectToCluster();
        QVERIFY(m_connection);
        m_namespace = KubeTestEnv::uniqueNamespace(QStringLiteral("kt-exec"));
        QVERIFY(KubeTestEnv::createNamespace(m_namespace));
        QVERIFY(KubeTestEnv::runPod(m_namespace, QStringLiteral("app")));
    }

    void cleanupTestCase()
    {
        if (!m_namespace.isEmpty())
            KubeTestEnv::deleteNamespace(m_namespace);
    }

    void stdoutStderrAndExitCode()
    {
        PodExec exec(m_connection.get(), m_namespace, QStringLiteral("app"),
            {QStringLiteral("sh"), QStringLiteral("-c"),
                QStringLiteral("echo to-stdout; echo to-stderr >&2; exit 3")});
        Outcome outcome;
        collect(exec, outcome);
        QSignalSpy started(&exec, &PodExec::started);
        exec.start();
        QCOMPARE(exec.state(), PodExec::State::Connecting);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.result.has_value(), 30000);
        QCOMPARE(started.size(), 1);
        QVERIFY2(outcome.result->ok(), qPrintable(outcome.result->error().toString()));
        QCOMPARE(outcome.result->value(), 3);
        QCOMPARE(outcome.out, QByteArray("to-stdout\n"));
        QCOMPARE(outcome.err, QByteArray("to-stderr\n"));
        QCOMPARE(exec.state(), PodExec::State::Finished);
        QCOMPARE(exec.protocol(), QStringLiteral("v5.channel.k8s.io"));
    }

    // A conversation over stdin: each line is answered before the next is sent.
    void interactiveStdin()
    {
        // The command reads its lines itself: kwok's local exec never closes the process's stdin
        // pipe, so there the end of input does not reach a command (closeStdin() is still sent).
        PodExec exec(m_connection.get(), m_namespace, QStringLiteral("app"),
            {QStringLiteral("sh"), QStringLiteral("-c"),
                QStringLiteral("read a; echo \"got $a\"; read b; echo \"got $b\"")});
        exec.setStdinEnabled(true);
        Outcome outcome;
        collect(exec, outcome);
        exec.start();
        QVERIFY(exec.writeStdin("one\n")); // queued until the upgrade completes
        QTRY_COMPARE_WITH_TIMEOUT(outcome.out, QByteArray("got one\n"), 30000);
        QCOMPARE(exec.protocol(), QStringLiteral("v5.channel.k8s.io"));
        QVERIFY(!outcome.result);
        QVERIFY(exec.writeStdin("two\n"));
        QVERIFY(exec.closeStdin());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.result.has_value(), 30000);
        QVERIFY2(outcome.result->ok(), qPrintable(outcome.result->error().toString()));
        QCOMPARE(outcome.result->value(), 0);
        QCOMPARE(outcome.out, QByteArray("got one\ngot two\n"));
        QCOMPARE(outcome.err, QByteArray());
        QVERIFY(!exec.writeStdin("late\n"));
    }

    // Arguments reach the command unchanged, whatever characters they hold.
    void argumentsArePassedVerbatim()
    {
        const QString tricky = QStringLiteral("a&b=c +d %20 ;e 'f' \"g\" ü");
        PodExec exec(m_connection.get(), m_namespace, QStringLiteral("app"),
            {QStringLiteral("printf"), QStringLiteral("%s|%s"), tricky, QStringLiteral("")});
        Outcome outcome;
        collect(exec, outcome);
        exec.start();
        QTRY_VERIFY_WITH_TIMEOUT(outcome.result.has_value(), 30000);
        QVERIFY2(outcome.result->ok(), qPrintable(outcome.result->error().toString()));
        QCOMPARE(outcome.result->value(), 0);
        QCOMPARE(QString::fromUtf8(outcome.out), tricky + QStringLiteral("|"));
    }

    void missingPod()
    {
        PodExec exec(m_connection.get(), m_namespace, QStringLiteral("no-such-pod"),
            {QStringLiteral("true")});
        Outcome outcome;
        collect(exec, outcome);
        exec.start();
        QTRY_VERIFY_WITH_TIMEOUT(outcome.result.has_value(), 30000);
        QVERIFY(!outcome.result->ok());
        QCOMPARE(outcome.result->error().code, Kt::ErrorCode::NotFound);
        QVERIFY2(outcome.result->error().message.contains(QStringLiteral("no-such-pod")),
            qPrintable(outcome.result->error().message));
        QCOMPARE(exec.state(), PodExec::State::Failed);
    }

    void cancel()
    {
        PodExec exec(m_connection.get(), m_namespace, QStringLiteral("app"),
            {QStringLiteral("sleep"), QStringLiteral("30")});
        Outcome outcome;
        collect(exec, outcome);
        QSignalSpy started(&exec, &PodExec::started);
        exec.start();
        QVERIFY(started.wait(30000));
        exec.cancel();
        QVERIFY(outcome.result.has_value());
        QCOMPARE(outcome.result->error().code, Kt::ErrorCode::Cancelled);
        exec.cancel(); // no second finished()
    }
};

QTEST_GUILESS_MAIN(TestPodExec)
#include "tst_podexec.moc"
