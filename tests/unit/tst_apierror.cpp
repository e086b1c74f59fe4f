#include "kube/apierror.h"
#include "kube/clientconfig.h"
#include "kube/kubeconfigloader.h"

#include <QTest>

using Kt::ErrorCode;
using Kt::Kube::ApiError;
using Kt::Kube::ClientConfig;
using Kt::Kube::ResourceRef;

Q_DECLARE_METATYPE(Kt::ErrorCode)

namespace {

// A context like a real one: a server URL, a CA file, a user with a token.
ClientConfig config(const QByteArray &user = QByteArrayLiteral("{token: abc}"))
{
    const QByteArray yaml
        = QByteArrayLiteral(
              "apiVersion: v1\nkind: Config\nclusters:\n- name: prod\n  cluster:\n"
              "    server: https://api.example.test:6443\n"
              "    certificate-authority-data: "
              "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUIKLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=\n"
              "users:\n- name: dev\n  user: ")
        + user
        + QByteArrayLiteral("\ncontexts:\n- name: prod-ctx\n  context: {cluster: prod, user: dev}\n"
                            "current-context: prod-ctx\n");
    const auto kubeconfig = Kt::Kube::KubeconfigLoader::parse(yaml, QStringLiteral("/tmp/kc"));
    if (!kubeconfig)
        qFatal("kubeconfig: %s", qPrintable(kubeconfig.error().message));
    const auto resolved = ClientConfig::resolve(kubeconfig.value());
    if (!resolved)
        qFatal("resolve: %s", qPrintable(resolved.error().message));
    return resolved.value();
}

QByteArray status(int code, const char *reason, const QByteArray &message,
    const QByteArray &details = QByteArrayLiteral("{}"))
{
    return QByteArrayLiteral("{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},"
                             "\"status\":\"Failure\",\"message\":")
        + message + QByteArrayLiteral(",\"reason\":\"") + reason
        + QByteArrayLiteral("\",\"details\":") + details + QByteArrayLiteral(",\"code\":")
        + QByteArray::number(code) + QByteArrayLiteral("}");
}

} // namespace

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void http_data();
    void http();
    void statusIsParsed();
    void nonStatusBody();
    void network_data();
    void network();
    void tls();
    void timeout();
    void verbs_data();
    void verbs();
    void rbacRule();
    void unauthorizedHintFollowsAuthKind();
};

