// MeshRouter's generated router: the version mark rules, the state's JSON, and an nginx
// configuration that a real nginx accepts (nginx -t) and that routes per port and header.
#include "session/meshrouter.h"
#include "session/meshsession.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Kt::Session;

class TestMeshRouter : public QObject
{
    Q_OBJECT

private:
    static MeshRouterState sampleState()
    {
        MeshRouterState state;
        state.stuntmanIp = QStringLiteral("10.96.0.20");
        MeshPort http;
        http.name = QStringLiteral("http");
        http.port = 80;
        http.targetPort = QStringLiteral("web");
        http.number = 8080;
        MeshPort grpc;
        grpc.name = QStringLiteral("grpc");
        grpc.port = 9090;
        grpc.targetPort = 9090;
        grpc.number = 9090;
        grpc.http2 = true;
        state.ports = {http, grpc};
        state.routes = {MeshRoute {QStringLiteral("alice"), QStringLiteral("web-kt-mesh-alice"),
                            QStringLiteral("10.96.0.21"), QStringLiteral("al\nice"), {8080, 9090}},
            MeshRoute {QStringLiteral("bob"), QStringLiteral("web-kt-mesh-bob"),
                QStringLiteral("10.96.0.22"), QStringLiteral("bob"), {8080}}};
        return state;
    }

private Q_SLOTS:
    void versionMark_data()
    {
        QTest::addColumn<QString>("mark");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("version"); // empty: 5 random letters
        QTest::newRow("default") << QString() << true << "kt-version" << QString();
        QTest::newRow("version only") << "alice" << true << "kt-version"
                                      << "alice";
        QTest::newRow("key only") << "ver:" << true << "ver" << QString();
        QTest::newRow("both") << "x-env:bob-2" << true << "x-env"
                              << "bob-2";
        QTest::newRow("key with capital") << "Ver:bob" << false << QString() << QString();
        QTest::newRow("version with space") << "ver:bo b" << false << QString() << QString();
        QTest::newRow("version with quote") << "ver:b\"ob" << false << QString() << QString();
    }

    void versionMark()
    {
        QFETCH(QString, mark);
        QFETCH(bool, valid);
        QFETCH(QString, key);
        QFETCH(QString, version);
        const auto parsed = MeshSession::parseVersionMark(mark);
        QCOMPARE(bool(parsed), valid);
        if (!valid)
            return;
        QCOMPARE(parsed->first, key);
        if (version.isEmpty())
            QVERIFY(
                QRegularExpression(QStringLiteral("^[a-z]{5}$")).match(parsed->second).hasMatch());
        else
            QCOMPARE(parsed->second, version);
    }

    void stateRoundTrips()
    {
        const MeshRouterState state = sampleState();
        const MeshRouterState back = MeshRouterState::fromJson(state.toJson());
        QCOMPARE(back.toJson(), state.toJson());
        QCOMPARE(back.routes.size(), 2);
        QCOMPARE(back.ports.at(0).targetPort.toString(), QStringLiteral("web"));
        QCOMPARE(back.ports.at(1).http2, true);
    }

    void configRoutesPerPortAndHeader()
    {
        const QString config = MeshRouter::nginxConfig(QStringLiteral("web"), sampleState());
        QVERIFY(config.contains(
            QStringLiteral("map $http_kt_version $kt_route_8080 {\n    default 10.96.0.20:80;")));
        QVERIFY(config.contains(QStringLiteral("\"alice\" 10.96.0.21:80;")));
        QVERIFY(config.contains(QStringLiteral("\"bob\" 10.96.0.22:80;")));
        QVERIFY(config.contains(QStringLiteral("\"alice\" 10.96.0.21:9090;")));
        QVERIFY(
            !config.contains(QStringLiteral("\"bob\" 10.96.0.22:9090;"))); // bob serves 8080 only
        QVERIFY(config.contains(QStringLiteral("listen 8080;")));
        QVERIFY(config.contains(QStringLiteral("listen 9090 http2;")));
        QVERIFY(config.contains(QStringLiteral("grpc_pass grpc://$kt_route_9090;")));
        QVERIFY(config.contains(QStringLiteral("proxy_pass http://$kt_route_8080;")));
        QVERIFY(config.contains(QStringLiteral("# al_ice\n"))); // a user name stays a comment
    }

