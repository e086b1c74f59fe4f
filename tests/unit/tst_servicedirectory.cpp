// ServiceDirectory: which query names denote which Service, in every form the DNS server accepts.
#include "tunnel/servicedirectory.h"

#include <QTest>

using namespace Kt::Tunnel;

class TestServiceDirectory : public QObject
{
    Q_OBJECT

private:
    ServiceDirectory m_directory;

private Q_SLOTS:
    void init()
    {
        m_directory.clear();
        m_directory.setClusterDomain(QStringLiteral("cluster.local"));
        m_directory.setCurrentNamespace(QStringLiteral("default"));
        m_directory.upsert(QStringLiteral("default"), QStringLiteral("web"),
            {QHostAddress(QStringLiteral("10.96.0.20"))});
        m_directory.upsert(QStringLiteral("team"), QStringLiteral("api"),
            {QHostAddress(QStringLiteral("10.96.0.21")), QHostAddress(QStringLiteral("fd00::21"))});
        m_directory.upsert(QStringLiteral("team"), QStringLiteral("db"),
            {QHostAddress(QStringLiteral("10.244.0.5")),
                QHostAddress(QStringLiteral("10.244.0.6"))},
            true);
        m_directory.upsert(QStringLiteral("com"), QStringLiteral("example"),
            {QHostAddress(QStringLiteral("10.96.0.30"))});
    }

    void find_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QString>("expected"); // "name.ns", or empty for no Service

        QTest::newRow("svc in the current namespace")
            << QByteArray("web") << QStringLiteral("web.default");
        QTest::newRow("svc with a trailing dot")
            << QByteArray("web.") << QStringLiteral("web.default");
        QTest::newRow("svc in upper case") << QByteArray("WEB") << QStringLiteral("web.default");
        QTest::newRow("svc.ns") << QByteArray("web.default") << QStringLiteral("web.default");
        QTest::newRow("svc.ns.svc")
            << QByteArray("web.default.svc") << QStringLiteral("web.default");
        QTest::newRow("full name")
            << QByteArray("web.default.svc.cluster.local") << QStringLiteral("web.default");
        QTest::newRow("full name, mixed case, dot")
            << QByteArray("Web.Default.SVC.Cluster.Local.") << QStringLiteral("web.default");
        QTest::newRow("svc of another namespace, short") << QByteArray("api") << QString();
        QTest::newRow("svc.ns of another namespace")
            << QByteArray("api.team") << QStringLiteral("api.team");
        QTest::newRow("headless, full")
            << QByteArray("db.team.svc.cluster.local") << QStringLiteral("db.team");
        QTest::newRow("missing service, full")
            << QByteArray("missing.default.svc.cluster.local") << QString();
        QTest::newRow("missing service, short") << QByteArray("missing") << QString();
        QTest::newRow("missing namespace") << QByteArray("web.other") << QString();
        QTest::newRow("cluster domain cut short")
            << QByteArray("web.default.svc.cluster") << QString();
        QTest::newRow("a pod below the service")
            << QByteArray("web-0.web.default.svc.cluster.local") << QString();
        QTest::newRow("pod zone") << QByteArray("web.default.pod.cluster.local") << QString();
        QTest::newRow("svc.ns with the domain but without svc")
            << QByteArray("web.default.cluster.local") << QString();
        QTest::newRow("svc with the domain") << QByteArray("web.cluster.local") << QString();
        QTest::newRow("other domain") << QByteArray("web.default.svc.other.local") << QString();
        QTest::newRow("not .svc") << QByteArray("web.default.xyz") << QString();
        QTest::newRow("an internet name that is a Service")
            << QByteArray("example.com") << QStringLiteral("example.com");
        QTest::newRow("an internet name") << QByteArray("www.example.org") << QString();
        QTest::newRow("the cluster domain") << QByteArray("cluster.local") << QString();
        QTest::newRow("root") << QByteArray() << QString();
        QTest::newRow("only dots") << QByteArray("..") << QString();
    }

    void find()
    {
        QFETCH(QByteArray, name);
        QFETCH(QString, expected);
        const auto service = m_directory.find(name);
        QCOMPARE(service.has_value(), !expected.isEmpty());
        if (service)
            QCOMPARE(service->name + QLatin1Char('.') + service->ns, expected);
    }

    void isInClusterDomain_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<bool>("inside");
        QTest::newRow("service") << QByteArray("web.default.svc.cluster.local") << true;
        QTest::newRow("unknown service") << QByteArray("nope.default.svc.cluster.local") << true;
        QTest::newRow("pod") << QByteArray("10-244-0-5.default.pod.cluster.local") << true;
        QTest::newRow("the domain itself, dot") << QByteArray("cluster.local.") << true;
        QTest::newRow("upper case") << QByteArray("X.CLUSTER.LOCAL") << true;
        QTest::newRow("look-alike") << QByteArray("evilcluster.local") << false;
        QTest::newRow("short form") << QByteArray("web.default") << false;
        QTest::newRow("internet") << QByteArray("example.com") << false;
    }

    void isInClusterDomain()
    {
        QFETCH(QByteArray, name);
        QFETCH(bool, inside);
        QCOMPARE(m_directory.isInClusterDomain(name), inside);
    }

    void headlessServiceCarriesEndpoints()
    {
        const auto db = m_directory.find("db.team");
        QVERIFY(db.has_value());
        QVERIFY(db->headless);
        QCOMPARE(db->addresses.size(), 2);
        const auto api = m_directory.find("api.team.svc");
        QVERIFY(api.has_value());
        QVERIFY(!api->headless);
        QCOMPARE(api->addresses.at(1), QHostAddress(QStringLiteral("fd00::21")));
    }

    void upsertReplacesAndRemoveRemoves()
    {
        m_directory.upsert(QStringLiteral("Default"), QStringLiteral("Web"),
            {QHostAddress(QStringLiteral("10.96.0.99"))});
        QCOMPARE(m_directory.size(), 4);
        QCOMPARE(m_directory.find("web")->addresses,
            QList<QHostAddress> {QHostAddress(QStringLiteral("10.96.0.99"))});
        QVERIFY(m_directory.remove(QStringLiteral("default"), QStringLiteral("web")));
        QVERIFY(!m_directory.remove(QStringLiteral("default"), QStringLiteral("web")));
        QVERIFY(!m_directory.find("web.default.svc.cluster.local"));
        QCOMPARE(m_directory.size(), 3);
    }

    void currentNamespaceChanges()
    {
        m_directory.setCurrentNamespace(QStringLiteral("team"));
        QCOMPARE(m_directory.find("api")->ns, QStringLiteral("team"));
        QVERIFY(!m_directory.find("web"));
        m_directory.setCurrentNamespace(QString());
        QVERIFY(!m_directory.find("api"));
        QVERIFY(m_directory.find("api.team"));
    }

    void otherClusterDomain()
    {
        m_directory.setClusterDomain(QStringLiteral(".Corp.Internal."));
        QCOMPARE(m_directory.clusterDomain(), QStringLiteral("corp.internal"));
        QVERIFY(m_directory.find("web.default.svc.corp.internal"));
        QVERIFY(!m_directory.find("web.default.svc.cluster.local"));
        QVERIFY(m_directory.isInClusterDomain("x.corp.internal"));
        QVERIFY(!m_directory.isInClusterDomain("x.cluster.local"));
    }
};

QTEST_GUILESS_MAIN(TestServiceDirectory)
#include "tst_servicedirectory.moc"
