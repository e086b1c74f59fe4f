#pragma once

// Test helper for tests that run against the local cluster (CTest fixture "cluster"): facts
// about it from the environment, and blocking kubectl/command runs for setup and teardown only
// (never while the code under test needs the event loop).

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
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

// A fresh namespace name for one test.
inline QString uniqueNamespace(const QString &prefix)
{
    return prefix + QLatin1Char('-')
        + QString::number(QRandomGenerator::global()->bounded(100000, 999999));
}

} // namespace TestCluster

#define KT_REQUIRE_CLUSTER()                                                                       \
    do {                                                                                           \
        if (!TestCluster::available())                                                             \
            QSKIP("needs the local cluster: run through ctest (fixture \"cluster\")");             \
    } while (false)
