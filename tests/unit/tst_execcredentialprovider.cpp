#include "kube/execcredentialprovider.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

using Kt::Kube::ExecConfig;
using Kt::Kube::ExecCredential;
using Kt::Kube::ExecCredentialProvider;
using Kt::Kube::ExecEnvVar;

namespace {

const QString kV1 = QStringLiteral("client.authentication.k8s.io/v1");

QString errorText(const Kt::Result<ExecCredential> &result)
{
    return result.ok() ? QString() : result.error().toString();
}

// Collects every finished() of a provider.
class Results
{
public:
    explicit Results(ExecCredentialProvider *provider)
    {
        QObject::connect(provider, &ExecCredentialProvider::finished, provider,
            [this](const Kt::Result<ExecCredential> &result) { m_results.push_back(result); });
    }
    int count() const { return int(m_results.size()); }
    const Kt::Result<ExecCredential> &last() const { return m_results.back(); }

private:
    std::vector<Kt::Result<ExecCredential>> m_results;
};

} // namespace

// The plugins are real shell scripts run as real processes; only their behaviour is made up.
class TestExecCredentialProvider : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_scripts = 0;

    // A plugin script in the temporary directory; $DIR points there when it runs.
    QString writeScript(const QByteArray &body)
    {
        const QString path = m_dir.filePath(QStringLiteral("plugin%1.sh").arg(++m_scripts));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write("#!/bin/sh\n" + body);
        file.close();
        file.setPermissions(
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        return path;
    }

    ExecConfig config(const QString &command, const QString &apiVersion = kV1)
    {
        ExecConfig exec;
        exec.apiVersion = apiVersion;
        exec.command = command;
        exec.interactiveMode = QStringLiteral("Never");
        exec.env = {ExecEnvVar {QStringLiteral("DIR"), m_dir.path()}};
        return exec;
    }

    QByteArray readFile(const QString &name)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll();
    }

    int runs() { return int(readFile(QStringLiteral("runs")).count('\n')); }

    static QByteArray credentialJson(
        const QByteArray &status, const QByteArray &apiVersion = "client.authentication.k8s.io/v1")
    {
        return "cat <<'EOF'\n{\"apiVersion\":\"" + apiVersion
            + "\",\"kind\":\"ExecCredential\",\"status\":" + status + "}\nEOF\n";
    }

