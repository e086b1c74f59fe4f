// PrivilegedHelperClient driving the real ktdesk-helper, run as root inside a network namespace of
// this test's own (`ip netns exec`), with its record and the files it edits in a temporary
// directory: nftables rules really go into that namespace's kernel tables, and nothing on the
// host changes.
#include "platform/privilegedhelperclient.h"
#include "vpntestenv.h"

#include "common/version.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace Kt;
using namespace Kt::Platform;
using State = PrivilegedHelperClient::State;

namespace {

RedirectConfig redirectConfig()
{
    return RedirectConfig {{*Ipv4Cidr::parse(QStringLiteral("10.96.0.0/12")),
                               *Ipv4Cidr::parse(QStringLiteral("10.244.0.0/16"))},
        {*Ipv4Cidr::parse(QStringLiteral("10.96.0.1/32"))}, 23456};
}

} // namespace

class TestPrivilegedHelper : public QObject
{
    Q_OBJECT

private:
    VpnTest::ClientNetns m_netns;
    VpnTest::HelperFiles m_files;

    std::unique_ptr<PrivilegedHelperClient> startClient()
    {
        auto client = std::make_unique<PrivilegedHelperClient>(PrivilegedHelperClient::Launch {
            QStringLiteral("ip"), m_netns.exec(VpnTest::helperPath())});
        client->start();
        return client;
    }

