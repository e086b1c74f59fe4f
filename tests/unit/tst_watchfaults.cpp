#include "fakehttpserver.h"
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
using Kt::Kube::ResourceRef;
using Kt::Kube::Watch;
using Kt::Kube::WatchEvent;
using Kt::Kube::WatchOptions;

namespace {

QJsonObject configMap(const char *name, const char *version)
{
    return QJsonObject {{QLatin1String("kind"), QStringLiteral("ConfigMap")},
        {QLatin1String("apiVersion"), QStringLiteral("v1")},
        {QLatin1String("metadata"),
            QJsonObject {{QLatin1String("name"), QLatin1String(name)},
                {QLatin1String("namespace"), QStringLiteral("default")},
                {QLatin1String("resourceVersion"), QLatin1String(version)}}}};
}

QByteArray list(const QString &version, const QJsonArray &items)
{
    return QJsonDocument(
        QJsonObject {{QLatin1String("kind"), QStringLiteral("ConfigMapList")},
            {QLatin1String("apiVersion"), QStringLiteral("v1")},
            {QLatin1String("metadata"), QJsonObject {{QLatin1String("resourceVersion"), version}}},
            {QLatin1String("items"), items}})
        .toJson(QJsonDocument::Compact);
}

QByteArray eventLine(const char *type, const QJsonObject &object)
{
    return QJsonDocument(QJsonObject {{QLatin1String("type"), QLatin1String(type)},
                             {QLatin1String("object"), object}})
               .toJson(QJsonDocument::Compact)
        + '\n';
}

QString describe(const WatchEvent &event)
{
    static const char *names[] = {"ADDED", "MODIFIED", "DELETED", "BOOKMARK", "ERROR"};
    return QLatin1String(names[int(event.type)]) + QLatin1Char(':')
        + KubeApiTest::nameOf(event.object) + QLatin1Char('@') + event.resourceVersion();
}

} // namespace

// The watch protocol's failure paths that the real API server does not produce on demand: a
// stream cut in the middle, an ERROR event with 410, a connection that goes silent.
class TestWatchFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<ClusterConnection> m_connection;
    std::unique_ptr<ApiClient> m_client;

    static WatchOptions fastOptions()
    {
        WatchOptions options;
        options.initialBackoff = std::chrono::milliseconds(50);
        options.maxBackoff = std::chrono::milliseconds(200);
        return options;
    }

private Q_SLOTS:
    void init();
    void cleanup();
    void reconnectsFromLastVersionAndRelistsOn410();
    void silentConnectionIsReplaced();
    void forbiddenStopsTheWatch();
    void brokenStreamIsProtocolErrorAndRetried();
};

void TestWatchFaults::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    const auto config
        = KubeApiTest::clientConfigFromYaml(KubeApiTest::fakeServerKubeconfig(m_server->port()));
    QVERIFY(config.ok());
    m_connection = std::make_unique<ClusterConnection>(config.value());
    m_client = std::make_unique<ApiClient>(m_connection.get());
}

void TestWatchFaults::cleanup()
{
    m_client.reset();
    m_connection.reset();
    m_server.reset();
}