void TestApiError::http_data()
{
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("verb");
    QTest::addColumn<ResourceRef>("resource");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QStringList>("inMessage");
    QTest::addColumn<QString>("inHint");

    QTest::newRow("403 list, namespaced")
        << 403
        << status(403, "Forbidden",
               QByteArrayLiteral("\"configmaps is forbidden: User \\\"kt-nobody\\\" cannot list "
                                 "resource \\\"configmaps\\\" in API group \\\"\\\" in the "
                                 "namespace \\\"default\\\"\""),
               QByteArrayLiteral("{\"kind\":\"configmaps\"}"))
        << QStringLiteral("list") << ResourceRef::configMaps(QStringLiteral("default"))
        << ErrorCode::Forbidden
        << QStringList {QStringLiteral("User \"kt-nobody\" may not list configmaps in namespace "
                                       "\"default\""),
               QStringLiteral("https://api.example.test:6443"), QStringLiteral("prod-ctx")}
        << QStringLiteral("apiGroups: [\"\"], resources: [\"configmaps\"], verbs: [\"list\"]");
    QTest::newRow("403 patch of a subresource")
        << 403
        << status(403, "Forbidden",
               QByteArrayLiteral("\"deployments.apps \\\"web\\\" is forbidden: User "
                                 "\\\"kt-developer\\\" cannot patch resource "
                                 "\\\"deployments/status\\\" in API group \\\"apps\\\" in the "
                                 "namespace \\\"shop\\\"\""),
               QByteArrayLiteral("{\"name\":\"web\",\"group\":\"apps\",\"kind\":\"deployments\"}"))
        << QStringLiteral("patch")
        << ResourceRef::deployments(QStringLiteral("shop"), QStringLiteral("web"))
               .withSubresource(QStringLiteral("status"))
        << ErrorCode::Forbidden
        << QStringList {QStringLiteral(
               "User \"kt-developer\" may not patch deployments.apps/status \"web\" in namespace "
               "\"shop\"")}
        << QStringLiteral(
               "apiGroups: [\"apps\"], resources: [\"deployments/status\"], verbs: [\"patch\"]");
    QTest::newRow("403 cluster scope")
        << 403
        << status(403, "Forbidden",
               QByteArrayLiteral("\"nodes is forbidden: User \\\"kt-nobody\\\" cannot list "
                                 "resource \\\"nodes\\\" in API group \\\"\\\" at the cluster "
                                 "scope\""))
        << QStringLiteral("list") << ResourceRef::nodes() << ErrorCode::Forbidden
        << QStringList {QStringLiteral("User \"kt-nobody\" may not list nodes (403")}
        << QStringLiteral("verbs: [\"list\"]");
    QTest::newRow("403 without the authorizer's sentence")
        << 403 << status(403, "Forbidden", QByteArrayLiteral("\"denied by policy\""))
        << QStringLiteral("delete")
        << ResourceRef::services(QStringLiteral("shop"), QStringLiteral("api"))
        << ErrorCode::Forbidden
        << QStringList {QStringLiteral("User \"dev\" may not delete services \"api\" in namespace "
                                       "\"shop\"")}
        << QStringLiteral("apiGroups: [\"\"], resources: [\"services\"], verbs: [\"delete\"]");
    QTest::newRow("401") << 401
                         << status(401, "Unauthorized", QByteArrayLiteral("\"Unauthorized\""))
                         << QStringLiteral("get")
                         << ResourceRef::pods(QStringLiteral("a"), QStringLiteral("p"))
                         << ErrorCode::Unauthorized
                         << QStringList {QStringLiteral("rejected the credentials of user dev"),
                                QStringLiteral("401 Unauthorized")}
                         << QStringLiteral("token");
    QTest::newRow("404 object")
        << 404
        << status(404, "NotFound", QByteArrayLiteral("\"configmaps \\\"x\\\" not found\""),
               QByteArrayLiteral("{\"name\":\"x\",\"kind\":\"configmaps\"}"))
        << QStringLiteral("get")
        << ResourceRef::configMaps(QStringLiteral("a"), QStringLiteral("x")) << ErrorCode::NotFound
        << QStringList {QStringLiteral("configmaps \"x\" in namespace \"a\" was not found")}
        << QStringLiteral("deleted");
    QTest::newRow("404 namespace missing on create")
        << 404
        << status(404, "NotFound", QByteArrayLiteral("\"namespaces \\\"nope\\\" not found\""),
               QByteArrayLiteral("{\"name\":\"nope\",\"kind\":\"namespaces\"}"))
        << QStringLiteral("create") << ResourceRef::configMaps(QStringLiteral("nope"))
        << ErrorCode::NotFound << QStringList {QStringLiteral("namespace \"nope\" does not exist")}
        << QStringLiteral("Create the namespace");
    QTest::newRow("404 resource type not served")
        << 404 << QByteArrayLiteral("404 page not found") << QStringLiteral("list")
        << ResourceRef(QStringLiteral("example.com"), QStringLiteral("v1"),
               QStringLiteral("widgets"), true, QStringLiteral("a"))
        << ErrorCode::NotFound
        << QStringList {QStringLiteral("does not serve widgets.example.com (API example.com/v1)")}
        << QStringLiteral("api-resources");
    QTest::newRow("409 conflict")
        << 409
        << status(409, "Conflict",
               QByteArrayLiteral(
                   "\"Operation cannot be fulfilled on configmaps \\\"x\\\": the object has been "
                   "modified; please apply your changes to the latest version and try again\""))
        << QStringLiteral("update")
        << ResourceRef::configMaps(QStringLiteral("a"), QStringLiteral("x")) << ErrorCode::Conflict
        << QStringList {QStringLiteral("Cannot update configmaps \"x\" in namespace \"a\""),
               QStringLiteral("changed by someone else")}
        << QStringLiteral("Load it again");
    QTest::newRow("409 already exists")
        << 409
        << status(
               409, "AlreadyExists", QByteArrayLiteral("\"configmaps \\\"x\\\" already exists\""))
        << QStringLiteral("create") << ResourceRef::configMaps(QStringLiteral("a"))
        << ErrorCode::Conflict << QStringList {QStringLiteral("it already exists")}
        << QStringLiteral("another name");
    QTest::newRow("410") << 410
                         << status(
                                410, "Expired", QByteArrayLiteral("\"too old resource version\""))
                         << QStringLiteral("list") << ResourceRef::pods() << ErrorCode::Conflict
                         << QStringList {QStringLiteral("410 Gone")}
                         << QStringLiteral("fresh list");
    QTest::newRow("422 with causes")
        << 422
        << status(422, "Invalid", QByteArrayLiteral("\"Service \\\"s\\\" is invalid\""),
               QByteArrayLiteral("{\"causes\":[{\"field\":\"spec.ports[0].port\",\"message\":"
                                 "\"Invalid value: 0: must be between 1 and 65535\"}]}"))
        << QStringLiteral("create") << ResourceRef::services(QStringLiteral("a"))
        << ErrorCode::InvalidInput
        << QStringList {QStringLiteral(
               "Service \"s\" is invalid; spec.ports[0].port: Invalid value")}
        << QStringLiteral("Fix the fields");
    QTest::newRow("429") << 429
                         << status(429, "TooManyRequests", QByteArrayLiteral("\"slow down\""))
                         << QStringLiteral("list") << ResourceRef::pods() << ErrorCode::Unavailable
                         << QStringList {QStringLiteral("429 Too Many Requests: slow down.")}
                         << QStringLiteral("overloaded");
    QTest::newRow("500")
        << 500
        << status(500, "InternalError", QByteArrayLiteral("\"etcdserver: request timed out\""))
        << QStringLiteral("get") << ResourceRef::pods(QStringLiteral("a"), QStringLiteral("p"))
        << ErrorCode::Unavailable
        << QStringList {QStringLiteral("500 Internal Server Error: etcdserver: request timed out.")}
        << QStringLiteral("control plane");
    QTest::newRow("503 from a proxy, not a Status")
        << 503 << QByteArrayLiteral("<html><body>upstream connect error</body></html>")
        << QStringLiteral("list") << ResourceRef::pods() << ErrorCode::Unavailable
        << QStringList {QStringLiteral("answered 503 Service Unavailable.")}
        << QStringLiteral("control plane");
    QTest::newRow("504") << 504 << status(504, "Timeout", QByteArrayLiteral("\"timeout\""))
                         << QStringLiteral("list") << ResourceRef::pods() << ErrorCode::Timeout
                         << QStringList {QStringLiteral("504 Gateway Timeout")} << QString();
    QTest::newRow("unexpected 3xx")
        << 302 << QByteArrayLiteral("moved") << QStringLiteral("get")
        << ResourceRef::pods(QStringLiteral("a"), QStringLiteral("p")) << ErrorCode::Protocol
        << QStringList {QStringLiteral("unexpected answer: 302")} << QString();
}

