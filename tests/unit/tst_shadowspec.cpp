// ShadowSpec: the shadow pod kt-connect would create, with kt-connect's shadow-pod flags.
#include "session/ktmetadata.h"
#include "session/shadowspec.h"

#include <QJsonArray>
#include <QTest>

using Kt::Session::ShadowPodOptions;
using Kt::Session::ShadowSpec;

class TestShadowSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseQuota_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("cpu");
        QTest::addColumn<QString>("memory");
        QTest::newRow("both") << QStringLiteral("0.5c,512m") << true << QStringLiteral("0.5")
                              << QStringLiteral("512Mi");
        QTest::newRow("memory first")
            << QStringLiteral("1g, 2c") << true << QStringLiteral("2") << QStringLiteral("1Gi");
        QTest::newRow("cpu only") << QStringLiteral("1.5C") << true << QStringLiteral("1.5")
                                  << QString();
        QTest::newRow("empty") << QString() << true << QString() << QString();
        QTest::newRow("no unit") << QStringLiteral("512") << false << QString() << QString();
        QTest::newRow("words") << QStringLiteral("lots") << false << QString() << QString();
        QTest::newRow("bad number") << QStringLiteral("0.5.1c") << false << QString() << QString();
    }

    void parseQuota()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, cpu);
        QFETCH(QString, memory);
        QString parsedCpu;
        QString parsedMemory;
        QCOMPARE(ShadowPodOptions::parseQuota(text, &parsedCpu, &parsedMemory), valid);
        if (valid) {
            QCOMPARE(parsedCpu, cpu);
            QCOMPARE(parsedMemory, memory);
        }
    }

    void podCarriesThePodOptions()
    {
        ShadowSpec spec;
        spec.name = QStringLiteral("kt-connect-shadow-abcde");
        spec.namespaceName = QStringLiteral("team");
        spec.role = Kt::Session::KtRole::ShadowConnect;
        QJsonObject pod = spec.pod();
        QJsonObject podSpec = pod.value(QStringLiteral("spec")).toObject();
        // Nothing given: nothing extra (as ktctl without the flags).
        QVERIFY(!podSpec.contains(QStringLiteral("imagePullSecrets")));
        QVERIFY(!podSpec.contains(QStringLiteral("serviceAccountName")));
        QVERIFY(!podSpec.contains(QStringLiteral("nodeSelector")));
        QJsonObject container
            = podSpec.value(QStringLiteral("containers")).toArray().first().toObject();
        QVERIFY(!container.contains(QStringLiteral("resources")));
        QCOMPARE(container.value(QStringLiteral("imagePullPolicy")).toString(),
            QStringLiteral("IfNotPresent"));

        spec.podOptions.imagePullSecret = QStringLiteral("registry-login");
        spec.podOptions.serviceAccount = QStringLiteral("kt");
        spec.podOptions.nodeSelector = {{QStringLiteral("zone"), QStringLiteral("a")}};
        spec.podOptions.cpuLimit = QStringLiteral("0.5");
        spec.podOptions.memoryLimit = QStringLiteral("512Mi");
        spec.podOptions.alwaysPull = true;
        pod = spec.pod();
        podSpec = pod.value(QStringLiteral("spec")).toObject();
        QCOMPARE(podSpec.value(QStringLiteral("imagePullSecrets")).toArray(),
            (QJsonArray {
                QJsonObject {{QStringLiteral("name"), QStringLiteral("registry-login")}}}));
        QCOMPARE(
            podSpec.value(QStringLiteral("serviceAccountName")).toString(), QStringLiteral("kt"));
        QCOMPARE(podSpec.value(QStringLiteral("nodeSelector")).toObject(),
            (QJsonObject {{QStringLiteral("zone"), QStringLiteral("a")}}));
        container = podSpec.value(QStringLiteral("containers")).toArray().first().toObject();
        QCOMPARE(container.value(QStringLiteral("imagePullPolicy")).toString(),
            QStringLiteral("Always"));
        QCOMPARE(container.value(QStringLiteral("resources")).toObject(),
            (QJsonObject {{QStringLiteral("limits"),
                QJsonObject {{QStringLiteral("cpu"), QStringLiteral("0.5")},
                    {QStringLiteral("memory"), QStringLiteral("512Mi")}}}}));
    }
};

QTEST_GUILESS_MAIN(TestShadowSpec)
#include "tst_shadowspec.moc"
