// ktdesk-cli's flags as kt-connect users type them, through the real binary (no cluster needed):
// every verb has --help, and every verb accepts all of kt-connect's global flags, before or
// after the verb; bad values of global flags are usage errors (exit 2) that say why.
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

// kt-connect v0.3.7's global flags, each with a value where it takes one.
const QStringList kGlobalFlags {QStringLiteral("-n"), QStringLiteral("team"), QStringLiteral("-c"),
    QStringLiteral("/nonexistent/kubeconfig"), QStringLiteral("--context"), QStringLiteral("dev"),
    QStringLiteral("-i"), QStringLiteral("example/shadow:1"), QStringLiteral("--imagePullSecret"),
    QStringLiteral("pull"), QStringLiteral("--serviceAccount"), QStringLiteral("kt"),
    QStringLiteral("--nodeSelector"), QStringLiteral("zone=a"), QStringLiteral("-d"),
    QStringLiteral("-l"), QStringLiteral("team=a,env=dev"),
    QStringLiteral("--withAnnotation=owner=alice"), QStringLiteral("--portForwardTimeout"),
    QStringLiteral("5"), QStringLiteral("--podCreationTimeout=30"),
    QStringLiteral("--useShadowDeployment"), QStringLiteral("--useLocalTime"),
    QStringLiteral("--podQuota"), QStringLiteral("0.5c,512m"), QStringLiteral("-f"),
    QStringLiteral("--kubeconfig=/nonexistent/kubeconfig"), QStringLiteral("--namespace=team"),
    QStringLiteral("--image=example/shadow:2"), QStringLiteral("--withLabel"),
    QStringLiteral("a=b"), QStringLiteral("--debug"), QStringLiteral("--forceUpdate")};

// Every verb (and alias) of this build; mesh answers for itself once it is in.
const QStringList kVerbs {QStringLiteral("connect"), QStringLiteral("exchange"),
    QStringLiteral("preview"), QStringLiteral("run"), QStringLiteral("forward"),
    QStringLiteral("recover"), QStringLiteral("clean"), QStringLiteral("birdseye"),
    QStringLiteral("dashboard"), QStringLiteral("contexts")};

} // namespace

class TestCliFlags : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    Run run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.insert(QStringLiteral("XDG_STATE_HOME"), m_home.path());
        environment.insert(QStringLiteral("KUBECONFIG"), m_home.filePath(QStringLiteral("none")));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
        process.setProcessEnvironment(environment);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(
            qEnvironmentVariable("KT_BINARY_DIR") + QStringLiteral("/bin/ktdesk-cli"), arguments);
        Run result;
        if (!finished.wait(20000)) {
            process.kill();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("KT_BINARY_DIR"))
            QSKIP("KT_BINARY_DIR is not set; run this test through ctest");
    }

    void everyVerbHasHelp_data()
    {
        QTest::addColumn<QString>("verb");
        for (const QString &verb : kVerbs)
            QTest::newRow(qPrintable(verb)) << verb;
    }

    void everyVerbHasHelp()
    {
        QFETCH(QString, verb);
        for (const QString &flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
            const Run result = run({verb, flag});
            QCOMPARE(result.exitCode, 0);
            QVERIFY2(result.out.startsWith(QStringLiteral("Usage: ktdesk-cli ")),
                qPrintable(result.out + result.err));
        }
    }

    void everyVerbAcceptsTheGlobalFlags_data() { everyVerbHasHelp_data(); }

    void everyVerbAcceptsTheGlobalFlags()
    {
        QFETCH(QString, verb);
        // After the verb, as kt-connect's docs write them...
        Run result
            = run(QStringList {verb} + kGlobalFlags + QStringList {QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(
            result.out.startsWith(QStringLiteral("Usage: ktdesk-cli ")), qPrintable(result.err));
        // ...and before it. What is not supported is said plainly.
        result = run(kGlobalFlags + QStringList {verb, QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(
            result.out.startsWith(QStringLiteral("Usage: ktdesk-cli ")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("--useShadowDeployment is not supported")),
            qPrintable(result.err));
        QVERIFY2(!result.err.contains(QStringLiteral("not applied")), qPrintable(result.err));
    }

    void globalHelpListsEveryGlobalFlag()
    {
        const Run result = run({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        for (const QString &flag : kGlobalFlags) {
            if (flag.startsWith(QLatin1Char('-')))
                QVERIFY2(
                    result.out.contains(flag.section(QLatin1Char('='), 0, 0)), qPrintable(flag));
        }
        for (const QString &verb : kVerbs)
            QVERIFY2(result.out.contains(verb), qPrintable(verb));
    }

    void badGlobalValuesAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("seconds") << QStringList {QStringLiteral("connect"),
            QStringLiteral("--portForwardTimeout"), QStringLiteral("soon")}
                                 << QStringLiteral("wants a number of seconds");
        QTest::newRow("zero seconds")
            << QStringList {QStringLiteral("--podCreationTimeout=0"), QStringLiteral("exchange")}
            << QStringLiteral("wants a number of seconds");
        QTest::newRow("labels") << QStringList {QStringLiteral("preview"), QStringLiteral("-l"),
            QStringLiteral("novalue")}
                                << QStringLiteral("wants key=value");
        QTest::newRow("missing value") << QStringList {QStringLiteral("forward"),
            QStringLiteral("-n")} << QStringLiteral("-n needs a value");
        QTest::newRow("quota") << QStringList {QStringLiteral("--podQuota"), QStringLiteral("lots"),
            QStringLiteral("connect")}
                               << QStringLiteral("like 0.5c,512m");
        QTest::newRow("switch value") << QStringList {QStringLiteral("--debug=maybe"),
            QStringLiteral("clean")} << QStringLiteral("true or false");
    }

    void badGlobalValuesAreUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
    }

    // Every verb reads its own flags with one mechanism (app/cli/verbflags): the same spellings
    // and the same errors, before anything is contacted.
    void badVerbFlagsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *name, const QString &line, const char *message) {
            QTest::newRow(name) << line.split(QLatin1Char(' ')) << QString::fromUtf8(message);
        };
        row("missing value", QStringLiteral("exchange web --expose"),
            "ktdesk-cli exchange: --expose needs a value");
        row("unknown flag", QStringLiteral("mesh web --bogus=1"),
            "ktdesk-cli mesh: unknown flag \"--bogus=1\". See ktdesk-cli mesh --help");
        row("bad port", QStringLiteral("connect --proxyPort=0"), "wants a port from 1 to 65535");
        row("stray word", QStringLiteral("connect web"), "takes no arguments");
        row("switch value", QStringLiteral("clean --dryRun=maybe"), "true or false");
        row("seconds", QStringLiteral("exchange web --expose 80 --recoverWaitTime soon"),
            "--recoverWaitTime wants a number of seconds");
        row("attached short value", QStringLiteral("birdseye -oyaml"),
            "unknown output format \"yaml\"");
        row("address", QStringLiteral("forward web --address nowhere"), "wants an IP address");
        row("two names", QStringLiteral("recover a b"), "name one Service");
        row("preview port", QStringLiteral("preview web --port"), "--port needs a value");
        row("bad cidr", QStringLiteral("connect --excludeIps 10.0.0.0/40"), "10.0.0.0/40");
        row("bad domain", QStringLiteral("connect --clusterDomain=a;b"), "not a DNS domain");
    }

    void badVerbFlagsAreUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(TestCliFlags)
#include "tst_cliflags.moc"
