// Least privilege, against the local cluster: a ServiceAccount bound to nothing but the ClusterRole
// of resources/rbac/ktdesk-role.yaml, reached with a token kubeconfig, can connect, exchange,
// preview, clean and look at birdseye; taking one permission away makes the command fail with a
// message that names the missing verb and resource. Along the way: the proxy listens on loopback
// only, no token, key or password shows up in `-d` logs or in any file KtDesk writes (crash
// journal included, read while sessions run), and a kubeconfig that skips TLS verification is
// warned about.
#include "testcluster.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

struct Removal
{
    QString group;
    QString resource;
    QStringList verbs;
};

} // namespace

class TestLeastPrivilege : public QObject
{
    Q_OBJECT

private:
    QString m_ns;
    QString m_cli;
    QTemporaryDir m_home; // XDG_* of every ktdesk-cli run: all the files it writes
    QString m_server;
    QString m_caData;
    QString m_token; // of the ServiceAccount bound to the role as shipped
    QString m_limitedToken; // of the one bound to the role with one permission removed
    QString m_kubeconfig;
    QString m_limitedKubeconfig;
    QJsonArray m_rules; // the shipped role's rules
    QByteArray m_logs; // everything the CLI printed (with -d)
    QByteArray m_filesDuringSessions;
    const QByteArray m_decoyPassword
        = "decoy-Passw0rd-" + QByteArray::number(QRandomGenerator::global()->generate());
    const QByteArray m_decoyKey = "LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpkZWNveQ==";

    QString saUser(const QString &account) const
    {
        return QStringLiteral("system:serviceaccount:%1:%2").arg(m_ns, account);
    }

