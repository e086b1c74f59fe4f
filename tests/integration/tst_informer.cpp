#include "kubeapitest.h"

#include "kube/apiclient.h"
#include "kube/clusterconnection.h"
#include "kube/informer.h"
#include "kube/resources/configmap.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using Kt::ErrorCode;
using Kt::Kube::ApiClient;
using Kt::Kube::ClusterConnection;
using Kt::Kube::Informer;
using Kt::Kube::PatchType;
using Kt::Kube::ResourceRef;
using Kt::Kube::WatchOptions;
using KubeApiTest::wait;

namespace {

// The ConfigMap the controller manager puts into every namespace, whenever it gets to it (late
// after an API server restart): not part of what the tests look at.
bool isRootCa(const QJsonObject &object)
{
    return KubeApiTest::nameOf(object) == QLatin1String("kube-root-ca.crt");
}

// Everything an informer told, by object name.
struct Journal
{
    QMap<QString, int> added;
    QMap<QString, int> updated;
    QMap<QString, int> removed;
    QList<Informer::State> states;
    QList<Kt::Error> errors;
    int synced = 0;

    void follow(Informer *informer, QObject *context)
    {
        QObject::connect(informer, &Informer::added, context, [this](const QJsonObject &object) {
            if (!isRootCa(object))
                ++added[KubeApiTest::nameOf(object)];
        });
        QObject::connect(informer, &Informer::updated, context,
            [this](const QJsonObject &, const QJsonObject &object) {
                if (!isRootCa(object))
                    ++updated[KubeApiTest::nameOf(object)];
            });
        QObject::connect(informer, &Informer::removed, context, [this](const QJsonObject &object) {
            if (!isRootCa(object))
                ++removed[KubeApiTest::nameOf(object)];
        });
        QObject::connect(informer, &Informer::stateChanged, context,
            [this](Informer::State state) { states.append(state); });
        QObject::connect(informer, &Informer::errorOccurred, context,
            [this](const Kt::Error &error) { errors.append(error); });
        QObject::connect(informer, &Informer::synced, context, [this] { ++synced; });
    }
};

QStringList sortedKeys(const Informer &informer)
{
    QStringList keys = informer.keys();
    keys.removeIf(
        [](const QString &key) { return key.endsWith(QLatin1String("/kube-root-ca.crt")); });
    keys.sort();
    return keys;
}

} // namespace

class TestInformer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ClusterConnection> m_connection;
    std::unique_ptr<ApiClient> m_client;
    QStringList m_namespaces;

    QString newNamespace()
    {
        const QString name = KubeApiTest::uniqueName(QStringLiteral("informer"));
        const auto created = wait(m_client->create(ResourceRef::namespaces(),
            QJsonObject {{QLatin1String("metadata"), KubeApiTest::metadata(name)}}));
        if (!created || !created->ok())
            qFatal("cannot create namespace: %s", qPrintable(KubeApiTest::errorText(created)));
        m_namespaces.append(name);
        return name;
    }

    bool createConfigMap(const QString &namespaceName, const QString &name)
    {
        const auto created = wait(m_client->create(ResourceRef::configMaps(namespaceName),
            KubeApiTest::configMap(name, {{QLatin1String("v"), QStringLiteral("0")}})));
        return created && created->ok();
    }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cacheFollowsTheCluster();
    void allNamespacesAndStopStart();
    void forbiddenStopsWithLastError();
    void survivesApiServerRestart();
};

void TestInformer::initTestCase()
{
    KT_REQUIRE_KUBE_CLUSTER();
    const auto config = KubeApiTest::clientConfig(KubeApiTest::contextName());
    QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().toString()));
    m_connection = std::make_unique<ClusterConnection>(config.value());
    m_client = std::make_unique<ApiClient>(m_connection.get());
}

void TestInformer::cleanupTestCase()
{
    for (const QString &name : std::as_const(m_namespaces)) {
        const auto deleted = wait(m_client->remove(ResourceRef::namespaces(name)));
        QVERIFY2(deleted && deleted->ok(), qPrintable(KubeApiTest::errorText(deleted)));
    }
}