    template<typename T>
    static std::optional<Result<T>> waitFor(
        const std::function<void(std::function<void(Result<T>)>)> &call)
    {
        std::optional<Result<T>> result;
        call([&result](Result<T> r) { result = std::move(r); });
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, 20000);
        return result;
    }

    static Result<void> call(const std::function<void(NetworkConfigurator::Done)> &request)
    {
        auto result = waitFor<void>(request);
        if (!result)
            return Error {ErrorCode::Timeout, QStringLiteral("no answer"), {}, {}};
        return *result;
    }

    void applyEverything(PrivilegedHelperClient &client)
    {
        auto redirect = call([&](auto done) { client.applyRedirect(redirectConfig(), done); });
        QVERIFY2(redirect.ok(), qPrintable(redirect.error().message));
        auto dns = waitFor<DnsApplied>([&](auto done) {
            client.applyDns(DnsConfig {{QStringLiteral("cluster.local")},
                                QHostAddress(QStringLiteral("127.0.0.1")), 10053},
                done);
        });
        QVERIFY(dns.has_value());
        QVERIFY2(dns->ok(), qPrintable(dns->error().message));
        QCOMPARE(dns->value().backend, QStringLiteral("resolv.conf"));
        QCOMPARE(dns->value().upstreams, QStringList {QStringLiteral("192.0.2.53")});
        auto hosts = call([&](auto done) {
            client.applyHosts(
                {HostsEntry {0x0a60000a,
                    {QStringLiteral("kube-dns"), QStringLiteral("kube-dns.kube-system")}}},
                done);
        });
        QVERIFY2(hosts.ok(), qPrintable(hosts.error().message));
    }

    void verifyApplied()
    {
        const QByteArray rules = m_netns.ruleset();
        QVERIFY2(rules.contains("table ip ktdesk"), rules.constData());
        QVERIFY(rules.contains("elements = { 10.96.0.0/12, 10.244.0.0/16 }"));
        QVERIFY(rules.contains("elements = { 10.96.0.1, 127.0.0.0/8 }"));
        QVERIFY(rules.contains("meta l4proto tcp ip daddr @redirected redirect to :23456"));
        QVERIFY(rules.contains("ip daddr 127.0.0.1 udp dport 53 redirect to :10053"));
        QCOMPARE(VpnTest::HelperFiles::read(m_files.resolvConfPath()),
            "# KtDesk begin\nnameserver 127.0.0.1\n# KtDesk end\n"
                + VpnTest::HelperFiles::originalResolvConf());
        QCOMPARE(VpnTest::HelperFiles::read(m_files.hostsPath()),
            VpnTest::HelperFiles::originalHosts()
                + "\n# Kt Hosts Begin\n10.96.0.10 kube-dns\n10.96.0.10 kube-dns.kube-system\n"
                  "# Kt Hosts End\n");
    }

    void verifyRestored()
    {
        QVERIFY2(!m_netns.hasKtdeskTable(), m_netns.ruleset().constData());
        QCOMPARE(
            VpnTest::HelperFiles::read(m_files.hostsPath()), VpnTest::HelperFiles::originalHosts());
        QCOMPARE(VpnTest::HelperFiles::read(m_files.resolvConfPath()),
            VpnTest::HelperFiles::originalResolvConf());
        QVERIFY(!QFile::exists(m_files.recordPath()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        KT_REQUIRE_ROOT_NETNS();
        QVERIFY2(
            QFileInfo(VpnTest::helperPath()).isExecutable(), qPrintable(VpnTest::helperPath()));
        const QString error = m_netns.create();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_files.setUp());
    }

    void init() { QVERIFY(m_files.reset()); }

    void cleanupTestCase() { m_netns.destroy(); }

    void appliesAndStops()
    {
        auto client = startClient();
        QSignalSpy states(client.get(), &PrivilegedHelperClient::stateChanged);
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), State::Running, 20000);
        QCOMPARE(client->helperVersion(), QString::fromLatin1(kVersion));
        QVERIFY(client->restoredAtStart().isEmpty());
        QVERIFY(client->startupWarnings().isEmpty());
        applyEverything(*client);
        verifyApplied();
        // The record is written before each change.
        QVERIFY(QFile::exists(m_files.recordPath()));

        // A second redirect replaces the first (one table, new port).
        RedirectConfig other = redirectConfig();
        other.proxyPort = 34567;
        QVERIFY(call([&](auto done) { client->applyRedirect(other, done); }).ok());
        QVERIFY(m_netns.ruleset().contains("redirect to :34567"));
        QVERIFY(!m_netns.ruleset().contains("redirect to :23456"));
        QCOMPARE(m_netns.ruleset().count("table ip ktdesk"), 1);

        auto stopped = call([&](auto done) { client->stop(done); });
        QVERIFY2(stopped.ok(), qPrintable(stopped.error().message));
        QTRY_COMPARE(client->state(), State::Stopped);
        verifyRestored();
        QCOMPARE(states.first().first().value<State>(), State::Running);
    }

    void restoreKeepsTheHelperRunning()
    {
        auto client = startClient();
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), State::Running, 20000);
        applyEverything(*client);
        QVERIFY(call([&](auto done) { client->restore(done); }).ok());
        verifyRestored();
        QCOMPARE(client->state(), State::Running);
        // And it can apply again after a restore.
        QVERIFY(call([&](auto done) { client->applyRedirect(redirectConfig(), done); }).ok());
        QVERIFY(m_netns.hasKtdeskTable());
    }

    void closingStdinUndoesEverything()
    {
        auto client = startClient();
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), State::Running, 20000);
        applyEverything(*client);
        const qint64 pid = client->processId();
        // Dropping the client closes the helper's stdin, as the app exiting or crashing does.
        client.reset();
        QTRY_VERIFY_WITH_TIMEOUT(!VpnTest::processExists(pid), 5000);
        verifyRestored();
    }

    void refusalsBecomeErrors()
    {
        auto client = startClient();
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), State::Running, 20000);
        auto dns = waitFor<DnsApplied>([&](auto done) {
            client->applyDns(DnsConfig {{QStringLiteral("cluster.local")},
                                 QHostAddress(QStringLiteral("10.0.0.1")), 53},
                done);
        });
        QVERIFY(dns.has_value());
        QVERIFY(!dns->ok());
        QCOMPARE(dns->error().code, ErrorCode::InvalidInput);
        QVERIFY2(dns->error().message.contains(QStringLiteral("loopback")),
            qPrintable(dns->error().message));
        // KtDesk's DNS server cannot take the address the system already forwards to.
        QVERIFY(m_files.reset());
        {
            QFile resolv(m_files.resolvConfPath());
            QVERIFY(resolv.open(QIODevice::WriteOnly | QIODevice::Truncate));
            resolv.write("nameserver 127.0.0.1\n");
        }
        auto loop = waitFor<DnsApplied>([&](auto done) {
            client->applyDns(DnsConfig {{QStringLiteral("cluster.local")},
                                 QHostAddress(QStringLiteral("127.0.0.1")), 10053},
                done);
        });
        QVERIFY(!loop->ok());
        QCOMPARE(loop->error().code, ErrorCode::Conflict);
        QCOMPARE(VpnTest::HelperFiles::read(m_files.resolvConfPath()),
            QByteArray("nameserver 127.0.0.1\n"));
        QVERIFY(!m_netns.hasKtdeskTable());
        QCOMPARE(client->state(), State::Running);
    }

    void hostileLinesOnTheWire()
    {
        // Raw lines, as a compromised or buggy client could write them.
        QProcess helper;
        TestProcess::dieWithTest(helper);
        helper.start(QStringLiteral("ip"), m_netns.exec(VpnTest::helperPath()));
        QVERIFY(helper.waitForStarted());
        helper.write("{\"id\":1,\"op\":\"redirect\",\"cidrs\":[\"10.0.0.0/8; flush ruleset\"],"
                     "\"port\":1}\n");
        helper.write("{\"id\":2,\"op\":\"hosts\",\"entries\":[{\"ip\":\"10.0.0.1\",\"names\":["
                     "\"web\\n1.2.3.4 bank.example\"]}]}\n");
        helper.write("{\"id\":3,\"op\":\"dns\",\"domains\":[\"cluster.local evil\"],"
                     "\"server\":\"127.0.0.1\",\"port\":53}\n");
        helper.write("sh -c reboot\n");
        helper.write(QByteArray(2 * 1024 * 1024, 'x') + '\n'); // longer than any request
        helper.write("{\"id\":4,\"op\":\"hello\"}\n");
        QByteArray replies;
        QTRY_VERIFY_WITH_TIMEOUT(
            (replies += helper.readAllStandardOutput()).count('\n') >= 6, 20000);
        const QList<QByteArray> lines = replies.trimmed().split('\n');
        QCOMPARE(lines.size(), 6);
        const auto reply
            = [&lines](int i) { return QJsonDocument::fromJson(lines.at(i)).object(); };
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(reply(i).value(QStringLiteral("id")).toInt(), i + 1);
            QCOMPARE(reply(i).value(QStringLiteral("ok")).toBool(), false);
            QCOMPARE(reply(i).value(QStringLiteral("code")).toString(), QStringLiteral("invalid"));
        }
        QVERIFY(reply(3).value(QStringLiteral("id")).isNull()); // "sh -c reboot"
        QVERIFY(reply(4).value(QStringLiteral("id")).isNull()); // the overlong line
        QVERIFY(
            reply(4).value(QStringLiteral("error")).toString().contains(QStringLiteral("longer")));
        QCOMPARE(reply(5).value(QStringLiteral("ok")).toBool(), true); // still serving
        QVERIFY(!m_netns.hasKtdeskTable());
        QVERIFY(m_files.pristine());
        helper.closeWriteChannel();
        QVERIFY(helper.waitForFinished(10000));
        QCOMPARE(helper.exitCode(), 0);
    }

    // Injection attempts through every argument the helper takes, sent to the real helper one by
    // one: each is refused as invalid, the helper keeps serving, and nothing changed.
    void hostileRequestsChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("line");
        const auto redirect = [](const QByteArray &cidr) -> QByteArray {
            return "{\"id\":7,\"op\":\"redirect\",\"cidrs\":[\"" + cidr + "\"],\"port\":2224}";
        };
        const auto exclude = [](const QByteArray &cidr) -> QByteArray {
            return "{\"id\":7,\"op\":\"redirect\",\"cidrs\":[\"10.96.0.0/12\"],\"excludeCidrs\":[\""
                + cidr + "\"],\"port\":2224}";
        };
        const auto dns = [](const QByteArray &domain) -> QByteArray {
            return "{\"id\":7,\"op\":\"dns\",\"domains\":[\"" + domain
                + "\"],\"server\":\"127.0.0.1\",\"port\":10053}";
        };
        const auto hosts = [](const QByteArray &ip, const QByteArray &name) -> QByteArray {
            return "{\"id\":7,\"op\":\"hosts\",\"entries\":[{\"ip\":\"" + ip + "\",\"names\":[\""
                + name + "\"]}]}";
        };
        QTest::newRow("cidr: nft statement") << redirect("10.0.0.0/8 } ; flush ruleset ; {");
        QTest::newRow("cidr: newline") << redirect("10.0.0.0/8\\nadd rule ip filter x drop");
        QTest::newRow("cidr: shell") << redirect("$(reboot)");
        QTest::newRow("cidr: the whole internet") << redirect("0.0.0.0/0");
        QTest::newRow("cidr: wider than /8") << redirect("0.0.0.0/1");
        QTest::newRow("cidr: octal") << redirect("010.0.0.0/8");
        QTest::newRow("exclude: nft statement") << exclude("10.96.0.1/32 accept");
        QTest::newRow("port: nft") << QByteArray("{\"id\":7,\"op\":\"redirect\",\"cidrs\":[\"10.96."
                                                 "0.0/12\"],\"port\":\"2224; flush ruleset\"}");
        QTest::newRow("dns: path") << dns("../../etc/passwd");
        QTest::newRow("dns: absolute path") << dns("/etc/shadow");
        QTest::newRow("dns: resolv.conf line") << dns("cluster.local\\nnameserver 6.6.6.6");
        QTest::newRow("dns: resolvectl option") << dns("--interface=lo");
        QTest::newRow("dns: catch-all") << dns("~.");
        QTest::newRow("dns: shell") << dns("`id`.local");
        QTest::newRow("dns: server not loopback")
            << QByteArray("{\"id\":7,\"op\":\"dns\",\"domains\":[\"cluster.local\"],\"server\":"
                          "\"192.0.2.1\",\"port\":53}");
        QTest::newRow("hosts: second line") << hosts("10.96.0.10", "web\\n1.2.3.4 bank.example");
        QTest::newRow("hosts: our own marker") << hosts("10.96.0.10", "# END ktdesk");
        QTest::newRow("hosts: comment") << hosts("10.96.0.10", "web#x");
        QTest::newRow("hosts: path") << hosts("10.96.0.10", "../../etc/hosts");
        QTest::newRow("hosts: address with name") << hosts("10.96.0.10 evil", "web");
        QTest::newRow("hosts: localhost hijack") << hosts("10.96.0.10", "localhost");
        QTest::newRow("unknown op with a path")
            << QByteArray("{\"id\":7,\"op\":\"write\",\"path\":\"/etc/sudoers\",\"data\":\"x\"}");
        QTest::newRow("extra member")
            << QByteArray("{\"id\":7,\"op\":\"restore\",\"file\":\"/etc/passwd\"}");
        QTest::newRow("oversized list") << []() -> QByteArray {
            QByteArray cidrs;
            for (int i = 0; i < 300; ++i)
                cidrs += (i ? "," : "") + QByteArray("\"10.") + QByteArray::number(i % 256)
                    + ".0.0/16\"";
            return "{\"id\":7,\"op\":\"redirect\",\"cidrs\":[" + cidrs + "],\"port\":2224}";
        }();
        QTest::newRow("deep nesting") << QByteArray("{\"id\":7,\"op\":\"hello\",\"x\":")
                + QByteArray(5000, '[') + QByteArray(5000, ']') + "}";
    }

    void hostileRequestsChangeNothing()
    {
        QFETCH(QByteArray, line);
        QProcess helper;
        TestProcess::dieWithTest(helper);
        helper.start(QStringLiteral("ip"), m_netns.exec(VpnTest::helperPath()));
        QVERIFY(helper.waitForStarted());
        helper.write(line + "\n{\"id\":8,\"op\":\"hello\"}\n");
        QByteArray replies;
        QTRY_VERIFY_WITH_TIMEOUT(
            (replies += helper.readAllStandardOutput()).count('\n') >= 2, 20000);
        const QList<QByteArray> lines = replies.trimmed().split('\n');
        const QJsonObject refusal = QJsonDocument::fromJson(lines.at(0)).object();
        QCOMPARE(refusal.value(QStringLiteral("ok")).toBool(true), false);
        QVERIFY2(
            !refusal.value(QStringLiteral("error")).toString().isEmpty(), lines.at(0).constData());
        QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(QStringLiteral("ok")).toBool(),
            true); // still serving
        QVERIFY(!m_netns.hasKtdeskTable());
        QVERIFY(m_files.pristine());
        helper.closeWriteChannel();
        QVERIFY(helper.waitForFinished(10000));
        QCOMPARE(helper.exitCode(), 0);
    }

    void killedHelperIsUndoneByTheNextOne()
    {
        auto client = startClient();
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), State::Running, 20000);
        applyEverything(*client);
        QSignalSpy errors(client.get(), &NetworkConfigurator::errorOccurred);
        ::kill(static_cast<pid_t>(client->processId()), SIGKILL);
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), State::Failed, 5000);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().first().value<Error>().code, ErrorCode::Unavailable);
        // Nobody undid anything: the record says what is left.
        verifyApplied();
        QVERIFY(QFile::exists(m_files.recordPath()));
        // Requests to a dead helper fail at once, they do not hang.
        auto late = call([&](auto done) { client->applyRedirect(redirectConfig(), done); });
        QCOMPARE(late.error().code, ErrorCode::Unavailable);

        auto next = startClient();
        QTRY_COMPARE_WITH_TIMEOUT(next->state(), State::Running, 20000);
        QCOMPARE(next->restoredAtStart(),
            (QStringList {QStringLiteral("nftables table ktdesk"), m_files.resolvConfPath(),
                m_files.hostsPath()}));
        verifyRestored();
    }

    void restoreOptionUndoesAKilledHelper()
    {
        auto client = startClient();
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), State::Running, 20000);
        applyEverything(*client);
        ::kill(static_cast<pid_t>(client->processId()), SIGKILL);
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), State::Failed, 5000);
        verifyApplied();
        const auto restore = VpnTest::runAsync(QStringLiteral("ip"),
            m_netns.exec(VpnTest::helperPath(), {QStringLiteral("--restore")}));
        QVERIFY2(restore.exitCode == 0, restore.err.constData());
        verifyRestored();
        // Nothing left: a second run has nothing to do and says so by succeeding quietly.
        const auto again = VpnTest::runAsync(QStringLiteral("ip"),
            m_netns.exec(VpnTest::helperPath(), {QStringLiteral("--restore")}));
        QCOMPARE(again.exitCode, 0);
        QVERIFY(!again.err.contains("undid"));
    }

    void damagedRecordIsKeptAside()
    {
        QVERIFY(QDir().mkpath(m_files.stateDir()));
        {
            QFile record(m_files.recordPath());
            QVERIFY(record.open(QIODevice::WriteOnly));
            record.write("{\"format\":1,\"hosts\":");
        }
        auto client = startClient();
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), State::Running, 20000);
        QVERIFY(QFile::exists(m_files.recordPath() + QStringLiteral(".damaged")));
        QCOMPARE(client->startupWarnings().size(), 1);
        QVERIFY(client->startupWarnings().first().contains(QStringLiteral("damaged")));
        QVERIFY(!QFile::exists(m_files.recordPath()));
        QVERIFY(call([&](auto done) { client->applyRedirect(redirectConfig(), done); }).ok());
        QVERIFY(call([&](auto done) { client->stop(done); }).ok());
        QVERIFY(!m_netns.hasKtdeskTable());
        QFile::remove(m_files.recordPath() + QStringLiteral(".damaged"));
    }

    void missingProgramFails()
    {
        PrivilegedHelperClient client(
            PrivilegedHelperClient::Launch {QStringLiteral("/nonexistent/ktdesk-helper"), {}});
        QSignalSpy errors(&client, &NetworkConfigurator::errorOccurred);
        std::optional<Result<void>> redirect;
        client.start();
        client.applyRedirect(redirectConfig(), [&](Result<void> r) { redirect = r; });
        QTRY_COMPARE(client.state(), State::Failed);
        QTRY_VERIFY(redirect.has_value());
        QCOMPARE(redirect->error().code, ErrorCode::Unavailable);
        QCOMPARE(errors.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPrivilegedHelper)
#include "tst_privilegedhelper.moc"
