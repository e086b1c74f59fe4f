#include "fakehttpserver.h"
#include "kubeapitest.h"

#include "kube/apiclient.h"
#include "kube/clusterconnection.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using Kt::ErrorCode;
using Kt::Kube::ApiClient;
using Kt::Kube::ApiJob;
using Kt::Kube::ApiRequest;
using Kt::Kube::ClusterConnection;
using Kt::Kube::ResourceRef;

namespace {

const QByteArray kConfigMap = QByteArrayLiteral(
    "{\"kind\":\"ConfigMap\",\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"a\",\"namespace\":"
    "\"default\",\"resourceVersion\":\"5\"},\"data\":{\"k\":\"v\"}}");

QByteArray statusBody(int code, const char *reason)
{
    return QByteArrayLiteral("{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\","
                             "\"message\":\"")
        + reason + QByteArrayLiteral("\",\"reason\":\"") + reason
        + QByteArrayLiteral("\",\"code\":") + QByteArray::number(code) + QByteArrayLiteral("}");
}

// Counts a job's finished() until the job is gone, so "exactly once" is checked without waiting
// for a time: after deleteLater nothing can emit any more.
struct Outcome
{
    int count = 0;
    std::optional<Kt::Result<QJsonObject>> result;
    bool destroyed = false;
};

std::shared_ptr<Outcome> observe(ApiJob *job)
{
    auto outcome = std::make_shared<Outcome>();
    QObject::connect(job, &ApiJob::finished, [outcome](const Kt::Result<QJsonObject> &result) {
        ++outcome->count;
        outcome->result = result;
    });
    QObject::connect(job, &QObject::destroyed, [outcome] { outcome->destroyed = true; });
    return outcome;
}

} // namespace

class TestApiRequest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<ClusterConnection> m_connection;
    std::unique_ptr<ApiClient> m_client;

private Q_SLOTS:
    void init();
    void cleanup();
    void hangingReplyTimesOutOnce();
    void connectionResetMidBody();
    void cancelFinishesOnce();
    void serviceUnavailableIsRetriedHonouringRetryAfter();
    void createIsNotRetriedAfter5xx();
    void tooManyRequestsIsRetriedEvenForCreate();
    void retriesGiveUp();
    void malformedJsonIsProtocolError();
    void expiredContinueRestartsTheList();
    void setupErrorIsNeverSynchronous();
    void backoffAndRetryAfter();
};

void TestApiRequest::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    const auto config
        = KubeApiTest::clientConfigFromYaml(KubeApiTest::fakeServerKubeconfig(m_server->port()));
    QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().toString()));
    m_connection = std::make_unique<ClusterConnection>(config.value());
    m_client = std::make_unique<ApiClient>(m_connection.get());
}

void TestApiRequest::cleanup()
{
    m_client.reset();
    m_connection.reset();
    m_server.reset();
}

void TestApiRequest::hangingReplyTimesOutOnce()
{
    m_server->setHandler([](QTcpSocket *, const FakeHttpServer::Request &) {}); // never answers
    m_client->setTimeout(std::chrono::milliseconds(300));
    QElapsedTimer clock;
    clock.start();
    const auto outcome = observe(
        m_client->get(ResourceRef::configMaps(QStringLiteral("default"), QStringLiteral("a"))));
    QTRY_VERIFY(outcome->destroyed);
    QCOMPARE(outcome->count, 1);
    QVERIFY(!outcome->result->ok());
    QCOMPARE(outcome->result->error().code, ErrorCode::Timeout);
    QVERIFY2(
        outcome->result->error().message.contains(QStringLiteral("did not answer within 0.3 s")),
        qPrintable(outcome->result->error().message));
    QVERIFY2(outcome->result->error().message.contains(QStringLiteral("context fake")),
        qPrintable(outcome->result->error().message));
    QVERIFY(clock.elapsed() >= 290);
}