void TestApiError::http()
{
    QFETCH(int, httpStatus);
    QFETCH(QByteArray, body);
    QFETCH(QString, verb);
    QFETCH(ResourceRef, resource);
    QFETCH(ErrorCode, code);
    QFETCH(QStringList, inMessage);
    QFETCH(QString, inHint);

    const Kt::Error error = ApiError::fromHttp(httpStatus, body, {verb, resource}, config());
    QCOMPARE(error.code, code);
    for (const QString &part : inMessage)
        QVERIFY2(error.message.contains(part),
            qPrintable(error.message + QStringLiteral("\n  lacks: ") + part));
    if (!inHint.isEmpty())
        QVERIFY2(error.hint.contains(inHint), qPrintable(error.hint));
}

void TestApiError::statusIsParsed()
{
    const auto parsed
        = ApiError::parseStatus(status(429, "TooManyRequests", QByteArrayLiteral("\"wait\""),
            QByteArrayLiteral(
                "{\"name\":\"n\",\"group\":\"g\",\"kind\":\"k\",\"retryAfterSeconds\":3,"
                "\"causes\":[{\"message\":\"m1\"},{\"field\":\"f\",\"message\":\"m2\"}]}")));
    QVERIFY(parsed);
    QCOMPARE(parsed->code, 429);
    QCOMPARE(parsed->reason, QStringLiteral("TooManyRequests"));
    QCOMPARE(parsed->message, QStringLiteral("wait"));
    QCOMPARE(parsed->name, QStringLiteral("n"));
    QCOMPARE(parsed->group, QStringLiteral("g"));
    QCOMPARE(parsed->kind, QStringLiteral("k"));
    QCOMPARE(parsed->causes, (QStringList {QStringLiteral("m1"), QStringLiteral("f: m2")}));
    QCOMPARE(parsed->retryAfterSeconds, std::optional<int>(3));
}

