// `ktdesk-cli clean` and `recover` against leftovers made the way ktctl makes them: a stale
// exchange (shadow pod + ConfigMap with an old heartbeat, Service pointed at the shadow with its
// selector saved in kt-selector) is restored and removed; a fresh kt object is left alone.
#include "testcluster.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestCleanCli : public QObject
{
    Q_OBJECT

private:
    QString m_ns;
    QString m_cli;
    QTemporaryDir m_state;

    TestCluster::Run cli(const QStringList &args)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_STATE_HOME"), m_state.path());
        process.setProcessEnvironment(env);
        TestProcess::dieWithTest(process);
        process.start(m_cli, QStringList {QStringLiteral("-n"), m_ns} + args);
        QSignalSpy finished(&process, &QProcess::finished);
        if (!finished.wait(60000))
            return {-1, {}, "timed out"};
        return {
            process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    QByteArray selector() const
    {
        return TestCluster::kubectl(
            {QStringLiteral("-n"), m_ns, QStringLiteral("get"), QStringLiteral("service"),
                QStringLiteral("app"), QStringLiteral("-o"),
                QStringLiteral("jsonpath={.spec.selector}|{.metadata.annotations.kt-selector}")})
            .out;
    }

    QByteArray ktNames() const
    {
        return TestCluster::kubectl(
            {QStringLiteral("-n"), m_ns, QStringLiteral("get"), QStringLiteral("pods,configmaps"),
                QStringLiteral("-l"), QStringLiteral("control-by=kt"), QStringLiteral("-o"),
                QStringLiteral("name")})
            .out;
    }

    // A hijacked Service and its shadow, as ktctl leaves them; `age` seconds since the heartbeat.
    void makeExchangeLeftover(const QString &shadow, qint64 age)
    {
        const QString beat = QString::number(QDateTime::currentSecsSinceEpoch() - age);
        const QString objects = QStringLiteral(
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: %1\n  labels: {control-by: kt, "
            "kt-role: shadow-exchange}\n"
            "  annotations: {kt-user: alice, kt-last-heart-beat: \"%2\"}\ndata: {authorized: "
            "\"ssh-rsa AAAA alice\"}\n---\n"
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: %1\n"
            "  labels: {control-by: kt, kt-role: shadow-exchange, kt-target: "
            "abcdefghijklmnopqrst}\n"
            "  annotations: {kt-user: alice, kt-last-heart-beat: \"%2\", kt-config: service=app}\n"
            "spec:\n  containers: [{name: standalone, image: kt-connect-shadow}]\n")
                                    .arg(shadow, beat);
        QCOMPARE(TestCluster::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("apply"),
                                          QStringLiteral("-f"), QStringLiteral("-")},
                     objects.toUtf8())
                     .exitCode,
            0);
        const QByteArray patch
            = "{\"metadata\":{\"annotations\":{\"kt-selector\":\"{\\\"app\\\":\\\"app\\\"}\"}},"
              "\"spec\":{\"selector\":{\"app\":null,\"kt-target\":\"abcdefghijklmnopqrst\"}}}";
        QCOMPARE(TestCluster::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("patch"),
                                          QStringLiteral("service"), QStringLiteral("app"),
                                          QStringLiteral("--type=merge"), QStringLiteral("-p"),
                                          QString::fromUtf8(patch)})
                     .exitCode,
            0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        KT_REQUIRE_CLUSTER();
        m_cli = qEnvironmentVariable("KT_BINARY_DIR") + QStringLiteral("/bin/ktdesk-cli");
        m_ns = TestCluster::uniqueNamespace(QStringLiteral("clean"));
        QVERIFY(TestCluster::createNamespace(m_ns));
        QCOMPARE(TestCluster::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("create"),
                                          QStringLiteral("service"), QStringLiteral("clusterip"),
                                          QStringLiteral("app"), QStringLiteral("--tcp=80:8080")})
                     .exitCode,
            0);
        QCOMPARE(selector(), QByteArray("{\"app\":\"app\"}|"));
    }

    void cleanupTestCase()
    {
        if (!m_ns.isEmpty())
            TestCluster::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns,
                QStringLiteral("--wait=false")});
    }

    void cleanRestoresStaleLeftoversOnly()
    {
        makeExchangeLeftover(QStringLiteral("app-kt-exchange-stale"), 3600);
        // A live kt object of someone else: fresh heartbeat, not ours to touch.
        QCOMPARE(TestCluster::kubectl(
                     {QStringLiteral("-n"), m_ns, QStringLiteral("run"),
                         QStringLiteral("kt-connect-shadow-fresh"),
                         QStringLiteral("--image=kt-connect-shadow"),
                         QStringLiteral("--labels=control-by=kt,kt-role=shadow-connect"),
                         QStringLiteral("--annotations=kt-last-heart-beat=%1")
                             .arg(QDateTime::currentSecsSinceEpoch())})
                     .exitCode,
            0);
        // The stale pod is alive but its heartbeat is an hour old; the Service still points at it.
        const auto dry = cli({QStringLiteral("clean"), QStringLiteral("--dryRun")});
        QVERIFY2(dry.exitCode == 0, dry.err.constData());
        QVERIFY2(dry.out.contains(
                     QByteArray("restore the selector of service " + m_ns.toUtf8() + "/app")),
            dry.out.constData());
        QVERIFY2(
            dry.out.contains(QByteArray("delete pod " + m_ns.toUtf8() + "/app-kt-exchange-stale")),
            dry.out.constData());
        QVERIFY(!dry.out.contains("kt-connect-shadow-fresh"));
        QVERIFY(selector().contains("kt-target")); // dry run changed nothing

        const auto clean = cli({QStringLiteral("clean")});
        QVERIFY2(clean.exitCode == 0, clean.err.constData());
        QCOMPARE(selector(), QByteArray("{\"app\":\"app\"}|"));
        QTRY_VERIFY_WITH_TIMEOUT(!ktNames().contains("app-kt-exchange-stale"), 30000);
        QVERIFY(ktNames().contains("pod/kt-connect-shadow-fresh"));
    }

    void birdseyeShowsEveryKtSession()
    {
        makeExchangeLeftover(QStringLiteral("app-kt-exchange-seen"), 3600);
        const auto shown
            = cli({QStringLiteral("birdseye"), QStringLiteral("-o"), QStringLiteral("json")});
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        const QJsonArray rows = QJsonDocument::fromJson(shown.out).array();
        bool staleSeen = false;
        bool freshSeen = false;
        for (const QJsonValue &value : rows) {
            const QJsonObject row = value.toObject();
            if (row.value(QStringLiteral("namespace")).toString() != m_ns)
                continue;
            if (row.value(QStringLiteral("name")).toString()
                == QLatin1String("app-kt-exchange-seen")) {
                staleSeen = true;
                QCOMPARE(row.value(QStringLiteral("user")).toString(), QStringLiteral("alice"));
                QCOMPARE(row.value(QStringLiteral("role")).toString(),
                    QStringLiteral("shadow-exchange"));
                QCOMPARE(
                    row.value(QStringLiteral("target")).toString(), QStringLiteral("service=app"));
                QVERIFY(row.value(QStringLiteral("stale")).toBool());
            }
            if (row.value(QStringLiteral("name")).toString()
                == QLatin1String("kt-connect-shadow-fresh")) {
                freshSeen = true;
                QVERIFY(!row.value(QStringLiteral("stale")).toBool());
            }
        }
        QVERIFY2(staleSeen && freshSeen, shown.out.constData());
        QCOMPARE(cli({QStringLiteral("recover"), QStringLiteral("app")}).exitCode, 0);
        QCOMPARE(selector(), QByteArray("{\"app\":\"app\"}|"));
    }

    void recoverRestoresEvenWhileHeartbeating()
    {
        makeExchangeLeftover(QStringLiteral("app-kt-exchange-live"), 0);
        const auto clean = cli({QStringLiteral("clean")});
        QCOMPARE(clean.exitCode, 0);
        QVERIFY(selector().contains("kt-target")); // a live exchange is not clean's business

        const auto recover = cli({QStringLiteral("recover"), QStringLiteral("app")});
        QVERIFY2(recover.exitCode == 0, recover.err.constData());
        QCOMPARE(selector(), QByteArray("{\"app\":\"app\"}|"));
        QTRY_VERIFY_WITH_TIMEOUT(!ktNames().contains("app-kt-exchange-live"), 30000);

        const auto again = cli({QStringLiteral("recover"), QStringLiteral("app")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains("needs no recovery"));
    }
};

QTEST_GUILESS_MAIN(TestCleanCli)
#include "tst_cleancli.moc"