void TestInformer::cacheFollowsTheCluster()
{
    const QString ns = newNamespace();
    QVERIFY(createConfigMap(ns, QStringLiteral("a")));
    QVERIFY(createConfigMap(ns, QStringLiteral("b")));

    Informer informer(m_client.get(), ResourceRef::configMaps(ns));
    Journal journal;
    journal.follow(&informer, this);
    QCOMPARE(informer.state(), Informer::State::Stopped);
    informer.start();
    QTRY_VERIFY(informer.hasSynced());
    QTRY_COMPARE(informer.state(), Informer::State::Watching);
    QCOMPARE(
        sortedKeys(informer), (QStringList {ns + QStringLiteral("/a"), ns + QStringLiteral("/b")}));
    QCOMPARE(journal.added.value(QStringLiteral("a")), 1);
    QCOMPARE(journal.synced, 1);

    QVERIFY(createConfigMap(ns, QStringLiteral("c")));
    const auto kubectl = KubeApiTest::kubectl({QStringLiteral("-n"), ns, QStringLiteral("patch"),
        QStringLiteral("configmap"), QStringLiteral("a"), QStringLiteral("--type=merge"),
        QStringLiteral("-p"), QStringLiteral("{\"data\":{\"v\":\"1\"}}")});
    QVERIFY2(kubectl.exitCode == 0, qPrintable(kubectl.output));
    QVERIFY(wait(m_client->remove(ResourceRef::configMaps(ns, QStringLiteral("b"))))->ok());

    QTRY_COMPARE(journal.removed.value(QStringLiteral("b")), 1);
    QTRY_COMPARE(journal.updated.value(QStringLiteral("a")), 1);
    QCOMPARE(journal.added.value(QStringLiteral("c")), 1);
    QVERIFY(!informer.object(ns, QStringLiteral("b")));
    const auto a = Kt::Kube::ConfigMap::fromJson(*informer.object(ns, QStringLiteral("a")));
    QVERIFY(a.ok());
    QCOMPARE(a->data.value(QStringLiteral("v")), QStringLiteral("1"));
    QCOMPARE(
        sortedKeys(informer), (QStringList {ns + QStringLiteral("/a"), ns + QStringLiteral("/c")}));
}

void TestInformer::allNamespacesAndStopStart()
{
    const QString first = newNamespace();
    const QString second = newNamespace();
    QVERIFY(createConfigMap(first, QStringLiteral("x")));

    // A label of this run only: namespaces of earlier runs may still be terminating.
    const QString run = KubeApiTest::uniqueName(QStringLiteral("run"));
    WatchOptions options;
    options.labelSelector = QStringLiteral("informer-test=") + run;
    Informer informer(m_client.get(), ResourceRef::configMaps(), options);
    Journal journal;
    journal.follow(&informer, this);
    informer.start();
    QTRY_VERIFY(informer.hasSynced());
    QCOMPARE(informer.count(), 0); // the selector matches nothing yet

    auto labelled = [run](const QString &name) {
        QJsonObject object = KubeApiTest::configMap(name);
        object.insert(QLatin1String("metadata"),
            KubeApiTest::metadata(name, QJsonObject {{QLatin1String("informer-test"), run}}));
        return object;
    };
    QVERIFY(wait(m_client->create(ResourceRef::configMaps(first), labelled(QStringLiteral("l1"))))
                ->ok());
    QTRY_COMPARE(informer.keys(), QStringList {first + QStringLiteral("/l1")});

    // Stopped, it misses changes; started again, the new list brings it up to date, with
    // removals for what vanished and no second add for what it knew.
    informer.stop();
    QCOMPARE(informer.state(), Informer::State::Stopped);
    QVERIFY(wait(m_client->create(ResourceRef::configMaps(second), labelled(QStringLiteral("l2"))))
                ->ok());
    QVERIFY(wait(m_client->remove(ResourceRef::configMaps(first, QStringLiteral("l1"))))->ok());
    QVERIFY(wait(m_client->create(ResourceRef::configMaps(first), labelled(QStringLiteral("l3"))))
                ->ok());
    QCOMPARE(informer.count(), 1);
    informer.start();
    QTRY_COMPARE(journal.synced, 2);
    QStringList expected {first + QStringLiteral("/l3"), second + QStringLiteral("/l2")};
    expected.sort();
    QCOMPARE(sortedKeys(informer), expected);
    QCOMPARE(journal.removed.value(QStringLiteral("l1")), 1);
    QCOMPARE(journal.added.value(QStringLiteral("l1")), 1);
    QCOMPARE(journal.added.value(QStringLiteral("l2")), 1);
    QCOMPARE(journal.added.value(QStringLiteral("l3")), 1);
}