void TestApiError::nonStatusBody()
{
    QVERIFY(!ApiError::parseStatus(QByteArrayLiteral("<html>")));
    QVERIFY(!ApiError::parseStatus(QByteArrayLiteral("{\"kind\":\"Pod\"}")));
    QVERIFY(!ApiError::parseStatus(QByteArrayLiteral("[1,2]")));
    QVERIFY(!ApiError::parseStatus(QByteArray()));
}

void TestApiError::network_data()
{
    QTest::addColumn<int>("networkError");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("inMessage");

    QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << ErrorCode::Unavailable
                             << QStringLiteral("cannot be reached: the connection was refused.");
    QTest::newRow("unknown host") << int(QNetworkReply::HostNotFoundError) << ErrorCode::Unavailable
                                  << QStringLiteral("the host name api.example.test is unknown");
    QTest::newRow("timed out") << int(QNetworkReply::TimeoutError) << ErrorCode::Timeout
                               << QStringLiteral("the connection timed out");
    QTest::newRow("closed") << int(QNetworkReply::RemoteHostClosedError) << ErrorCode::Unavailable
                            << QStringLiteral("the server closed the connection");
    QTest::newRow("protocol") << int(QNetworkReply::ProtocolFailure) << ErrorCode::Protocol
                              << QStringLiteral("does not understand");
}

void TestApiError::network()
{
    QFETCH(int, networkError);
    QFETCH(ErrorCode, code);
    QFETCH(QString, inMessage);

    const Kt::Error error = ApiError::fromNetwork(QNetworkReply::NetworkError(networkError),
        QStringLiteral("low-level text"), {}, {QStringLiteral("list"), ResourceRef::pods()},
        config());
    QCOMPARE(error.code, code);
    QVERIFY2(error.message.contains(inMessage), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("https://api.example.test:6443"))
            || error.message.contains(QStringLiteral("api.example.test")),
        qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("prod-ctx")), qPrintable(error.message));
    QVERIFY2(error.message.startsWith(QStringLiteral("Cannot list pods in all namespaces")),
        qPrintable(error.message));
}

