// KtDesk's kubeconfig layer against the real kubectl, case by case (tests/data/kubeconfig).
//
// Each case is a directory with kubeconfig files and a case.json:
//   description    what the case shows, and what was observed from kubectl beyond `config view`
//   kubeconfig     files that make up $KUBECONFIG, in order (missing ones are allowed)
//   explicit       a file passed as --kubeconfig
//   context        --context, namespace  -n
//   loadError      {file, line, kubectlLine?, message?}: the files are malformed; both must fail,
//                  and KtDesk's error must name the file and line
//   resolveError   {context: text}: kubectl loads and minifies this context but refuses it when
//                  it is used (or silently falls back); KtDesk's resolve() must fail with text
//   expect         {context: {field: value}}: resolved values observed from kubectl against a
//                  probe server (tokens sent, namespaces used, plugins run); ${CASE} is the
//                  case directory
//
// For every case, kubectl's `config view --raw -o json` and `config get-contexts` must agree
// with KtDesk's merged model, and for every context `config view --raw --minify --flatten`
// (which reads the referenced files relative to their kubeconfig) must agree with
// ClientConfig::resolve().

#include "../common/kubeconfigflat.h"
#include "kube/clientconfig.h"
#include "kube/kubeconfigloader.h"
#include "kube/kubeconfiglocator.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Kt::Kube::ClientConfig;
using Kt::Kube::ConfigOverrides;
using Kt::Kube::Kubeconfig;
using Kt::Kube::KubeconfigLoader;
using Kt::Kube::KubeconfigLocator;

namespace {

struct Output
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// `kubectl config get-contexts` as rows of "CURRENT|NAME|CLUSTER|AUTHINFO|NAMESPACE", cut at the
// header's column starts (tabwriter pads every cell to its column).
QStringList parseGetContexts(const QByteArray &output)
{
    const QStringList lines
        = QString::fromUtf8(output).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return {QStringLiteral("<no header>")};
    const QString &header = lines.first();
    QList<qsizetype> starts;
    for (const char *column : {"CURRENT", "NAME", "CLUSTER", "AUTHINFO", "NAMESPACE"})
        starts.append(header.indexOf(QLatin1String(column)));
    if (starts.contains(-1))
        return {QStringLiteral("<unexpected header: ") + header + QLatin1Char('>')};
    QStringList rows;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QStringList cells;
        for (qsizetype c = 0; c < starts.size(); ++c) {
            const qsizetype length = c + 1 < starts.size() ? starts.at(c + 1) - starts.at(c) : -1;
            cells.append(lines.at(i).mid(starts.at(c), length).trimmed());
        }
        rows.append(cells.join(QLatin1Char('|')));
    }
    return rows;
}

QString listDiff(const QStringList &kubectl, const QStringList &ktdesk)
{
    return QStringLiteral("kubectl:\n  ") + kubectl.join(QStringLiteral("\n  "))
        + QStringLiteral("\nKtDesk:\n  ") + ktdesk.join(QStringLiteral("\n  "));
}

QString errorText(const Kt::Result<ClientConfig> &result)
{
    return result.ok() ? QString() : result.error().toString();
}

} // namespace

class TestKubeconfigConformance : public QObject
{
    Q_OBJECT

private:
    QString m_kubectl;
    QString m_corpus;
    QTemporaryDir m_home;