private Q_SLOTS:
    void init() { QFile::remove(m_dir.filePath(QStringLiteral("runs"))); }

    void tokenArgsAndEnvironment()
    {
        const QString plugin
            = writeScript("echo run >> \"$DIR/runs\"\n"
                          "printf '%s' \"$KUBERNETES_EXEC_INFO\" > \"$DIR/info.json\"\n"
                          "printf '%s|' \"$@\" > \"$DIR/args\"\n"
                          "printf '%s/%s' \"$FOO\" \"$KT_FROM_PARENT\" > \"$DIR/env\"\n"
                + credentialJson(
                    R"({"token":"tok-123","expirationTimestamp":"2030-01-02T03:04:05Z"})"));
        ExecConfig exec = config(plugin);
        exec.args = {QStringLiteral("get-token"), QStringLiteral("two words")};
        exec.env.append(ExecEnvVar {QStringLiteral("FOO"), QStringLiteral("from-config")});
        qputenv("FOO", "from-parent");
        qputenv("KT_FROM_PARENT", "inherited");

        ExecCredentialProvider provider(exec);
        QSignalSpy states(&provider, &ExecCredentialProvider::stateChanged);
        Results results(&provider);
        provider.request();
        QCOMPARE(results.count(), 0); // never synchronous
        QCOMPARE(provider.state(), ExecCredentialProvider::State::Running);
        QTRY_COMPARE(results.count(), 1);
        QVERIFY2(results.last().ok(), qPrintable(errorText(results.last())));
        QCOMPARE(results.last()->token, QStringLiteral("tok-123"));
        QCOMPARE(results.last()->expiration, QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC));
        QCOMPARE(provider.state(), ExecCredentialProvider::State::Idle);
        QCOMPARE(states.count(), 2);

        QCOMPARE(readFile(QStringLiteral("args")), QByteArray("get-token|two words|"));
        QCOMPARE(readFile(QStringLiteral("env")), QByteArray("from-config/inherited"));
        const QJsonObject info
            = QJsonDocument::fromJson(readFile(QStringLiteral("info.json"))).object();
        QCOMPARE(info.value(QLatin1String("kind")).toString(), QStringLiteral("ExecCredential"));
        QCOMPARE(info.value(QLatin1String("apiVersion")).toString(), kV1);
        const QJsonObject spec = info.value(QLatin1String("spec")).toObject();
        QCOMPARE(spec.value(QLatin1String("interactive")), QJsonValue(false));
        QVERIFY(!spec.contains(QLatin1String("cluster")));
    }

    void clusterInfoWhenAsked()
    {
        const QString plugin
            = writeScript("printf '%s' \"$KUBERNETES_EXEC_INFO\" > \"$DIR/info.json\"\n"
                + credentialJson(R"({"token":"t"})", "client.authentication.k8s.io/v1beta1"));
        ExecConfig exec = config(plugin, QStringLiteral("client.authentication.k8s.io/v1beta1"));
        exec.provideClusterInfo = true;
        const QJsonObject cluster {{QLatin1String("server"), QLatin1String("https://k:6443")},
            {QLatin1String("config"), QJsonObject {{QLatin1String("audience"), 1}}}};
        ExecCredentialProvider provider(exec, cluster);
        Results results(&provider);
        provider.request();
        QTRY_COMPARE(results.count(), 1);
        QVERIFY2(results.last().ok(), qPrintable(errorText(results.last())));
        const QJsonObject info
            = QJsonDocument::fromJson(readFile(QStringLiteral("info.json"))).object();
        QCOMPARE(info.value(QLatin1String("apiVersion")).toString(),
            QStringLiteral("client.authentication.k8s.io/v1beta1"));
        QCOMPARE(
            info.value(QLatin1String("spec")).toObject().value(QLatin1String("cluster")).toObject(),
            cluster);
    }

    void cachedUntilExpiryAndInvalidated()
    {
        const QString plugin = writeScript("echo run >> \"$DIR/runs\"\n"
            + credentialJson(R"({"token":"t","expirationTimestamp":"2030-01-01T00:00:00Z"})"));
        ExecCredentialProvider provider(config(plugin));
        QDateTime now(QDate(2029, 12, 31), QTime(23, 0), Qt::UTC);
        provider.setClock([&now] { return now; });
        Results results(&provider);

        provider.request();
        QTRY_COMPARE(results.count(), 1);
        QVERIFY(provider.cachedCredential().has_value());
        provider.request();
        QCOMPARE(results.count(), 1); // from the cache, but still asynchronous
        QTRY_COMPARE(results.count(), 2);
        QVERIFY(results.last().ok());
        QCOMPARE(runs(), 1);

        now = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
        QVERIFY(!provider.cachedCredential().has_value());
        provider.request();
        QTRY_COMPARE(results.count(), 3);
        QCOMPARE(runs(), 2);

        now = QDateTime(QDate(2029, 1, 1), QTime(0, 0), Qt::UTC);
        provider.invalidate();
        QVERIFY(!provider.cachedCredential().has_value());
        provider.request();
        QTRY_COMPARE(results.count(), 4);
        QCOMPARE(runs(), 3);
    }

    void withoutExpiryCachedUntilInvalidated()
    {
        const QString plugin
            = writeScript("echo run >> \"$DIR/runs\"\n" + credentialJson(R"({"token":"t"})"));
        ExecCredentialProvider provider(config(plugin));
        Results results(&provider);
        provider.request();
        QTRY_COMPARE(results.count(), 1);
        QVERIFY(!results.last()->expiration.isValid());
        provider.request();
        QTRY_COMPARE(results.count(), 2);
        QCOMPARE(runs(), 1);
    }

    void requestsWhileRunningShareTheRun()
    {
        const QString plugin
            = writeScript("echo run >> \"$DIR/runs\"\n" + credentialJson(R"({"token":"t"})"));
        ExecCredentialProvider provider(config(plugin));
        Results results(&provider);
        provider.request();
        provider.request();
        QTRY_COMPARE(results.count(), 1);
        QCOMPARE(runs(), 1);
        QVERIFY(results.last().ok());
    }

    void clientCertificate()
    {
        const QString plugin = writeScript(credentialJson(
            R"({"clientCertificateData":"-----BEGIN CERTIFICATE-----\nA\n-----END CERTIFICATE-----\n",)"
            R"("clientKeyData":"-----BEGIN PRIVATE KEY-----\nB\n-----END PRIVATE KEY-----\n"})"));
        ExecCredentialProvider provider(config(plugin));
        Results results(&provider);
        provider.request();
        QTRY_COMPARE(results.count(), 1);
        QVERIFY2(results.last().ok(), qPrintable(errorText(results.last())));
        QVERIFY(results.last()->token.isEmpty());
        QVERIFY(
            results.last()->clientCertificatePem.startsWith("-----BEGIN CERTIFICATE-----\nA\n"));
        QVERIFY(results.last()->clientKeyPem.contains("PRIVATE KEY"));
    }

    void failures_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("code");
        QTest::addColumn<QStringList>("expected");
        const int protocol = int(Kt::ErrorCode::Protocol);
        QTest::newRow("garbage") << QByteArray("echo 'not json at all'\n") << protocol
                                 << QStringList {QStringLiteral("not an ExecCredential JSON")};
        QTest::newRow("empty output")
            << QByteArray("true\n") << protocol << QStringList {QStringLiteral("0 byte")};
        QTest::newRow("wrong apiVersion")
            << credentialJson(R"({"token":"t"})", "client.authentication.k8s.io/v1beta1")
            << protocol
            << QStringList {QStringLiteral("client.authentication.k8s.io/v1beta1"),
                   QStringLiteral("asks for")};
        QTest::newRow("wrong kind")
            << QByteArray("echo '{\"apiVersion\":\"client.authentication.k8s.io/v1\","
                          "\"kind\":\"Pod\"}'\n")
            << protocol << QStringList {QStringLiteral("\"Pod\"")};
        QTest::newRow("no status")
            << QByteArray("echo '{\"apiVersion\":\"client.authentication.k8s.io/v1\","
                          "\"kind\":\"ExecCredential\"}'\n")
            << protocol << QStringList {QStringLiteral("no status")};
        QTest::newRow("empty status")
            << credentialJson("{}") << protocol << QStringList {QStringLiteral("neither a token")};
        QTest::newRow("certificate without key")
            << credentialJson(R"({"clientCertificateData":"x"})") << protocol
            << QStringList {QStringLiteral("not both")};
        QTest::newRow("bad expiration")
            << credentialJson(R"({"token":"t","expirationTimestamp":"tomorrow"})") << protocol
            << QStringList {QStringLiteral("RFC 3339")};
        QTest::newRow("exit code with message")
            << QByteArray("echo 'error: please log in with: corp-login' >&2\nexit 3\n")
            << int(Kt::ErrorCode::Unauthorized)
            << QStringList {QStringLiteral("exit code 3"), QStringLiteral("please log in")};
        QTest::newRow("killed") << QByteArray("kill -9 $$\n") << int(Kt::ErrorCode::Unauthorized)
                                << QStringList {QStringLiteral("crashed")};
        QTest::newRow("binary garbage")
            << QByteArray("head -c 3000 /dev/urandom\n") << protocol
            << QStringList {QStringLiteral("not an ExecCredential JSON")};
        QTest::newRow("credential then garbage")
            << QByteArray("echo '{\"apiVersion\":\"client.authentication.k8s.io/v1\","
                          "\"kind\":\"ExecCredential\",\"status\":{\"token\":\"t\"}}'\n"
                          "echo 'Login succeeded!'\n")
            << protocol << QStringList {QStringLiteral("not an ExecCredential JSON")};
        QTest::newRow("prints without end") << QByteArray("exec yes garbage\n") << protocol
                                            << QStringList {QStringLiteral("printed more than")};
    }

    void failures()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, code);
        QFETCH(QStringList, expected);
        ExecCredentialProvider provider(config(writeScript(body)));
        Results results(&provider);
        provider.request();
        QTRY_COMPARE(results.count(), 1);
        QVERIFY(!results.last().ok());
        const QString text = results.last().error().toString();
        for (const QString &part : expected)
            QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral(" not in: ") + text));
        QCOMPARE(int(results.last().error().code), code);
        QVERIFY(!provider.cachedCredential().has_value());
        QCOMPARE(provider.state(), ExecCredentialProvider::State::Idle);
    }

    void missingCommandShowsInstallHint_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("path") << m_dir.filePath(QStringLiteral("no-such-plugin"));
        QTest::newRow("name not in PATH") << QStringLiteral("kt-no-such-plugin-anywhere");
    }

    void missingCommandShowsInstallHint()
    {
        QFETCH(QString, command);
        ExecConfig exec = config(command);
        exec.installHint = QStringLiteral("Install it with: apt install corp-login");
        ExecCredentialProvider provider(exec);
        Results results(&provider);
        provider.request();
        QTRY_COMPARE(results.count(), 1);
        QVERIFY(!results.last().ok());
        QCOMPARE(results.last().error().code, Kt::ErrorCode::NotFound);
        const QString text = results.last().error().toString();
        QVERIFY2(text.contains(exec.installHint), qPrintable(text));
        QVERIFY2(text.contains(command), qPrintable(text));
    }

    void timeout()
    {
        ExecCredentialProvider provider(config(writeScript("exec sleep 30\n")));
        provider.setTimeout(std::chrono::milliseconds(300));
        Results results(&provider);
        provider.request();
        QTRY_COMPARE_WITH_TIMEOUT(results.count(), 1, 10000);
        QCOMPARE(results.last().error().code, Kt::ErrorCode::Timeout);
        QVERIFY2(results.last().error().message.contains(QLatin1String("did not answer")),
            qPrintable(results.last().error().message));
        QCOMPARE(provider.state(), ExecCredentialProvider::State::Idle);
    }

    void cancel()
    {
        ExecCredentialProvider provider(config(writeScript("exec sleep 30\n")));
        Results results(&provider);
        provider.request();
        QCOMPARE(provider.state(), ExecCredentialProvider::State::Running);
        provider.cancel();
        QCOMPARE(results.count(), 1);
        QCOMPARE(results.last().error().code, Kt::ErrorCode::Cancelled);
        provider.cancel(); // nothing runs: no second finished()
        QCOMPARE(results.count(), 1);
    }

    void destroyedWhileRunning()
    {
        auto *provider = new ExecCredentialProvider(config(writeScript("exec sleep 30\n")));
        provider->request();
        delete provider; // kills the plugin; must neither hang nor crash
    }

    void interactiveAlwaysIsRefused()
    {
        ExecConfig exec = config(writeScript("echo run >> \"$DIR/runs\"\n"));
        exec.interactiveMode = QStringLiteral("Always");
        ExecCredentialProvider provider(exec);
        Results results(&provider);
        provider.request();
        QCOMPARE(results.count(), 0);
        QTRY_COMPARE(results.count(), 1);
        QVERIFY(results.last().error().message.contains(QLatin1String("interactive")));
        QCOMPARE(runs(), 0);
    }
};

QTEST_GUILESS_MAIN(TestExecCredentialProvider)
#include "tst_execcredentialprovider.moc"
