#include "kubeapitest.h"

#include "kube/apiclient.h"
#include "kube/clusterconnection.h"
#include "kube/resources/configmap.h"
#include "kube/resources/deployment.h"
#include "kube/resources/replicaset.h"
#include "kube/resources/service.h"
#include "kube/watch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Kt::ErrorCode;
using Kt::Kube::ApiClient;
using Kt::Kube::ClusterConnection;
using Kt::Kube::ConfigMap;
using Kt::Kube::DeleteOptions;
using Kt::Kube::Deployment;
using Kt::Kube::ListOptions;
using Kt::Kube::PatchType;
using Kt::Kube::PropagationPolicy;
using Kt::Kube::ReplicaSet;
using Kt::Kube::ResourceRef;
using Kt::Kube::Service;
using KubeApiTest::errorText;
using KubeApiTest::wait;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QJsonObject deployment(const QString &name, int replicas)
{
    QJsonObject object = json(R"({"apiVersion":"apps/v1","kind":"Deployment",
        "spec":{"selector":{"matchLabels":{"app":"APP"}},"template":{"metadata":{"labels":{"app":"APP"}},
        "spec":{"containers":[{"name":"web","image":"nginx:1.25","ports":[{"name":"http","containerPort":80}]},
        {"name":"log","image":"busybox:1.36"}]}}}})");
    object.insert(QLatin1String("metadata"), KubeApiTest::metadata(name));
    QJsonObject spec = object.value(QLatin1String("spec")).toObject();
    spec.insert(QLatin1String("replicas"), replicas);
    const QByteArray text = QJsonDocument(spec).toJson().replace("APP", name.toUtf8());
    object.insert(QLatin1String("spec"), QJsonDocument::fromJson(text).object());
    return object;
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ClusterConnection> m_connection;
    std::unique_ptr<ApiClient> m_client;
    QString m_namespace;

    // One request, waited for; fails the test when it does not answer.
    Kt::Result<QJsonObject> run(Kt::Kube::ApiJob *job)
    {
        const auto result = wait(job);
        if (!result)
            return Kt::Error {ErrorCode::Timeout, QStringLiteral("no answer"), {}, {}};
        return *result;
    }

    std::unique_ptr<ApiClient> clientFor(
        const QString &flavour, std::unique_ptr<ClusterConnection> &connection)
    {
        const auto config = KubeApiTest::clientConfig(KubeApiTest::contextName(flavour));
        if (!config)
            qFatal("%s", qPrintable(config.error().toString()));
        connection = std::make_unique<ClusterConnection>(config.value());
        return std::make_unique<ApiClient>(connection.get());
    }

    // One GET: whether its answer satisfies `accept` (used in QTRY_VERIFY to wait for the
    // controllers).
    bool answers(const ResourceRef &object,
        const std::function<bool(const Kt::Result<QJsonObject> &)> &accept)
    {
        const auto result = wait(m_client->get(object));
        return result && accept(*result);
    }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void configMapCrud();
    void serviceCrud();
    void deploymentLifecycle();
    void listPaging();
    void mergePatch();
    void jsonPatch();
    void strategicMergePatch();
    void conflictIsRetriedWithAFreshObject();
    void staleReplaceIsAReadableConflict();
    void mutationCanRefuse();
    void readableNotFound();
    void readableInvalid();
    void alreadyExists();
    void restrictedUserGetsReadableForbidden();
    void nobodyGetsReadableForbidden();
    void rejectedExecCredentialIsRefreshedOnce();
    void a401DoesNotStallTheConnection();
    void unreachableServer();
    void tlsFailureNamesHostAndCa();
};

void TestApiClient::initTestCase()
{
    KT_REQUIRE_KUBE_CLUSTER();
    m_client = clientFor({}, m_connection);
    m_namespace = KubeApiTest::uniqueName(QStringLiteral("apiclient"));
    const auto created = run(m_client->create(ResourceRef::namespaces(),
        QJsonObject {{QLatin1String("metadata"), KubeApiTest::metadata(m_namespace)}}));
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toString()));
}

void TestApiClient::cleanupTestCase()
{
    if (!m_client || m_namespace.isEmpty())
        return;
    const auto deleted = run(m_client->remove(ResourceRef::namespaces(m_namespace)));
    QVERIFY2(deleted.ok(), qPrintable(deleted.ok() ? QString() : deleted.error().toString()));
}

