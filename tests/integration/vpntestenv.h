#pragma once

// Test helpers for connect's vpn mode: a client network namespace of the test's own (so that
// nftables rules, routes and the helper's work never touch the host's network), temporary hosts
// and resolv.conf files for the helper, and small process utilities. Setup and teardown only.

#include "testcluster.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace VpnTest {

inline bool isRoot()
{
    return ::geteuid() == 0;
}

// Runs a command to completion without blocking the event loop (servers in this process keep
// working while it runs).
inline TestCluster::Run runAsync(const QString &program, const QStringList &args,
    const QByteArray &input = {}, int timeoutMs = 60000)
{
    QProcess process;
    TestProcess::dieWithTest(process);
    process.start(program, args);
    if (!process.waitForStarted(10000))
        return {-1, {}, process.errorString().toUtf8()};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    QSignalSpy finished(&process, &QProcess::finished);
    if (!finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-1, process.readAllStandardOutput(), "timed out"};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), process.readAllStandardError()};
}

inline bool processExists(qint64 pid)
{
    return pid > 0 && ::kill(static_cast<pid_t>(pid), 0) == 0;
}

// `ip netns add ktvpn-<pid>[-suffix]` with lo up and a default route: the stand-in for a
// laptop's network, where packets for the cluster's addresses would otherwise go nowhere.
class ClientNetns
{
public:
    explicit ClientNetns(const QString &suffix = {})
        : m_name(QStringLiteral("ktvpn-%1").arg(::getpid())
            + (suffix.isEmpty() ? QString() : QLatin1Char('-') + suffix))
    { }
    ~ClientNetns() { destroy(); }
    Q_DISABLE_COPY_MOVE(ClientNetns)

    QString name() const { return m_name; }

    QString create()
    {
        destroy();
        const auto ip = [](const QStringList &args) {
            const auto result = TestCluster::run(QStringLiteral("ip"), args);
            return result.exitCode == 0
                ? QString()
                : QStringLiteral("ip %1: %2")
                      .arg(args.join(QLatin1Char(' ')), QString::fromUtf8(result.err));
        };
        if (QString error = ip({QStringLiteral("netns"), QStringLiteral("add"), m_name});
            !error.isEmpty())
            return error;
        m_created = true;
        const QString n = m_name;
        // The uplink is a veth pair with both ends inside: what leaves through it arrives at
        // its peer, which does not forward, so without KtDesk cluster addresses lead nowhere.
        const QList<QStringList> steps {
            {QStringLiteral("-n"), n, QStringLiteral("link"), QStringLiteral("set"),
                QStringLiteral("lo"), QStringLiteral("up")},
            {QStringLiteral("-n"), n, QStringLiteral("link"), QStringLiteral("add"),
                QStringLiteral("uplink0"), QStringLiteral("type"), QStringLiteral("veth"),
                QStringLiteral("peer"), QStringLiteral("name"), QStringLiteral("uplink1")},
            {QStringLiteral("-n"), n, QStringLiteral("link"), QStringLiteral("set"),
                QStringLiteral("uplink0"), QStringLiteral("up")},
            {QStringLiteral("-n"), n, QStringLiteral("link"), QStringLiteral("set"),
                QStringLiteral("uplink1"), QStringLiteral("up")},
            // TEST-NET-1: a source address for the default route.
            {QStringLiteral("-n"), n, QStringLiteral("addr"), QStringLiteral("add"),
                QStringLiteral("192.0.2.1/32"), QStringLiteral("dev"), QStringLiteral("uplink0")},
            {QStringLiteral("-n"), n, QStringLiteral("route"), QStringLiteral("add"),
                QStringLiteral("default"), QStringLiteral("dev"), QStringLiteral("uplink0")},
        };
        for (const QStringList &step : steps) {
            if (QString error = ip(step); !error.isEmpty())
                return error;
        }
        return {};
    }

