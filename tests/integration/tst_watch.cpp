#include "kubeapitest.h"

#include "kube/apiclient.h"
#include "kube/clusterconnection.h"
#include "kube/watch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using Kt::ErrorCode;
using Kt::Kube::ApiClient;
using Kt::Kube::ClusterConnection;
using Kt::Kube::PatchType;
using Kt::Kube::ResourceRef;
using Kt::Kube::Watch;
using Kt::Kube::WatchEvent;
using Kt::Kube::WatchOptions;
using KubeApiTest::wait;

namespace {

QString describe(const WatchEvent &event)
{
    static const char *names[] = {"ADDED", "MODIFIED", "DELETED", "BOOKMARK", "ERROR"};
    return QLatin1String(names[int(event.type)]) + QLatin1Char(':')
        + KubeApiTest::nameOf(event.object);
}

} // namespace

// A Watch against the real API server: it lists, then streams what happens.
class TestWatch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ClusterConnection> m_connection;
    std::unique_ptr<ApiClient> m_client;
    QString m_namespace;

    bool ok(Kt::Kube::ApiJob *job)
    {
        const auto result = wait(job);
        if (!result || !result->ok())
            qWarning("%s", qPrintable(KubeApiTest::errorText(result)));
        return result && result->ok();
    }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void seesAddUpdateDelete();
    void startsFromAResourceVersion();
    void selectorsNarrowTheStream();
    void forbiddenStopsWithAReadableError();
};

void TestWatch::initTestCase()
{
    KT_REQUIRE_KUBE_CLUSTER();
    const auto config = KubeApiTest::clientConfig(KubeApiTest::contextName());
    QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().toString()));
    m_connection = std::make_unique<ClusterConnection>(config.value());
    m_client = std::make_unique<ApiClient>(m_connection.get());
    m_namespace = KubeApiTest::uniqueName(QStringLiteral("watch"));
    QVERIFY(ok(m_client->create(ResourceRef::namespaces(),
        QJsonObject {{QLatin1String("metadata"), KubeApiTest::metadata(m_namespace)}})));
}

void TestWatch::cleanupTestCase()
{
    if (m_client && !m_namespace.isEmpty())
        QVERIFY(ok(m_client->remove(ResourceRef::namespaces(m_namespace))));
}

void TestWatch::seesAddUpdateDelete()
{
    const ResourceRef collection = ResourceRef::configMaps(m_namespace);
    QVERIFY(ok(m_client->create(collection, KubeApiTest::configMap(QStringLiteral("before")))));

    std::unique_ptr<Watch> watch(m_client->watch(collection));
    QStringList events;
    QStringList listed;
    connect(watch.get(), &Watch::eventReceived, this, [&](const WatchEvent &event) {
        if (event.type != WatchEvent::Type::Bookmark)
            events.append(describe(event));
    });
    connect(watch.get(), &Watch::listed, this, [&](const QJsonArray &items, const QString &) {
        for (const QJsonValue &item : items)
            listed.append(KubeApiTest::nameOf(item.toObject()));
    });
    QTRY_COMPARE(watch->state(), Watch::State::Watching);
    QVERIFY(listed.contains(QStringLiteral("before")));
    QVERIFY(!watch->resourceVersion().isEmpty());

    QVERIFY(ok(m_client->create(collection, KubeApiTest::configMap(QStringLiteral("w")))));
    QVERIFY(ok(m_client->patch(collection.withName(QStringLiteral("w")), PatchType::Merge,
        QJsonDocument(QJsonObject {
            {QLatin1String("data"), QJsonObject {{QLatin1String("k"), QStringLiteral("v")}}}}))));
    // And one made by someone else entirely.
    const auto kubectl = KubeApiTest::kubectl({QStringLiteral("-n"), m_namespace,
        QStringLiteral("delete"), QStringLiteral("configmap"), QStringLiteral("w")});
    QVERIFY2(kubectl.exitCode == 0, qPrintable(kubectl.output));

    QTRY_COMPARE(events,
        (QStringList {
            QStringLiteral("ADDED:w"), QStringLiteral("MODIFIED:w"), QStringLiteral("DELETED:w")}));
    QCOMPARE(watch->state(), Watch::State::Watching);
    QSignalSpy finished(watch.get(), &Watch::finished);
    watch->stop();
    QCOMPARE(finished.size(), 1);
}

