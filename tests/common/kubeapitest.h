#pragma once

// Test helper for the API client tests: a ClusterConnection to a context of the local cluster
// (CTest fixture "cluster"), or to a fake server on loopback; waiting for a job's result while the
// event loop runs (QTest::qWaitFor, never a sleep); and small object builders.

#include "common/error.h"
#include "kube/apijob.h"
#include "kube/clientconfig.h"
#include "kube/clusterconnection.h"
#include "kube/kubeconfigloader.h"
#include "kube/kubeconfiglocator.h"

#include "testprocess.h"
#include <QJsonObject>

#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <memory>
#include <optional>

namespace KubeApiTest {

inline bool clusterAvailable()
{
    return !qEnvironmentVariableIsEmpty("KTCLUSTER_NAME")
        && !qEnvironmentVariableIsEmpty("KUBECONFIG");
}

// The local cluster's context: "" for admin, "restricted" or "nobody".
inline QString contextName(const QString &flavour = {})
{
    QString name = QStringLiteral("ktcluster-") + qEnvironmentVariable("KTCLUSTER_NAME");
    if (!flavour.isEmpty())
        name += QLatin1Char('-') + flavour;
    return name;
}

inline Kt::Result<Kt::Kube::ClientConfig> clientConfig(const QString &context)
{
    const Kt::Result<Kt::Kube::Kubeconfig> config
        = Kt::Kube::KubeconfigLoader::load(Kt::Kube::KubeconfigLocator());
    if (!config)
        return config.error();
    Kt::Kube::ConfigOverrides overrides;
    overrides.context = context;
    return Kt::Kube::ClientConfig::resolve(config.value(), overrides);
}

// A ClientConfig from kubeconfig YAML text (for fake servers and broken setups).
inline Kt::Result<Kt::Kube::ClientConfig> clientConfigFromYaml(const QByteArray &yaml)
{
    const Kt::Result<Kt::Kube::Kubeconfig> config
        = Kt::Kube::KubeconfigLoader::parse(yaml, QStringLiteral("/tmp/ktdesk-test-kubeconfig"));
    if (!config)
        return config.error();
    return Kt::Kube::ClientConfig::resolve(config.value());
}

// A plain-http kubeconfig for a fake server on 127.0.0.1:`port`.
inline QByteArray fakeServerKubeconfig(quint16 port)
{
    return QByteArrayLiteral("apiVersion: v1\nkind: Config\nclusters:\n- name: fake\n  cluster:\n"
                             "    server: http://127.0.0.1:")
        + QByteArray::number(port)
        + QByteArrayLiteral("\nusers:\n- name: tester\n  user: {}\ncontexts:\n- name: fake\n"
                            "  context: {cluster: fake, user: tester, namespace: default}\n"
                            "current-context: fake\n");
}

// Waits (running the event loop) for the one finished() of `job`.
inline std::optional<Kt::Result<QJsonObject>> wait(Kt::Kube::ApiJob *job, int timeoutMs = 30000)
{
    std::optional<Kt::Result<QJsonObject>> result;
    QObject::connect(job, &Kt::Kube::ApiJob::finished,
        [&result](const Kt::Result<QJsonObject> &answer) { result = answer; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs);
    return result;
}

inline QString errorText(const std::optional<Kt::Result<QJsonObject>> &result)
{
    if (!result)
        return QStringLiteral("(no answer)");
    return result->ok() ? QStringLiteral("(ok)") : result->error().toString();
}

inline QString uniqueName(const QString &prefix)
{
    return prefix + QLatin1Char('-')
        + QString::number(QRandomGenerator::global()->bounded(100000, 999999));
}

inline QJsonObject metadata(const QString &name, const QJsonObject &labels = {})
{
    QJsonObject meta {{QLatin1String("name"), name}};
    if (!labels.isEmpty())
        meta.insert(QLatin1String("labels"), labels);
    return meta;
}

inline QJsonObject configMap(const QString &name, const QJsonObject &data = {})
{
    return QJsonObject {{QLatin1String("apiVersion"), QStringLiteral("v1")},
        {QLatin1String("kind"), QStringLiteral("ConfigMap")},
        {QLatin1String("metadata"), metadata(name)}, {QLatin1String("data"), data}};
}

inline QString resourceVersion(const QJsonObject &object)
{
    return object.value(QLatin1String("metadata"))
        .toObject()
        .value(QLatin1String("resourceVersion"))
        .toString();
}

inline QString nameOf(const QJsonObject &object)
{
    return object.value(QLatin1String("metadata"))
        .toObject()
        .value(QLatin1String("name"))
        .toString();
}

struct KubectlRun
{
    int exitCode = -1;
    QString output;
};

// kubectl against the local cluster (admin context), for setup and for changes made "by someone
// else". The event loop keeps running meanwhile, so watches under test go on receiving.
inline KubectlRun kubectl(const QStringList &args, const QByteArray &input = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    TestProcess::dieWithTest(process);
    process.start(
        QStringLiteral("kubectl"), QStringList {QStringLiteral("--context"), contextName()} + args);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    (void)QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 120000);
    const QString output = QString::fromUtf8(process.readAll());
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        (void)QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 5000);
        return {-1, output + QStringLiteral("(timed out)")};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, output};
}

} // namespace KubeApiTest

#define KT_REQUIRE_KUBE_CLUSTER()                                                                  \
    do {                                                                                           \
        if (!KubeApiTest::clusterAvailable())                                                      \
            QSKIP("needs the local cluster: run through ctest (fixture \"cluster\")");             \
    } while (false)