void TestApiError::tls()
{
    const Kt::Error error = ApiError::fromNetwork(QNetworkReply::SslHandshakeFailedError,
        QStringLiteral("SSL handshake failed"),
        {QSslError(QSslError::UnableToGetLocalIssuerCertificate)},
        {QStringLiteral("get"), ResourceRef::namespaces(QStringLiteral("default"))}, config());
    QCOMPARE(error.code, ErrorCode::Unavailable);
    QVERIFY2(error.message.contains(QStringLiteral("TLS connection to api.example.test:6443")),
        qPrintable(error.message));
    QVERIFY2(error.message.contains(
                 QSslError(QSslError::UnableToGetLocalIssuerCertificate).errorString()),
        qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("certificate-authority-data of cluster prod")),
        qPrintable(error.message));
    QVERIFY2(error.hint.contains(QStringLiteral("certificate-authority")), qPrintable(error.hint));
}

void TestApiError::timeout()
{
    const Kt::Error error = ApiError::timeout(std::chrono::milliseconds(1500),
        {QStringLiteral("get"), ResourceRef::pods(QStringLiteral("a"), QStringLiteral("p"))},
        config());
    QCOMPARE(error.code, ErrorCode::Timeout);
    QVERIFY2(error.message.contains(QStringLiteral("did not answer within 1.5 s")),
        qPrintable(error.message));
}

void TestApiError::verbs_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("named");
    QTest::addColumn<bool>("watch");
    QTest::addColumn<QString>("verb");

    QTest::newRow("get") << QByteArrayLiteral("GET") << true << false << QStringLiteral("get");
    QTest::newRow("list") << QByteArrayLiteral("GET") << false << false << QStringLiteral("list");
    QTest::newRow("watch") << QByteArrayLiteral("GET") << false << true << QStringLiteral("watch");
    QTest::newRow("create") << QByteArrayLiteral("POST") << false << false
                            << QStringLiteral("create");
    QTest::newRow("update") << QByteArrayLiteral("PUT") << true << false
                            << QStringLiteral("update");
    QTest::newRow("patch") << QByteArrayLiteral("PATCH") << true << false
                           << QStringLiteral("patch");
    QTest::newRow("delete") << QByteArrayLiteral("DELETE") << true << false
                            << QStringLiteral("delete");
    QTest::newRow("deletecollection")
        << QByteArrayLiteral("DELETE") << false << false << QStringLiteral("deletecollection");
}

void TestApiError::verbs()
{
    QFETCH(QByteArray, method);
    QFETCH(bool, named);
    QFETCH(bool, watch);
    QFETCH(QString, verb);
    const ResourceRef resource
        = ResourceRef::pods(QStringLiteral("a"), named ? QStringLiteral("p") : QString());
    QCOMPARE(ApiError::verbFor(method, resource, watch), verb);
}

void TestApiError::rbacRule()
{
    QCOMPARE(ApiError::rbacRule(QStringLiteral("patch"), ResourceRef::deployments()),
        QStringLiteral("apiGroups: [\"apps\"], resources: [\"deployments\"], verbs: [\"patch\"]"));
    QCOMPARE(ApiError::rbacRule(QStringLiteral("create"),
                 ResourceRef::pods(QStringLiteral("a"), QStringLiteral("p"))
                     .withSubresource(QStringLiteral("portforward"))),
        QStringLiteral(
            "apiGroups: [\"\"], resources: [\"pods/portforward\"], verbs: [\"create\"]"));
}

void TestApiError::unauthorizedHintFollowsAuthKind()
{
    const QByteArray body = status(401, "Unauthorized", QByteArrayLiteral("\"Unauthorized\""));
    const ApiError::Request request {QStringLiteral("list"), ResourceRef::pods()};
    const Kt::Error exec = ApiError::fromHttp(401, body, request,
        config(QByteArrayLiteral("{exec: {apiVersion: client.authentication.k8s.io/v1, command: "
                                 "my-login, interactiveMode: Never}}")));
    QVERIFY2(exec.hint.contains(QStringLiteral("my-login")), qPrintable(exec.hint));
    const Kt::Error none = ApiError::fromHttp(401, body, request, config(QByteArrayLiteral("{}")));
    QVERIFY2(none.hint.contains(QStringLiteral("no credentials")), qPrintable(none.hint));
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