    QProcessEnvironment environment(const QString &kubeconfig) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *dir : {"XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"})
            env.insert(QLatin1String(dir), m_home.path() + QLatin1Char('/') + QLatin1String(dir));
        env.insert(QStringLiteral("KUBECONFIG"), kubeconfig);
        env.remove(QStringLiteral("KT_TEST_CRASH_AFTER"));
        return env;
    }

    TestCluster::Run cli(const QString &kubeconfig, const QStringList &args)
    {
        const auto run = TestCluster::runAsync(
            m_cli, QStringList {QStringLiteral("-d")} + args, environment(kubeconfig));
        m_logs += run.out + run.err;
        return run;
    }

    std::unique_ptr<QProcess> startCli(const QString &kubeconfig, const QStringList &args)
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment(kubeconfig));
        TestProcess::dieWithTest(*process);
        process->start(m_cli, QStringList {QStringLiteral("-d")} + args);
        return process;
    }

    // SIGTERM, then everything it printed (also what waitForOutput already read).
    TestCluster::Run stop(QProcess &process, const QByteArray &seen = {})
    {
        ::kill(static_cast<pid_t>(process.processId()), SIGTERM);
        if (!process.waitForFinished(60000))
            process.kill();
        TestCluster::Run run {
            process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            seen + process.readAllStandardOutput(), process.readAllStandardError()};
        m_logs += run.out + run.err;
        return run;
    }

    bool waitFor(QProcess &process, const QByteArray &marker, QByteArray *seen)
    {
        // Like TestCluster::waitForOutput, but keeps stderr for the log search.
        (void)QTest::qWaitFor(
            [&] {
                *seen += process.readAllStandardOutput();
                m_logs += process.readAllStandardError();
                return seen->contains(marker) || process.state() == QProcess::NotRunning;
            },
            90000);
        m_logs += process.readAllStandardError();
        if (!seen->contains(marker))
            qWarning("no %s; stdout: %s", marker.constData(), seen->constData());
        return seen->contains(marker);
    }

    QByteArray ktObjects() const
    {
        return TestCluster::kubectl(
            {QStringLiteral("-n"), m_ns, QStringLiteral("get"),
                QStringLiteral("pods,configmaps,services"), QStringLiteral("-l"),
                QStringLiteral("control-by=kt"), QStringLiteral("-o"), QStringLiteral("name")})
            .out;
    }

    // Every file under the CLI's XDG directories, concatenated.
    QByteArray allFiles() const
    {
        QByteArray all;
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                all += file.fileName().toUtf8() + '\n' + file.readAll() + '\n';
        }
        return all;
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    QString writeKubeconfig(const QString &name, const QString &token, bool insecure = false)
    {
        const QString cluster = insecure
            ? QStringLiteral("    server: %1\n    insecure-skip-tls-verify: true\n").arg(m_server)
            : QStringLiteral("    server: %1\n    certificate-authority-data: %2\n")
                  .arg(m_server, m_caData);
        // A second user that is never used: its password and key must not leak either.
        const QString text = QStringLiteral(
            "apiVersion: v1\nkind: Config\ncurrent-context: dev\n"
            "clusters:\n- name: lp\n  cluster:\n%1"
            "users:\n- name: dev\n  user:\n    token: %2\n"
            "- name: decoy\n  user:\n    username: admin\n    password: %3\n"
            "    client-certificate-data: %4\n    client-key-data: %4\n"
            "contexts:\n- name: dev\n  context: {cluster: lp, user: dev, namespace: %5}\n")
                                 .arg(cluster, token, QString::fromLatin1(m_decoyPassword),
                                     QString::fromLatin1(m_decoyKey), m_ns);
        const QString path = m_home.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(text.toUtf8());
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return path;
    }

    bool applyLimitedRole(const QList<Removal> &removals)
    {
        QJsonArray rules;
        for (const QJsonValue &value : std::as_const(m_rules)) {
            QJsonObject rule = value.toObject();
            QStringList resources;
            for (const QJsonValue &r : rule.value(QStringLiteral("resources")).toArray())
                resources.append(r.toString());
            QStringList groups;
            for (const QJsonValue &g : rule.value(QStringLiteral("apiGroups")).toArray())
                groups.append(g.toString());
            for (const Removal &removal : removals) {
                if (!groups.contains(removal.group) || !resources.contains(removal.resource))
                    continue;
                // Split the resource off into a rule of its own without the removed verbs.
                QJsonArray verbs;
                for (const QJsonValue &v : rule.value(QStringLiteral("verbs")).toArray()) {
                    if (!removal.verbs.contains(v.toString()))
                        verbs.append(v);
                }
                if (!verbs.isEmpty())
                    rules.append(
                        QJsonObject {{QStringLiteral("apiGroups"), QJsonArray {removal.group}},
                            {QStringLiteral("resources"), QJsonArray {removal.resource}},
                            {QStringLiteral("verbs"), verbs}});
                resources.removeAll(removal.resource);
            }
            if (resources.isEmpty())
                continue;
            rule.insert(QStringLiteral("resources"), QJsonArray::fromStringList(resources));
            rules.append(rule);
        }
        const QJsonObject role {
            {QStringLiteral("apiVersion"), QStringLiteral("rbac.authorization.k8s.io/v1")},
            {QStringLiteral("kind"), QStringLiteral("ClusterRole")},
            {QStringLiteral("metadata"),
                QJsonObject {
                    {QStringLiteral("name"), QString(QStringLiteral("ktdesk-limited-") + m_ns)}}},
            {QStringLiteral("rules"), rules}};
        if (TestCluster::kubectl(
                {QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")},
                QJsonDocument(role).toJson())
                .exitCode
            != 0)
            return false;
        // The authorizer sees role changes through its informer: wait until it does.
        return QTest::qWaitFor(
            [&] {
                for (const Removal &removal : removals) {
                    // `can-i get pods/x` asks about the pod named x: subresources go apart.
                    const QString plural = removal.resource.section(QLatin1Char('/'), 0, 0);
                    const QString subresource = removal.resource.section(QLatin1Char('/'), 1);
                    const QString resource = removal.group.isEmpty()
                        ? plural
                        : plural + QLatin1Char('.') + removal.group;
                    for (const QString &verb : removal.verbs) {
                        QStringList args {QStringLiteral("auth"), QStringLiteral("can-i"), verb,
                            resource, QStringLiteral("-n"), m_ns,
                            QStringLiteral("--as=") + saUser(QStringLiteral("ktdesk-limited"))};
                        if (!subresource.isEmpty())
                            args.append(QStringLiteral("--subresource=") + subresource);
                        const auto can = TestCluster::kubectl(args);
                        if (can.out.trimmed() != "no" && !removals.isEmpty())
                            return false;
                    }
                }
                if (!removals.isEmpty())
                    return true;
                return TestCluster::kubectl(
                           {QStringLiteral("auth"), QStringLiteral("can-i"),
                               QStringLiteral("create"), QStringLiteral("pods"),
                               QStringLiteral("-n"), m_ns,
                               QStringLiteral("--as=") + saUser(QStringLiteral("ktdesk-limited"))})
                           .out.trimmed()
                    == "yes";
            },
            30000);
    }

    QString token(const QString &account)
    {
        return QString::fromUtf8(TestCluster::kubectl(
            {QStringLiteral("-n"), m_ns, QStringLiteral("create"), QStringLiteral("token"), account,
                QStringLiteral("--duration=2h")})
                                     .out.trimmed());
    }

    bool bind(const QString &account, const QString &role)
    {
        return TestCluster::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("create"),
                                        QStringLiteral("serviceaccount"), account})
                   .exitCode
            == 0
            && TestCluster::kubectl(
                   {QStringLiteral("create"), QStringLiteral("clusterrolebinding"),
                       account + QLatin1Char('-') + m_ns, QStringLiteral("--clusterrole=") + role,
                       QStringLiteral("--serviceaccount=%1:%2").arg(m_ns, account)})
                   .exitCode
            == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        KT_REQUIRE_CLUSTER();
        m_cli = qEnvironmentVariable("KT_BINARY_DIR") + QStringLiteral("/bin/ktdesk-cli");
        QVERIFY(QFile::exists(m_cli));
        m_ns = TestCluster::uniqueNamespace(QStringLiteral("leastpriv"));
        QVERIFY(TestCluster::createNamespace(m_ns));
        QCOMPARE(TestCluster::kubectl(
                     {QStringLiteral("-n"), m_ns, QStringLiteral("create"),
                         QStringLiteral("deployment"), QStringLiteral("lp-web"),
                         QStringLiteral("--image=example/lp-web"), QStringLiteral("--port=8096")})
                     .exitCode,
            0);
        QCOMPARE(TestCluster::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("expose"),
                                          QStringLiteral("deployment"), QStringLiteral("lp-web"),
                                          QStringLiteral("--port=8096")})
                     .exitCode,
            0);
        // The role exactly as shipped.
        const QString roleFile = qEnvironmentVariable("KT_SOURCE_DIR")
            + QStringLiteral("/resources/rbac/ktdesk-role.yaml");
        QCOMPARE(TestCluster::kubectl({QStringLiteral("apply"), QStringLiteral("-f"), roleFile})
                     .exitCode,
            0);
        const auto role
            = TestCluster::kubectl({QStringLiteral("get"), QStringLiteral("clusterrole"),
                QStringLiteral("ktdesk"), QStringLiteral("-o"), QStringLiteral("json")});
        m_rules
            = QJsonDocument::fromJson(role.out).object().value(QStringLiteral("rules")).toArray();
        QVERIFY(!m_rules.isEmpty());
        QVERIFY(bind(QStringLiteral("ktdesk-dev"), QStringLiteral("ktdesk")));
        QVERIFY(bind(QStringLiteral("ktdesk-limited"), QStringLiteral("ktdesk-limited-") + m_ns));
        QVERIFY(applyLimitedRole({}));

        const auto server = TestCluster::kubectl({QStringLiteral("config"), QStringLiteral("view"),
            QStringLiteral("--raw"), QStringLiteral("--minify"), QStringLiteral("-o"),
            QStringLiteral("jsonpath={.clusters[0].cluster.server}")});
        m_server = QString::fromUtf8(server.out.trimmed());
        const auto ca = TestCluster::kubectl({QStringLiteral("config"), QStringLiteral("view"),
            QStringLiteral("--raw"), QStringLiteral("--minify"), QStringLiteral("-o"),
            QStringLiteral("jsonpath={.clusters[0].cluster.certificate-authority}")});
        QFile caFile(QString::fromUtf8(ca.out.trimmed()));
        if (caFile.open(QIODevice::ReadOnly)) {
            m_caData = QString::fromLatin1(caFile.readAll().toBase64());
        } else {
            m_caData = QString::fromUtf8(TestCluster::kubectl(
                {QStringLiteral("config"), QStringLiteral("view"), QStringLiteral("--raw"),
                    QStringLiteral("--minify"), QStringLiteral("-o"),
                    QStringLiteral("jsonpath={.clusters[0].cluster.certificate-authority-data}")})
                                             .out.trimmed());
        }
        QVERIFY(!m_server.isEmpty() && !m_caData.isEmpty());
        m_token = token(QStringLiteral("ktdesk-dev"));
        m_limitedToken = token(QStringLiteral("ktdesk-limited"));
        QVERIFY(m_token.size() > 100 && m_limitedToken.size() > 100);
        m_kubeconfig = writeKubeconfig(QStringLiteral("dev.kubeconfig"), m_token);
        m_limitedKubeconfig = writeKubeconfig(QStringLiteral("limited.kubeconfig"), m_limitedToken);
        QVERIFY(!m_kubeconfig.isEmpty() && !m_limitedKubeconfig.isEmpty());
    }

    void cleanupTestCase()
    {
        if (m_ns.isEmpty())
            return;
        for (const QString &account :
            {QStringLiteral("ktdesk-dev"), QStringLiteral("ktdesk-limited")})
            TestCluster::kubectl({QStringLiteral("delete"), QStringLiteral("clusterrolebinding"),
                account + QLatin1Char('-') + m_ns, QStringLiteral("--ignore-not-found")});
        TestCluster::kubectl({QStringLiteral("delete"), QStringLiteral("clusterrole"),
            QStringLiteral("ktdesk-limited-") + m_ns, QStringLiteral("--ignore-not-found")});
        TestCluster::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns,
            QStringLiteral("--wait=false")});
    }

    void everyFeatureWorksWithTheRoleAlone()
    {
        // connect (proxy): and its listener is on loopback only.
        const quint16 proxyPort = freePort();
        auto connect = startCli(m_kubeconfig,
            {QStringLiteral("connect"), QStringLiteral("--proxyPort"), QString::number(proxyPort)});
        QByteArray seen;
        QVERIFY(waitFor(*connect, "Connected.", &seen));
        const auto listening = TestCluster::run(QStringLiteral("ss"), {QStringLiteral("-Hltnp")});
        int own = 0;
        const QByteArray pid = "pid=" + QByteArray::number(connect->processId()) + ',';
        for (const QByteArray &line : listening.out.split('\n')) {
            if (!line.contains(pid))
                continue;
            ++own;
            const QByteArray local = line.simplified().split(' ').value(3);
            QVERIFY2(local.startsWith("127.") || local.startsWith("[::1]"), line.constData());
        }
        QVERIFY2(own >= 1, listening.out.constData());
        m_filesDuringSessions += allFiles();
        auto stopped = stop(*connect, seen);
        QVERIFY2(stopped.exitCode == 0, stopped.err.constData());

        // exchange (selector mode)
        const quint16 local = freePort();
        QVERIFY(QTest::qWaitFor([] { return TestCluster::portFreeInCluster(8096); }, 60000));
        auto exchange = startCli(m_kubeconfig,
            {QStringLiteral("exchange"), QStringLiteral("lp-web"), QStringLiteral("--expose"),
                QStringLiteral("%1:8096").arg(local)});
        seen.clear();
        QVERIFY(waitFor(*exchange, "Exchanged.", &seen));
        m_filesDuringSessions += allFiles();
        QVERIFY(m_filesDuringSessions.contains("service-selector")); // the journal was read
        stopped = stop(*exchange, seen);
        QVERIFY2(stopped.exitCode == 0, stopped.err.constData());

        // preview
        QVERIFY(QTest::qWaitFor([] { return TestCluster::portFreeInCluster(8095); }, 60000));
        auto preview = startCli(m_kubeconfig,
            {QStringLiteral("preview"), QStringLiteral("lp-preview"), QStringLiteral("--expose"),
                QStringLiteral("%1:8095").arg(local)});
        seen.clear();
        QVERIFY(waitFor(*preview, "Previewing.", &seen));
        m_filesDuringSessions += allFiles();
        stopped = stop(*preview, seen);
        QVERIFY2(stopped.exitCode == 0, stopped.err.constData());

        const auto birdseye = cli(m_kubeconfig, {QStringLiteral("birdseye")});
        QVERIFY2(birdseye.exitCode == 0, birdseye.err.constData());
        const auto clean = cli(m_kubeconfig, {QStringLiteral("clean")});
        QVERIFY2(clean.exitCode == 0, clean.err.constData());
        QTRY_COMPARE_WITH_TIMEOUT(ktObjects(), QByteArray(), 30000);
    }

    void noSecretInLogsOrFiles()
    {
        QVERIFY(!m_logs.isEmpty());
        QVERIFY(!m_filesDuringSessions.isEmpty());
        const QByteArray afterwards = allFiles();
        // Skip the kubeconfig files themselves: they are the user's input, not KtDesk's output.
        QByteArray written = m_filesDuringSessions + afterwards;
        for (const QString &input : {m_kubeconfig, m_limitedKubeconfig}) {
            QFile file(input);
            if (file.open(QIODevice::ReadOnly))
                written.replace(file.readAll(), "<kubeconfig>");
        }
        const QList<QByteArray> secrets {m_token.toUtf8(), m_token.toUtf8().right(40),
            m_limitedToken.toUtf8(), m_decoyPassword, m_decoyKey, "PRIVATE KEY", "BEGIN OPENSSH",
            "Bearer "};
        for (const QByteArray &secret : secrets) {
            QVERIFY2(!m_logs.contains(secret), secret.left(12).constData());
            QVERIFY2(!written.contains(secret), secret.left(12).constData());
        }
    }

    void missingPermissionIsNamed_data()
    {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QStringList>("verbs");
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QByteArray>("activeMarker"); // non-empty: fails on stop, not on start
        QTest::addColumn<QByteArrayList>("expected");
        const QStringList connect {
            QStringLiteral("connect"), QStringLiteral("--proxyPort"), QStringLiteral("{port}")};
        const QStringList exchange {QStringLiteral("exchange"), QStringLiteral("lp-web"),
            QStringLiteral("--expose"), QStringLiteral("{port}:8096")};
        const QStringList preview {QStringLiteral("preview"), QStringLiteral("lp-preview"),
            QStringLiteral("--expose"), QStringLiteral("{port}:8095")};
        const auto row = [](const char *name, const char *group, const char *resource,
                             const QStringList &verbs, const QStringList &command,
                             const QByteArray &marker, const QByteArrayList &expected) {
            QTest::newRow(name) << QString::fromLatin1(group) << QString::fromLatin1(resource)
                                << verbs << command << marker << expected;
        };
        const QString create = QStringLiteral("create");
        row("connect: create pods", "", "pods", {create}, connect, {},
            {"may not create pods", R"(resources: ["pods"], verbs: ["create"])"});
        row("connect: create configmaps", "", "configmaps", {create}, connect, {},
            {"may not create configmaps", R"(resources: ["configmaps"], verbs: ["create"])"});
        row("connect: get pods", "", "pods", {QStringLiteral("get")}, connect, {},
            {"may not get pods", R"(resources: ["pods"], verbs: ["get"])"});
        row("connect: pods/portforward", "", "pods/portforward", {QStringLiteral("get"), create},
            connect, {}, {"pods/portforward"});
        row("connect stop: delete pods", "", "pods", {QStringLiteral("delete")}, connect,
            "Connected.", {"may not delete pods", R"(verbs: ["delete"])"});
        row("connect stop: delete configmaps", "", "configmaps", {QStringLiteral("delete")},
            connect, "Connected.", {"may not delete configmaps"});
        row("exchange: get services", "", "services", {QStringLiteral("get")}, exchange, {},
            {"may not get services", R"(resources: ["services"], verbs: ["get"])"});
        row("exchange: patch services", "", "services", {QStringLiteral("patch")}, exchange, {},
            {"may not patch services", R"(resources: ["services"], verbs: ["patch"])"});
        row("exchange deploy/: get deployments", "apps", "deployments", {QStringLiteral("get")},
            {QStringLiteral("exchange"), QStringLiteral("deploy/lp-web"),
                QStringLiteral("--expose"), QStringLiteral("{port}:8096")},
            {}, {"may not get deployments.apps", R"(apiGroups: ["apps"])"});
        row("preview: create services", "", "services", {create}, preview, {},
            {"may not create services", R"(resources: ["services"], verbs: ["create"])"});
        row("preview stop: delete services", "", "services", {QStringLiteral("delete")}, preview,
            "Previewing.", {"may not delete services"});
        row("birdseye: list pods", "", "pods", {QStringLiteral("list")},
            {QStringLiteral("birdseye")}, {}, {"may not list pods", R"(verbs: ["list"])"});
        row("clean: list services", "", "services", {QStringLiteral("list")},
            {QStringLiteral("clean")}, {}, {"may not list services"});
        row("clean: list configmaps", "", "configmaps", {QStringLiteral("list")},
            {QStringLiteral("clean")}, {}, {"may not list configmaps"});
    }

    void missingPermissionIsNamed()
    {
        QFETCH(QString, group);
        QFETCH(QString, resource);
        QFETCH(QStringList, verbs);
        QFETCH(QStringList, command);
        QFETCH(QByteArray, activeMarker);
        QFETCH(QByteArrayList, expected);

        QVERIFY(QTest::qWaitFor(
            [] {
                return TestCluster::portFreeInCluster(8096) && TestCluster::portFreeInCluster(8095);
            },
            60000));
        QVERIFY(applyLimitedRole({{group, resource, verbs}}));
        const quint16 port = freePort();
        for (QString &argument : command)
            argument.replace(QStringLiteral("{port}"), QString::number(port));
        QByteArray err;
        int exitCode = -1;
        if (activeMarker.isEmpty()) {
            const auto run = cli(m_limitedKubeconfig, command);
            err = run.err;
            exitCode = run.exitCode;
        } else {
            auto process = startCli(m_limitedKubeconfig, command);
            QByteArray seen;
            QVERIFY(waitFor(*process, activeMarker, &seen));
            const auto run = stop(*process, seen);
            err = run.err;
            exitCode = run.exitCode;
        }
        // Back to the full role, then whatever the failed command left goes (its own journal).
        QVERIFY(applyLimitedRole({}));
        const auto recovered
            = cli(m_limitedKubeconfig, {QStringLiteral("clean"), QStringLiteral("--localOnly")});
        QVERIFY2(recovered.exitCode == 0, recovered.err.constData());
        QTRY_COMPARE_WITH_TIMEOUT(ktObjects(), QByteArray(), 30000);

        // The end of stderr says why (the head is progress).
        QVERIFY2(exitCode == 1,
            qPrintable(QStringLiteral("exit code %1; stderr ends: %2")
                           .arg(exitCode)
                           .arg(QString::fromUtf8(err.right(1500)))));
        for (const QByteArray &text : std::as_const(expected))
            QVERIFY2(err.contains(text), err.constData());
        QVERIFY2(err.contains(saUser(QStringLiteral("ktdesk-limited")).toUtf8()), err.constData());
    }

    void skippedTlsVerificationIsShown()
    {
        const QString insecure
            = writeKubeconfig(QStringLiteral("insecure.kubeconfig"), m_token, /*insecure=*/true);
        const auto birdseye = cli(insecure, {QStringLiteral("birdseye")});
        QVERIFY2(birdseye.exitCode == 0, birdseye.err.constData());
        QVERIFY2(
            birdseye.err.contains("warning: TLS verification is OFF"), birdseye.err.constData());
        // Sessions say it too (and flag their SessionInfo for the GUI).
        const auto exchange = cli(insecure,
            {QStringLiteral("exchange"), QStringLiteral("no-such-service"),
                QStringLiteral("--expose"), QStringLiteral("1234")});
        QCOMPARE(exchange.exitCode, 1);
        QVERIFY2(
            exchange.err.contains("warning: TLS verification is OFF"), exchange.err.constData());
        QVERIFY2(exchange.err.contains("insecure-skip-tls-verify"), exchange.err.constData());
        // With verification on, no warning.
        const auto verified = cli(m_kubeconfig, {QStringLiteral("birdseye")});
        QVERIFY(!verified.err.contains("TLS verification is OFF"));
    }
};

QTEST_GUILESS_MAIN(TestLeastPrivilege)
#include "tst_leastprivilege.moc"