void TestWatch::startsFromAResourceVersion()
{
    const ResourceRef collection = ResourceRef::configMaps(m_namespace);
    const auto created
        = wait(m_client->create(collection, KubeApiTest::configMap(QStringLiteral("rv-a"))));
    QVERIFY(created && created->ok());
    QVERIFY(ok(m_client->create(collection, KubeApiTest::configMap(QStringLiteral("rv-b")))));

    // From the version of rv-a's creation: the stream replays what came after (rv-b), no list.
    WatchOptions options;
    options.resourceVersion = KubeApiTest::resourceVersion(created->value());
    std::unique_ptr<Watch> watch(m_client->watch(collection, options));
    QSignalSpy listed(watch.get(), &Watch::listed);
    QStringList events;
    connect(watch.get(), &Watch::eventReceived, this, [&](const WatchEvent &event) {
        if (event.type != WatchEvent::Type::Bookmark)
            events.append(describe(event));
    });
    QTRY_COMPARE(events, QStringList {QStringLiteral("ADDED:rv-b")});
    QCOMPARE(listed.size(), 0);
}

void TestWatch::selectorsNarrowTheStream()
{
    const ResourceRef collection = ResourceRef::configMaps(m_namespace);
    WatchOptions options;
    options.labelSelector = QStringLiteral("kt-role=shadow");
    std::unique_ptr<Watch> watch(m_client->watch(collection, options));
    QStringList events;
    connect(watch.get(), &Watch::eventReceived, this, [&](const WatchEvent &event) {
        if (event.type != WatchEvent::Type::Bookmark)
            events.append(describe(event));
    });
    QTRY_COMPARE(watch->state(), Watch::State::Watching);
    QJsonObject plain = KubeApiTest::configMap(QStringLiteral("plain"));
    QJsonObject shadow = KubeApiTest::configMap(QStringLiteral("shadow"));
    shadow.insert(QLatin1String("metadata"),
        KubeApiTest::metadata(QStringLiteral("shadow"),
            QJsonObject {{QLatin1String("kt-role"), QStringLiteral("shadow")}}));
    QVERIFY(ok(m_client->create(collection, plain)));
    QVERIFY(ok(m_client->create(collection, shadow)));
    QTRY_COMPARE(events, QStringList {QStringLiteral("ADDED:shadow")});
}

void TestWatch::forbiddenStopsWithAReadableError()
{
    const auto config
        = KubeApiTest::clientConfig(KubeApiTest::contextName(QStringLiteral("nobody")));
    QVERIFY(config.ok());
    ClusterConnection connection(config.value());
    ApiClient client(&connection);
    WatchOptions options;
    options.resourceVersion = QStringLiteral("0"); // straight to the watch call
    std::unique_ptr<Watch> watch(client.watch(ResourceRef::pods(m_namespace), options));
    QSignalSpy finished(watch.get(), &Watch::finished);
    QVERIFY(finished.wait());
    const auto result = finished.first().first().value<Kt::Result<void>>();
    QCOMPARE(result.error().code, ErrorCode::Forbidden);
    QVERIFY2(result.error().message.startsWith(
                 QStringLiteral("User \"kt-nobody\" may not watch pods in namespace \"%1\"")
                     .arg(m_namespace)),
        qPrintable(result.error().message));
    QVERIFY2(result.error().hint.contains(
                 QStringLiteral("apiGroups: [\"\"], resources: [\"pods\"], verbs: [\"watch\"]")),
        qPrintable(result.error().hint));
    QCOMPARE(watch->state(), Watch::State::Stopped);
}

QTEST_GUILESS_MAIN(TestWatch)
#include "tst_watch.moc"