void TestWatchFaults::reconnectsFromLastVersionAndRelistsOn410()
{
    QList<QTcpSocket *> openStreams;
    m_server->setHandler([&](QTcpSocket *socket, const FakeHttpServer::Request &request) {
        const bool watch
            = request.query.queryItemValue(QStringLiteral("watch")) == QLatin1String("1");
        const QString version = request.query.queryItemValue(QStringLiteral("resourceVersion"));
        if (!watch) {
            // First list: a@5; after the 410, b@11 only (a was deleted meanwhile).
            const bool first = version.isEmpty() && m_server->requests().size() == 1;
            FakeHttpServer::respond(socket, 200,
                first ? list(QStringLiteral("10"), {configMap("a", "5")})
                      : list(QStringLiteral("20"), {configMap("b", "11")}));
            return;
        }
        FakeHttpServer::startChunked(socket);
        if (version == QLatin1String("10")) {
            // Two events, split across chunks, then the connection breaks.
            const QByteArray data = eventLine("ADDED", configMap("b", "11"))
                + eventLine("MODIFIED", configMap("a", "12"));
            FakeHttpServer::writeChunk(socket, data.left(25));
            FakeHttpServer::writeChunk(socket, data.mid(25));
            FakeHttpServer::reset(socket);
        } else if (version == QLatin1String("12")) {
            FakeHttpServer::writeChunk(socket,
                eventLine("ERROR",
                    QJsonObject {{QLatin1String("kind"), QStringLiteral("Status")},
                        {QLatin1String("code"), 410},
                        {QLatin1String("reason"), QStringLiteral("Expired")},
                        {QLatin1String("message"),
                            QStringLiteral("too old resource version: 12 (19)")}}));
            openStreams.append(socket);
        } else {
            openStreams.append(socket); // version 20: stays open
        }
    });

    Watch watch(m_client.get(), ResourceRef::configMaps(QStringLiteral("default")), fastOptions());
    QStringList events;
    QStringList lists;
    QList<Kt::Error> errors;
    QList<Watch::State> states;
    connect(&watch, &Watch::eventReceived, this,
        [&](const WatchEvent &e) { events.append(describe(e)); });
    connect(&watch, &Watch::listed, this, [&](const QJsonArray &items, const QString &version) {
        QStringList names;
        for (const QJsonValue &item : items)
            names.append(KubeApiTest::nameOf(item.toObject()));
        lists.append(names.join(QLatin1Char(',')) + QLatin1Char('@') + version);
    });
    connect(
        &watch, &Watch::errorOccurred, this, [&](const Kt::Error &error) { errors.append(error); });
    connect(&watch, &Watch::stateChanged, this, [&](Watch::State state) { states.append(state); });
    QSignalSpy finished(&watch, &Watch::finished);
    watch.start();

    QTRY_COMPARE(lists.size(), 2);
    QTRY_COMPARE(watch.state(), Watch::State::Watching);
    QTRY_COMPARE(m_server->requests().size(), 5); // the last watch call reached the server
    QCOMPARE(lists, (QStringList {QStringLiteral("a@10"), QStringLiteral("b@20")}));
    QCOMPARE(events, (QStringList {QStringLiteral("ADDED:b@11"), QStringLiteral("MODIFIED:a@12")}));
    QCOMPARE(errors.size(), 1); // the reset; the 410 is not an error, just a relist
    QCOMPARE(errors.first().code, ErrorCode::Unavailable);
    QVERIFY(states.contains(Watch::State::Reconnecting));
    QCOMPARE(watch.resourceVersion(), QStringLiteral("20"));

    QStringList versions;
    for (const FakeHttpServer::Request &request : m_server->requests()) {
        const bool isWatch
            = request.query.queryItemValue(QStringLiteral("watch")) == QLatin1String("1");
        versions.append((isWatch ? QStringLiteral("watch@") : QStringLiteral("list@"))
            + request.query.queryItemValue(QStringLiteral("resourceVersion")));
        if (isWatch) {
            QCOMPARE(request.query.queryItemValue(QStringLiteral("allowWatchBookmarks")),
                QStringLiteral("true"));
            QVERIFY(request.query.queryItemValue(QStringLiteral("timeoutSeconds")).toInt() >= 290);
        }
    }
    QCOMPARE(versions,
        (QStringList {QStringLiteral("list@"), QStringLiteral("watch@10"),
            QStringLiteral("watch@12"), QStringLiteral("list@"), QStringLiteral("watch@20")}));

    watch.stop();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(watch.state(), Watch::State::Stopped);
    const auto result = finished.first().first().value<Kt::Result<void>>();
    QCOMPARE(result.error().code, ErrorCode::Cancelled);
}