void TestApiClient::configMapCrud()
{
    const ResourceRef collection = ResourceRef::configMaps(m_namespace);
    const ResourceRef object = collection.withName(QStringLiteral("crud"));

    const auto created = run(m_client->create(collection,
        KubeApiTest::configMap(
            QStringLiteral("crud"), {{QLatin1String("a"), QStringLiteral("1")}})));
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toString()));
    const auto parsed = ConfigMap::fromJson(created.value());
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->metadata.namespaceName, m_namespace);
    QVERIFY(!parsed->metadata.uid.isEmpty());
    QVERIFY(!parsed->metadata.resourceVersion.isEmpty());

    auto got = run(m_client->get(object));
    QVERIFY(got.ok());
    QCOMPARE(
        ConfigMap::fromJson(got.value())->data.value(QStringLiteral("a")), QStringLiteral("1"));

    // Replace: the raw object as read, changed, sent back.
    QJsonObject changed = ConfigMap::fromJson(got.value())->raw;
    changed.insert(QLatin1String("data"), QJsonObject {{QLatin1String("a"), QStringLiteral("2")}});
    const auto replaced = run(m_client->replace(object, changed));
    QVERIFY2(replaced.ok(), qPrintable(replaced.ok() ? QString() : replaced.error().toString()));
    QCOMPARE(ConfigMap::fromJson(replaced.value())->data.value(QStringLiteral("a")),
        QStringLiteral("2"));
    QVERIFY(KubeApiTest::resourceVersion(replaced.value()) != parsed->metadata.resourceVersion);

    const auto listed = run(m_client->list(collection));
    QVERIFY(listed.ok());
    QStringList names;
    for (const QJsonValue &item : listed.value().value(QLatin1String("items")).toArray())
        names.append(KubeApiTest::nameOf(item.toObject()));
    QVERIFY2(names.contains(QStringLiteral("crud")), qPrintable(names.join(QLatin1Char(' '))));

    const auto deleted = run(m_client->remove(object));
    QVERIFY2(deleted.ok(), qPrintable(deleted.ok() ? QString() : deleted.error().toString()));
    got = run(m_client->get(object));
    QVERIFY(!got.ok());
    QCOMPARE(got.error().code, ErrorCode::NotFound);
}

void TestApiClient::serviceCrud()
{
    const ResourceRef collection = ResourceRef::services(m_namespace);
    QJsonObject service
        = json(R"({"apiVersion":"v1","kind":"Service","spec":{"selector":{"app":"api"},
        "ports":[{"name":"http","port":80,"targetPort":8080},{"name":"grpc","port":9090,"targetPort":"grpc"}]}})");
    service.insert(QLatin1String("metadata"), KubeApiTest::metadata(QStringLiteral("api")));
    const auto created = run(m_client->create(collection, service));
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toString()));

    const auto parsed = Service::fromJson(created.value());
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    QCOMPARE(parsed->type, QStringLiteral("ClusterIP"));
    QVERIFY2(parsed->clusterIp.startsWith(QStringLiteral("10.")), qPrintable(parsed->clusterIp));
    QCOMPARE(parsed->ports.size(), 2);
    QCOMPARE(parsed->ports.at(0).targetPort, Kt::Kube::IntOrString::fromInt(8080));
    QCOMPARE(
        parsed->ports.at(1).targetPort, Kt::Kube::IntOrString::fromString(QStringLiteral("grpc")));

    QJsonObject changed = parsed->raw;
    QJsonObject spec = changed.value(QLatin1String("spec")).toObject();
    spec.insert(
        QLatin1String("selector"), QJsonObject {{QLatin1String("app"), QStringLiteral("api-v2")}});
    changed.insert(QLatin1String("spec"), spec);
    const auto replaced
        = run(m_client->replace(collection.withName(QStringLiteral("api")), changed));
    QVERIFY2(replaced.ok(), qPrintable(replaced.ok() ? QString() : replaced.error().toString()));
    QCOMPARE(Service::fromJson(replaced.value())->selector.value(QStringLiteral("app")),
        QStringLiteral("api-v2"));
    QCOMPARE(Service::fromJson(replaced.value())->clusterIp, parsed->clusterIp);

    QVERIFY(run(m_client->remove(collection.withName(QStringLiteral("api")))).ok());
}

