// ClusterBrowser against the local cluster: rows for Deployments and Services appear, change and
// go as the cluster changes; a kt shadow like ktctl's marks what it exchanges, with its user; the
// details follow the selection; an unreachable server becomes a problem the UI can show.
#include "testcluster.h"
#include "workspace/clusterbrowser.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Kt::Workspace;

namespace {

// What the models would hold: every row the browser sent, by key.
struct Rows
{
    QHash<QString, WorkloadRow> rows;
    QList<PodRow> pods;
    int cleared = 0;

    void follow(ClusterBrowser *browser, QObject *context)
    {
        QObject::connect(browser, &ClusterBrowser::workloadsCleared, context, [this] {
            rows.clear();
            ++cleared;
        });
        QObject::connect(browser, &ClusterBrowser::workloadsChanged, context,
            [this](const QList<WorkloadRow> &upserts, const QStringList &removed) {
                for (const QString &key : removed)
                    rows.remove(key);
                for (const WorkloadRow &row : upserts)
                    rows.insert(row.key(), row);
            });
        QObject::connect(browser, &ClusterBrowser::podsChanged, context,
            [this](const QList<PodRow> &list) { pods = list; });
    }
};

QByteArray ktShadow(const QString &ns)
{
    return QStringLiteral("apiVersion: v1\nkind: Pod\nmetadata:\n  name: web-kt-exchange-abcde\n"
                          "  namespace: %1\n  labels:\n    control-by: kt\n"
                          "    kt-role: shadow-exchange\n    kt-target: abcdefghijklmnopqrst\n"
                          "  annotations:\n    kt-config: service=web\n    kt-user: alice\n"
                          "spec:\n  containers:\n  - name: standalone\n    image: example/shadow\n")
        .arg(ns)
        .toUtf8();
}

} // namespace

class TestClusterBrowser : public QObject
{
    Q_OBJECT

private:
    QString m_ns;

    TestCluster::Run kubectl(const QStringList &args)
    {
        return TestCluster::runAsync(QStringLiteral("kubectl"), args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        KT_REQUIRE_CLUSTER();
        m_ns = TestCluster::uniqueNamespace(QStringLiteral("browse"));
        QVERIFY(TestCluster::createNamespace(m_ns));
    }

    void cleanupTestCase()
    {
        if (!m_ns.isEmpty())
            TestCluster::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns,
                QStringLiteral("--wait=false")});
    }

    void followsTheNamespaceLive()
    {
        ClusterBrowser browser;
        Rows seen;
        seen.follow(&browser, this);
        QSignalSpy loaded(&browser, &ClusterBrowser::configLoaded);
        QSignalSpy namespaces(&browser, &ClusterBrowser::namespacesChanged);
        browser.open(QString(), QString());
        QCOMPARE(loaded.size(), 1);
        QVERIFY(!loaded.at(0).at(0).toStringList().isEmpty());
        QCOMPARE(loaded.at(0).at(2).toString(), loaded.at(0).at(1).toString());
        QTRY_VERIFY(!namespaces.isEmpty() && namespaces.last().at(0).toStringList().contains(m_ns));

        browser.setNamespace(m_ns);
        QVERIFY(kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("create"),
                            QStringLiteral("deployment"), QStringLiteral("web"),
                            QStringLiteral("--image=example/web:1"), QStringLiteral("--replicas=2"),
                            QStringLiteral("--port=8080")})
                    .exitCode
            == 0);
        QVERIFY(kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("expose"),
                            QStringLiteral("deployment"), QStringLiteral("web"),
                            QStringLiteral("--port=80"), QStringLiteral("--target-port=8080")})
                    .exitCode
            == 0);
        const QString deploy
            = WorkloadRow::keyOf(WorkloadKind::Deployment, m_ns, QStringLiteral("web"));
        const QString service
            = WorkloadRow::keyOf(WorkloadKind::Service, m_ns, QStringLiteral("web"));
        QTRY_VERIFY_WITH_TIMEOUT(seen.rows.contains(deploy) && seen.rows.contains(service), 30000);
        QCOMPARE(seen.rows.value(deploy).images, QStringList {QStringLiteral("example/web:1")});
        QCOMPARE(seen.rows.value(deploy).targetPorts, QList<int> {8080});
        QCOMPARE(seen.rows.value(service).ports, QStringList {QStringLiteral("80→8080/TCP")});
        // kwok runs the pods: the Deployment becomes ready, and the table hears of it.
        QTRY_COMPARE_WITH_TIMEOUT(seen.rows.value(deploy).ready, 2, 60000);

        // A shadow as ktctl makes it: the Service and its Deployment show alice's exchange.
        QVERIFY(
            TestCluster::runAsync(QStringLiteral("sh"),
                {QStringLiteral("-c"), QStringLiteral("printf '%s' \"$0\" | kubectl create -f -"),
                    QString::fromUtf8(ktShadow(m_ns))})
                .exitCode
            == 0);
        QTRY_COMPARE_WITH_TIMEOUT(seen.rows.value(service).ktStatus, KtStatus::Exchanged, 30000);
        QCOMPARE(seen.rows.value(service).ktUsers, QStringList {QStringLiteral("alice")});
        QTRY_COMPARE_WITH_TIMEOUT(seen.rows.value(deploy).ktStatus, KtStatus::Exchanged, 30000);

        // Details: the Deployment's pods.
        browser.select(deploy);
        QTRY_COMPARE_WITH_TIMEOUT(seen.pods.size(), 2, 30000);
        QVERIFY(seen.pods.at(0).name.startsWith(QStringLiteral("web-")));

        QVERIFY(
            kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("delete"), QStringLiteral("pod"),
                        QStringLiteral("web-kt-exchange-abcde"), QStringLiteral("--wait=false")})
                .exitCode
            == 0);
        QTRY_COMPARE_WITH_TIMEOUT(seen.rows.value(service).ktStatus, KtStatus::None, 60000);
        QVERIFY(kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("delete"),
                            QStringLiteral("service"), QStringLiteral("web")})
                    .exitCode
            == 0);
        QTRY_VERIFY_WITH_TIMEOUT(!seen.rows.contains(service), 30000);

        // Another namespace: the rows go at once.
        const int cleared = seen.cleared;
        browser.setNamespace(QStringLiteral("kube-system"));
        QCOMPARE(seen.cleared, cleared + 1);
        QVERIFY(!seen.rows.contains(deploy));
    }

    void unreachableServerIsAProblemWithACause()
    {
        QTemporaryDir dir;
        QFile original(qEnvironmentVariable("KUBECONFIG"));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(original.readAll());
        // Port 1 on loopback: nothing listens, the connection is refused at once.
        text.replace(QRegularExpression(QStringLiteral("server: https://127\\.0\\.0\\.1:\\d+")),
            QStringLiteral("server: https://127.0.0.1:1"));
        const QString path = dir.filePath(QStringLiteral("config"));
        QFile copy(path);
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(text.toUtf8());
        copy.close();

        ClusterBrowser browser;
        QSignalSpy problem(&browser, &ClusterBrowser::problemOccurred);
        browser.open(path, QString());
        QVERIFY(problem.wait(30000));
        const auto error = problem.last().at(0).value<Kt::Error>();
        QVERIFY2(!error.message.isEmpty(), qPrintable(error.toString()));
        browser.retry(); // tries again; still a problem, never a crash
        QVERIFY(problem.wait(30000));
    }
};

QTEST_GUILESS_MAIN(TestClusterBrowser)
#include "tst_clusterbrowser.moc"