void TestInformer::forbiddenStopsWithLastError()
{
    const auto config
        = KubeApiTest::clientConfig(KubeApiTest::contextName(QStringLiteral("nobody")));
    QVERIFY(config.ok());
    ClusterConnection connection(config.value());
    ApiClient client(&connection);
    Informer informer(&client, ResourceRef::services());
    Journal journal;
    journal.follow(&informer, this);
    informer.start();
    QTRY_COMPARE(journal.errors.size(), 1);
    QCOMPARE(informer.state(), Informer::State::Stopped);
    QVERIFY(!informer.hasSynced());
    QVERIFY(informer.lastError());
    QCOMPARE(informer.lastError()->code, ErrorCode::Forbidden);
    QVERIFY2(informer.lastError()->message.startsWith(
                 QStringLiteral("User \"kt-nobody\" may not list services in all namespaces")),
        qPrintable(informer.lastError()->message));
}

// The API server crashes (SIGKILL) and comes back while the informer watches. Changes made right
// after it is back — before or after the informer reconnects, whichever comes first — reach the
// cache exactly once: a delete as one removal, nothing added twice.
void TestInformer::survivesApiServerRestart()
{
    const QString ktcluster = qEnvironmentVariable("KTCLUSTER");
    if (ktcluster.isEmpty())
        QSKIP("needs KTCLUSTER (the ktcluster script) to restart the API server");
    const QString ns = newNamespace();
    for (const char *name : {"a", "b", "c"})
        QVERIFY(createConfigMap(ns, QLatin1String(name)));

    WatchOptions options;
    options.initialBackoff = std::chrono::milliseconds(200);
    options.maxBackoff = std::chrono::seconds(2);
    Informer informer(m_client.get(), ResourceRef::configMaps(ns), options);
    Journal journal;
    journal.follow(&informer, this);
    informer.start();
    QTRY_COMPARE(informer.state(), Informer::State::Watching);
    QTRY_COMPARE(sortedKeys(informer),
        (QStringList {
            ns + QStringLiteral("/a"), ns + QStringLiteral("/b"), ns + QStringLiteral("/c")}));

    QProcess restart;
    restart.setProcessChannelMode(QProcess::MergedChannels);
    restart.start(ktcluster,
        {QStringLiteral("restart"), QStringLiteral("kube-apiserver"), QStringLiteral("--name"),
            qEnvironmentVariable("KTCLUSTER_NAME")});
    QTRY_VERIFY_WITH_TIMEOUT(restart.state() == QProcess::NotRunning, 120000);
    QVERIFY2(restart.exitStatus() == QProcess::NormalExit && restart.exitCode() == 0,
        restart.readAll().constData());

    // The watch noticed the crash.
    QTRY_VERIFY(journal.states.contains(Informer::State::Reconnecting));
    QVERIFY(!journal.errors.isEmpty());

    // Changes by someone else as soon as the API answers again.
    const auto deleted = KubeApiTest::kubectl({QStringLiteral("-n"), ns, QStringLiteral("delete"),
        QStringLiteral("configmap"), QStringLiteral("b")});
    QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.output));
    const auto created = KubeApiTest::kubectl({QStringLiteral("-n"), ns, QStringLiteral("create"),
        QStringLiteral("configmap"), QStringLiteral("d")});
    QVERIFY2(created.exitCode == 0, qPrintable(created.output));
    const auto patched = KubeApiTest::kubectl({QStringLiteral("-n"), ns, QStringLiteral("patch"),
        QStringLiteral("configmap"), QStringLiteral("c"), QStringLiteral("--type=merge"),
        QStringLiteral("-p"), QStringLiteral("{\"data\":{\"v\":\"after-restart\"}}")});
    QVERIFY2(patched.exitCode == 0, qPrintable(patched.output));

    QTRY_COMPARE_WITH_TIMEOUT(informer.state(), Informer::State::Watching, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(sortedKeys(informer),
        (QStringList {
            ns + QStringLiteral("/a"), ns + QStringLiteral("/c"), ns + QStringLiteral("/d")}),
        60000);
    QTRY_COMPARE(Kt::Kube::ConfigMap::fromJson(*informer.object(ns, QStringLiteral("c")))
                     ->data.value(QStringLiteral("v")),
        QStringLiteral("after-restart"));
    QCOMPARE(journal.removed, (QMap<QString, int> {{QStringLiteral("b"), 1}}));
    QCOMPARE(journal.added,
        (QMap<QString, int> {{QStringLiteral("a"), 1}, {QStringLiteral("b"), 1},
            {QStringLiteral("c"), 1}, {QStringLiteral("d"), 1}}));
    QCOMPARE(journal.updated.value(QStringLiteral("c")), 1);
    QVERIFY2(journal.synced >= 2, "the informer did not list again after the crash");

    // And it keeps following.
    QVERIFY(createConfigMap(ns, QStringLiteral("e")));
    QTRY_COMPARE(journal.added.value(QStringLiteral("e")), 1);
}

QTEST_GUILESS_MAIN(TestInformer)
#include "tst_informer.moc"
