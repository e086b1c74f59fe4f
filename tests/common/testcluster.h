#pragma once

// Test helper for tests that run against the local cluster (CTest fixture "cluster"): facts
// about it from the environment, and blocking kubectl/command runs for setup and teardown only
// (never while the code under test needs the event loop).

#include "testprocess.h"
#include <QFile>

#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QString>
#include <QStringList>
#include <QTest>

namespace TestCluster {

inline bool available()
{
    return !qEnvironmentVariableIsEmpty("KTCLUSTER_STATE_DIR");
}

inline QString stateDir()
{
    return qEnvironmentVariable("KTCLUSTER_STATE_DIR");
}

inline QString netns()
{
    return qEnvironmentVariable("KTCLUSTER_NETNS");
}

// A value of the cluster's cluster.env (e.g. LINK_OCTET, API_PORT).
inline QString envValue(const QString &key)
{
    QFile file(stateDir() + QStringLiteral("/cluster.env"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString prefix = key + QLatin1Char('=');
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(prefix))
            return line.mid(prefix.size());
    }
    return {};
}

// The shadow sshd's address as seen from the host (the netlab veth link).
inline QString sshdAddress()
{
    return QStringLiteral("10.250.%1.2").arg(envValue(QStringLiteral("LINK_OCTET")));
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline Run run(const QString &program, const QStringList &args, const QByteArray &input = {},
    int timeoutMs = 60000)
{
    QProcess process;
    TestProcess::dieWithTest(process);
    process.start(program, args);
    if (!process.waitForStarted(10000))
        return {-1, {}, process.errorString().toUtf8()};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-1, process.readAllStandardOutput(), "timed out"};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), process.readAllStandardError()};
}

inline Run kubectl(const QStringList &args, const QByteArray &input = {})
{
    return run(QStringLiteral("kubectl"), args, input);
}

// Runs a command to completion while the event loop keeps running (for code under test that
// lives on it, e.g. a proxy that the command talks to).
inline Run runAsync(const QString &program, const QStringList &args,
    const QProcessEnvironment &env = {}, int timeoutMs = 120000)
{
    QProcess process;
    if (!env.isEmpty())
        process.setProcessEnvironment(env);
    TestProcess::dieWithTest(process);
    process.start(program, args);
    QSignalSpy finished(&process, &QProcess::finished);
    if (!finished.wait(timeoutMs)) {
        process.kill();
        return {-1, {}, "timed out"};
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

// Waits until `process` prints `marker` on stdout; on failure says what it printed instead.
inline bool waitForOutput(QProcess &process, const QByteArray &marker, int timeoutMs = 60000)
{
    QByteArray out;
    (void)QTest::qWaitFor(
        [&] {
            out += process.readAllStandardOutput();
            return out.contains(marker) || process.state() == QProcess::NotRunning;
        },
        timeoutMs);
    if (!out.contains(marker)) {
        qWarning("%s did not say %s. stdout: %s\nstderr: %s", qPrintable(process.program()),
            marker.constData(), out.constData(), process.readAllStandardError().constData());
        return false;
    }
    return true;
}

// True once nothing listens on `port` in the cluster network (the test cluster's shadows share
// one sshd, so a finished session's forwarded port frees only when that sshd has seen it end).
inline bool portFreeInCluster(quint16 port)
{
    const Run run = runAsync(QStringLiteral("ip"),
        {QStringLiteral("netns"), QStringLiteral("exec"), netns(), QStringLiteral("ss"),
            QStringLiteral("-Htln"), QStringLiteral("sport = :%1").arg(port)});
    return run.exitCode == 0 && run.out.trimmed().isEmpty();
}

// A fresh namespace name for one test.
inline QString uniqueNamespace(const QString &prefix)
{
    return prefix + QLatin1Char('-')
        + QString::number(QRandomGenerator::global()->bounded(100000, 999999));
}

// Creates a namespace and waits for its "default" ServiceAccount: the controller-manager adds
// it shortly after, and pods created before it exists are refused.
inline bool createNamespace(const QString &name)
{
    if (kubectl({QStringLiteral("create"), QStringLiteral("namespace"), name}).exitCode != 0)
        return false;
    return QTest::qWaitFor(
        [&] {
            return kubectl({QStringLiteral("get"), QStringLiteral("serviceaccount"),
                               QStringLiteral("default"), QStringLiteral("-n"), name})
                       .exitCode
                == 0;
        },
        60000);
}

// A Deployment `name` (containers listen on `targetPort`) and a Service of the same name on
// `port` in front of it: the workload most session tests start from.
inline bool createServedDeployment(const QString &ns, const QString &name, int port, int targetPort)
{
    return kubectl(
               {QStringLiteral("-n"), ns, QStringLiteral("create"), QStringLiteral("deployment"),
                   name, QStringLiteral("--image=example/") + name,
                   QStringLiteral("--port=%1").arg(targetPort)})
               .exitCode
        == 0
        && kubectl({QStringLiteral("-n"), ns, QStringLiteral("expose"),
                       QStringLiteral("deployment"), name, QStringLiteral("--port=%1").arg(port),
                       QStringLiteral("--target-port=%1").arg(targetPort)})
               .exitCode
        == 0;
}

} // namespace TestCluster

// QTRY_VERIFY for a probe whose answer may change from one try to the next, such as a request
// to a Service that kube-proxy still balances over an old and a new endpoint: each try evaluates
// `expr` once and the first true ends the wait. QTRY_* evaluate their expression again after it
// held (to decide and to report), so they failed when the next answer came from the other
// endpoint, and a test function marked failed makes every later wait return at once.
#define KT_TRY_VERIFY(expr, timeoutMs)                                                             \
    QVERIFY2(QTest::qWaitFor([&] { return bool(expr); }, timeoutMs),                               \
        "not true within " #timeoutMs " ms: " #expr)

#define KT_REQUIRE_CLUSTER()                                                                       \
    do {                                                                                           \
        if (!TestCluster::available())                                                             \
            QSKIP("needs the local cluster: run through ctest (fixture \"cluster\")");             \
    } while (false)