void TestApiRequest::connectionResetMidBody()
{
    m_server->setHandler([](QTcpSocket *socket, const FakeHttpServer::Request &) {
        socket->write(FakeHttpServer::statusLine(200)
            + QByteArrayLiteral("Content-Type: application/json\r\nContent-Length: 5000\r\n\r\n")
            + kConfigMap.left(30));
        FakeHttpServer::reset(socket);
    });
    const auto outcome = observe(
        m_client->get(ResourceRef::configMaps(QStringLiteral("default"), QStringLiteral("a"))));
    QTRY_VERIFY(outcome->destroyed);
    QCOMPARE(outcome->count, 1);
    QVERIFY(!outcome->result->ok());
    const Kt::Error error = outcome->result->error();
    QCOMPARE(error.code, ErrorCode::Unavailable);
    QVERIFY2(error.message.startsWith(
                 QStringLiteral("Cannot get configmaps \"a\" in namespace \"default\"")),
        qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("http://127.0.0.1:%1").arg(m_server->port())),
        qPrintable(error.message));
    // A GET cut off mid-body is not retried blindly: one request reached the server.
    QCOMPARE(m_server->requests().size(), 1);
}

void TestApiRequest::cancelFinishesOnce()
{
    m_server->setHandler([](QTcpSocket *, const FakeHttpServer::Request &) {});
    ApiRequest *job
        = m_client->get(ResourceRef::pods(QStringLiteral("default"), QStringLiteral("p")));
    const auto outcome = observe(job);
    QTRY_COMPARE(m_server->requests().size(), 1);
    job->cancel();
    QCOMPARE(outcome->count, 1); // at once
    QCOMPARE(outcome->result->error().code, ErrorCode::Cancelled);
    job->cancel(); // harmless
    QTRY_VERIFY(outcome->destroyed);
    QCOMPARE(outcome->count, 1);
}

void TestApiRequest::serviceUnavailableIsRetriedHonouringRetryAfter()
{
    int calls = 0;
    QElapsedTimer sinceFirst;
    qint64 secondAfterMs = -1;
    m_server->setHandler([&](QTcpSocket *socket, const FakeHttpServer::Request &) {
        ++calls;
        if (calls == 1) {
            sinceFirst.start();
            FakeHttpServer::respond(socket, 503, statusBody(503, "ServiceUnavailable"),
                QByteArrayLiteral("Retry-After: 1\r\n"));
        } else if (calls == 2) {
            secondAfterMs = sinceFirst.elapsed();
            FakeHttpServer::respond(socket, 500, statusBody(500, "InternalError"));
        } else {
            FakeHttpServer::respond(socket, 200, kConfigMap);
        }
    });
    const auto outcome = observe(
        m_client->get(ResourceRef::configMaps(QStringLiteral("default"), QStringLiteral("a"))));
    QTRY_VERIFY_WITH_TIMEOUT(outcome->destroyed, 10000);
    QCOMPARE(outcome->count, 1);
    QVERIFY2(outcome->result->ok(), qPrintable(KubeApiTest::errorText(outcome->result)));
    QCOMPARE(KubeApiTest::nameOf(outcome->result->value()), QStringLiteral("a"));
    QCOMPARE(calls, 3);
    QVERIFY2(secondAfterMs >= 950, qPrintable(QString::number(secondAfterMs)));
}

void TestApiRequest::createIsNotRetriedAfter5xx()
{
    m_server->setHandler([](QTcpSocket *socket, const FakeHttpServer::Request &) {
        FakeHttpServer::respond(socket, 503, statusBody(503, "ServiceUnavailable"),
            QByteArrayLiteral("Retry-After: 0\r\n"));
    });
    const auto outcome
        = observe(m_client->create(ResourceRef::configMaps(QStringLiteral("default")),
            KubeApiTest::configMap(QStringLiteral("a"))));
    QTRY_VERIFY(outcome->destroyed);
    QCOMPARE(outcome->result->error().code, ErrorCode::Unavailable);
    QVERIFY2(outcome->result->error().message.contains(QStringLiteral("503 Service Unavailable")),
        qPrintable(outcome->result->error().message));
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().method, QByteArrayLiteral("POST"));
    QCOMPARE(m_server->requests().first().headers.value("content-type"),
        QByteArrayLiteral("application/json"));
}

