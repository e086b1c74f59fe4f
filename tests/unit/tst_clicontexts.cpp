#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QByteArray kFirst = "current-context: dev\n"
                          "clusters:\n- name: dev-cluster\n  cluster:\n"
                          "    server: https://dev.example:6443\n"
                          "users:\n- name: dev-user\n  user: {token: t}\n"
                          "contexts:\n- name: dev\n"
                          "  context: {cluster: dev-cluster, user: dev-user, namespace: team}\n";
const QByteArray kSecond = "current-context: prod\n"
                           "clusters:\n- name: prod-cluster\n  cluster:\n"
                           "    server: https://prod.example\n"
                           "users:\n- name: prod-user\n  user:\n    exec:\n"
                           "      apiVersion: client.authentication.k8s.io/v1beta1\n"
                           "      command: corp-login\n"
                           "contexts:\n- name: prod\n  context: {cluster: prod-cluster, user: "
                           "prod-user}\n- name: broken\n  context: {cluster: ghost, user: "
                           "prod-user}\n";

} // namespace

// `ktdesk-cli contexts` as a user runs it: the real binary, real files, exit codes.
class TestCliContexts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_first;
    QString m_second;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(content);
        return path;
    }

    Run run(const QStringList &arguments, const QString &kubeconfigEnv = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("KUBECONFIG"),
            kubeconfigEnv.isNull() ? m_first + QDir::listSeparator() + m_second : kubeconfigEnv);
        environment.insert(QStringLiteral("HOME"), m_dir.path());
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
        process.setProcessEnvironment(environment);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(
            qEnvironmentVariable("KT_BINARY_DIR") + QStringLiteral("/bin/ktdesk-cli"), arguments);
        Run result;
        if (!finished.wait(20000))
            return result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    static QJsonObject find(const QJsonArray &array, const QString &name)
    {
        for (const QJsonValue &value : array) {
            if (value.toObject().value(QLatin1String("name")).toString() == name)
                return value.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("KT_BINARY_DIR"))
            QSKIP("KT_BINARY_DIR is not set; run this test through ctest");
        m_first = write(QStringLiteral("first"), kFirst);
        m_second = write(QStringLiteral("second"), kSecond);
    }

    void table()
    {
        const Run result = run({QStringLiteral("contexts")});
        QCOMPARE(result.exitCode, 0);
        const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0).simplified(),
            QStringLiteral("CURRENT NAME CLUSTER SERVER AUTHINFO NAMESPACE AUTH"));
        QCOMPARE(lines.at(2).simplified(),
            QStringLiteral("* dev dev-cluster https://dev.example:6443 dev-user team token"));
        QCOMPARE(lines.at(3).simplified(),
            QStringLiteral("prod prod-cluster https://prod.example prod-user default exec"));
        // Columns line up under their headers.
        const qsizetype serverColumn = lines.at(0).indexOf(QLatin1String("SERVER"));
        QCOMPARE(lines.at(2).indexOf(QLatin1String("https://dev")), serverColumn);
        QVERIFY(lines.at(3).startsWith(QLatin1Char(' ')));
        // The broken context is listed, and stderr says why it cannot be used.
        QVERIFY(lines.at(1).simplified().startsWith(QLatin1String("broken ghost")));
        QVERIFY2(result.err.contains(QLatin1String("\"broken\""))
                && result.err.contains(QLatin1String("\"ghost\"")),
            qPrintable(result.err));
    }

    void json()
    {
        const Run result
            = run({QStringLiteral("contexts"), QStringLiteral("-o"), QStringLiteral("json")});
        QCOMPARE(result.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray array = document.array();
        QCOMPARE(array.size(), 3);
        const QJsonObject dev = find(array, QStringLiteral("dev"));
        const QStringList keys = {QStringLiteral("authKind"), QStringLiteral("cluster"),
            QStringLiteral("current"), QStringLiteral("name"), QStringLiteral("namespace"),
            QStringLiteral("server"), QStringLiteral("user")};
        QCOMPARE(dev.keys(), keys);
        QCOMPARE(dev.value(QLatin1String("cluster")).toString(), QStringLiteral("dev-cluster"));
        QCOMPARE(dev.value(QLatin1String("server")).toString(),
            QStringLiteral("https://dev.example:6443"));
        QCOMPARE(dev.value(QLatin1String("user")).toString(), QStringLiteral("dev-user"));
        QCOMPARE(dev.value(QLatin1String("namespace")).toString(), QStringLiteral("team"));
        QCOMPARE(dev.value(QLatin1String("authKind")).toString(), QStringLiteral("token"));
        QCOMPARE(dev.value(QLatin1String("current")), QJsonValue(true));
        QCOMPARE(
            find(array, QStringLiteral("prod")).value(QLatin1String("current")), QJsonValue(false));
        const QJsonObject broken = find(array, QStringLiteral("broken"));
        QVERIFY(broken.value(QLatin1String("error")).toString().contains(QLatin1String("ghost")));
        QCOMPARE(broken.value(QLatin1String("server")).toString(), QString());
    }

    void contextAndNamespaceFlags_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("before the verb") << QStringList {QStringLiteral("--context"),
            QStringLiteral("prod"), QStringLiteral("-n"), QStringLiteral("ops"),
            QStringLiteral("contexts"), QStringLiteral("-o"), QStringLiteral("json")};
        QTest::newRow("after the verb, = form")
            << QStringList {QStringLiteral("contexts"), QStringLiteral("--context=prod"),
                   QStringLiteral("--namespace=ops"), QStringLiteral("-ojson")};
    }

    void contextAndNamespaceFlags()
    {
        QFETCH(QStringList, arguments);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(result.out.toUtf8()).array();
        const QJsonObject prod = find(array, QStringLiteral("prod"));
        QCOMPARE(prod.value(QLatin1String("current")), QJsonValue(true));
        QCOMPARE(prod.value(QLatin1String("namespace")).toString(), QStringLiteral("ops"));
        QCOMPARE(
            find(array, QStringLiteral("dev")).value(QLatin1String("current")), QJsonValue(false));
        QCOMPARE(find(array, QStringLiteral("dev")).value(QLatin1String("namespace")).toString(),
            QStringLiteral("team"));
    }

    void kubeconfigFlagWinsOverEnvironment_data()
    {
        QTest::addColumn<QString>("flag");
        QTest::newRow("-c") << QStringLiteral("-c");
        QTest::newRow("--kubeconfig") << QStringLiteral("--kubeconfig");
    }

    void kubeconfigFlagWinsOverEnvironment()
    {
        QFETCH(QString, flag);
        const Run result = run({flag, m_second, QStringLiteral("contexts")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(!result.out.contains(QLatin1String("dev-cluster")));
        QVERIFY(result.out.contains(QLatin1String("prod-cluster")));
        QVERIFY(result.out.contains(QLatin1String("*         prod")));
    }

    void failures_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("malformed file") << QStringList {QStringLiteral("-c"),
            QStringLiteral("@bad"), QStringLiteral("contexts")}
                                        << 1 << "line 3";
        QTest::newRow("missing --kubeconfig file") << QStringList {QStringLiteral("contexts"),
            QStringLiteral("--kubeconfig"), QStringLiteral("@missing")}
                                                   << 1 << "@missing";
        QTest::newRow("undefined --context") << QStringList {QStringLiteral("contexts"),
            QStringLiteral("--context"), QStringLiteral("nope")}
                                             << 1 << "\"nope\"";
        QTest::newRow("unknown format") << QStringList {QStringLiteral("contexts"),
            QStringLiteral("-o"), QStringLiteral("yaml")}
                                        << 2 << "yaml";
        QTest::newRow("unknown argument")
            << QStringList {QStringLiteral("contexts"), QStringLiteral("--bogus")} << 2
            << "--bogus";
        QTest::newRow("flag without value")
            << QStringList {QStringLiteral("contexts"), QStringLiteral("--kubeconfig")} << 2
            << "--kubeconfig";
    }

    void failures()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        const QString bad
            = write(QStringLiteral("bad"), "clusters:\n- name: a\n  cluster: {server: 1.5}\n");
        const QString missing = m_dir.filePath(QStringLiteral("missing"));
        for (QString &argument : arguments)
            argument.replace(QLatin1String("@bad"), bad)
                .replace(QLatin1String("@missing"), missing);
        expected.replace(QLatin1String("@missing"), missing);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(expected), qPrintable(result.err));
        if (arguments.contains(bad))
            QVERIFY2(result.err.contains(bad), qPrintable(result.err));
    }

    void help()
    {
        const Run result = run({QStringLiteral("contexts"), QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QLatin1String("-o, --output")));
    }

    void noFiles()
    {
        const Run result
            = run({QStringLiteral("contexts")}, m_dir.filePath(QStringLiteral("none")));
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed(),
            QStringLiteral("CURRENT   NAME   CLUSTER   SERVER   AUTHINFO   NAMESPACE   AUTH"));
    }
};

QTEST_GUILESS_MAIN(TestCliContexts)
#include "tst_clicontexts.moc"