    void destroy()
    {
        if (!m_created)
            return;
        const auto pids = TestCluster::run(
            QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("pids"), m_name});
        for (const QByteArray &pid : pids.out.split('\n')) {
            if (!pid.trimmed().isEmpty())
                ::kill(static_cast<pid_t>(pid.trimmed().toLongLong()), SIGKILL);
        }
        TestCluster::run(
            QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("del"), m_name});
        m_created = false;
    }

    // `ip netns exec <name> program args...` as a program and argument list.
    QStringList exec(const QString &program, const QStringList &args = {}) const
    {
        return QStringList {QStringLiteral("netns"), QStringLiteral("exec"), m_name, program}
        + args;
    }

    bool hasKtdeskTable() const
    {
        return TestCluster::run(QStringLiteral("ip"),
                   exec(QStringLiteral("nft"),
                       {QStringLiteral("list"), QStringLiteral("table"), QStringLiteral("ip"),
                           QStringLiteral("ktdesk")}))
                   .exitCode
            == 0;
    }

    QByteArray ruleset() const
    {
        return TestCluster::run(QStringLiteral("ip"),
            exec(QStringLiteral("nft"), {QStringLiteral("list"), QStringLiteral("ruleset")}))
            .out;
    }

private:
    QString m_name;
    bool m_created = false;
};

// The helper's record directory and the files it edits, as temporary copies; exported through
// the KTDESK_HELPER_* variables that every helper started by this test inherits.
class HelperFiles
{
public:
    static QByteArray originalHosts()
    {
        return "127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost\n# no final newline below\n"
               "192.168.7.7 nas";
    }
    static QByteArray originalResolvConf()
    {
        return "# test resolv.conf\nsearch lan\nnameserver 192.0.2.53\noptions edns0\n";
    }

    // Where the hosts file and resolv.conf are (default: in the temporary directory). tst_vpn
    // uses /etc/netns/<netns>/, which `ip netns exec` mounts over /etc for its commands.
    bool setUp(const QString &hostsFile = {}, const QString &resolvConf = {})
    {
        if (!m_dir.isValid())
            return false;
        m_hostsPath = hostsFile.isEmpty() ? m_dir.filePath(QStringLiteral("hosts")) : hostsFile;
        m_resolvConfPath
            = resolvConf.isEmpty() ? m_dir.filePath(QStringLiteral("resolv.conf")) : resolvConf;
        qputenv("KTDESK_HELPER_STATE_DIR", stateDir().toUtf8());
        qputenv("KTDESK_HELPER_HOSTS_FILE", hostsPath().toUtf8());
        qputenv("KTDESK_HELPER_RESOLV_CONF", resolvConfPath().toUtf8());
        qputenv("KTDESK_HELPER_DNS_BACKEND", "resolv.conf");
        return reset();
    }

    bool reset()
    {
        QDir(stateDir()).removeRecursively();
        return write(hostsPath(), originalHosts()) && write(resolvConfPath(), originalResolvConf());
    }

    QString stateDir() const { return m_dir.filePath(QStringLiteral("state")); }
    QString hostsPath() const { return m_hostsPath; }
    QString resolvConfPath() const { return m_resolvConfPath; }
    QString recordPath() const
    {
        return QDir(stateDir()).filePath(QStringLiteral("helper-record.json"));
    }

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
    }

    bool pristine() const
    {
        return read(hostsPath()) == originalHosts()
            && read(resolvConfPath()) == originalResolvConf();
    }

private:
    static bool write(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && file.write(content) == content.size();
    }

    QTemporaryDir m_dir;
    QString m_hostsPath;
    QString m_resolvConfPath;
};

inline QString helperPath()
{
    return qEnvironmentVariable("KT_BINARY_DIR") + QStringLiteral("/bin/ktdesk-helper");
}

} // namespace VpnTest

#define KT_REQUIRE_ROOT_NETNS()                                                                    \
    do {                                                                                           \
        if (!VpnTest::isRoot())                                                                    \
            QSKIP("needs root: creates a network namespace and nftables rules inside it");         \
        if (QStandardPaths::findExecutable(                                                        \
                QStringLiteral("nft"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")})     \
                .isEmpty())                                                                        \
            QSKIP("needs nft (nftables)");                                                         \
    } while (false)