void TestApiClient::deploymentLifecycle()
{
    const ResourceRef collection = ResourceRef::deployments(m_namespace);
    const ResourceRef object = collection.withName(QStringLiteral("web"));
    const auto created = run(m_client->create(collection, deployment(QStringLiteral("web"), 2)));
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toString()));
    const auto parsed = Deployment::fromJson(created.value());
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->replicas, 2);
    QCOMPARE(parsed->selector.toString(), QStringLiteral("app=web"));
    QCOMPARE(parsed->podTemplate.containers.size(), 2);
    QCOMPARE(parsed->podTemplate.containers.at(0).ports.at(0).containerPort, 80);

    // The controller and kwok make it ready; its ReplicaSet is owned by it.
    QTRY_VERIFY_WITH_TIMEOUT(
        answers(object,
            [](const Kt::Result<QJsonObject> &result) {
                return result.ok() && Deployment::fromJson(result.value())->readyReplicas == 2;
            }),
        60000);
    const auto replicaSets = run(m_client->list(ResourceRef::replicaSets(m_namespace),
        ListOptions {QStringLiteral("app=web"), {}, 500, {}, true}));
    QVERIFY(replicaSets.ok());
    const QJsonArray items = replicaSets.value().value(QLatin1String("items")).toArray();
    QCOMPARE(items.size(), 1);
    const auto replicaSet = ReplicaSet::fromJson(items.first().toObject());
    QVERIFY2(
        replicaSet.ok(), qPrintable(replicaSet.ok() ? QString() : replicaSet.error().toString()));
    QCOMPARE(replicaSet->metadata.controller()->name, QStringLiteral("web"));
    QCOMPARE(replicaSet->metadata.controller()->kind, QStringLiteral("Deployment"));

    // Foreground deletion: the Deployment waits for its dependents, then goes.
    const auto deleted
        = run(m_client->remove(object, DeleteOptions {PropagationPolicy::Foreground, -1, {}}));
    QVERIFY2(deleted.ok(), qPrintable(deleted.ok() ? QString() : deleted.error().toString()));
    const auto marked = Deployment::fromJson(deleted.value());
    QVERIFY(marked.ok());
    QVERIFY(marked->metadata.isBeingDeleted());
    QVERIFY2(marked->metadata.finalizers.contains(QStringLiteral("foregroundDeletion")),
        qPrintable(marked->metadata.finalizers.join(QLatin1Char(' '))));
    QTRY_VERIFY_WITH_TIMEOUT(answers(object,
                                 [](const Kt::Result<QJsonObject> &result) {
                                     return !result.ok()
                                         && result.error().code == ErrorCode::NotFound;
                                 }),
        60000);
    const auto remaining = run(m_client->list(ResourceRef::replicaSets(m_namespace)));
    QVERIFY(remaining.ok());
    QCOMPARE(remaining.value().value(QLatin1String("items")).toArray().size(), 0);
}

void TestApiClient::listPaging()
{
    const ResourceRef collection = ResourceRef::configMaps(m_namespace);
    for (int i = 0; i < 5; ++i) {
        QJsonObject object = KubeApiTest::configMap(QStringLiteral("page-%1").arg(i));
        object.insert(QLatin1String("metadata"),
            KubeApiTest::metadata(QStringLiteral("page-%1").arg(i),
                QJsonObject {{QLatin1String("batch"), QStringLiteral("paging")}}));
        QVERIFY(run(m_client->create(collection, object)).ok());
    }

    // One page.
    ListOptions options {QStringLiteral("batch=paging"), {}, 2, {}, false};
    auto page = run(m_client->list(collection, options));
    QVERIFY(page.ok());
    QCOMPARE(page.value().value(QLatin1String("items")).toArray().size(), 2);
    QString token = page.value()
                        .value(QLatin1String("metadata"))
                        .toObject()
                        .value(QLatin1String("continue"))
                        .toString();
    QVERIFY(!token.isEmpty());

    // Page by page with the tokens.
    QStringList names;
    int pages = 0;
    options.continueToken.clear();
    do {
        page = run(m_client->list(collection, options));
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().toString()));
        ++pages;
        for (const QJsonValue &item : page.value().value(QLatin1String("items")).toArray())
            names.append(KubeApiTest::nameOf(item.toObject()));
        options.continueToken = page.value()
                                    .value(QLatin1String("metadata"))
                                    .toObject()
                                    .value(QLatin1String("continue"))
                                    .toString();
    } while (!options.continueToken.isEmpty());
    QCOMPARE(pages, 3);
    QCOMPARE(names.size(), 5);

    // All pages merged by the job.
    options = ListOptions {QStringLiteral("batch=paging"), {}, 2, {}, true};
    const auto all = run(m_client->list(collection, options));
    QVERIFY(all.ok());
    const QJsonArray items = all.value().value(QLatin1String("items")).toArray();
    QStringList merged;
    for (const QJsonValue &item : items) {
        merged.append(KubeApiTest::nameOf(item.toObject()));
        QCOMPARE(item.toObject().value(QLatin1String("kind")), QStringLiteral("ConfigMap"));
        QCOMPARE(item.toObject().value(QLatin1String("apiVersion")), QStringLiteral("v1"));
    }
    QCOMPARE(merged, names);
    QVERIFY(!all.value()
                 .value(QLatin1String("metadata"))
                 .toObject()
                 .contains(QLatin1String("continue")));
    QVERIFY(!KubeApiTest::resourceVersion(all.value()).isEmpty());
}

void TestApiClient::mergePatch()
{
    const ResourceRef object = ResourceRef::configMaps(m_namespace, QStringLiteral("merge"));
    QVERIFY(run(m_client->create(object,
                    KubeApiTest::configMap(QStringLiteral("merge"),
                        {{QLatin1String("a"), QStringLiteral("1")},
                            {QLatin1String("b"), QStringLiteral("2")}})))
                .ok());
    const auto patched = run(m_client->patch(object, PatchType::Merge,
        QJsonDocument(
            json(R"({"data":{"b":null,"c":"3"},"metadata":{"labels":{"kt-role":"shadow"}}})"))));
    QVERIFY2(patched.ok(), qPrintable(patched.ok() ? QString() : patched.error().toString()));
    const auto parsed = ConfigMap::fromJson(patched.value());
    QCOMPARE(parsed->data,
        (QMap<QString, QString> {{QStringLiteral("a"), QStringLiteral("1")},
            {QStringLiteral("c"), QStringLiteral("3")}}));
    QCOMPARE(parsed->metadata.labels.value(QStringLiteral("kt-role")), QStringLiteral("shadow"));
}

