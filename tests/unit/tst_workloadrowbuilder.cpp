// WorkloadRowBuilder: rows and kt status from objects shaped like the API server sends them,
// including what ktctl (kt-connect 0.3.7) leaves on them.
#include "workloadfixtures.h"

#include <QTest>

class TestWorkloadRowBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainWorkloads()
    {
        const auto rows = WorkloadRowBuilder::build(
            {deployment("cart", "cart")}, {service("cart", "{\"app\":\"cart\"}")}, {});
        QCOMPARE(rows.size(), 2);
        const WorkloadRow *cart = find(rows, WorkloadKind::Deployment, QStringLiteral("cart"));
        QVERIFY(cart);
        QCOMPARE(cart->ready, 1);
        QCOMPARE(cart->desired, 2);
        QCOMPARE(cart->images, QStringList {QStringLiteral("example/cart:1")});
        QCOMPARE(cart->ktStatus, KtStatus::None);
        // The Service's named target port resolved through the Deployment's container.
        QCOMPARE(cart->targetPorts, (QList<int> {8080, 9090}));
        QCOMPARE(cart->key(), QStringLiteral("Deployment/shop/cart"));
        QCOMPARE(cart->services, QStringList {QStringLiteral("cart")});
        QCOMPARE(cart->servicePorts, (QList<int> {80, 9090}));
        const WorkloadRow *svc = find(rows, WorkloadKind::Service, QStringLiteral("cart"));
        QVERIFY(svc);
        QCOMPARE(
            svc->ports, (QStringList {QStringLiteral("80→http/TCP"), QStringLiteral("9090/TCP")}));
        QCOMPARE(svc->targetPorts, (QList<int> {8080, 9090}));
    }

    // ktctl exchange (selector mode): the Service points at the shadow, kt-selector keeps the
    // original; the shadow says whose it is.
    void selectorExchangeMarksServiceAndDeployment()
    {
        const auto rows = WorkloadRowBuilder::build({deployment("cart", "cart")},
            {service("cart", "{\"kt-target\":\"abcdefghijklmnopqrst\"}",
                "{\"kt-selector\":\"{\\\"app\\\":\\\"cart\\\"}\"}")},
            {ktPod("cart-kt-exchange-xyzab", "shadow-exchange", "service=cart", "alice")});
        const WorkloadRow *svc = find(rows, WorkloadKind::Service, QStringLiteral("cart"));
        QCOMPARE(svc->ktStatus, KtStatus::Exchanged);
        QCOMPARE(svc->ktUsers, QStringList {QStringLiteral("alice")});
        QCOMPARE(svc->selector.value(QStringLiteral("app")), QStringLiteral("cart"));
        const WorkloadRow *deploy = find(rows, WorkloadKind::Deployment, QStringLiteral("cart"));
        QCOMPARE(deploy->ktStatus, KtStatus::Exchanged);
        QCOMPARE(deploy->ktUsers, QStringList {QStringLiteral("alice")});
    }

    void meshByTwoUsers()
    {
        const auto rows = WorkloadRowBuilder::build({deployment("cart", "cart")},
            {service("cart", "{\"kt-target\":\"router\"}",
                "{\"kt-selector\":\"{\\\"app\\\":\\\"cart\\\"}\"}")},
            {ktPod("cart-kt-router", "router", "", ""),
                ktPod("cart-kt-mesh-alice", "shadow-mesh", "", "alice"),
                ktPod("cart-kt-mesh-bob", "shadow-mesh", "", "bob")});
        const WorkloadRow *svc = find(rows, WorkloadKind::Service, QStringLiteral("cart"));
        QCOMPARE(svc->ktStatus, KtStatus::Meshed);
        QCOMPARE(svc->ktUsers, (QStringList {QStringLiteral("alice"), QStringLiteral("bob")}));
    }

    void scaleExchangeMarksDeployment()
    {
        const auto rows = WorkloadRowBuilder::build({deployment("cart", "cart", 0)}, {},
            {ktPod("cart-kt-exchange-abcde", "shadow-exchange", "app=cart,replicas=2", "carol")});
        const WorkloadRow *deploy = find(rows, WorkloadKind::Deployment, QStringLiteral("cart"));
        QCOMPARE(deploy->ktStatus, KtStatus::Exchanged);
        QCOMPARE(deploy->ktUsers, QStringList {QStringLiteral("carol")});
    }

    void previewAndStale()
    {
        const auto rows = WorkloadRowBuilder::build({},
            {service("feature", "{\"kt-target\":\"x\"}"),
                service("orders", "{\"kt-target\":\"gone\"}",
                    "{\"kt-selector\":\"{\\\"app\\\":\\\"orders\\\"}\"}")},
            {ktPod("feature-kt-abcde", "shadow-preview", "service=feature", "dave"),
                ktPod("kt-connect-shadow-abcde", "shadow-connect", "", "erin")});
        QCOMPARE(find(rows, WorkloadKind::Service, QStringLiteral("feature"))->ktStatus,
            KtStatus::Previewed);
        QCOMPARE(
            find(rows, WorkloadKind::Service, QStringLiteral("orders"))->ktStatus, KtStatus::Stale);
    }
};

QTEST_GUILESS_MAIN(TestWorkloadRowBuilder)
#include "tst_workloadrowbuilder.moc"
