#include "../common/kubeconfigflat.h"
#include "kube/kubeconfigloader.h"
#include "kube/kubeconfiglocator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using Kt::Kube::Kubeconfig;
using Kt::Kube::KubeconfigLoader;
using Kt::Kube::KubeconfigLocator;

namespace {

const QString kFile = QStringLiteral("/tmp/kt-test/config");

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(content);
    return path;
}

} // namespace

// Every field kubectl reads, the YAML oddities it accepts, and the errors it gives, with the
// behaviour observed from kubectl 1.32 (see tests/data/kubeconfig for the same against kubectl).
class TestKubeconfigLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fields_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");

        const QByteArray cluster = "clusters:\n- name: c\n  cluster:\n";
        const QByteArray user = "users:\n- name: u\n  user:\n";
        QTest::newRow("server") << cluster + "    server: https://k8s.example:6443\n"
                                << "clusters/c/server"
                                << "https://k8s.example:6443";
        QTest::newRow("server quoted") << cluster + "    server: \"https://q:1\"\n"
                                       << "clusters/c/server"
                                       << "https://q:1";
        QTest::newRow("ca path kept as written")
            << cluster + "    certificate-authority: ../ca.crt\n"
            << "clusters/c/certificate-authority"
            << "../ca.crt";
        QTest::newRow("ca data decoded") << cluster + "    certificate-authority-data: aGVsbG8=\n"
                                         << "clusters/c/certificate-authority-data"
                                         << "aGVsbG8=";
        QTest::newRow("ca data over lines")
            << cluster + "    certificate-authority-data: |\n      aGVs\n      bG8=\n"
            << "clusters/c/certificate-authority-data"
            << "aGVsbG8=";
        QTest::newRow("insecure true") << cluster + "    insecure-skip-tls-verify: true\n"
                                       << "clusters/c/insecure-skip-tls-verify"
                                       << "true";
        QTest::newRow("insecure yes is YAML 1.1 true")
            << cluster + "    insecure-skip-tls-verify: yes\n"
            << "clusters/c/insecure-skip-tls-verify"
            << "true";
        QTest::newRow("insecure On") << cluster + "    insecure-skip-tls-verify: On\n"
                                     << "clusters/c/insecure-skip-tls-verify"
                                     << "true";
        QTest::newRow("insecure null is false") << cluster + "    insecure-skip-tls-verify: ~\n"
                                                << "clusters/c/insecure-skip-tls-verify"
                                                << "";
        QTest::newRow("tls-server-name") << cluster + "    tls-server-name: api.internal\n"
                                         << "clusters/c/tls-server-name"
                                         << "api.internal";
        QTest::newRow("proxy-url socks5") << cluster + "    proxy-url: socks5://127.0.0.1:1080\n"
                                          << "clusters/c/proxy-url"
                                          << "socks5://127.0.0.1:1080";
        QTest::newRow("disable-compression") << cluster + "    disable-compression: true\n"
                                             << "clusters/c/disable-compression"
                                             << "true";
        QTest::newRow("client-certificate") << user + "    client-certificate: certs/me.crt\n"
                                            << "users/u/client-certificate"
                                            << "certs/me.crt";
        QTest::newRow("client-key") << user + "    client-key: /abs/me.key\n"
                                    << "users/u/client-key"
                                    << "/abs/me.key";
        QTest::newRow("client-certificate-data") << user + "    client-certificate-data: Y2VydA==\n"
                                                 << "users/u/client-certificate-data"
                                                 << "Y2VydA==";
        QTest::newRow("client-key-data") << user + "    client-key-data: a2V5\n"
                                         << "users/u/client-key-data"
                                         << "a2V5";
        QTest::newRow("token") << user + "    token: abc.def\n"
                               << "users/u/token"
                               << "abc.def";
        QTest::newRow("token that looks like a date stays text") << user + "    token: 2001-12-14\n"
                                                                 << "users/u/token"
                                                                 << "2001-12-14";
        QTest::newRow("token 12abc is text") << user + "    token: 12abc\n"
                                             << "users/u/token"
                                             << "12abc";
        QTest::newRow("token !!str 123") << user + "    token: !!str 123\n"
                                         << "users/u/token"
                                         << "123";
        QTest::newRow("token block scalar keeps newline") << user + "    token: |\n      line\n"
                                                          << "users/u/token"
                                                          << "line\n";
        QTest::newRow("tokenFile") << user + "    tokenFile: token.txt\n"
                                   << "users/u/tokenFile"
                                   << "token.txt";
        QTest::newRow("username") << user + "    username: alice\n    password: s3cret\n"
                                  << "users/u/username"
                                  << "alice";
        QTest::newRow("password") << user + "    username: alice\n    password: s3cret\n"
                                  << "users/u/password"
                                  << "s3cret";
        const QByteArray exec = user
            + "    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n"
              "      command: ./bin/login\n      args: [get-token, \"--cluster=a b\"]\n"
              "      env:\n      - name: FOO\n        value: bar\n      - name: EMPTY\n"
              "      installHint: apt install login\n      provideClusterInfo: true\n";
        QTest::newRow("exec command") << exec << "users/u/exec/command"
                                      << "./bin/login";
        QTest::newRow("exec args") << exec << "users/u/exec/args"
                                   << "[\"get-token\",\"--cluster=a b\"]";
        QTest::newRow("exec env") << exec << "users/u/exec/env/0"
                                  << "FOO=bar";
        QTest::newRow("exec env without value") << exec << "users/u/exec/env/1"
                                                << "EMPTY=";
        QTest::newRow("exec apiVersion") << exec << "users/u/exec/apiVersion"
                                         << "client.authentication.k8s.io/v1beta1";
        QTest::newRow("exec installHint") << exec << "users/u/exec/installHint"
                                          << "apt install login";
        QTest::newRow("exec provideClusterInfo") << exec << "users/u/exec/provideClusterInfo"
                                                 << "true";
        QTest::newRow("exec v1beta1 defaults interactiveMode")
            << exec << "users/u/exec/interactiveMode"
            << "IfAvailable";
        QTest::newRow("exec v1 has no default interactiveMode") << user
                + "    exec:\n      apiVersion: client.authentication.k8s.io/v1\n"
                  "      command: x\n"
                                                                << "users/u/exec/interactiveMode"
                                                                << "";
        QTest::newRow("exec interactiveMode") << user
                + "    exec:\n      apiVersion: client.authentication.k8s.io/v1\n"
                  "      command: x\n      interactiveMode: Never\n"
                                              << "users/u/exec/interactiveMode"
                                              << "Never";
        QTest::newRow("exec null is no exec") << user + "    exec: null\n    token: t\n"
                                              << "users/u/exec"
                                              << "";
        const QByteArray oidc = user
            + "    auth-provider:\n      name: oidc\n      config:\n        id-token: eyJ.x.y\n"
              "        client-id: kubernetes\n";
        QTest::newRow("auth-provider name") << oidc << "users/u/auth-provider/name"
                                            << "oidc";
        QTest::newRow("auth-provider config") << oidc << "users/u/auth-provider/config/client-id"
                                              << "kubernetes";
        const QByteArray context = "contexts:\n- name: dev\n  context:\n"
                                   "    cluster: c\n    user: u\n    namespace: team-a\n";
        QTest::newRow("context cluster") << context << "contexts/dev/cluster"
                                         << "c";
        QTest::newRow("context user") << context << "contexts/dev/user"
                                      << "u";
        QTest::newRow("context namespace") << context << "contexts/dev/namespace"
                                           << "team-a";
        QTest::newRow("context namespace null")
            << QByteArray("contexts:\n- name: dev\n  "
                          "context: {cluster: c, namespace: }\n")
            << "contexts/dev/namespace"
            << "";
        QTest::newRow("current-context")
            << QByteArray("current-context: dev\n") << "current-context"
            << "dev";
        QTest::newRow("quoted name that YAML would read as a boolean")
            << QByteArray("contexts:\n- name: \"yes\"\n  context: {cluster: c}\n")
            << "contexts/yes/cluster"
            << "c";
        QTest::newRow("entry without a name has the empty name")
            << QByteArray("clusters:\n- cluster: {server: https://anon}\n") << "clusters//server"
            << "https://anon";

        // YAML shapes kubectl accepts.
        QTest::newRow("flow style") << QByteArray("{clusters: [{name: f, cluster: {server: "
                                                  "'https://flow'}}]}")
                                    << "clusters/f/server"
                                    << "https://flow";
        QTest::newRow("json") << QByteArray("{\"apiVersion\": \"v1\", \"kind\": \"Config\", "
                                            "\"current-context\": \"j\"}")
                              << "current-context"
                              << "j";
        QTest::newRow("quoted keys") << QByteArray("\"clusters\":\n- 'name': q\n  \"cluster\":\n"
                                                   "    \"server\": https://quoted\n")
                                     << "clusters/q/server"
                                     << "https://quoted";
        QTest::newRow("comments") << QByteArray("# top\ncurrent-context: c # trailing\n# end\n")
                                  << "current-context"
                                  << "c";
        QTest::newRow("CRLF line endings")
            << QByteArray("clusters:\r\n- name: w\r\n  cluster:\r\n    server: https://crlf\r\n")
            << "clusters/w/server"
            << "https://crlf";
        QTest::newRow("UTF-8 byte order mark") << QByteArray("\xef\xbb\xbf"
                                                             "current-context: bom\n")
                                               << "current-context"
                                               << "bom";
        QTest::newRow("unknown fields ignored")
            << QByteArray("foo: bar\nclusters:\n- name: c\n  extra: 1\n  cluster:\n"
                          "    server: https://s\n    whatever: [1, 2]\n")
            << "clusters/c/server"
            << "https://s";
        QTest::newRow("keys are case-sensitive") << QByteArray("clusters:\n- name: c\n  cluster:\n"
                                                               "    Server: https://s\n")
                                                 << "clusters/c/server"
                                                 << "";
        QTest::newRow("repeated key: last wins") << QByteArray("current-context: a\n"
                                                               "current-context: b\n")
                                                 << "current-context"
                                                 << "b";
        QTest::newRow("only the first document counts")
            << QByteArray("current-context: first\n---\ncurrent-context: second\n")
            << "current-context"
            << "first";
        const QByteArray anchors = "clusters:\n- name: a\n  cluster: &base\n"
                                   "    server: https://anchor\n    tls-server-name: t\n"
                                   "- name: b\n  cluster: *base\n"
                                   "- name: before\n  cluster:\n    server: https://explicit\n"
                                   "    <<: *base\n"
                                   "- name: after\n  cluster:\n    <<: *base\n"
                                   "    server: https://explicit\n"
                                   "- name: list\n  cluster:\n    <<: [{server: https://s1}, "
                                   "{server: https://s2, proxy-url: http://p2}]\n";
        QTest::newRow("alias") << anchors << "clusters/b/server"
                               << "https://anchor";
        QTest::newRow("merge key after explicit key overrides it (yaml.v2)")
            << anchors << "clusters/before/server"
            << "https://anchor";
        QTest::newRow("explicit key after merge key wins") << anchors << "clusters/after/server"
                                                           << "https://explicit";
        QTest::newRow("merged fields") << anchors << "clusters/after/tls-server-name"
                                       << "t";
        QTest::newRow("merge list: first map wins") << anchors << "clusters/list/server"
                                                    << "https://s1";
        QTest::newRow("merge list: later maps fill in") << anchors << "clusters/list/proxy-url"
                                                        << "http://p2";
    }

    void fields()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, key);
        QFETCH(QString, expected);
        const Kt::Result<Kubeconfig> config = KubeconfigLoader::parse(yaml, kFile);
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().toString()));
        const KubeconfigFlat::Flat flat = KubeconfigFlat::flatten(*config);
        QCOMPARE(flat.value(key), expected);
    }

    void emptyFilesAreEmptyConfigs_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("blank lines") << QByteArray("  \n\n");
        QTest::newRow("only a comment") << QByteArray("# nothing here\n");
        QTest::newRow("document marker") << QByteArray("---\n");
        QTest::newRow("empty mapping") << QByteArray("{}");
        QTest::newRow("null") << QByteArray("null\n");
        QTest::newRow("null lists") << QByteArray("clusters:\nusers: ~\ncontexts: []\n");
        QTest::newRow("kind only") << QByteArray("kind: Config\n");
        QTest::newRow("apiVersion only") << QByteArray("apiVersion: v1\n");
    }

    void emptyFilesAreEmptyConfigs()
    {
        QFETCH(QByteArray, yaml);
        const Kt::Result<Kubeconfig> config = KubeconfigLoader::parse(yaml, kFile);
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().toString()));
        QVERIFY(config->isEmpty());
        QCOMPARE(config->files(), QStringList {kFile});
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("unclosed flow mapping")
            << QByteArray("clusters:\n- name: a\n  cluster: {server: https://a\nusers: []\n")
            << QStringList {QStringLiteral("line 4"), QStringLiteral("flow")};
        QTest::newRow("tab indentation")
            << QByteArray("clusters:\n\t- name: a\n") << QStringList {QStringLiteral("line 2")};
        QTest::newRow("number where a string belongs")
            << QByteArray("clusters:\n- name: 123\n  cluster: {server: https://a}\n")
            << QStringList {QStringLiteral("line 2, column 9"), QStringLiteral("clusters[0].name"),
                   QStringLiteral("number"), QStringLiteral("quotes")};
        QTest::newRow("hex number token")
            << QByteArray("users:\n- name: u\n  user:\n"
                          "    token: 0x1F\n")
            << QStringList {QStringLiteral("line 4"), QStringLiteral("users[0].user.token"),
                   QStringLiteral("number")};
        QTest::newRow("underscored number")
            << QByteArray("current-context: 1_000\n") << QStringList {QStringLiteral("number")};
        QTest::newRow("y is a boolean") << QByteArray("contexts:\n- name: y\n")
                                        << QStringList {QStringLiteral("line 2"),
                                               QStringLiteral("boolean"), QStringLiteral("quotes")};
        QTest::newRow("quoted true is not a boolean")
            << QByteArray("clusters:\n- name: a\n  cluster:\n    insecure-skip-tls-verify: "
                          "\"true\"\n")
            << QStringList {QStringLiteral("line 4"),
                   QStringLiteral("clusters[0].cluster.insecure-skip-tls-verify"),
                   QStringLiteral("true or false")};
        QTest::newRow("mapping where a string belongs")
            << QByteArray("clusters:\n- name: a\n  cluster:\n    server: {host: a}\n")
            << QStringList {QStringLiteral("line 4"), QStringLiteral("mapping")};
        QTest::newRow("mapping where a list belongs")
            << QByteArray("clusters: {}\n")
            << QStringList {QStringLiteral("line 1"), QStringLiteral("must be a list")};
        QTest::newRow("list where a mapping belongs")
            << QByteArray("clusters:\n- name: a\n  cluster: [server]\n")
            << QStringList {QStringLiteral("line 3"), QStringLiteral("clusters[0].cluster"),
                   QStringLiteral("mapping")};
        QTest::newRow("name defined twice in one file")
            << QByteArray("contexts:\n- name: a\n  context: {cluster: one}\n"
                          "- name: a\n  context: {cluster: two}\n")
            << QStringList {
                   QStringLiteral("line 4"), QStringLiteral("\"a\""), QStringLiteral("twice")};
        QTest::newRow("base64 without padding") << QByteArray(
            "clusters:\n- name: a\n  cluster:\n    certificate-authority-data: "
            "aGVsbG8\n") << QStringList {QStringLiteral("line 4"), QStringLiteral("base64")};
        QTest::newRow("base64 with a space")
            << QByteArray("users:\n- name: a\n  user:\n    client-key-data: aGVs bG8=\n")
            << QStringList {QStringLiteral("base64")};
        QTest::newRow("wrong kind")
            << QByteArray("kind: Pod\napiVersion: v1\n")
            << QStringList {QStringLiteral("line 1"), QStringLiteral("\"Pod\"")};
        QTest::newRow("wrong apiVersion")
            << QByteArray("kind: Config\napiVersion: v2\n")
            << QStringList {QStringLiteral("line 2"), QStringLiteral("\"v2\"")};
        QTest::newRow("scalar document") << QByteArray(
            "just text\n") << QStringList {QStringLiteral("line 1"), QStringLiteral("mapping")};
        QTest::newRow("list document") << QByteArray(
            "- a\n- b\n") << QStringList {QStringLiteral("line 1"), QStringLiteral("list")};
        QTest::newRow("merge key with a scalar")
            << QByteArray("clusters:\n- name: a\n  cluster:\n    <<: text\n")
            << QStringList {QStringLiteral("line 4"), QStringLiteral("<<")};
        QTest::newRow("args not a list")
            << QByteArray("users:\n- name: u\n  user:\n    exec:\n      args: one\n")
            << QStringList {QStringLiteral("line 5"), QStringLiteral("users[0].user.exec.args"),
                   QStringLiteral("list")};
    }

    void errors()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QStringList, expected);
        const Kt::Result<Kubeconfig> config = KubeconfigLoader::parse(yaml, kFile);
        QVERIFY(!config.ok());
        const QString text = config.error().toString();
        QVERIFY2(text.contains(kFile), qPrintable(text));
        for (const QString &part : expected)
            QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral(" not in: ") + text));
        QCOMPARE(config.error().code, Kt::ErrorCode::InvalidInput);
    }

    void secretValuesAreNotQuoted_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::newRow("token") << QByteArray("users:\n- name: u\n  user: {token: 918273645}\n");
        QTest::newRow("password") << QByteArray(
            "users:\n- name: u\n  user: {password: 918273645}\n");
        QTest::newRow("id-token") << QByteArray("users:\n- name: u\n  user:\n    auth-provider:\n"
                                                "      config: {id-token: 918273645}\n");
        QTest::newRow("exec env") << QByteArray("users:\n- name: u\n  user:\n    exec:\n"
                                                "      env: [{name: SECRET, value: 918273645}]\n");
        QTest::newRow("boolean password")
            << QByteArray("users:\n- name: u\n  user: {password: Yes}\n");
    }

    void secretValuesAreNotQuoted()
    {
        QFETCH(QByteArray, yaml);
        const Kt::Result<Kubeconfig> config = KubeconfigLoader::parse(yaml, kFile);
        QVERIFY(!config.ok());
        const QString text = config.error().toString();
        QVERIFY2(text.contains(QLatin1String("line ")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("918273645")) && !text.contains(QLatin1String("Yes")),
            qPrintable(text));
    }

    void originIsTheAbsoluteFile()
    {
        const Kt::Result<Kubeconfig> config = KubeconfigLoader::parse(
            "clusters:\n- name: c\n  cluster: {server: https://s}\nusers:\n- name: u\n"
            "contexts:\n- name: x\n",
            QStringLiteral("/tmp/kt-test/sub/../config"));
        QVERIFY(config.ok());
        QCOMPARE(config->clusters().value(QStringLiteral("c")).origin, kFile);
        QCOMPARE(config->users().value(QStringLiteral("u")).origin, kFile);
        QCOMPARE(config->contexts().value(QStringLiteral("x")).origin, kFile);
    }

    void authKind_data()
    {
        QTest::addColumn<QByteArray>("user");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none") << QByteArray("{}") << "none";
        QTest::newRow("token") << QByteArray("{token: t}") << "token";
        QTest::newRow("tokenFile wins over token")
            << QByteArray("{token: t, tokenFile: f}") << "token-file";
        QTest::newRow("basic") << QByteArray("{username: a, password: b}") << "basic";
        QTest::newRow("client certificate")
            << QByteArray("{client-certificate: c, client-key: k}") << "client-certificate";
        QTest::newRow("client certificate data")
            << QByteArray("{client-certificate-data: Yw==, client-key-data: aw==}")
            << "client-certificate";
        QTest::newRow("exec") << QByteArray("{exec: {command: x}}") << "exec";
        QTest::newRow("token beats exec")
            << QByteArray("{token: t, exec: {command: x}}") << "token";
        QTest::newRow("oidc") << QByteArray("{auth-provider: {name: oidc}}")
                              << "auth-provider:oidc";
        QTest::newRow("gcp") << QByteArray("{auth-provider: {name: gcp}}") << "auth-provider:gcp";
    }

    void authKind()
    {
        QFETCH(QByteArray, user);
        QFETCH(QString, expected);
        const Kt::Result<Kubeconfig> config
            = KubeconfigLoader::parse("users:\n- name: u\n  user: " + user + '\n', kFile);
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().toString()));
        QCOMPARE(config->users().value(QStringLiteral("u")).authKind(), expected);
    }

    void merge_data()
    {
        QTest::addColumn<QList<QByteArray>>("files");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");

        const QList<QByteArray> clusters = {
            "clusters:\n- name: c\n  cluster: {server: https://first}\n",
            "clusters:\n- name: c\n  cluster: {server: https://second, tls-server-name: t}\n"
            "- name: d\n  cluster: {server: https://d}\n",
        };
        QTest::newRow("first file's cluster wins") << clusters << "clusters/c/server"
                                                   << "https://first";
        QTest::newRow("no field-by-field merge") << clusters << "clusters/c/tls-server-name"
                                                 << "";
        QTest::newRow("later files add names") << clusters << "clusters/d/server"
                                               << "https://d";
        const QList<QByteArray> users = {
            "users:\n- name: u\n  user: {token: one}\n",
            "users:\n- name: u\n  user: {username: a, password: b}\n",
        };
        QTest::newRow("first file's user wins") << users << "users/u/token"
                                                << "one";
        QTest::newRow("user not merged") << users << "users/u/username"
                                         << "";
        const QList<QByteArray> contexts = {
            "contexts:\n- name: x\n  context: {cluster: c}\n",
            "current-context: x\ncontexts:\n- name: x\n  context: {cluster: c, namespace: team}\n",
            "current-context: other\n",
        };
        QTest::newRow("first file's context wins") << contexts << "contexts/x/namespace"
                                                   << "";
        QTest::newRow("current-context from the first file that sets it")
            << contexts << "current-context"
            << "x";
        QTest::newRow("empty file in between")
            << QList<QByteArray> {"", "current-context: z\n"} << "current-context"
            << "z";
    }

    void merge()
    {
        QFETCH(QList<QByteArray>, files);
        QFETCH(QString, key);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QStringList paths;
        for (qsizetype i = 0; i < files.size(); ++i)
            paths.append(writeFile(dir, QStringLiteral("config%1").arg(i), files.at(i)));
        qputenv("KUBECONFIG", paths.join(QDir::listSeparator()).toLocal8Bit());
        const Kt::Result<Kubeconfig> config = KubeconfigLoader::load(KubeconfigLocator());
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().toString()));
        QCOMPARE(KubeconfigFlat::flatten(*config).value(key), expected);
        QCOMPARE(config->files(), paths);
    }

    void mergeKeepsEachEntrysOrigin()
    {
        QTemporaryDir dir;
        const QString a = writeFile(dir, QStringLiteral("a/config"),
            "clusters:\n- name: c\n  cluster: {certificate-authority: ca.crt}\n");
        const QString b = writeFile(dir, QStringLiteral("b/config"),
            "clusters:\n- name: c\n  cluster: {server: https://b}\n- name: d\n");
        qputenv("KUBECONFIG", (a + QDir::listSeparator() + b).toLocal8Bit());
        const Kt::Result<Kubeconfig> config = KubeconfigLoader::load(KubeconfigLocator());
        QVERIFY(config.ok());
        QCOMPARE(config->clusters().value(QStringLiteral("c")).origin, a);
        QCOMPARE(config->clusters().value(QStringLiteral("d")).origin, b);
    }

    void preferencesColorsIsSetByAnyFile()
    {
        QTemporaryDir dir;
        const QString a = writeFile(dir, QStringLiteral("a"), "preferences: {colors: false}\n");
        const QString b = writeFile(dir, QStringLiteral("b"), "preferences:\n  colors: true\n");
        qputenv("KUBECONFIG", (a + QDir::listSeparator() + b).toLocal8Bit());
        const Kt::Result<Kubeconfig> config = KubeconfigLoader::load(KubeconfigLocator());
        QVERIFY(config.ok());
        QVERIFY(config->colors());
    }

    void missingEnvironmentEntriesAreSkipped()
    {
        QTemporaryDir dir;
        const QString a = writeFile(dir, QStringLiteral("a"), "current-context: a\n");
        qputenv("KUBECONFIG",
            (dir.filePath(QStringLiteral("missing")) + QDir::listSeparator() + a).toLocal8Bit());
        const Kt::Result<Kubeconfig> config = KubeconfigLoader::load(KubeconfigLocator());
        QVERIFY(config.ok());
        QCOMPARE(config->currentContext(), QStringLiteral("a"));
        QCOMPARE(config->files(), QStringList {a});
    }

    void missingExplicitFileIsAnError()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("nope"));
        const Kt::Result<Kubeconfig> config = KubeconfigLoader::load(KubeconfigLocator(missing));
        QVERIFY(!config.ok());
        QCOMPARE(config.error().code, Kt::ErrorCode::NotFound);
        QVERIFY(config.error().message.contains(missing));
    }

    void missingDefaultFileIsEmpty()
    {
        QTemporaryDir home;
        const QByteArray oldHome = qgetenv("HOME");
        qputenv("HOME", QFile::encodeName(home.path()));
        qunsetenv("KUBECONFIG");
        const Kt::Result<Kubeconfig> config = KubeconfigLoader::load(KubeconfigLocator());
        qputenv("HOME", oldHome);
        QVERIFY(config.ok());
        QVERIFY(config->isEmpty());
    }

    void malformedFileFailsTheWholeLoad()
    {
        QTemporaryDir dir;
        const QString good = writeFile(dir, QStringLiteral("good"), "current-context: a\n");
        const QString bad = writeFile(dir, QStringLiteral("bad"), "current-context: [\n");
        qputenv("KUBECONFIG", (good + QDir::listSeparator() + bad).toLocal8Bit());
        const Kt::Result<Kubeconfig> config = KubeconfigLoader::load(KubeconfigLocator());
        QVERIFY(!config.ok());
        QVERIFY2(config.error().message.contains(bad), qPrintable(config.error().message));
    }

    void unreadableFileIsAnError()
    {
        if (geteuid() == 0)
            QSKIP("root reads files whatever their permissions say");
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("locked"), "current-context: a\n");
        QFile::setPermissions(path, QFileDevice::Permissions());
        const Kt::Result<Kubeconfig> config = KubeconfigLoader::loadFile(path);
        QVERIFY(!config.ok());
        QCOMPARE(config.error().code, Kt::ErrorCode::Io);
    }
};

QTEST_GUILESS_MAIN(TestKubeconfigLoader)
#include "tst_kubeconfigloader.moc"
