#include "kube/clientconfig.h"
#include "kube/kubeconfigloader.h"
#include "kube/kubeconfiglocator.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using Kt::Kube::ClientConfig;
using Kt::Kube::ConfigOverrides;
using Kt::Kube::Kubeconfig;
using Kt::Kube::KubeconfigLoader;
using Kt::Kube::KubeconfigLocator;

namespace {

const QByteArray kCert
    = "-----BEGIN CERTIFICATE-----\nZHVtbXkgY2VydA==\n-----END CERTIFICATE-----\n";
const QByteArray kKey = "-----BEGIN PRIVATE KEY-----\nZHVtbXkga2V5\n-----END PRIVATE KEY-----\n";
const QByteArray kCa = "-----BEGIN CERTIFICATE-----\nZHVtbXkgY2E=\n-----END CERTIFICATE-----\n";

QString writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(content);
    return path;
}

QByteArray jwt(const QJsonObject &claims)
{
    const auto encode = [](const QByteArray &data) {
        return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return encode(R"({"alg":"RS256"})") + '.'
        + encode(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.' + encode("sig");
}

QString errorText(const Kt::Result<ClientConfig> &result)
{
    return result.ok() ? QString() : result.error().toString();
}

} // namespace

// Resolving one context: overrides, path resolution, files read, kubectl's checks, and errors
// that say which context, cluster, user or file is wrong.
class TestClientConfig : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    Kubeconfig load(const QString &relativePath, const QByteArray &yaml)
    {
        const QString path = writeFile(m_dir.filePath(relativePath), yaml);
        Kt::Result<Kubeconfig> config = KubeconfigLoader::loadFile(path);
        if (!config)
            qFatal("%s", qPrintable(config.error().toString()));
        return *config;
    }

    Kt::Result<ClientConfig> resolve(const QByteArray &yaml, const ConfigOverrides &overrides = {})
    {
        return ClientConfig::resolve(load(QStringLiteral("conf/config"), yaml), overrides);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        writeFile(m_dir.filePath(QStringLiteral("pki/ca.crt")), kCa);
        writeFile(m_dir.filePath(QStringLiteral("pki/me.crt")), kCert);
        writeFile(m_dir.filePath(QStringLiteral("pki/me.key")), kKey);
        writeFile(m_dir.filePath(QStringLiteral("conf/token")), "  from-file \n\n");
        writeFile(m_dir.filePath(QStringLiteral("conf/empty-token")), " \n");
    }

    void currentContextAndDefaults()
    {
        const auto config = resolve("current-context: dev\n"
                                    "clusters:\n- name: c\n  cluster: {server: https://k:6443}\n"
                                    "users:\n- name: u\n  user: {token: t}\n"
                                    "contexts:\n- name: dev\n  context: {cluster: c, user: u}\n");
        QVERIFY2(config.ok(), qPrintable(errorText(config)));
        QCOMPARE(config->contextName(), QStringLiteral("dev"));
        QCOMPARE(config->clusterName(), QStringLiteral("c"));
        QCOMPARE(config->userName(), QStringLiteral("u"));
        QCOMPARE(config->server(), QUrl(QStringLiteral("https://k:6443")));
        QCOMPARE(config->namespaceName(), QStringLiteral("default"));
        QCOMPARE(config->token(), QStringLiteral("t"));
        QCOMPARE(config->authKind(), QStringLiteral("token"));
        QVERIFY(!config->insecureSkipTlsVerify());
        QVERIFY(config->certificateAuthorityPem().isEmpty());
    }

    void overrides_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("namespaceName");
        QTest::addColumn<QString>("expectedContext");
        QTest::addColumn<QString>("expectedNamespace");
        QTest::newRow("none") << ""
                              << ""
                              << "a"
                              << "ns-a";
        QTest::newRow("context") << "b"
                                 << ""
                                 << "b"
                                 << "default";
        QTest::newRow("namespace") << ""
                                   << "other"
                                   << "a"
                                   << "other";
        QTest::newRow("both") << "b"
                              << "other"
                              << "b"
                              << "other";
    }

    void overrides()
    {
        QFETCH(QString, context);
        QFETCH(QString, namespaceName);
        QFETCH(QString, expectedContext);
        QFETCH(QString, expectedNamespace);
        const auto config
            = resolve("current-context: a\n"
                      "clusters:\n- name: c\n  cluster: {server: https://k}\n"
                      "contexts:\n- name: a\n  context: {cluster: c, namespace: ns-a}\n"
                      "- name: b\n  context: {cluster: c}\n",
                ConfigOverrides {context, namespaceName});
        QVERIFY2(config.ok(), qPrintable(errorText(config)));
        QCOMPARE(config->contextName(), expectedContext);
        QCOMPARE(config->namespaceName(), expectedNamespace);
        QCOMPARE(config->authKind(), QStringLiteral("none"));
    }

    void resolvePath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("origin");
        QTest::addColumn<QString>("expected");
        QTest::newRow("relative") << "ca.crt"
                                  << "/etc/kube/config"
                                  << "/etc/kube/ca.crt";
        QTest::newRow("subdirectory") << "pki/ca.crt"
                                      << "/etc/kube/config"
                                      << "/etc/kube/pki/ca.crt";
        QTest::newRow("parent") << "../pki/./ca.crt"
                                << "/etc/kube/config"
                                << "/etc/pki/ca.crt";
        QTest::newRow("absolute") << "/srv/ca.crt"
                                  << "/etc/kube/config"
                                  << "/srv/ca.crt";
        QTest::newRow("tilde is not expanded") << "~/ca.crt"
                                               << "/etc/kube/config"
                                               << "/etc/kube/~/ca.crt";
        QTest::newRow("empty stays empty") << ""
                                           << "/etc/kube/config"
                                           << "";
    }

    void resolvePath()
    {
        QFETCH(QString, path);
        QFETCH(QString, origin);
        QFETCH(QString, expected);
        QCOMPARE(ClientConfig::resolvePath(path, origin), expected);
    }

    void relativeFilesAreReadFromTheKubeconfigsDirectory()
    {
        const auto config
            = resolve("current-context: x\n"
                      "clusters:\n- name: c\n  cluster:\n    server: https://k\n"
                      "    certificate-authority: ../pki/ca.crt\n    tls-server-name: api\n"
                      "    proxy-url: socks5://127.0.0.1:1080\n"
                      "users:\n- name: u\n  user:\n    client-certificate: ../pki/me.crt\n"
                      "    client-key: ../pki/me.key\n"
                      "contexts:\n- name: x\n  context: {cluster: c, user: u}\n");
        QVERIFY2(config.ok(), qPrintable(errorText(config)));
        QCOMPARE(config->certificateAuthorityFile(), m_dir.filePath(QStringLiteral("pki/ca.crt")));
        QCOMPARE(config->certificateAuthorityPem(), kCa);
        QCOMPARE(config->clientCertificateFile(), m_dir.filePath(QStringLiteral("pki/me.crt")));
        QCOMPARE(config->clientCertificatePem(), kCert);
        QCOMPARE(config->clientKeyPem(), kKey);
        QCOMPARE(config->tlsServerName(), QStringLiteral("api"));
        QCOMPARE(config->proxyUrl(), QUrl(QStringLiteral("socks5://127.0.0.1:1080")));
        QCOMPARE(config->authKind(), QStringLiteral("client-certificate"));
    }

    void inlineData()
    {
        const auto config = resolve("current-context: x\n"
                                    "clusters:\n- name: c\n  cluster:\n    server: https://k\n"
                                    "    certificate-authority-data: "
            + kCa.toBase64() + "\nusers:\n- name: u\n  user:\n    client-certificate-data: "
            + kCert.toBase64() + "\n    client-key-data: " + kKey.toBase64()
            + "\ncontexts:\n- name: x\n  context: {cluster: c, user: u}\n");
        QVERIFY2(config.ok(), qPrintable(errorText(config)));
        QCOMPARE(config->certificateAuthorityPem(), kCa);
        QVERIFY(config->certificateAuthorityFile().isEmpty());
        QCOMPARE(config->clientCertificatePem(), kCert);
        QCOMPARE(config->clientKeyPem(), kKey);
    }

    void eachEntryResolvesAgainstItsOwnFile()
    {
        const QString a = writeFile(m_dir.filePath(QStringLiteral("merge/a/config")),
            "current-context: x\ncontexts:\n- name: x\n  context: {cluster: c, user: u}\n"
            "users:\n- name: u\n  user: {tokenFile: ../../conf/token}\n");
        const QString b = writeFile(m_dir.filePath(QStringLiteral("merge/b/c/config")),
            "clusters:\n- name: c\n  cluster: {server: https://k, certificate-authority: "
            "../../../pki/ca.crt}\n");
        qputenv("KUBECONFIG", (a + QDir::listSeparator() + b).toLocal8Bit());
        const Kt::Result<Kubeconfig> merged = KubeconfigLoader::load(KubeconfigLocator());
        QVERIFY(merged.ok());
        const auto config = ClientConfig::resolve(*merged);
        QVERIFY2(config.ok(), qPrintable(errorText(config)));
        QCOMPARE(config->certificateAuthorityPem(), kCa);
        QCOMPARE(config->tokenFile(), m_dir.filePath(QStringLiteral("conf/token")));
        QCOMPARE(config->token(), QStringLiteral("from-file"));
    }

    void tokens_data()
    {
        QTest::addColumn<QByteArray>("user");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("authKind");
        QTest::newRow("inline") << QByteArray("{token: inline}") << "inline"
                                << "token";
        QTest::newRow("file is trimmed") << QByteArray("{tokenFile: token}") << "from-file"
                                         << "token-file";
        QTest::newRow("readable file wins over inline")
            << QByteArray("{tokenFile: token, token: inline}") << "from-file"
            << "token-file";
        QTest::newRow("unreadable file falls back to inline")
            << QByteArray("{tokenFile: missing, token: inline}") << "inline"
            << "token";
        QTest::newRow("empty file falls back to inline")
            << QByteArray("{tokenFile: empty-token, token: inline}") << "inline"
            << "token";
        QTest::newRow("basic") << QByteArray("{username: alice, password: pw}") << ""
                               << "basic";
    }

    void tokens()
    {
        QFETCH(QByteArray, user);
        QFETCH(QString, token);
        QFETCH(QString, authKind);
        const auto config = resolve("current-context: x\n"
                                    "clusters:\n- name: c\n  cluster: {server: https://k}\n"
                                    "users:\n- name: u\n  user: "
            + user + "\ncontexts:\n- name: x\n  context: {cluster: c, user: u}\n");
        QVERIFY2(config.ok(), qPrintable(errorText(config)));
        QCOMPARE(config->token(), token);
        QCOMPARE(config->authKind(), authKind);
    }

    void basicAuth()
    {
        const auto config = resolve("current-context: x\n"
                                    "clusters:\n- name: c\n  cluster: {server: https://k}\n"
                                    "users:\n- name: u\n  user: {username: alice, password: pw}\n"
                                    "contexts:\n- name: x\n  context: {cluster: c, user: u}\n");
        QVERIFY2(config.ok(), qPrintable(errorText(config)));
        QCOMPARE(config->username(), QStringLiteral("alice"));
        QCOMPARE(config->password(), QStringLiteral("pw"));
    }

    void exec_data()
    {
        QTest::addColumn<QByteArray>("command");
        QTest::addColumn<QString>("expected");
        QTest::newRow("name from $PATH stays") << QByteArray("aws") << "aws";
        QTest::newRow("relative path resolved")
            << QByteArray("./bin/login") << m_dir.filePath(QStringLiteral("conf/bin/login"));
        QTest::newRow("path without dot resolved")
            << QByteArray("bin/login") << m_dir.filePath(QStringLiteral("conf/bin/login"));
        QTest::newRow("absolute stays") << QByteArray("/usr/bin/login") << "/usr/bin/login";
    }

    void exec()
    {
        QFETCH(QByteArray, command);
        QFETCH(QString, expected);
        const auto config = resolve(
            "current-context: x\n"
            "clusters:\n- name: c\n  cluster:\n    server: https://k\n"
            "    insecure-skip-tls-verify: true\n    extensions:\n"
            "    - name: client.authentication.k8s.io/exec\n      extension: {audience: a, n: 2}\n"
            "users:\n- name: u\n  user:\n    exec:\n"
            "      apiVersion: client.authentication.k8s.io/v1\n      command: "
            + command
            + "\n      args: [token]\n      env: [{name: A, value: b}]\n"
              "      interactiveMode: Never\n      provideClusterInfo: true\n"
              "contexts:\n- name: x\n  context: {cluster: c, user: u}\n");
        QVERIFY2(config.ok(), qPrintable(errorText(config)));
        QCOMPARE(config->authKind(), QStringLiteral("exec"));
        QVERIFY(config->exec().has_value());
        QCOMPARE(config->exec()->command, expected);
        QCOMPARE(config->exec()->args, QStringList {QStringLiteral("token")});
        const QJsonObject info = config->execClusterInfo();
        QCOMPARE(info.value(QLatin1String("server")).toString(), QStringLiteral("https://k"));
        QCOMPARE(info.value(QLatin1String("insecure-skip-tls-verify")).toBool(), true);
        QCOMPARE(info.value(QLatin1String("config")).toObject(),
            (QJsonObject {
                {QLatin1String("audience"), QLatin1String("a")}, {QLatin1String("n"), 2}}));
    }

    void staticCredentialsWinOverExec()
    {
        const auto config = resolve("current-context: x\n"
                                    "clusters:\n- name: c\n  cluster: {server: https://k}\n"
                                    "users:\n- name: u\n  user:\n    token: t\n    exec:\n"
                                    "      apiVersion: client.authentication.k8s.io/v1beta1\n"
                                    "      command: plugin\n"
                                    "contexts:\n- name: x\n  context: {cluster: c, user: u}\n");
        QVERIFY2(config.ok(), qPrintable(errorText(config)));
        QCOMPARE(config->authKind(), QStringLiteral("token"));
        QVERIFY(!config->exec().has_value());
    }

    void oidc()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        const QByteArray token = jwt({{QLatin1String("exp"), 1700003600}});
        const Kubeconfig kubeconfig = load(QStringLiteral("conf/oidc"),
            "current-context: x\n"
            "clusters:\n- name: c\n  cluster: {server: https://k}\n"
            "users:\n- name: u\n  user:\n    auth-provider:\n      name: oidc\n      config:\n"
            "        idp-issuer-url: https://issuer\n        client-id: k8s\n        id-token: "
                + token + "\ncontexts:\n- name: x\n  context: {cluster: c, user: u}\n");
        const auto config = ClientConfig::resolve(kubeconfig, {}, now);
        QVERIFY2(config.ok(), qPrintable(errorText(config)));
        QCOMPARE(config->authKind(), QStringLiteral("auth-provider:oidc"));
        QCOMPARE(config->idTokenExpiry(), QDateTime::fromSecsSinceEpoch(1700003600, Qt::UTC));
        QCOMPARE(config->authProvider()->config.value(QStringLiteral("id-token")),
            QString::fromLatin1(token));

        const auto expired = ClientConfig::resolve(kubeconfig, {}, now.addSecs(7200));
        QVERIFY(!expired.ok());
        QCOMPARE(expired.error().code, Kt::ErrorCode::Unauthorized);
        QVERIFY2(expired.error().message.contains(QLatin1String("expired")),
            qPrintable(expired.error().message));
    }

    // A real certificate, valid for one day from its creation (openssl): resolving it a week
    // later, or a day before, says so instead of leaving the API server's bare 401.
    void clientCertificateValidity()
    {
        const QString cert = m_dir.filePath(QStringLiteral("pki/day.crt"));
        const QString key = m_dir.filePath(QStringLiteral("pki/day.key"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                QStringLiteral("/CN=day"), QStringLiteral("-keyout"), key, QStringLiteral("-out"),
                cert});
        QVERIFY(openssl.waitForFinished(30000));
        if (openssl.exitCode() != 0)
            QSKIP("openssl could not make a certificate");
        const Kubeconfig kubeconfig = load(QStringLiteral("conf/day"),
            "current-context: x\n"
            "clusters:\n- name: c\n  cluster: {server: https://k}\n"
            "users:\n- name: u\n  user: {client-certificate: ../pki/day.crt, client-key: "
            "../pki/day.key}\n"
            "contexts:\n- name: x\n  context: {cluster: c, user: u}\n");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY2(ClientConfig::resolve(kubeconfig, {}, now).ok(), "a valid certificate");

        const auto expired = ClientConfig::resolve(kubeconfig, {}, now.addDays(7));
        QVERIFY(!expired.ok());
        QCOMPARE(expired.error().code, Kt::ErrorCode::Unauthorized);
        QVERIFY2(expired.error().message.contains(QLatin1String("expired on")),
            qPrintable(expired.error().message));
        QVERIFY2(expired.error().message.contains(QLatin1String("day.crt")),
            qPrintable(expired.error().message));
        QVERIFY(!expired.error().hint.isEmpty());

        const auto early = ClientConfig::resolve(kubeconfig, {}, now.addDays(-2));
        QVERIFY(!early.ok());
        QVERIFY2(early.error().message.contains(QLatin1String("not valid before")),
            qPrintable(early.error().message));
    }

    void plainHttpSendsNoCredentials_data()
    {
        QTest::addColumn<QByteArray>("server");
        QTest::addColumn<QString>("expected");
        QTest::newRow("http") << QByteArray("http://127.0.0.1:8080") << "http://127.0.0.1:8080";
        QTest::newRow("bare host:port is plain http")
            << QByteArray("127.0.0.1:6443") << "http://127.0.0.1:6443";
    }

    void plainHttpSendsNoCredentials()
    {
        QFETCH(QByteArray, server);
        QFETCH(QString, expected);
        const auto config = resolve("current-context: x\n"
                                    "clusters:\n- name: c\n  cluster: {server: \""
            + server
            + "\", insecure-skip-tls-verify: true}\n"
              "users:\n- name: u\n  user: {token: secret}\n"
              "contexts:\n- name: x\n  context: {cluster: c, user: u}\n");
        QVERIFY2(config.ok(), qPrintable(errorText(config)));
        QCOMPARE(config->server(), QUrl(expected));
        QCOMPARE(config->authKind(), QStringLiteral("none"));
        QVERIFY(config->token().isEmpty());
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("context");
        QTest::addColumn<int>("code");
        QTest::addColumn<QStringList>("expected");

        const QByteArray cluster = "clusters:\n- name: c\n  cluster: {server: https://k}\n";
        const QByteArray context = "contexts:\n- name: x\n  context: {cluster: c, user: u}\n";
        const auto withUser = [&](const QByteArray &user) -> QByteArray {
            return "current-context: x\n" + cluster + "users:\n- name: u\n  user: " + user + '\n'
                + context;
        };
        const auto withCluster = [&](const QByteArray &clusterBody) -> QByteArray {
            return "current-context: x\nclusters:\n- name: c\n  cluster: " + clusterBody
                + "\nusers:\n- name: u\n  user: {token: t}\n" + context;
        };
        const int invalid = int(Kt::ErrorCode::InvalidInput);
        const int notFound = int(Kt::ErrorCode::NotFound);
        const int unauthorized = int(Kt::ErrorCode::Unauthorized);

        QTest::newRow("no current context")
            << cluster + context << "" << notFound
            << QStringList {QStringLiteral("current-context"), QStringLiteral("--context"),
                   QStringLiteral("conf/config")};
        QTest::newRow("current context not defined")
            << "current-context: ghost\n" + cluster << "" << notFound
            << QStringList {QStringLiteral("\"ghost\""), QStringLiteral("Known contexts: none")};
        QTest::newRow("--context not defined")
            << "current-context: x\n" + cluster + context << "ghost" << notFound
            << QStringList {QStringLiteral("\"ghost\" given with --context"),
                   QStringLiteral("Known contexts: x")};
        QTest::newRow("undefined cluster")
            << QByteArray("current-context: x\n") + context << "" << notFound
            << QStringList {QStringLiteral("cluster \"c\""), QStringLiteral("context \"x\""),
                   QStringLiteral("conf/config")};
        QTest::newRow("undefined user") << "current-context: x\n" + cluster + context << ""
                                        << notFound << QStringList {QStringLiteral("user \"u\"")};
        QTest::newRow("context without cluster")
            << QByteArray("current-context: x\ncontexts:\n- name: x\n  context: {}\n") << ""
            << invalid << QStringList {QStringLiteral("names no cluster")};
        QTest::newRow("cluster without server")
            << withCluster("{tls-server-name: a}") << "" << invalid
            << QStringList {QStringLiteral("has no server")};
        QTest::newRow("server not a URL") << withCluster("{server: \"ftp://k\"}") << "" << invalid
                                          << QStringList {QStringLiteral("\"ftp://k\"")};
        QTest::newRow("ca file and data")
            << withCluster("{server: https://k, certificate-authority: ../pki/ca.crt, "
                           "certificate-authority-data: "
                   + kCa.toBase64() + "}")
            << "" << invalid << QStringList {QStringLiteral("both certificate-authority and")};
        QTest::newRow("insecure with ca")
            << withCluster("{server: https://k, insecure-skip-tls-verify: true, "
                           "certificate-authority: ../pki/ca.crt}")
            << "" << invalid << QStringList {QStringLiteral("insecure-skip-tls-verify together")};
        QTest::newRow("missing ca file")
            << withCluster("{server: https://k, certificate-authority: nope/ca.crt}") << ""
            << notFound
            << QStringList {m_dir.filePath(QStringLiteral("conf/nope/ca.crt")),
                   QStringLiteral("named in"), QStringLiteral("relative path")};
        QTest::newRow("ca that is no PEM")
            << withCluster("{server: https://k, certificate-authority-data: aGVsbG8=}") << ""
            << invalid << QStringList {QStringLiteral("no PEM certificate")};
        QTest::newRow("bad proxy scheme")
            << withCluster("{server: https://k, proxy-url: \"ftp://p:1\"}") << "" << invalid
            << QStringList {QStringLiteral("\"ftp://p:1\""), QStringLiteral("socks5://")};
        QTest::newRow("cert without key")
            << withUser("{client-certificate: ../pki/me.crt}") << "" << invalid
            << QStringList {QStringLiteral("no client key")};
        QTest::newRow("key without cert")
            << withUser("{client-key: ../pki/me.key}") << "" << invalid
            << QStringList {QStringLiteral("no client certificate")};
        QTest::newRow("missing cert file")
            << withUser("{client-certificate: gone.crt, client-key: ../pki/me.key}") << ""
            << notFound << QStringList {m_dir.filePath(QStringLiteral("conf/gone.crt"))};
        QTest::newRow("missing token file")
            << withUser("{tokenFile: /nonexistent/token}") << "" << notFound
            << QStringList {QStringLiteral("/nonexistent/token")};
        QTest::newRow("empty token file") << withUser("{tokenFile: empty-token}") << "" << invalid
                                          << QStringList {QStringLiteral("is empty")};
        QTest::newRow("token and basic")
            << withUser("{token: t, username: a, password: b}") << "" << invalid
            << QStringList {QStringLiteral("only one authentication method")};
        QTest::newRow("exec without apiVersion")
            << withUser("{exec: {command: x}}") << "" << invalid
            << QStringList {QStringLiteral("no apiVersion")};
        QTest::newRow("exec v1alpha1")
            << withUser("{exec: {command: x, apiVersion: client.authentication.k8s.io/v1alpha1}}")
            << "" << invalid << QStringList {QStringLiteral("v1alpha1")};
        QTest::newRow("exec v1 without interactiveMode")
            << withUser("{exec: {command: x, apiVersion: client.authentication.k8s.io/v1}}") << ""
            << invalid << QStringList {QStringLiteral("no interactiveMode")};
        QTest::newRow("exec bad interactiveMode")
            << withUser("{exec: {command: x, apiVersion: client.authentication.k8s.io/v1, "
                        "interactiveMode: Sometimes}}")
            << "" << invalid << QStringList {QStringLiteral("\"Sometimes\"")};
        QTest::newRow("exec without command")
            << withUser("{exec: {apiVersion: client.authentication.k8s.io/v1beta1}}") << ""
            << invalid << QStringList {QStringLiteral("no command")};
        QTest::newRow("exec env without name")
            << withUser("{exec: {command: x, apiVersion: client.authentication.k8s.io/v1beta1, "
                        "env: [{value: v}]}}")
            << "" << invalid << QStringList {QStringLiteral("without a name")};
        QTest::newRow("exec and auth-provider")
            << withUser("{exec: {command: x, apiVersion: client.authentication.k8s.io/v1beta1}, "
                        "auth-provider: {name: oidc}}")
            << "" << invalid << QStringList {QStringLiteral("both an exec plugin and")};
        QTest::newRow("gcp") << withUser("{auth-provider: {name: gcp}}") << "" << unauthorized
                             << QStringList {QStringLiteral("\"gcp\""),
                                    QStringLiteral("use an exec plugin"),
                                    QStringLiteral("gke-gcloud-auth-plugin")};
        QTest::newRow("azure") << withUser("{auth-provider: {name: azure}}") << "" << unauthorized
                               << QStringList {QStringLiteral("kubelogin")};
        QTest::newRow("unknown provider")
            << withUser("{auth-provider: {name: keystone}}") << "" << unauthorized
            << QStringList {QStringLiteral("\"keystone\""), QStringLiteral("exec plugin")};
        QTest::newRow("oidc without client-id")
            << withUser("{auth-provider: {name: oidc, config: {idp-issuer-url: https://i}}}") << ""
            << invalid << QStringList {QStringLiteral("client-id")};
        QTest::newRow("oidc without id-token")
            << withUser("{auth-provider: {name: oidc, config: {idp-issuer-url: https://i, "
                        "client-id: c}}}")
            << "" << unauthorized << QStringList {QStringLiteral("no id-token")};
        QTest::newRow("oidc id-token not a JWT")
            << withUser("{auth-provider: {name: oidc, config: {idp-issuer-url: https://i, "
                        "client-id: c, id-token: opaque}}}")
            << "" << invalid << QStringList {QStringLiteral("not a valid JWT")};
    }

    void errors()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, context);
        QFETCH(int, code);
        QFETCH(QStringList, expected);
        const auto config = resolve(yaml, ConfigOverrides {context, {}});
        QVERIFY(!config.ok());
        const QString text = config.error().toString();
        for (const QString &part : expected)
            QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral(" not in: ") + text));
        QCOMPARE(int(config.error().code), code);
        QVERIFY2(!text.contains(QLatin1String("secret")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestClientConfig)
#include "tst_clientconfig.moc"