    void routerObjects()
    {
        const QJsonObject pod = MeshRouter::routerPod(QStringLiteral("shop"), QStringLiteral("web"),
            {}, QStringLiteral("abcdefghijklmnopqrst"), sampleState().ports, 2);
        const QJsonObject metadata = pod.value(QStringLiteral("metadata")).toObject();
        QCOMPARE(
            metadata.value(QStringLiteral("name")).toString(), QStringLiteral("web-kt-router"));
        QCOMPARE(metadata.value(QStringLiteral("labels"))
                     .toObject()
                     .value(QStringLiteral("kt-role"))
                     .toString(),
            QStringLiteral("router"));
        QCOMPARE(metadata.value(QStringLiteral("annotations"))
                     .toObject()
                     .value(QStringLiteral("kt-ref-count"))
                     .toString(),
            QStringLiteral("2"));
        const QJsonObject container = pod.value(QStringLiteral("spec"))
                                          .toObject()
                                          .value(QStringLiteral("containers"))
                                          .toArray()
                                          .at(0)
                                          .toObject();
        QCOMPARE(container.value(QStringLiteral("image")).toString(), kDefaultRouterImage);
        // The named target port resolves on the router as on the original pods.
        QCOMPARE(container.value(QStringLiteral("ports"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
            QStringLiteral("web"));
        const QJsonObject configMap
            = MeshRouter::configMap(QStringLiteral("shop"), QStringLiteral("web"), sampleState());
        QVERIFY(configMap.value(QStringLiteral("data"))
                    .toObject()
                    .contains(QStringLiteral("default.conf")));
    }

    // The journal's undo names the lock the user took, so that recovery after a crash while
    // joining takes that lock over instead of waiting for it to go stale (tst_crashmatrix).
    void leaveActionCarriesTheLock()
    {
        const QJsonObject action = MeshRouter::leaveAction(QStringLiteral("shop"),
            QStringLiteral("web"), QStringLiteral("alice"), QStringLiteral("1764150000"));
        QCOMPARE(action.value(QStringLiteral("op")).toString(), QStringLiteral("mesh-leave"));
        QCOMPARE(action.value(QStringLiteral("version")).toString(), QStringLiteral("alice"));
        QCOMPARE(action.value(QStringLiteral("lock")).toString(), QStringLiteral("1764150000"));
        QVERIFY(!MeshRouter::leaveAction(
            QStringLiteral("shop"), QStringLiteral("web"), QStringLiteral("alice"))
                     .contains(QStringLiteral("lock")));
    }

    // A real nginx (the one the test cluster's router runs) accepts the configuration.
    void nginxAcceptsTheConfig()
    {
        const QString nginx = QStringLiteral("/usr/sbin/nginx");
        if (!QFile::exists(nginx))
            QSKIP("nginx is not installed (installer/dev.sh deps installs nginx-light)");
        QTemporaryDir dir;
        QFile conf(dir.filePath(QStringLiteral("default.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        // nginx -t parses and checks; it binds no port.
        const QString text = MeshRouter::nginxConfig(QStringLiteral("web"), sampleState());
        conf.write(text.toUtf8());
        conf.close();
        QFile main(dir.filePath(QStringLiteral("nginx.conf")));
        QVERIFY(main.open(QIODevice::WriteOnly));
        main.write(QStringLiteral("pid %1/nginx.pid;\nerror_log %1/error.log;\nevents {}\nhttp {\n"
                                  "    access_log off;\n    include %1/default.conf;\n}\n")
                       .arg(dir.path())
                       .toUtf8());
        main.close();
        QProcess check;
        check.start(nginx,
            {QStringLiteral("-t"), QStringLiteral("-q"), QStringLiteral("-p"), dir.path(),
                QStringLiteral("-e"), dir.filePath(QStringLiteral("error.log")),
                QStringLiteral("-c"), main.fileName()});
        QVERIFY(check.waitForFinished(30000));
        QVERIFY2(check.exitCode() == 0, check.readAllStandardError().constData());
    }
};

QTEST_GUILESS_MAIN(TestMeshRouter)
#include "tst_meshrouter.moc"
