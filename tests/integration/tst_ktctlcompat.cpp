// KtDesk and ktctl see and clean each other (ref/ktconnect-compat.md), against the local cluster:
//  - leftovers made exactly as ktctl makes them (connect with the private key in its ConfigMap,
//    a scale-mode exchange with the Deployment at 0 replicas, a preview with its Service) are
//    shown by `birdseye` and removed (the Deployment scaled back) by `clean`;
//  - what KtDesk's connect, exchange and preview create carries exactly the names, labels and
//    annotations that ktctl's clean and birdseye select and read.
#include "testcluster.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <pwd.h>
#include <unistd.h>

namespace {

const QString kShadowImage
    = QStringLiteral("registry.cn-hangzhou.aliyuncs.com/rdc-incubator/kt-connect-shadow:v0.3.7");

QStringList keysOf(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

bool matches(const QString &pattern, const QString &text)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text).hasMatch();
}

} // namespace

class TestKtctlCompat : public QObject
{
    Q_OBJECT

private:
    QString m_ns;
    QString m_cli;
    QTemporaryDir m_state;
    QString m_user;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_STATE_HOME"), m_state.path());
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        return env;
    }

    TestCluster::Run cli(const QStringList &args)
    {
        return TestCluster::runAsync(
            m_cli, QStringList {QStringLiteral("-n"), m_ns} + args, environment(), 90000);
    }

    bool kubectlOk(const QStringList &args, const QByteArray &input = {})
    {
        const auto run
            = TestCluster::kubectl(QStringList {QStringLiteral("-n"), m_ns} + args, input);
        if (run.exitCode != 0)
            qWarning(
                "kubectl %s: %s", qPrintable(args.join(QLatin1Char(' '))), run.err.constData());
        return run.exitCode == 0;
    }

    QJsonArray items(
        const QString &kinds, const QString &selector = QStringLiteral("control-by=kt"))
    {
        const auto run = TestCluster::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("get"),
            kinds, QStringLiteral("-l"), selector, QStringLiteral("-o"), QStringLiteral("json")});
        return QJsonDocument::fromJson(run.out).object().value(QStringLiteral("items")).toArray();
    }

    QJsonObject object(const QString &kind, const QString &name)
    {
        const auto run = TestCluster::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("get"),
            kind, name, QStringLiteral("-o"), QStringLiteral("json")});
        return QJsonDocument::fromJson(run.out).object();
    }

    static QJsonObject labels(const QJsonObject &object)
    {
        return object.value(QStringLiteral("metadata"))
            .toObject()
            .value(QStringLiteral("labels"))
            .toObject();
    }

    static QJsonObject annotations(const QJsonObject &object)
    {
        return object.value(QStringLiteral("metadata"))
            .toObject()
            .value(QStringLiteral("annotations"))
            .toObject();
    }

    static QString nameOf(const QJsonObject &object)
    {
        return object.value(QStringLiteral("metadata"))
            .toObject()
            .value(QStringLiteral("name"))
            .toString();
    }

    // kt-last-heart-beat as ktctl writes and reads it: unix seconds, fresh.
    static bool freshHeartbeat(const QJsonObject &object)
    {
        bool ok = false;
        const qint64 beat = annotations(object)
                                .value(QStringLiteral("kt-last-heart-beat"))
                                .toString()
                                .toLongLong(&ok);
        return ok && qAbs(QDateTime::currentSecsSinceEpoch() - beat) < 300;
    }

    // The annotations every KtDesk object carries for ktctl: kt-user, kt-last-heart-beat.
    void verifyCommonMetadata(const QJsonObject &object)
    {
        QCOMPARE(
            labels(object).value(QStringLiteral("control-by")).toString(), QStringLiteral("kt"));
        QCOMPARE(annotations(object).value(QStringLiteral("kt-user")).toString(), m_user);
        QVERIFY2(freshHeartbeat(object), qPrintable(nameOf(object)));
    }

    // The shadow pod and its ConfigMap (public key only), as ktctl's clean selects them.
    void verifyShadow(const QString &name, const QString &role)
    {
        const QJsonObject pod = object(QStringLiteral("pod"), name);
        verifyCommonMetadata(pod);
        QCOMPARE(labels(pod).value(QStringLiteral("kt-role")).toString(), role);
        QVERIFY(matches(QStringLiteral("[a-z]{20}"),
            labels(pod).value(QStringLiteral("kt-target")).toString()));
        const QJsonArray containers = pod.value(QStringLiteral("spec"))
                                          .toObject()
                                          .value(QStringLiteral("containers"))
                                          .toArray();
        QCOMPARE(containers.size(), 1);
        const QJsonObject container = containers.first().toObject();
        QCOMPARE(container.value(QStringLiteral("name")).toString(), QStringLiteral("standalone"));
        QCOMPARE(container.value(QStringLiteral("image")).toString(), kShadowImage);
        QCOMPARE(container.value(QStringLiteral("securityContext"))
                     .toObject()
                     .value(QStringLiteral("capabilities"))
                     .toObject()
                     .value(QStringLiteral("add"))
                     .toArray(),
            QJsonArray {QStringLiteral("AUDIT_WRITE")});

        const QJsonObject configMap = object(QStringLiteral("configmap"), name);
        verifyCommonMetadata(configMap);
        QCOMPARE(labels(configMap).value(QStringLiteral("kt-role")).toString(), role);
        QCOMPARE(keysOf(configMap.value(QStringLiteral("data")).toObject()),
            QStringList {QStringLiteral("authorized")}); // never the private key
    }

    std::unique_ptr<QProcess> startCli(const QStringList &args)
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment());
        TestProcess::dieWithTest(*process);
        process->start(m_cli, QStringList {QStringLiteral("-n"), m_ns} + args);
        return process;
    }

    void stopCli(QProcess &process)
    {
        ::kill(static_cast<pid_t>(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        // Everything is torn down while the application still exists (no Qt warning on exit).
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(!err.contains("invalid nullptr parameter"), err.constData());
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

private Q_SLOTS:
    void initTestCase()
    {
        KT_REQUIRE_CLUSTER();
        m_cli = qEnvironmentVariable("KT_BINARY_DIR") + QStringLiteral("/bin/ktdesk-cli");
        QVERIFY(QFile::exists(m_cli));
        // kt-user as ktctl writes it: the login ($SUDO_USER under sudo).
        for (const char *variable : {"SUDO_USER", "USER", "LOGNAME"}) {
            m_user = qEnvironmentVariable(variable);
            if (!m_user.isEmpty())
                break;
        }
        if (m_user.isEmpty())
            m_user = QString::fromLocal8Bit(::getpwuid(::getuid())->pw_name);
        QVERIFY(!m_user.isEmpty());
        m_ns = TestCluster::uniqueNamespace(QStringLiteral("compat"));
        QVERIFY(TestCluster::createNamespace(m_ns));
    }

    void cleanupTestCase()
    {
        if (!m_ns.isEmpty())
            TestCluster::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns,
                QStringLiteral("--wait=false")});
    }

    void ktctlLeftoversAreShownAndCleaned()
    {
        const QString beat = QString::number(QDateTime::currentSecsSinceEpoch() - 3600);
        // The Deployment that ktctl's scale-mode exchange scaled to 0 (it had 2 replicas).
        QVERIFY(kubectlOk({QStringLiteral("create"), QStringLiteral("deployment"),
            QStringLiteral("shop"), QStringLiteral("--image=example/shop"),
            QStringLiteral("--replicas=0"), QStringLiteral("--port=8080")}));
        // What ktctl v0.3.7 leaves after a crash: connect (both keys in the ConfigMap), a
        // scale-mode exchange of deployment shop, a preview of Service bob-preview.
        const QString leftovers = QStringLiteral(R"(apiVersion: v1
kind: ConfigMap
metadata:
  name: kt-connect-shadow-bobcn
  labels: {control-by: kt, kt-role: shadow-connect}
  annotations: {kt-user: bob, kt-last-heart-beat: '%1'}
data: {authorized: 'ssh-rsa AAAAB3 bob', privateKey: 'not a real key'}
---
apiVersion: v1
kind: Pod
metadata:
  name: kt-connect-shadow-bobcn
  labels: {control-by: kt, kt-role: shadow-connect, kt-target: bobbobbobbobbobbobcn}
  annotations: {kt-user: bob, kt-last-heart-beat: '%1'}
spec:
  containers: [{name: standalone, image: '%2'}]
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: shop-kt-exchange-bobex
  labels: {control-by: kt, kt-role: shadow-exchange}
  annotations: {kt-user: bob, kt-last-heart-beat: '%1'}
data: {authorized: 'ssh-rsa AAAAB3 bob', privateKey: 'not a real key'}
---
apiVersion: v1
kind: Pod
metadata:
  name: shop-kt-exchange-bobex
  labels: {app: shop, control-by: kt, kt-role: shadow-exchange}
  annotations: {kt-user: bob, kt-last-heart-beat: '%1', kt-config: 'app=shop,replicas=2'}
spec:
  containers: [{name: standalone, image: '%2'}]
---
apiVersion: v1
kind: Pod
metadata:
  name: bob-preview-kt-bobpv
  labels: {control-by: kt, kt-role: shadow-preview, kt-target: bobbobbobbobbobbobpv}
  annotations: {kt-user: bob, kt-last-heart-beat: '%1', kt-config: 'service=bob-preview'}
spec:
  containers: [{name: standalone, image: '%2'}]
---
apiVersion: v1
kind: Service
metadata:
  name: bob-preview
  labels: {control-by: kt, kt-role: shadow-preview}
  annotations: {kt-user: bob, kt-last-heart-beat: '%1'}
spec:
  selector: {kt-target: bobbobbobbobbobbobpv}
  ports: [{port: 8080, targetPort: 8080}]
)")
                                      .arg(beat, kShadowImage);
        QVERIFY(kubectlOk({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")},
            leftovers.toUtf8()));
        const QStringList shadows {QStringLiteral("kt-connect-shadow-bobcn"),
            QStringLiteral("shop-kt-exchange-bobex"), QStringLiteral("bob-preview-kt-bobpv")};

        // birdseye: each of ktctl's sessions, with its user, role and target, stale.
        const auto shown
            = cli({QStringLiteral("birdseye"), QStringLiteral("-o"), QStringLiteral("json")});
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        QMap<QString, QJsonObject> rows;
        for (const QJsonValue &value : QJsonDocument::fromJson(shown.out).array()) {
            const QJsonObject row = value.toObject();
            if (row.value(QStringLiteral("namespace")).toString() == m_ns)
                rows.insert(row.value(QStringLiteral("name")).toString(), row);
        }
        for (const QString &shadow : shadows) {
            QVERIFY2(rows.contains(shadow), shown.out.constData());
            QCOMPARE(
                rows.value(shadow).value(QStringLiteral("user")).toString(), QStringLiteral("bob"));
            QVERIFY(rows.value(shadow).value(QStringLiteral("stale")).toBool());
        }
        QCOMPARE(rows.value(shadows.at(0)).value(QStringLiteral("role")).toString(),
            QStringLiteral("shadow-connect"));
        QCOMPARE(rows.value(shadows.at(1)).value(QStringLiteral("role")).toString(),
            QStringLiteral("shadow-exchange"));
        QCOMPARE(rows.value(shadows.at(1)).value(QStringLiteral("target")).toString(),
            QStringLiteral("app=shop,replicas=2"));
        QCOMPARE(rows.value(shadows.at(2)).value(QStringLiteral("role")).toString(),
            QStringLiteral("shadow-preview"));

        // clean --dryRun says what it would do and does nothing.
        const auto dry = cli({QStringLiteral("clean"), QStringLiteral("--dryRun")});
        QVERIFY2(dry.exitCode == 0, dry.err.constData());
        for (const QString &shadow : shadows)
            QVERIFY2(
                dry.out.contains(QStringLiteral("delete pod %1/%2").arg(m_ns, shadow).toUtf8()),
                dry.out.constData());
        QVERIFY2(dry.out.contains(
                     QStringLiteral("scale deployment %1/shop back to 2").arg(m_ns).toUtf8()),
            dry.out.constData());
        QVERIFY2(
            dry.out.contains(QStringLiteral("delete service %1/bob-preview").arg(m_ns).toUtf8()),
            dry.out.constData());
        QCOMPARE(items(QStringLiteral("pods,configmaps,services")).size(), 6);

        // clean: all of it gone, the Deployment back at 2 replicas.
        const auto clean = cli({QStringLiteral("clean")});
        QVERIFY2(clean.exitCode == 0, clean.err.constData());
        QTRY_COMPARE_WITH_TIMEOUT(
            items(QStringLiteral("pods,configmaps,services")).size(), 0, 30000);
        QCOMPARE(object(QStringLiteral("deployment"), QStringLiteral("shop"))
                     .value(QStringLiteral("spec"))
                     .toObject()
                     .value(QStringLiteral("replicas"))
                     .toInt(),
            2);
    }

    void shadowPodFlagsReachThePod()
    {
        // kt-connect's global flags about the shadow pod, as ktctl users pass them.
        auto connect = startCli({QStringLiteral("connect"), QStringLiteral("--proxyPort"),
            QString::number(freePort()), QStringLiteral("--imagePullSecret"),
            QStringLiteral("registry-login"), QStringLiteral("--serviceAccount"),
            QStringLiteral("default"), QStringLiteral("--nodeSelector"),
            QStringLiteral("type=kwok"), QStringLiteral("--podQuota"), QStringLiteral("0.5c,512m"),
            QStringLiteral("-f"), QStringLiteral("-l"), QStringLiteral("team=payments"),
            QStringLiteral("--withAnnotation"), QStringLiteral("owner=alice")});
        QVERIFY(TestCluster::waitForOutput(*connect, "Connected."));
        const QJsonArray pods = items(QStringLiteral("pods"));
        QCOMPARE(pods.size(), 1);
        const QJsonObject pod = pods.first().toObject();
        const QJsonObject spec = pod.value(QStringLiteral("spec")).toObject();
        QCOMPARE(spec.value(QStringLiteral("imagePullSecrets")).toArray(),
            (QJsonArray {
                QJsonObject {{QStringLiteral("name"), QStringLiteral("registry-login")}}}));
        QCOMPARE(
            spec.value(QStringLiteral("serviceAccountName")).toString(), QStringLiteral("default"));
        QCOMPARE(spec.value(QStringLiteral("nodeSelector")).toObject(),
            (QJsonObject {{QStringLiteral("type"), QStringLiteral("kwok")}}));
        const QJsonObject container
            = spec.value(QStringLiteral("containers")).toArray().first().toObject();
        QCOMPARE(container.value(QStringLiteral("imagePullPolicy")).toString(),
            QStringLiteral("Always"));
        QCOMPARE(container.value(QStringLiteral("resources"))
                     .toObject()
                     .value(QStringLiteral("limits"))
                     .toObject(),
            (QJsonObject {{QStringLiteral("cpu"), QStringLiteral("500m")},
                {QStringLiteral("memory"), QStringLiteral("512Mi")}}));
        QCOMPARE(labels(pod).value(QStringLiteral("team")).toString(), QStringLiteral("payments"));
        QCOMPARE(
            annotations(pod).value(QStringLiteral("owner")).toString(), QStringLiteral("alice"));
        stopCli(*connect);
        QTRY_COMPARE_WITH_TIMEOUT(items(QStringLiteral("pods,configmaps")).size(), 0, 30000);
    }

    void ktdeskObjectsCarryKtctlMetadata()
    {
        // A Service to exchange (the netlab pods behind it are created by the Deployment).
        QVERIFY(kubectlOk(
            {QStringLiteral("create"), QStringLiteral("deployment"), QStringLiteral("cart"),
                QStringLiteral("--image=example/cart"), QStringLiteral("--port=9177")}));
        QVERIFY(kubectlOk(
            {QStringLiteral("expose"), QStringLiteral("deployment"), QStringLiteral("cart"),
                QStringLiteral("--port=9177"), QStringLiteral("--target-port=9177")}));
        QTcpServer local;
        QVERIFY(local.listen(QHostAddress::LocalHost, 0));
        const QString localPort = QString::number(local.serverPort());
        for (quint16 port : {quint16(9177), quint16(9178)}) {
            if (!QTest::qWaitFor([port] { return TestCluster::portFreeInCluster(port); }, 60000))
                QFAIL("a port of this test is still taken in the cluster network");
        }

        auto connect = startCli({QStringLiteral("connect"), QStringLiteral("--proxyPort"),
            QString::number(freePort())});
        QVERIFY(TestCluster::waitForOutput(*connect, "Connected."));
        auto exchange = startCli({QStringLiteral("exchange"), QStringLiteral("cart"),
            QStringLiteral("--expose"), localPort + QStringLiteral(":9177")});
        QVERIFY(TestCluster::waitForOutput(*exchange, "Exchanged."));
        auto preview = startCli({QStringLiteral("preview"), QStringLiteral("alice-preview"),
            QStringLiteral("--expose"), localPort + QStringLiteral(":9178")});
        QVERIFY(TestCluster::waitForOutput(*preview, "alice-preview"));

        QString connectShadow;
        QString exchangeShadow;
        QString previewShadow;
        for (const QJsonValue &value : items(QStringLiteral("pods"))) {
            const QString name = nameOf(value.toObject());
            if (matches(QStringLiteral("kt-connect-shadow-[a-z]{5}"), name))
                connectShadow = name;
            else if (matches(QStringLiteral("cart-kt-exchange-[a-z]{5}"), name))
                exchangeShadow = name;
            else if (matches(QStringLiteral("alice-preview-kt-[a-z]{5}"), name))
                previewShadow = name;
            else
                QFAIL(qPrintable(QStringLiteral("unexpected kt pod %1").arg(name)));
        }
        QVERIFY(!connectShadow.isEmpty() && !exchangeShadow.isEmpty() && !previewShadow.isEmpty());
        verifyShadow(connectShadow, QStringLiteral("shadow-connect"));
        verifyShadow(exchangeShadow, QStringLiteral("shadow-exchange"));
        verifyShadow(previewShadow, QStringLiteral("shadow-preview"));
        QCOMPARE(keysOf(labels(object(QStringLiteral("pod"), connectShadow))),
            (QStringList {QStringLiteral("control-by"), QStringLiteral("kt-role"),
                QStringLiteral("kt-target")}));

        // exchange: kt-config names the Service; the Service keeps its selector in kt-selector
        // (JSON) and selects the shadow's kt-target; the lock is gone once active.
        const QJsonObject exchangePod = object(QStringLiteral("pod"), exchangeShadow);
        QCOMPARE(annotations(exchangePod).value(QStringLiteral("kt-config")).toString(),
            QStringLiteral("service=cart"));
        const QJsonObject cart = object(QStringLiteral("service"), QStringLiteral("cart"));
        QCOMPARE(QJsonDocument::fromJson(
                     annotations(cart).value(QStringLiteral("kt-selector")).toString().toUtf8())
                     .object(),
            (QJsonObject {{QStringLiteral("app"), QStringLiteral("cart")}}));
        QVERIFY(!annotations(cart).contains(QStringLiteral("kt-lock")));
        QCOMPARE(cart.value(QStringLiteral("spec"))
                     .toObject()
                     .value(QStringLiteral("selector"))
                     .toObject(),
            (QJsonObject {{QStringLiteral("kt-target"),
                labels(exchangePod).value(QStringLiteral("kt-target"))}}));

        // preview: the Service is a kt object too (clean removes it when stale).
        const QJsonObject previewPod = object(QStringLiteral("pod"), previewShadow);
        QCOMPARE(annotations(previewPod).value(QStringLiteral("kt-config")).toString(),
            QStringLiteral("service=alice-preview"));
        const QJsonObject previewService
            = object(QStringLiteral("service"), QStringLiteral("alice-preview"));
        verifyCommonMetadata(previewService);
        QCOMPARE(labels(previewService).value(QStringLiteral("kt-role")).toString(),
            QStringLiteral("shadow-preview"));
        QCOMPARE(previewService.value(QStringLiteral("spec"))
                     .toObject()
                     .value(QStringLiteral("selector"))
                     .toObject(),
            (QJsonObject {{QStringLiteral("kt-target"),
                labels(previewPod).value(QStringLiteral("kt-target"))}}));

        // birdseye (what ktctl birdseye reads too) shows all three as live sessions of this user.
        const auto shown
            = cli({QStringLiteral("birdseye"), QStringLiteral("-o"), QStringLiteral("json")});
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        int live = 0;
        for (const QJsonValue &value : QJsonDocument::fromJson(shown.out).array()) {
            const QJsonObject row = value.toObject();
            if (row.value(QStringLiteral("namespace")).toString() != m_ns)
                continue;
            QCOMPARE(row.value(QStringLiteral("user")).toString(), m_user);
            QVERIFY(!row.value(QStringLiteral("stale")).toBool());
            ++live;
        }
        QCOMPARE(live, 3);

        stopCli(*preview);
        stopCli(*exchange);
        stopCli(*connect);
        QTRY_COMPARE_WITH_TIMEOUT(
            items(QStringLiteral("pods,configmaps,services")).size(), 0, 30000);
        QCOMPARE(object(QStringLiteral("service"), QStringLiteral("cart"))
                     .value(QStringLiteral("spec"))
                     .toObject()
                     .value(QStringLiteral("selector"))
                     .toObject(),
            (QJsonObject {{QStringLiteral("app"), QStringLiteral("cart")}}));
    }
};

QTEST_GUILESS_MAIN(TestKtctlCompat)
#include "tst_ktctlcompat.moc"