void TestApiClient::jsonPatch()
{
    const ResourceRef object = ResourceRef::configMaps(m_namespace, QStringLiteral("jsonpatch"));
    QVERIFY(run(m_client->create(object,
                    KubeApiTest::configMap(
                        QStringLiteral("jsonpatch"), {{QLatin1String("a"), QStringLiteral("1")}})))
                .ok());
    const auto patched = run(m_client->patch(object, PatchType::Json,
        QJsonDocument::fromJson(R"([{"op":"test","path":"/data/a","value":"1"},
            {"op":"replace","path":"/data/a","value":"10"},{"op":"add","path":"/data/b","value":"2"}])")));
    QVERIFY2(patched.ok(), qPrintable(patched.ok() ? QString() : patched.error().toString()));
    QCOMPARE(ConfigMap::fromJson(patched.value())->data,
        (QMap<QString, QString> {{QStringLiteral("a"), QStringLiteral("10")},
            {QStringLiteral("b"), QStringLiteral("2")}}));

    // A failing "test" operation leaves the object alone and says why.
    const auto failed = run(m_client->patch(object, PatchType::Json,
        QJsonDocument::fromJson(R"([{"op":"test","path":"/data/a","value":"1"},
            {"op":"remove","path":"/data/b"}])")));
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code, ErrorCode::InvalidInput);
    QVERIFY2(
        failed.error().message.startsWith(QStringLiteral("Cannot patch configmaps \"jsonpatch\"")),
        qPrintable(failed.error().message));
    QCOMPARE(ConfigMap::fromJson(run(m_client->get(object)).value())->data.size(), 2);
}

void TestApiClient::strategicMergePatch()
{
    const ResourceRef object = ResourceRef::deployments(m_namespace, QStringLiteral("smp"));
    QVERIFY(run(m_client->create(
                    ResourceRef::deployments(m_namespace), deployment(QStringLiteral("smp"), 0)))
                .ok());
    // Containers merge by name: the image of "web" changes, "log" stays.
    const auto patched = run(m_client->patch(object, PatchType::StrategicMerge,
        QJsonDocument(json(
            R"({"spec":{"template":{"spec":{"containers":[{"name":"web","image":"nginx:1.27"}]}}}})"))));
    QVERIFY2(patched.ok(), qPrintable(patched.ok() ? QString() : patched.error().toString()));
    auto parsed = Deployment::fromJson(patched.value());
    QCOMPARE(parsed->podTemplate.containers.size(), 2);
    QCOMPARE(parsed->podTemplate.containers.at(0).image, QStringLiteral("nginx:1.27"));
    QCOMPARE(parsed->podTemplate.containers.at(1).name, QStringLiteral("log"));

    // The same body as a merge patch replaces the whole list.
    const auto merged = run(m_client->patch(object, PatchType::Merge,
        QJsonDocument(json(
            R"({"spec":{"template":{"spec":{"containers":[{"name":"web","image":"nginx:1.28"}]}}}})"))));
    QVERIFY2(merged.ok(), qPrintable(merged.ok() ? QString() : merged.error().toString()));
    parsed = Deployment::fromJson(merged.value());
    QCOMPARE(parsed->podTemplate.containers.size(), 1);
    QVERIFY(run(m_client->remove(object)).ok());
}

void TestApiClient::conflictIsRetriedWithAFreshObject()
{
    const ResourceRef object = ResourceRef::configMaps(m_namespace, QStringLiteral("conflict"));
    const auto created = run(m_client->create(object,
        KubeApiTest::configMap(
            QStringLiteral("conflict"), {{QLatin1String("count"), QStringLiteral("0")}})));
    QVERIFY(created.ok());
    const QJsonObject stale = created.value();

    // Someone else changes it after we read it.
    const auto other = run(m_client->patch(
        object, PatchType::Merge, QJsonDocument(json(R"({"data":{"other":"yes"}})"))));
    QVERIFY(other.ok());

    QStringList versionsSeen;
    Kt::Kube::ApiUpdate *update = m_client->update(
        object,
        [&versionsSeen](QJsonObject &configMap) -> Kt::Result<void> {
            versionsSeen.append(KubeApiTest::resourceVersion(configMap));
            QJsonObject data = configMap.value(QLatin1String("data")).toObject();
            data.insert(QLatin1String("count"),
                QString::number(data.value(QLatin1String("count")).toString().toInt() + 1));
            configMap.insert(QLatin1String("data"), data);
            return {};
        },
        stale);
    const auto result = wait(update);
    QVERIFY2(result && result->ok(), qPrintable(errorText(result)));
    // First with the stale copy (409), then with the fresh one.
    QCOMPARE(versionsSeen.size(), 2);
    QCOMPARE(versionsSeen.at(0), KubeApiTest::resourceVersion(stale));
    QCOMPARE(versionsSeen.at(1), KubeApiTest::resourceVersion(other.value()));
    const auto parsed = ConfigMap::fromJson(result->value());
    QCOMPARE(parsed->data.value(QStringLiteral("count")), QStringLiteral("1"));
    QCOMPARE(parsed->data.value(QStringLiteral("other")), QStringLiteral("yes"));
}

void TestApiClient::staleReplaceIsAReadableConflict()
{
    const ResourceRef object = ResourceRef::configMaps(m_namespace, QStringLiteral("stale"));
    const auto created
        = run(m_client->create(object, KubeApiTest::configMap(QStringLiteral("stale"))));
    QVERIFY(created.ok());
    QVERIFY(
        run(m_client->patch(object, PatchType::Merge, QJsonDocument(json(R"({"data":{"x":"1"}})"))))
            .ok());
    const auto replaced = run(m_client->replace(object, created.value()));
    QVERIFY(!replaced.ok());
    QCOMPARE(replaced.error().code, ErrorCode::Conflict);
    QCOMPARE(replaced.error().message,
        QStringLiteral("Cannot update configmaps \"stale\" in namespace \"%1\": it was changed by "
                       "someone else meanwhile (409 Conflict from the API server %2 (context %3)).")
            .arg(m_namespace, m_connection->config().server().toString(),
                KubeApiTest::contextName()));
}

void TestApiClient::mutationCanRefuse()
{
    const ResourceRef object = ResourceRef::configMaps(m_namespace, QStringLiteral("refuse"));
    QVERIFY(run(m_client->create(object, KubeApiTest::configMap(QStringLiteral("refuse")))).ok());
    const auto result = wait(m_client->update(object, [](QJsonObject &) -> Kt::Result<void> {
        return Kt::Error {
            ErrorCode::Conflict, QStringLiteral("someone else holds the lock"), {}, {}};
    }));
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().message, QStringLiteral("someone else holds the lock"));
}

