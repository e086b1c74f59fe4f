#pragma once

// Test helper for integration tests of core/kube against the local cluster (the CTest fixture
// `cluster` sets KUBECONFIG, KTCLUSTER_NAME and KTCLUSTER): a ClusterConnection for the
// kubeconfig's current context, kubectl and ktcluster runs that wait through the event loop,
// and a namespace per test program that is deleted at the end.

#include "kube/clientconfig.h"
#include "kube/clusterconnection.h"
#include "kube/kubeconfigloader.h"

#include "testprocess.h"
#include <QCryptographicHash>

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace KubeTestEnv {

inline QString kubeconfigPath()
{
    return qEnvironmentVariable("KUBECONFIG");
}

// The connection for the current context of $KUBECONFIG; a failed QVERIFY leaves it null.
inline std::unique_ptr<Kt::Kube::ClusterConnection> connectToCluster()
{
    const auto config = Kt::Kube::KubeconfigLoader::loadFile(kubeconfigPath());
    if (!config) {
        qWarning().noquote() << config.error().toString();
        return nullptr;
    }
    const auto client = Kt::Kube::ClientConfig::resolve(config.value());
    if (!client) {
        qWarning().noquote() << client.error().toString();
        return nullptr;
    }
    return std::make_unique<Kt::Kube::ClusterConnection>(client.value());
}

// Runs a program to its end through the event loop; false (and the output in the log) when it
// fails or runs longer than `timeoutMs`.
inline bool run(const QString &program, const QStringList &args, QByteArray *output = nullptr,
    int timeoutMs = 90000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QSignalSpy finished(&process, &QProcess::finished);
    TestProcess::dieWithTest(process);
    process.start(program, args);
    if (!finished.wait(timeoutMs)) {
        process.kill();
        qWarning().noquote() << program << args.join(QLatin1Char(' ')) << "did not finish";
        return false;
    }
    const QByteArray out = process.readAll();
    if (output)
        *output = out;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning().noquote() << program << args.join(QLatin1Char(' '))
                             << "failed:" << QString::fromUtf8(out);
        return false;
    }
    return true;
}

inline bool kubectl(const QStringList &args, QByteArray *output = nullptr)
{
    return run(QStringLiteral("kubectl"), args, output);
}

// `ktcluster VERB ARGS... --name $KTCLUSTER_NAME`.
inline bool ktcluster(const QString &verb, const QStringList &args)
{
    return run(qEnvironmentVariable("KTCLUSTER"),
        QStringList {verb} + args
            + QStringList {QStringLiteral("--name"), qEnvironmentVariable("KTCLUSTER_NAME")});
}

// Restarts the cluster's kube-apiserver (and waits until it is ready again): every
// port-forward and exec through it drops, as when the connection to the cluster breaks.
// (Restarting kwok would drop them too, but a new kwok manages no node until the old one's
// node leases expire, 40 s, and pods created meanwhile stay Pending.)
inline bool restartApiServer()
{
    return ktcluster(QStringLiteral("restart"), {QStringLiteral("kube-apiserver")});
}

// Creates a namespace and waits for its "default" ServiceAccount: the controller-manager adds
// it shortly after, and pods created before it exists are refused.
inline bool createNamespace(const QString &name)
{
    if (!kubectl({QStringLiteral("create"), QStringLiteral("namespace"), name}))
        return false;
    return QTest::qWaitFor(
        [&] {
            return kubectl({QStringLiteral("-n"), name, QStringLiteral("get"),
                QStringLiteral("serviceaccount"), QStringLiteral("default")});
        },
        60000);
}

inline bool deleteNamespace(const QString &name)
{
    return kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), name,
        QStringLiteral("--wait=false"), QStringLiteral("--ignore-not-found")});
}

// A kwok pod that is Running: port 22 reaches the shadow sshd, other ports the netlab HTTP
// server, unless `ktcluster forward` says otherwise.
inline bool runPod(const QString &namespaceName, const QString &name)
{
    return kubectl({QStringLiteral("-n"), namespaceName, QStringLiteral("run"), name,
               QStringLiteral("--image=ktdesk-test"), QStringLiteral("--restart=Never"),
               QStringLiteral("--labels=control-by=kt")})
        && kubectl({QStringLiteral("-n"), namespaceName, QStringLiteral("wait"),
            QStringLiteral("--for=condition=Ready"), QStringLiteral("pod/") + name,
            QStringLiteral("--timeout=90s")});
}

// A namespace name of this test program, unique per run.
inline QString uniqueNamespace(const QString &prefix)
{
    return prefix + QLatin1Char('-') + QString::number(QCoreApplication::applicationPid());
}

// `total` bytes of the netlab HTTP server's /bytes/N pattern: bytes 0..255 repeated.
inline QByteArray pattern(qint64 offset, qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = static_cast<char>((offset + i) & 0xFF);
    return bytes;
}

inline QByteArray patternSha256(qint64 total)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QByteArray block = pattern(0, 1024 * 1024);
    qint64 left = total;
    while (left > 0) {
        const qint64 n = qMin<qint64>(left, block.size());
        hash.addData(QByteArrayView(block.constData(), n));
        left -= n;
    }
    return hash.result().toHex();
}

} // namespace KubeTestEnv
