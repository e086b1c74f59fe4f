#include "kube/resourceref.h"

#include <QTest>

using Kt::Kube::ResourceRef;

class TestResourceRef : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paths_data();
    void paths();
    void clusterScopedIgnoresNamespace();
    void apiVersion();
};

void TestResourceRef::paths_data()
{
    QTest::addColumn<ResourceRef>("resource");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("display");

    const QString shop = QStringLiteral("shop");
    QTest::newRow("pods everywhere") << ResourceRef::pods() << QStringLiteral("/api/v1/pods")
                                     << QStringLiteral("pods in all namespaces");
    QTest::newRow("configmaps in a namespace")
        << ResourceRef::configMaps(shop) << QStringLiteral("/api/v1/namespaces/shop/configmaps")
        << QStringLiteral("configmaps in namespace \"shop\"");
    QTest::newRow("one deployment")
        << ResourceRef::deployments(shop, QStringLiteral("web"))
        << QStringLiteral("/apis/apps/v1/namespaces/shop/deployments/web")
        << QStringLiteral("deployments.apps \"web\" in namespace \"shop\"");
    QTest::newRow("scale subresource")
        << ResourceRef::deployments(shop, QStringLiteral("web"))
               .withSubresource(QStringLiteral("scale"))
        << QStringLiteral("/apis/apps/v1/namespaces/shop/deployments/web/scale")
        << QStringLiteral("deployments.apps \"web\" (subresource scale) in namespace \"shop\"");
    QTest::newRow("endpointslices")
        << ResourceRef::endpointSlices(shop)
        << QStringLiteral("/apis/discovery.k8s.io/v1/namespaces/shop/endpointslices")
        << QStringLiteral("endpointslices.discovery.k8s.io in namespace \"shop\"");
    QTest::newRow("a namespace") << ResourceRef::namespaces(shop)
                                 << QStringLiteral("/api/v1/namespaces/shop")
                                 << QStringLiteral("namespaces \"shop\"");
    QTest::newRow("nodes") << ResourceRef::nodes() << QStringLiteral("/api/v1/nodes")
                           << QStringLiteral("nodes");
    QTest::newRow("odd name is escaped")
        << ResourceRef::secrets(shop, QStringLiteral("a/b c"))
        << QStringLiteral("/api/v1/namespaces/shop/secrets/a%2Fb%20c")
        << QStringLiteral("secrets \"a/b c\" in namespace \"shop\"");
    QTest::newRow("collection of an object") << ResourceRef::services(shop, QStringLiteral("api"))
                                                    .withSubresource(QStringLiteral("status"))
                                                    .collection()
                                             << QStringLiteral("/api/v1/namespaces/shop/services")
                                             << QStringLiteral("services in namespace \"shop\"");
}

void TestResourceRef::paths()
{
    QFETCH(ResourceRef, resource);
    QFETCH(QString, path);
    QFETCH(QString, display);
    QCOMPARE(resource.path(), path);
    QCOMPARE(resource.displayName(), display);
}

void TestResourceRef::clusterScopedIgnoresNamespace()
{
    const ResourceRef node
        = ResourceRef::nodes(QStringLiteral("n1")).withNamespace(QStringLiteral("x"));
    QVERIFY(node.namespaceName().isEmpty());
    QCOMPARE(node.path(), QStringLiteral("/api/v1/nodes/n1"));
}

void TestResourceRef::apiVersion()
{
    QCOMPARE(ResourceRef::pods().apiVersion(), QStringLiteral("v1"));
    QCOMPARE(ResourceRef::replicaSets().apiVersion(), QStringLiteral("apps/v1"));
    QCOMPARE(ResourceRef::deployments().qualifiedResource(), QStringLiteral("deployments.apps"));
}

QTEST_GUILESS_MAIN(TestResourceRef)
#include "tst_resourceref.moc"