void TestApiClient::readableNotFound()
{
    auto result
        = run(m_client->get(ResourceRef::configMaps(m_namespace, QStringLiteral("missing"))));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::NotFound);
    QVERIFY2(result.error().message.startsWith(QStringLiteral(
                 "configmaps \"missing\" in namespace \"%1\" was not found on the API server")
                                                   .arg(m_namespace)),
        qPrintable(result.error().message));

    result = run(m_client->create(ResourceRef::configMaps(QStringLiteral("no-such-namespace")),
        KubeApiTest::configMap(QStringLiteral("x"))));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::NotFound);
    QVERIFY2(result.error().message.contains(
                 QStringLiteral("namespace \"no-such-namespace\" does not exist")),
        qPrintable(result.error().message));
}

void TestApiClient::readableInvalid()
{
    QJsonObject service = json(R"({"kind":"Service","spec":{"ports":[{"port":0}]}})");
    service.insert(QLatin1String("metadata"), KubeApiTest::metadata(QStringLiteral("bad")));
    const auto result = run(m_client->create(ResourceRef::services(m_namespace), service));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    QVERIFY2(result.error().message.contains(QStringLiteral("spec.ports[0].port")),
        qPrintable(result.error().message));
    QVERIFY2(
        result.error().message.startsWith(QStringLiteral("Cannot create services in namespace")),
        qPrintable(result.error().message));
}

void TestApiClient::alreadyExists()
{
    const ResourceRef collection = ResourceRef::configMaps(m_namespace);
    QVERIFY(
        run(m_client->create(collection, KubeApiTest::configMap(QStringLiteral("twice")))).ok());
    const auto again
        = run(m_client->create(collection, KubeApiTest::configMap(QStringLiteral("twice"))));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QVERIFY2(again.error().message.contains(QStringLiteral("it already exists")),
        qPrintable(again.error().message));
}