void TestWatchFaults::silentConnectionIsReplaced()
{
    QList<QTcpSocket *> silent;
    m_server->setHandler([&](QTcpSocket *socket, const FakeHttpServer::Request &request) {
        if (request.query.queryItemValue(QStringLiteral("watch")) != QLatin1String("1")) {
            FakeHttpServer::respond(socket, 200, list(QStringLiteral("3"), {}));
            return;
        }
        FakeHttpServer::startChunked(socket); // headers, then nothing at all
        silent.append(socket);
    });
    WatchOptions options = fastOptions();
    options.inactivityTimeout = std::chrono::milliseconds(300);
    Watch watch(m_client.get(), ResourceRef::configMaps(QStringLiteral("default")), options);
    QList<Kt::Error> errors;
    connect(
        &watch, &Watch::errorOccurred, this, [&](const Kt::Error &error) { errors.append(error); });
    watch.start();
    QTRY_VERIFY(errors.size() >= 1);
    QCOMPARE(errors.first().code, ErrorCode::Timeout);
    QTRY_VERIFY(m_server->requests().size() >= 3); // list, silent watch, its replacement
    QCOMPARE(m_server->requests().at(2).query.queryItemValue(QStringLiteral("resourceVersion")),
        QStringLiteral("3"));
}

void TestWatchFaults::forbiddenStopsTheWatch()
{
    m_server->setHandler([](QTcpSocket *socket, const FakeHttpServer::Request &) {
        FakeHttpServer::respond(socket, 403,
            QByteArrayLiteral(
                "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\","
                "\"message\":\"configmaps is forbidden: User \\\"kt-nobody\\\" cannot "
                "list resource \\\"configmaps\\\" in API group \\\"\\\" in the "
                "namespace \\\"default\\\"\",\"reason\":\"Forbidden\",\"code\":403}"));
    });
    Watch watch(m_client.get(), ResourceRef::configMaps(QStringLiteral("default")), fastOptions());
    QSignalSpy finished(&watch, &Watch::finished);
    watch.start();
    QVERIFY(finished.wait());
    const auto result = finished.first().first().value<Kt::Result<void>>();
    QCOMPARE(result.error().code, ErrorCode::Forbidden);
    QVERIFY2(result.error().message.contains(QStringLiteral("may not list configmaps")),
        qPrintable(result.error().message));
    QCOMPARE(watch.state(), Watch::State::Stopped);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestWatchFaults::brokenStreamIsProtocolErrorAndRetried()
{
    m_server->setHandler([&](QTcpSocket *socket, const FakeHttpServer::Request &request) {
        if (request.query.queryItemValue(QStringLiteral("watch")) != QLatin1String("1")) {
            FakeHttpServer::respond(socket, 200, list(QStringLiteral("3"), {}));
            return;
        }
        FakeHttpServer::startChunked(socket);
        if (m_server->requests().size() == 2) {
            FakeHttpServer::writeChunk(socket, QByteArrayLiteral("<html>proxy error</html>\n"));
            FakeHttpServer::endChunked(socket);
        } else {
            FakeHttpServer::writeChunk(socket, eventLine("ADDED", configMap("x", "4")));
        }
    });
    Watch watch(m_client.get(), ResourceRef::configMaps(QStringLiteral("default")), fastOptions());
    QList<Kt::Error> errors;
    QStringList events;
    connect(
        &watch, &Watch::errorOccurred, this, [&](const Kt::Error &error) { errors.append(error); });
    connect(&watch, &Watch::eventReceived, this,
        [&](const WatchEvent &e) { events.append(describe(e)); });
    watch.start();
    QTRY_COMPARE(events, QStringList {QStringLiteral("ADDED:x@4")});
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().code, ErrorCode::Protocol);
    QCOMPARE(m_server->requests().at(2).query.queryItemValue(QStringLiteral("resourceVersion")),
        QStringLiteral("3"));
}

QTEST_GUILESS_MAIN(TestWatchFaults)
#include "tst_watchfaults.moc"
