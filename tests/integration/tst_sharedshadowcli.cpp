// `ktdesk-cli connect --shareShadow` joins a shared shadow that ktctl made (kt-connect 0.3.7:
// pod and ConfigMap kt-connect-shadow-daemon, the key in the ConfigMap's privateKey, users
// counted in the pod's kt-ref-count), and leaving counts it out without deleting what ktctl's
// user still uses. (Two KtDesk sessions sharing one shadow: tst_connectvpn.)
#include "testcluster.h"
#include "tunnel/sshkeypair.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>

class TestSharedShadowCli : public QObject
{
    Q_OBJECT

private:
    QString m_ns;
    QString m_cli;
    QTemporaryDir m_state;
    const QString m_name = QStringLiteral("kt-connect-shadow-daemon");

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_STATE_HOME"), m_state.path());
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        return env;
    }

    QString get(const QString &what, const QString &jsonpath) const
    {
        return QString::fromUtf8(
            TestCluster::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("get"), what, m_name,
                                     QStringLiteral("-o"), QStringLiteral("jsonpath=") + jsonpath})
                .out)
            .trimmed();
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
        m_ns = TestCluster::uniqueNamespace(QStringLiteral("shared"));
        QVERIFY(TestCluster::createNamespace(m_ns));
        QVERIFY(TestCluster::createServedDeployment(m_ns, QStringLiteral("api"), 80, 8080));
    }

    void cleanupTestCase()
    {
        if (!m_ns.isEmpty())
            TestCluster::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns,
                QStringLiteral("--wait=false")});
    }

    void joinsAndLeavesKtctlsSharedShadow()
    {
        // The shared shadow as ktctl 0.3.7 leaves it: both keys in the ConfigMap, one user.
        auto key = Kt::Tunnel::SshKeyPair::generate(
            Kt::Tunnel::SshKeyPair::Type::Rsa, QStringLiteral("ktctl"));
        QVERIFY(key.ok());
        const QString now = QString::number(QDateTime::currentSecsSinceEpoch());
        const QJsonObject labels {{QStringLiteral("control-by"), QStringLiteral("kt")},
            {QStringLiteral("kt-role"), QStringLiteral("shadow-connect")}};
        const QJsonObject configMap {{QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("kind"), QStringLiteral("ConfigMap")},
            {QStringLiteral("metadata"),
                QJsonObject {{QStringLiteral("name"), m_name}, {QStringLiteral("labels"), labels},
                    {QStringLiteral("annotations"),
                        QJsonObject {{QStringLiteral("kt-last-heart-beat"), now}}}}},
            {QStringLiteral("data"),
                QJsonObject {{QStringLiteral("authorized"), QString::fromUtf8(key->publicKey)},
                    {QStringLiteral("privateKey"), QString::fromUtf8(key->privateKey)}}}};
        const QJsonObject pod {{QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("kind"), QStringLiteral("Pod")},
            {QStringLiteral("metadata"),
                QJsonObject {{QStringLiteral("name"), m_name}, {QStringLiteral("labels"), labels},
                    {QStringLiteral("annotations"),
                        QJsonObject {{QStringLiteral("kt-ref-count"), QStringLiteral("1")},
                            {QStringLiteral("kt-user"), QStringLiteral("ktctl-user")},
                            {QStringLiteral("kt-last-heart-beat"), now}}}}},
            {QStringLiteral("spec"),
                QJsonObject {{QStringLiteral("containers"),
                    QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("standalone")},
                        {QStringLiteral("image"),
                            QStringLiteral("registry.cn-hangzhou.aliyuncs.com/rdc-incubator/"
                                           "kt-connect-shadow:v0.3.7")}}}}}}};
        for (const QJsonObject &object : {configMap, pod}) {
            const auto applied
                = TestCluster::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("apply"),
                                           QStringLiteral("-f"), QStringLiteral("-")},
                    QJsonDocument(object).toJson());
            QVERIFY2(applied.exitCode == 0, applied.err.constData());
        }
        QCOMPARE(TestCluster::kubectl(
                     {QStringLiteral("-n"), m_ns, QStringLiteral("wait"),
                         QStringLiteral("--for=condition=Ready"), QStringLiteral("pod/") + m_name,
                         QStringLiteral("--timeout=60s")})
                     .exitCode,
            0);
        const QString uid = get(QStringLiteral("pod"), QStringLiteral("{.metadata.uid}"));

        const quint16 port = freePort();
        QProcess process;
        process.setProcessEnvironment(environment());
        process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        process.start(m_cli,
            {QStringLiteral("-n"), m_ns, QStringLiteral("connect"), QStringLiteral("--shareShadow"),
                QStringLiteral("--proxyPort"), QString::number(port)});
        QVERIFY(TestCluster::waitForOutput(process, "Connected.", 120000));
        QCOMPARE(get(QStringLiteral("pod"), QStringLiteral("{.metadata.annotations.kt-ref-count}")),
            QStringLiteral("2"));
        QCOMPARE(get(QStringLiteral("pod"), QStringLiteral("{.metadata.uid}")), uid);
        const auto viaProxy = TestCluster::runAsync(QStringLiteral("curl"),
            {QStringLiteral("-fsS"), QStringLiteral("--max-time"), QStringLiteral("10"),
                QStringLiteral("--socks5-hostname"), QStringLiteral("127.0.0.1:%1").arg(port),
                QStringLiteral("http://api.%1.svc.cluster.local/").arg(m_ns)});
        QVERIFY2(viaProxy.exitCode == 0, viaProxy.err.constData());

        // Leaving counts KtDesk out; ktctl's user keeps the shadow.
        ::kill(static_cast<pid_t>(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(get(QStringLiteral("pod"), QStringLiteral("{.metadata.annotations.kt-ref-count}")),
            QStringLiteral("1"));
        QCOMPARE(get(QStringLiteral("pod"), QStringLiteral("{.metadata.uid}")), uid);
        QCOMPARE(get(QStringLiteral("configmap"), QStringLiteral("{.metadata.name}")), m_name);
        QVERIFY(QDir(m_state.path() + QStringLiteral("/ktdesk/journal"))
                    .entryList(QDir::Files)
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSharedShadowCli)
#include "tst_sharedshadowcli.moc"