void TestApiRequest::tooManyRequestsIsRetriedEvenForCreate()
{
    m_server->setHandler([this](QTcpSocket *socket, const FakeHttpServer::Request &) {
        if (m_server->requests().size() == 1)
            FakeHttpServer::respond(socket, 429, statusBody(429, "TooManyRequests"),
                QByteArrayLiteral("Retry-After: 0\r\n"));
        else
            FakeHttpServer::respond(socket, 201, kConfigMap);
    });
    const auto outcome
        = observe(m_client->create(ResourceRef::configMaps(QStringLiteral("default")),
            KubeApiTest::configMap(QStringLiteral("a"))));
    QTRY_VERIFY(outcome->destroyed);
    QVERIFY2(outcome->result->ok(), qPrintable(KubeApiTest::errorText(outcome->result)));
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(1).body, m_server->requests().at(0).body);
}

void TestApiRequest::retriesGiveUp()
{
    m_server->setHandler([](QTcpSocket *socket, const FakeHttpServer::Request &) {
        FakeHttpServer::respond(socket, 502, QByteArrayLiteral("<html>bad gateway</html>"),
            QByteArrayLiteral("Retry-After: 0\r\n"));
    });
    const auto outcome = observe(m_client->list(ResourceRef::pods()));
    QTRY_VERIFY(outcome->destroyed);
    QCOMPARE(outcome->count, 1);
    QCOMPARE(outcome->result->error().code, ErrorCode::Unavailable);
    QVERIFY2(outcome->result->error().message.contains(QStringLiteral("502 Bad Gateway")),
        qPrintable(outcome->result->error().message));
    QCOMPARE(m_server->requests().size(), ApiRequest::kMaxAttempts);
}

void TestApiRequest::malformedJsonIsProtocolError()
{
    m_server->setHandler([](QTcpSocket *socket, const FakeHttpServer::Request &) {
        FakeHttpServer::respond(
            socket, 200, QByteArrayLiteral("{\"kind\":\"ConfigMap\",\"metadata\":{"));
    });
    const auto outcome = observe(
        m_client->get(ResourceRef::configMaps(QStringLiteral("default"), QStringLiteral("a"))));
    QTRY_VERIFY(outcome->destroyed);
    QCOMPARE(outcome->result->error().code, ErrorCode::Protocol);
    QVERIFY2(outcome->result->error().message.contains(QStringLiteral("not valid JSON")),
        qPrintable(outcome->result->error().message));
}

// A continue token can expire between pages (etcd compaction); kubectl's pager then lists again
// in one piece. The real cluster does not compact on demand, hence the fake.
void TestApiRequest::expiredContinueRestartsTheList()
{
    auto item = [](const char *name) {
        return QJsonObject {{QLatin1String("metadata"),
            QJsonObject {{QLatin1String("name"), QLatin1String(name)},
                {QLatin1String("namespace"), QStringLiteral("default")}}}};
    };
    m_server->setHandler([&](QTcpSocket *socket, const FakeHttpServer::Request &request) {
        QJsonObject list {{QLatin1String("kind"), QStringLiteral("ConfigMapList")},
            {QLatin1String("apiVersion"), QStringLiteral("v1")}};
        if (request.query.hasQueryItem(QStringLiteral("continue"))) {
            FakeHttpServer::respond(socket, 410, statusBody(410, "Expired"));
            return;
        }
        if (request.query.hasQueryItem(QStringLiteral("limit"))) {
            list.insert(QLatin1String("metadata"),
                QJsonObject {{QLatin1String("resourceVersion"), QStringLiteral("7")},
                    {QLatin1String("continue"), QStringLiteral("token-1")}});
            list.insert(QLatin1String("items"), QJsonArray {item("a"), item("b")});
        } else {
            list.insert(QLatin1String("metadata"),
                QJsonObject {{QLatin1String("resourceVersion"), QStringLiteral("9")}});
            list.insert(QLatin1String("items"), QJsonArray {item("a"), item("b"), item("c")});
        }
        FakeHttpServer::respond(socket, 200, QJsonDocument(list).toJson(QJsonDocument::Compact));
    });
    Kt::Kube::ListOptions options;
    options.limit = 2;
    const auto outcome
        = observe(m_client->list(ResourceRef::configMaps(QStringLiteral("default")), options));
    QTRY_VERIFY(outcome->destroyed);
    QVERIFY2(outcome->result->ok(), qPrintable(KubeApiTest::errorText(outcome->result)));
    const QJsonObject list = outcome->result->value();
    const QJsonArray items = list.value(QLatin1String("items")).toArray();
    QCOMPARE(items.size(), 3);
    QCOMPARE(KubeApiTest::resourceVersion(list), QStringLiteral("9"));
    QCOMPARE(items.at(2).toObject().value(QLatin1String("kind")), QStringLiteral("ConfigMap"));
    QCOMPARE(m_server->requests().size(), 3);
    QCOMPARE(m_server->requests().at(1).query.queryItemValue(QStringLiteral("continue")),
        QStringLiteral("token-1"));
    QVERIFY(!m_server->requests().at(2).query.hasQueryItem(QStringLiteral("limit")));
}