void TestApiClient::restrictedUserGetsReadableForbidden()
{
    std::unique_ptr<ClusterConnection> connection;
    const auto restricted = clientFor(QStringLiteral("restricted"), connection);

    // Allowed by the ktdesk role: ConfigMaps.
    QVERIFY(run(restricted->list(ResourceRef::configMaps(m_namespace))).ok());

    // Not allowed: Secrets.
    const auto secret = run(restricted->create(ResourceRef::secrets(m_namespace),
        QJsonObject {{QLatin1String("metadata"), KubeApiTest::metadata(QStringLiteral("s"))}}));
    QVERIFY(!secret.ok());
    QCOMPARE(secret.error().code, ErrorCode::Forbidden);
    QCOMPARE(secret.error().message,
        QStringLiteral("User \"kt-developer\" may not create secrets in namespace \"%1\" (403 "
                       "Forbidden from the API server %2 (context %3)).")
            .arg(m_namespace, connection->config().server().toString(),
                KubeApiTest::contextName(QStringLiteral("restricted"))));
    QVERIFY2(secret.error().hint.contains(QStringLiteral(
                 "apiGroups: [\"\"], resources: [\"secrets\"], verbs: [\"create\"]")),
        qPrintable(secret.error().hint));

    // Not allowed: deleting the namespace.
    const auto deleted = run(restricted->remove(ResourceRef::namespaces(m_namespace)));
    QVERIFY(!deleted.ok());
    QCOMPARE(deleted.error().code, ErrorCode::Forbidden);
    QVERIFY2(deleted.error().message.startsWith(
                 QStringLiteral("User \"kt-developer\" may not delete namespaces \"%1\"")
                     .arg(m_namespace)),
        qPrintable(deleted.error().message));
    QVERIFY2(deleted.error().hint.contains(QStringLiteral(
                 "apiGroups: [\"\"], resources: [\"namespaces\"], verbs: [\"delete\"]")),
        qPrintable(deleted.error().hint));

    // Not allowed: patching a Deployment's status subresource.
    QVERIFY(run(m_client->create(
                    ResourceRef::deployments(m_namespace), deployment(QStringLiteral("st"), 0)))
                .ok());
    const auto status
        = run(restricted->patch(ResourceRef::deployments(m_namespace, QStringLiteral("st"))
                                    .withSubresource(QStringLiteral("status")),
            PatchType::Merge, QJsonDocument(json(R"({"status":{}})"))));
    QVERIFY(!status.ok());
    QVERIFY2(status.error().message.startsWith(
                 QStringLiteral("User \"kt-developer\" may not patch deployments.apps/status "
                                "\"st\" in namespace \"%1\"")
                     .arg(m_namespace)),
        qPrintable(status.error().message));
    QVERIFY2(status.error().hint.contains(QStringLiteral(
                 "apiGroups: [\"apps\"], resources: [\"deployments/status\"], verbs: [\"patch\"]")),
        qPrintable(status.error().hint));
}

void TestApiClient::nobodyGetsReadableForbidden()
{
    std::unique_ptr<ClusterConnection> connection;
    const auto nobody = clientFor(QStringLiteral("nobody"), connection);
    const auto listed = run(nobody->list(ResourceRef::configMaps(m_namespace)));
    QVERIFY(!listed.ok());
    QCOMPARE(listed.error().code, ErrorCode::Forbidden);
    QVERIFY2(listed.error().message.startsWith(QStringLiteral(
                 "User \"kt-nobody\" may not list configmaps in namespace \"%1\" (403 Forbidden")
                                                   .arg(m_namespace)),
        qPrintable(listed.error().message));
    QVERIFY2(listed.error().hint.contains(QStringLiteral(
                 "apiGroups: [\"\"], resources: [\"configmaps\"], verbs: [\"list\"]")),
        qPrintable(listed.error().hint));

    const auto nodes = run(nobody->list(ResourceRef::nodes()));
    QVERIFY(!nodes.ok());
    QVERIFY2(nodes.error().message.startsWith(
                 QStringLiteral("User \"kt-nobody\" may not list nodes (403")),
        qPrintable(nodes.error().message));

    const auto patch
        = run(nobody->patch(ResourceRef::deployments(m_namespace, QStringLiteral("web")),
            PatchType::StrategicMerge, QJsonDocument(json(R"({"spec":{"replicas":0}})"))));
    QVERIFY(!patch.ok());
    QVERIFY2(patch.error().message.startsWith(QStringLiteral(
                 "User \"kt-nobody\" may not patch deployments.apps \"web\" in namespace \"%1\"")
                                                  .arg(m_namespace)),
        qPrintable(patch.error().message));
    QVERIFY2(patch.error().hint.contains(QStringLiteral(
                 "apiGroups: [\"apps\"], resources: [\"deployments\"], verbs: [\"patch\"]")),
        qPrintable(patch.error().hint));
}