    Output kubectl(const QStringList &arguments, const QString &kubeconfigEnv)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("KUBECONFIG"), kubeconfigEnv);
        // An empty home: no ~/.kube/config, no cache, nothing of the machine's own setup.
        environment.insert(QStringLiteral("HOME"), m_home.path());
        process.setProcessEnvironment(environment);
        // A working directory unrelated to the cases, so relative paths cannot resolve by luck.
        process.setWorkingDirectory(m_home.path());
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(m_kubectl, arguments);
        Output output;
        if (!finished.wait(60000)) {
            process.kill();
            output.err = QStringLiteral("kubectl did not finish");
            return output;
        }
        output.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        output.out = process.readAllStandardOutput();
        output.err = QString::fromUtf8(process.readAllStandardError()).trimmed();
        return output;
    }

    // Checks `expect` entries of case.json against a resolved context.
    void checkExpectations(const QString &caseName, const QString &context,
        const QJsonObject &expect, const ClientConfig &config, const QString &caseDir)
    {
        for (auto it = expect.constBegin(); it != expect.constEnd(); ++it) {
            QString expected = it.value().toString();
            expected.replace(QLatin1String("${CASE}"), caseDir);
            QString actual;
            const QString &field = it.key();
            if (field == QLatin1String("authKind"))
                actual = config.authKind();
            else if (field == QLatin1String("namespace"))
                actual = config.namespaceName();
            else if (field == QLatin1String("token"))
                actual = config.token();
            else if (field == QLatin1String("tokenFile"))
                actual = config.tokenFile();
            else if (field == QLatin1String("server"))
                actual = config.server().toString();
            else if (field == QLatin1String("execCommand"))
                actual = config.exec() ? config.exec()->command : QStringLiteral("<no exec>");
            else if (field == QLatin1String("certificateAuthorityFile"))
                actual = config.certificateAuthorityFile();
            else if (field == QLatin1String("clientCertificateFile"))
                actual = config.clientCertificateFile();
            else if (field == QLatin1String("clientKeyFile"))
                actual = config.clientKeyFile();
            else
                QFAIL(qPrintable(caseName + QStringLiteral(": unknown expect field ") + field));
            QVERIFY2(actual == expected,
                qPrintable(QStringLiteral("%1, context %2: %3 is \"%4\", expected \"%5\"")
                               .arg(caseName, context, field, actual, expected)));
        }
    }

    // One context: kubectl's minified, flattened view against ClientConfig::resolve().
    void checkContext(const QString &caseName, const QString &caseDir, const QJsonObject &spec,
        const Kubeconfig &config, const QStringList &baseArguments, const QString &kubeconfigEnv,
        const QString &context)
    {
        const bool selected = context == spec.value(QLatin1String("context")).toString();
        const QString namespaceOverride
            = selected ? spec.value(QLatin1String("namespace")).toString() : QString();
        const Output minified = kubectl(baseArguments
                + QStringList {QStringLiteral("config"), QStringLiteral("view"),
                    QStringLiteral("--raw"), QStringLiteral("--minify"),
                    QStringLiteral("--flatten"), QStringLiteral("-o"), QStringLiteral("json"),
                    QStringLiteral("--context"), context},
            kubeconfigEnv);
        const Kt::Result<ClientConfig> resolved
            = ClientConfig::resolve(config, ConfigOverrides {context, namespaceOverride});
        const QString expectedError
            = spec.value(QLatin1String("resolveError")).toObject().value(context).toString();
        const QString where
            = caseName + QStringLiteral(", context \"") + context + QStringLiteral("\"");

        if (minified.exitCode != 0) {
            QVERIFY2(!resolved.ok(),
                qPrintable(where + QStringLiteral(": kubectl cannot use it (") + minified.err
                    + QStringLiteral(") but KtDesk resolved it")));
            if (!expectedError.isEmpty()) {
                QVERIFY2(errorText(resolved).contains(expectedError),
                    qPrintable(where + QStringLiteral(": ") + errorText(resolved)));
            }
            return;
        }
        if (!expectedError.isEmpty()) {
            QVERIFY2(!resolved.ok(),
                qPrintable(where + QStringLiteral(": expected KtDesk to refuse it with \"")
                    + expectedError + QStringLiteral("\"")));
            QVERIFY2(errorText(resolved).contains(expectedError),
                qPrintable(where + QStringLiteral(": ") + errorText(resolved)));
            return;
        }
        QVERIFY2(resolved.ok(),
            qPrintable(where + QStringLiteral(": kubectl minifies it, KtDesk says: ")
                + errorText(resolved)));

        const QJsonObject view = QJsonDocument::fromJson(minified.out).object();
        const QJsonObject kubeContext = view.value(QLatin1String("contexts"))
                                            .toArray()
                                            .first()
                                            .toObject()
                                            .value(QLatin1String("context"))
                                            .toObject();
        const QJsonObject cluster = view.value(QLatin1String("clusters"))
                                        .toArray()
                                        .first()
                                        .toObject()
                                        .value(QLatin1String("cluster"))
                                        .toObject();
        const QJsonObject user = view.value(QLatin1String("users"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QLatin1String("user"))
                                     .toObject();
        const auto text = [](const QJsonObject &object, const char *key) {
            return object.value(QLatin1String(key)).toString();
        };

        QStringList differences;
        const auto compare
            = [&](const QString &what, const QString &kubectlValue, const QString &ktdeskValue) {
                  if (kubectlValue != ktdeskValue) {
                      differences.append(what + QStringLiteral(": kubectl \"") + kubectlValue
                          + QStringLiteral("\", KtDesk \"") + ktdeskValue + QLatin1Char('"'));
                  }
              };
        compare(QStringLiteral("current-context"), text(view, "current-context"),
            resolved->contextName());
        compare(QStringLiteral("cluster"), text(kubeContext, "cluster"), resolved->clusterName());
        compare(QStringLiteral("user"), text(kubeContext, "user"), resolved->userName());
        QString expectedNamespace = namespaceOverride;
        if (expectedNamespace.isEmpty())
            expectedNamespace = text(kubeContext, "namespace");
        if (expectedNamespace.isEmpty())
            expectedNamespace = QStringLiteral("default");
        compare(QStringLiteral("namespace"), expectedNamespace, resolved->namespaceName());
        QString server = text(cluster, "server");
        if (!server.contains(QLatin1String("://")))
            server.prepend(QStringLiteral("http://"));
        compare(QStringLiteral("server"), server, resolved->server().toString());
        compare(QStringLiteral("certificate-authority (flattened)"),
            text(cluster, "certificate-authority-data"),
            QString::fromLatin1(resolved->certificateAuthorityPem().toBase64()));
        compare(QStringLiteral("tls-server-name"), text(cluster, "tls-server-name"),
            resolved->tlsServerName());
        compare(QStringLiteral("proxy-url"), text(cluster, "proxy-url"),
            resolved->proxyUrl().toString());
        compare(QStringLiteral("insecure-skip-tls-verify"),
            cluster.value(QLatin1String("insecure-skip-tls-verify")).toBool()
                ? QStringLiteral("true")
                : QStringLiteral("false"),
            resolved->insecureSkipTlsVerify() ? QStringLiteral("true") : QStringLiteral("false"));
        if (resolved->server().scheme() == QLatin1String("https")) {
            // Credentials: kubectl uses them for https servers only (checked in plain-http).
            compare(QStringLiteral("client-certificate (flattened)"),
                text(user, "client-certificate-data"),
                QString::fromLatin1(resolved->clientCertificatePem().toBase64()));
            compare(QStringLiteral("client-key (flattened)"), text(user, "client-key-data"),
                QString::fromLatin1(resolved->clientKeyPem().toBase64()));
            if (text(user, "tokenFile").isEmpty())
                compare(QStringLiteral("token"), text(user, "token"), resolved->token());
            compare(QStringLiteral("username"), text(user, "username"), resolved->username());
            compare(QStringLiteral("password"), text(user, "password"), resolved->password());
            if (resolved->exec()) {
                const QJsonObject exec = user.value(QLatin1String("exec")).toObject();
                QStringList args;
                for (const QJsonValue &arg : exec.value(QLatin1String("args")).toArray())
                    args.append(arg.toString());
                compare(QStringLiteral("exec args"), args.join(QLatin1Char(' ')),
                    resolved->exec()->args.join(QLatin1Char(' ')));
                compare(QStringLiteral("exec apiVersion"), text(exec, "apiVersion"),
                    resolved->exec()->apiVersion);
                compare(QStringLiteral("exec interactiveMode"), text(exec, "interactiveMode"),
                    resolved->exec()->interactiveMode);
                const QString command = text(exec, "command");
                compare(QStringLiteral("exec command"),
                    command.contains(QLatin1Char('/')) ? ClientConfig::resolvePath(
                        command, config.users().value(resolved->userName()).origin)
                                                       : command,
                    resolved->exec()->command);
            }
        }
        QVERIFY2(differences.isEmpty(),
            qPrintable(where + QStringLiteral(" differs:\n  ")
                + differences.join(QStringLiteral("\n  "))));
        checkExpectations(caseName, context,
            spec.value(QLatin1String("expect")).toObject().value(context).toObject(), *resolved,
            caseDir);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_kubectl = qEnvironmentVariable("KT_KUBECTL");
        if (m_kubectl.isEmpty())
            m_kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
        if (m_kubectl.isEmpty())
            QSKIP(
                "kubectl is not installed (installer/dev.sh deps); it is the oracle of this test");
        QVERIFY(m_home.isValid());
        m_corpus = qEnvironmentVariable("KT_SOURCE_DIR") + QStringLiteral("/tests/data/kubeconfig");
        const QStringList cases = QDir(m_corpus).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY2(cases.size() >= 25,
            qPrintable(QStringLiteral("only %1 cases in %2").arg(cases.size()).arg(m_corpus)));
        const Output version = kubectl({QStringLiteral("version"), QStringLiteral("--client")}, {});
        qInfo().noquote() << "Oracle:" << m_kubectl << QString::fromUtf8(version.out).simplified();
    }

    void conformance_data()
    {
        QTest::addColumn<QString>("caseDir");
        const QDir corpus(m_corpus);
        for (const QString &name :
            corpus.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            if (QFile::exists(corpus.filePath(name + QStringLiteral("/case.json"))))
                QTest::newRow(qPrintable(name)) << corpus.filePath(name);
        }
    }

    void conformance()
    {
        QFETCH(QString, caseDir);
        const QString caseName = QFileInfo(caseDir).fileName();
        const QJsonObject spec = readJson(caseDir + QStringLiteral("/case.json"));
        QVERIFY2(!spec.isEmpty(), "case.json is missing or not a JSON object");
        QVERIFY2(!spec.value(QLatin1String("description")).toString().isEmpty(),
            "case.json has no description");

        QStringList files;
        for (const QJsonValue &file : spec.value(QLatin1String("kubeconfig")).toArray())
            files.append(caseDir + QLatin1Char('/') + file.toString());
        const QString kubeconfigEnv = files.join(QDir::listSeparator());
        const QString explicitFile = spec.value(QLatin1String("explicit")).toString();
        QStringList baseArguments;
        if (!explicitFile.isEmpty())
            baseArguments
                = {QStringLiteral("--kubeconfig"), caseDir + QLatin1Char('/') + explicitFile};

        qputenv("KUBECONFIG", kubeconfigEnv.toLocal8Bit());
        const KubeconfigLocator locator(
            explicitFile.isEmpty() ? QString() : caseDir + QLatin1Char('/') + explicitFile);
        const Kt::Result<Kubeconfig> loaded = KubeconfigLoader::load(locator);
        const Output view = kubectl(baseArguments
                + QStringList {QStringLiteral("config"), QStringLiteral("view"),
                    QStringLiteral("--raw"), QStringLiteral("-o"), QStringLiteral("json")},
            kubeconfigEnv);

        // Malformed files: both refuse them, and KtDesk names the file and the line.
        const QJsonObject loadError = spec.value(QLatin1String("loadError")).toObject();
        if (!loadError.isEmpty()) {
            QVERIFY2(view.exitCode != 0,
                "kubectl accepts these files, but the case says they are malformed");
            QVERIFY2(!loaded.ok(),
                qPrintable(
                    QStringLiteral("KtDesk accepts these files; kubectl says: ") + view.err));
            const QString message = loaded.error().toString();
            const QString file
                = caseDir + QLatin1Char('/') + loadError.value(QLatin1String("file")).toString();
            const QString line
                = QStringLiteral("line %1").arg(loadError.value(QLatin1String("line")).toInt());
            QVERIFY2(message.contains(file), qPrintable(message));
            QVERIFY2(view.err.contains(file), qPrintable(view.err));
            QVERIFY2(message.contains(line + QLatin1Char(','))
                    || message.contains(line + QLatin1Char(':')),
                qPrintable(line + QStringLiteral(" not in: ") + message));
            const QString part = loadError.value(QLatin1String("message")).toString();
            QVERIFY2(
                message.contains(part), qPrintable(part + QStringLiteral(" not in: ") + message));
            if (loadError.contains(QLatin1String("kubectlLine"))) {
                const QString kubectlLine
                    = QStringLiteral("line %1:")
                          .arg(loadError.value(QLatin1String("kubectlLine")).toInt());
                QVERIFY2(view.err.contains(kubectlLine), qPrintable(view.err));
            }
            return;
        }

        QVERIFY2(view.exitCode == 0, qPrintable(QStringLiteral("kubectl: ") + view.err));
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
        const Kubeconfig &config = *loaded;

        // The merged model, field by field.
        const KubeconfigFlat::Flat expected
            = KubeconfigFlat::flattenKubectl(QJsonDocument::fromJson(view.out).object());
        const KubeconfigFlat::Flat actual = KubeconfigFlat::flatten(config);
        QVERIFY2(expected == actual,
            qPrintable(QStringLiteral("config view differs (- kubectl, + KtDesk):\n")
                + KubeconfigFlat::diff(expected, actual)));

        // The context list.
        const Output list = kubectl(
            baseArguments + QStringList {QStringLiteral("config"), QStringLiteral("get-contexts")},
            kubeconfigEnv);
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QStringList ours;
        for (const Kt::Kube::Context &context : config.contexts()) {
            ours.append(QStringList {
                context.name == config.currentContext() ? QStringLiteral("*") : QString(),
                context.name, context.cluster, context.user, context.namespaceName}
                            .join(QLatin1Char('|')));
        }
        const QStringList theirs = parseGetContexts(list.out);
        QVERIFY2(theirs == ours, qPrintable(listDiff(theirs, ours)));

        // Every context, resolved.
        for (const QString &context : config.contexts().keys())
            checkContext(caseName, caseDir, spec, config, baseArguments, kubeconfigEnv, context);
        if (QTest::currentTestFailed())
            return;
        const QJsonObject expect = spec.value(QLatin1String("expect")).toObject();
        for (const QString &context : expect.keys()) {
            QVERIFY2(config.contexts().contains(context),
                qPrintable(QStringLiteral("expect names an unknown context ") + context));
        }

        // The selected context: --context, else current-context.
        const QString contextOverride = spec.value(QLatin1String("context")).toString();
        const QString namespaceOverride = spec.value(QLatin1String("namespace")).toString();
        QStringList selectArguments = baseArguments
            + QStringList {QStringLiteral("config"), QStringLiteral("view"),
                QStringLiteral("--raw"), QStringLiteral("--minify"), QStringLiteral("--flatten"),
                QStringLiteral("-o"), QStringLiteral("json")};
        if (!contextOverride.isEmpty())
            selectArguments += {QStringLiteral("--context"), contextOverride};
        const Output selected = kubectl(selectArguments, kubeconfigEnv);
        const Kt::Result<ClientConfig> resolved
            = ClientConfig::resolve(config, ConfigOverrides {contextOverride, namespaceOverride});
        if (selected.exitCode != 0) {
            QVERIFY2(!resolved.ok(),
                qPrintable(QStringLiteral("kubectl has no usable selected context (") + selected.err
                    + QStringLiteral(") but KtDesk resolved ")
                    + (resolved.ok() ? resolved->contextName() : QString())));
            return;
        }
        const QString selectedName = QJsonDocument::fromJson(selected.out)
                                         .object()
                                         .value(QLatin1String("current-context"))
                                         .toString();
        if (!resolved.ok()) {
            // Only where the case documents that kubectl refuses it at use.
            QVERIFY2(spec.value(QLatin1String("resolveError")).toObject().contains(selectedName),
                qPrintable(QStringLiteral("the selected context ") + selectedName
                    + QStringLiteral(" does not resolve: ") + errorText(resolved)));
            return;
        }
        QCOMPARE(resolved->contextName(), selectedName);
        if (!namespaceOverride.isEmpty())
            QCOMPARE(resolved->namespaceName(), namespaceOverride);
    }
};

QTEST_GUILESS_MAIN(TestKubeconfigConformance)
#include "tst_kubeconfigconformance.moc"