// A CA that cannot be read fails inside prepareRequest at once; finished() must still come from
// the event loop, after the caller connected to it.
void TestApiRequest::setupErrorIsNeverSynchronous()
{
    const QByteArray yaml = QByteArrayLiteral(
        "apiVersion: v1\nkind: Config\nclusters:\n- name: bad\n  cluster:\n"
        "    server: https://127.0.0.1:1\n"
        "    certificate-authority-data: "
        "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUIKLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=\n"
        "users:\n- name: u\n  user: {token: t}\ncontexts:\n- name: bad\n"
        "  context: {cluster: bad, user: u}\ncurrent-context: bad\n");
    const auto config = KubeApiTest::clientConfigFromYaml(yaml);
    QVERIFY(config.ok());
    ClusterConnection connection(config.value());
    ApiClient client(&connection);
    ApiRequest *job = client.get(ResourceRef::namespaces(QStringLiteral("default")));
    QVERIFY(!job->isFinished());
    const auto outcome = observe(job);
    QTRY_VERIFY(outcome->destroyed);
    QCOMPARE(outcome->count, 1);
    QCOMPARE(outcome->result->error().code, ErrorCode::InvalidInput);
    QVERIFY2(outcome->result->error().message.startsWith(
                 QStringLiteral("Cannot get namespaces \"default\": The CA certificate")),
        qPrintable(outcome->result->error().message));
}

void TestApiRequest::backoffAndRetryAfter()
{
    using std::chrono::milliseconds;
    QCOMPARE(ApiRequest::backoff(2), milliseconds(500));
    QCOMPARE(ApiRequest::backoff(3), milliseconds(1000));
    QCOMPARE(ApiRequest::backoff(4), milliseconds(2000));
    QCOMPARE(ApiRequest::backoff(20), milliseconds(8000));
    const QDateTime now = QDateTime(QDate(2024, 5, 1), QTime(10, 0, 0), Qt::UTC);
    QCOMPARE(ApiRequest::retryAfter("3", now), std::optional<milliseconds>(milliseconds(3000)));
    QCOMPARE(ApiRequest::retryAfter("3600", now), std::optional<milliseconds>(milliseconds(30000)));
    QCOMPARE(ApiRequest::retryAfter("Wed, 01 May 2024 10:00:05 GMT", now),
        std::optional<milliseconds>(milliseconds(5000)));
    QCOMPARE(ApiRequest::retryAfter("", now), std::nullopt);
    QCOMPARE(ApiRequest::retryAfter("soon", now), std::nullopt);
    QCOMPARE(ApiRequest::retryAfter("-1", now), std::nullopt);
}

QTEST_GUILESS_MAIN(TestApiRequest)
#include "tst_apirequest.moc"