// An exec plugin whose first token the API server rejects (as an expired one would be): after the
// 401 the connection forgets it, the plugin runs again, and the request is sent once more.
void TestApiClient::rejectedExecCredentialIsRefreshedOnce()
{
    QFile tokens(qEnvironmentVariable("KTCLUSTER_STATE_DIR") + QStringLiteral("/pki/tokens.csv"));
    if (!tokens.open(QIODevice::ReadOnly))
        QSKIP("needs the cluster's token file (KTCLUSTER_STATE_DIR/pki/tokens.csv)");
    const QByteArray token = tokens.readLine().split(',').value(0).trimmed();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto writePlugin = [&dir](const QString &name, const QByteArray &firstToken,
                           const QByteArray &laterToken) {
        const QString path = dir.filePath(name);
        QFile script(path);
        if (!script.open(QIODevice::WriteOnly))
            return QString();
        // Counts its runs in a file beside it; the first run prints `firstToken`.
        script.write(QByteArrayLiteral("#!/bin/sh\nn=$(cat \"$0.runs\" 2>/dev/null || echo 0)\n"
                                       "echo $((n + 1)) > \"$0.runs\"\nif [ \"$n\" = 0 ]; then t=")
            + firstToken + QByteArrayLiteral("; else t=") + laterToken
            + QByteArrayLiteral(
                "; fi\nprintf '{\"apiVersion\":\"client.authentication.k8s.io/v1\","
                "\"kind\":\"ExecCredential\",\"status\":{\"token\":\"%s\"}}' \"$t\"\n"));
        script.close();
        script.setPermissions(
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        return path;
    };
    auto configWith = [this](const QString &plugin) {
        const QString ca = m_connection->config().certificateAuthorityFile();
        const QByteArray yaml
            = QByteArrayLiteral("apiVersion: v1\nkind: Config\nclusters:\n- name: c\n"
                                "  cluster: {server: \"")
            + m_connection->config().server().toString().toUtf8()
            + QByteArrayLiteral("\", certificate-authority: \"") + ca.toUtf8()
            + QByteArrayLiteral("\"}\nusers:\n- name: sso\n  user:\n    exec:\n"
                                "      apiVersion: client.authentication.k8s.io/v1\n"
                                "      interactiveMode: Never\n      command: ")
            + plugin.toUtf8()
            + QByteArrayLiteral("\ncontexts:\n- name: sso-ctx\n  context: {cluster: c, user: sso}\n"
                                "current-context: sso-ctx\n");
        return KubeApiTest::clientConfigFromYaml(yaml);
    };

    // Expired first, fine after a refresh.
    const QString refreshing = writePlugin(QStringLiteral("refreshing.sh"), "expired-token", token);
    auto config = configWith(refreshing);
    QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().toString()));
    {
        ClusterConnection connection(config.value());
        ApiClient client(&connection);
        const auto listed = wait(client.list(ResourceRef::configMaps(m_namespace)));
        QVERIFY2(listed && listed->ok(), qPrintable(errorText(listed)));
        QFile runs(refreshing + QStringLiteral(".runs"));
        QVERIFY(runs.open(QIODevice::ReadOnly));
        QCOMPARE(runs.readAll().trimmed(), QByteArrayLiteral("2"));
        const auto again = wait(client.list(ResourceRef::configMaps(m_namespace)));
        QVERIFY2(again && again->ok(), qPrintable(errorText(again)));
    }

    // Always rejected: one refresh, then a sentence that names the plugin.
    const QString broken
        = writePlugin(QStringLiteral("broken.sh"), "expired-token", "still-expired");
    config = configWith(broken);
    QVERIFY(config.ok());
    ClusterConnection connection(config.value());
    ApiClient client(&connection);
    const auto listed = wait(client.list(ResourceRef::configMaps(m_namespace)));
    QVERIFY(listed && !listed->ok());
    QCOMPARE(listed->error().code, ErrorCode::Unauthorized);
    QVERIFY2(listed->error().message.contains(
                 QStringLiteral("rejected the credentials of user sso (401 Unauthorized)")),
        qPrintable(listed->error().message));
    QVERIFY2(listed->error().hint.contains(broken), qPrintable(listed->error().hint));
    QFile runs(broken + QStringLiteral(".runs"));
    QVERIFY(runs.open(QIODevice::ReadOnly));
    QCOMPARE(runs.readAll().trimmed(), QByteArrayLiteral("2"));
}

// Qt 6.4 sends nothing more over an HTTP/2 connection that got a 401, while its open streams go
// on. A token that expires while a watch runs must not stall every later request: the retry and
// what follows go over a new connection, and the watch keeps receiving.
void TestApiClient::a401DoesNotStallTheConnection()
{
    QFile tokens(qEnvironmentVariable("KTCLUSTER_STATE_DIR") + QStringLiteral("/pki/tokens.csv"));
    if (!tokens.open(QIODevice::ReadOnly))
        QSKIP("needs the cluster's token file (KTCLUSTER_STATE_DIR/pki/tokens.csv)");
    const QByteArray token = tokens.readLine().split(',').value(0).trimmed();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString plugin = dir.filePath(QStringLiteral("expiring.sh"));
    QFile script(plugin);
    QVERIFY(script.open(QIODevice::WriteOnly));
    // Good, then one expired token, then good again.
    script.write(QByteArrayLiteral("#!/bin/sh\nn=$(cat \"$0.runs\" 2>/dev/null || echo 0)\n"
                                   "echo $((n + 1)) > \"$0.runs\"\nif [ \"$n\" = 1 ]; then "
                                   "t=expired-token; else t=")
        + token
        + QByteArrayLiteral(
            "; fi\nprintf '{\"apiVersion\":\"client.authentication.k8s.io/v1\","
            "\"kind\":\"ExecCredential\",\"status\":{\"token\":\"%s\"}}' \"$t\"\n"));
    script.close();
    script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QByteArray yaml = QByteArrayLiteral("apiVersion: v1\nkind: Config\nclusters:\n- name: c\n"
                                              "  cluster: {server: \"")
        + m_connection->config().server().toString().toUtf8()
        + QByteArrayLiteral("\", certificate-authority: \"")
        + m_connection->config().certificateAuthorityFile().toUtf8()
        + QByteArrayLiteral("\"}\nusers:\n- name: sso\n  user:\n    exec:\n"
                            "      apiVersion: client.authentication.k8s.io/v1\n"
                            "      interactiveMode: Never\n      command: ")
        + plugin.toUtf8()
        + QByteArrayLiteral("\ncontexts:\n- name: sso-ctx\n  context: {cluster: c, user: sso}\n"
                            "current-context: sso-ctx\n");
    const auto config = KubeApiTest::clientConfigFromYaml(yaml);
    QVERIFY(config.ok());
    ClusterConnection connection(config.value());
    ApiClient client(&connection);

    std::unique_ptr<Kt::Kube::Watch> watch(client.watch(ResourceRef::configMaps(m_namespace)));
    QStringList seen;
    connect(watch.get(), &Kt::Kube::Watch::eventReceived, this,
        [&seen](
            const Kt::Kube::WatchEvent &event) { seen.append(KubeApiTest::nameOf(event.object)); });
    QTRY_COMPARE(watch->state(), Kt::Kube::Watch::State::Watching);
    QVERIFY(run(m_client->create(ResourceRef::configMaps(m_namespace),
                    KubeApiTest::configMap(QStringLiteral("before-401"))))
                .ok());
    QTRY_VERIFY(seen.contains(QStringLiteral("before-401")));

    // The credential "expires": the next request gets a 401, the plugin runs again, the retry
    // succeeds.
    QVERIFY(connection.credentialsRejected());
    QNetworkAccessManager *first = client.network();
    const auto listed = wait(client.list(ResourceRef::configMaps(m_namespace)), 10000);
    QVERIFY2(listed && listed->ok(), qPrintable(errorText(listed)));
    QVERIFY(client.network() != first);
    QFile runs(plugin + QStringLiteral(".runs"));
    QVERIFY(runs.open(QIODevice::ReadOnly));
    QCOMPARE(runs.readAll().trimmed(), QByteArrayLiteral("3"));

    // Later requests work, and the watch opened before the 401 still delivers.
    const auto again = wait(
        client.get(ResourceRef::configMaps(m_namespace, QStringLiteral("before-401"))), 10000);
    QVERIFY2(again && again->ok(), qPrintable(errorText(again)));
    QVERIFY(run(m_client->create(ResourceRef::configMaps(m_namespace),
                    KubeApiTest::configMap(QStringLiteral("after-401"))))
                .ok());
    QTRY_VERIFY(seen.contains(QStringLiteral("after-401")));
    QCOMPARE(watch->state(), Kt::Kube::Watch::State::Watching);
}

void TestApiClient::unreachableServer()
{
    // A port that was just free: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    const QByteArray yaml
        = QByteArrayLiteral("apiVersion: v1\nkind: Config\nclusters:\n- name: gone\n"
                            "  cluster: {server: \"https://127.0.0.1:")
        + QByteArray::number(port)
        + QByteArrayLiteral(
            "\"}\nusers:\n- name: u\n  user: {token: t}\ncontexts:\n- name: gone-ctx\n"
            "  context: {cluster: gone, user: u}\ncurrent-context: gone-ctx\n");
    const auto config = KubeApiTest::clientConfigFromYaml(yaml);
    QVERIFY(config.ok());
    ClusterConnection connection(config.value());
    ApiClient client(&connection);
    const auto result = wait(client.list(ResourceRef::pods()));
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().code, ErrorCode::Unavailable);
    QCOMPARE(result->error().message,
        QStringLiteral("Cannot list pods in all namespaces: the API server https://127.0.0.1:%1 "
                       "(context gone-ctx) cannot be reached: the connection was refused.")
            .arg(port));
}

void TestApiClient::tlsFailureNamesHostAndCa()
{
    // The real API server, checked against a CA that did not sign its certificate.
    const QString wrongCa = QStringLiteral("/etc/ssl/certs/ca-certificates.crt");
    if (!QFile::exists(wrongCa))
        QSKIP("needs the system CA bundle as a wrong CA");
    const QUrl server = m_connection->config().server();
    const QByteArray yaml = QByteArrayLiteral("apiVersion: v1\nkind: Config\nclusters:\n- name: c\n"
                                              "  cluster: {server: \"")
        + server.toString().toUtf8() + QByteArrayLiteral("\", certificate-authority: ")
        + wrongCa.toUtf8()
        + QByteArrayLiteral(
            "}\nusers:\n- name: u\n  user: {token: t}\ncontexts:\n- name: wrong-ca\n"
            "  context: {cluster: c, user: u}\ncurrent-context: wrong-ca\n");
    const auto config = KubeApiTest::clientConfigFromYaml(yaml);
    QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().toString()));
    ClusterConnection connection(config.value());
    ApiClient client(&connection);
    const auto result = wait(client.get(ResourceRef::namespaces(QStringLiteral("default"))));
    QVERIFY(result && !result->ok());
    const Kt::Error error = result->error();
    QCOMPARE(error.code, ErrorCode::Unavailable);
    QVERIFY2(error.message.contains(
                 QStringLiteral("the TLS connection to 127.0.0.1:%1 (context wrong-ca) failed: ")
                     .arg(server.port())),
        qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("checked against the CA in ") + wrongCa),
        qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("certificate")), qPrintable(error.message));
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
