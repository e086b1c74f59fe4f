// The app side of connect's vpn mode, as a separate process so that tst_vpn can SIGKILL it:
// an SshTunnel to the cluster's shadow sshd, a TransparentProxy, a DnsServer (cluster names go
// to the cluster DNS through a SOCKS5 ProxyServer on the same tunnel), and ktdesk-helper driven
// through PrivilegedHelperClient (redirect, DNS, hosts).
//
//   ktvpn-testapp NETNS SSH_HOST SSH_PORT KEY_FILE HELPER CIDRS HOSTS_IP
//
// The SSH connection is made in the host's network namespace (where the shadow sshd is
// reachable); then the process joins the client namespace NETNS, where everything else runs:
// the proxy listens on that namespace's loopback and the helper (a child) edits its nftables.
// Events are JSON lines on stdout; "counters" on stdin asks for the proxy's counters; end of
// stdin stops everything in order.
#include "platform/privilegedhelperclient.h"
#include "tunnel/dnsserver.h"
#include "tunnel/proxyserver.h"
#include "tunnel/servicedirectory.h"
#include "tunnel/sshtunnel.h"
#include "tunnel/transparentproxy.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <arpa/inet.h>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <sched.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Kt;
using namespace Kt::Platform;
using namespace Kt::Tunnel;

namespace {

void emitEvent(const QJsonObject &event)
{
    const QByteArray line = QJsonDocument(event).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
    std::fflush(stdout);
}

[[noreturn]] void die(const QString &message)
{
    emitEvent(
        {{QStringLiteral("event"), QStringLiteral("failed")}, {QStringLiteral("error"), message}});
    std::exit(1);
}

int connectTcp(const char *host, int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<quint16>(port));
    if (fd < 0 || ::inet_pton(AF_INET, host, &address.sin_addr) != 1
        || ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
        return -1;
    return fd;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 8) {
        std::fprintf(stderr,
            "usage: ktvpn-testapp NETNS SSH_HOST SSH_PORT KEY_FILE HELPER CIDRS HOSTS_IP\n");
        return 2;
    }
    // Before any thread exists: the socket in the host namespace, then this (only) thread moves
    // to the client namespace, and every thread and child created later starts there.
    const int sshFd = connectTcp(argv[2], std::atoi(argv[3]));
    if (sshFd < 0)
        die(QStringLiteral("cannot reach sshd: %1")
                .arg(QString::fromLocal8Bit(std::strerror(errno))));
    const QByteArray netnsPath = QByteArray("/run/netns/") + argv[1];
    const int netnsFd = ::open(netnsPath.constData(), O_RDONLY | O_CLOEXEC);
    if (netnsFd < 0 || ::setns(netnsFd, CLONE_NEWNET) != 0)
        die(QStringLiteral("cannot join %1").arg(QString::fromLocal8Bit(netnsPath)));
    ::close(netnsFd);

    QCoreApplication app(argc, argv);
    QFile keyFile(QString::fromLocal8Bit(argv[4]));
    if (!keyFile.open(QIODevice::ReadOnly))
        die(QStringLiteral("cannot read the key"));

    SshTunnel tunnel;
    TransparentProxy proxy(&tunnel);
    ProxyServer socks(&tunnel);
    ServiceDirectory directory;
    DnsServer dns(&directory);
    PrivilegedHelperClient helper(
        PrivilegedHelperClient::directLaunch(QString::fromLocal8Bit(argv[5])));
    RedirectConfig redirect;
    for (const QString &text : QString::fromLocal8Bit(argv[6]).split(QLatin1Char(','))) {
        auto cidr = Ipv4Cidr::parse(text);
        if (!cidr)
            die(cidr.error().message);
        redirect.cidrs.append(*cidr);
    }
    const auto hostsIp = Ipv4Cidr::parseAddress(QString::fromLocal8Bit(argv[7]));
    if (!hostsIp)
        die(QStringLiteral("bad HOSTS_IP"));

    QObject::connect(&tunnel, &SshTunnel::errorOccurred, &app,
        [](const Error &error) { die(QStringLiteral("tunnel: ") + error.message); });
    QObject::connect(&helper, &NetworkConfigurator::errorOccurred, &app, [](const Error &error) {
        emitEvent({{QStringLiteral("event"), QStringLiteral("helperFailed")},
            {QStringLiteral("error"), error.message}});
    });
    QObject::connect(&proxy, &TransparentProxy::connectionFailed, &app,
        [](const QString &target, const QString &reason) {
            emitEvent({{QStringLiteral("event"), QStringLiteral("connectionFailed")},
                {QStringLiteral("target"), target}, {QStringLiteral("reason"), reason}});
        });

    const auto ready = [&] {
        emitEvent({{QStringLiteral("event"), QStringLiteral("ready")},
            {QStringLiteral("proxyPort"), proxy.port()}, {QStringLiteral("dnsPort"), dns.port()},
            {QStringLiteral("helperPid"), static_cast<double>(helper.processId())}});
    };
    const auto applyHosts = [&] {
        helper.applyHosts(
            {HostsEntry {*hostsIp, {QStringLiteral("web"), QStringLiteral("web.vpn-test")}}},
            [&](Result<void> result) {
                if (!result)
                    die(result.error().message);
                ready();
            });
    };
    const auto applyDns = [&] {
        helper.applyDns(DnsConfig {{QStringLiteral("cluster.local")},
                            QHostAddress(QStringLiteral("127.0.0.1")), dns.port()},
            [&](Result<DnsApplied> result) {
                if (!result)
                    die(result.error().message);
                applyHosts();
            });
    };
    QObject::connect(&helper, &PrivilegedHelperClient::stateChanged, &app,
        [&](PrivilegedHelperClient::State state) {
            if (state != PrivilegedHelperClient::State::Running)
                return;
            redirect.proxyPort = proxy.port();
            helper.applyRedirect(redirect, [&](Result<void> result) {
                if (!result)
                    die(result.error().message);
                applyDns();
            });
        });
    QObject::connect(&tunnel, &SshTunnel::stateChanged, &app, [&](SshTunnel::State state) {
        if (state != SshTunnel::State::Active)
            return;
        if (auto listening = proxy.listen(QHostAddress::LocalHost, 0); !listening)
            die(listening.error().message);
        if (auto listening = socks.listen(QHostAddress::LocalHost, 0); !listening)
            die(listening.error().message);
        DnsServer::Config config;
        config.port = 0;
        config.clusterProxy
            = QNetworkProxy(QNetworkProxy::Socks5Proxy, QStringLiteral("127.0.0.1"), socks.port());
        config.upstreams = {DnsUpstream {QHostAddress(QStringLiteral("192.0.2.53")), 53}};
        if (auto started = dns.start(config); !started)
            die(started.error().message);
        helper.start();
    });

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray buffer;
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char chunk[256];
        const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (n > 0) {
            buffer.append(chunk, n);
            while (buffer.contains('\n')) {
                const QByteArray line = buffer.left(buffer.indexOf('\n'));
                buffer.remove(0, line.size() + 1);
                if (line == "counters") {
                    const TransparentProxy::Counters counters = proxy.counters();
                    emitEvent({{QStringLiteral("event"), QStringLiteral("counters")},
                        {QStringLiteral("accepted"), static_cast<double>(counters.accepted)},
                        {QStringLiteral("forwarded"), static_cast<double>(counters.forwarded)},
                        {QStringLiteral("failed"), static_cast<double>(counters.failed)}});
                }
            }
            return;
        }
        input.setEnabled(false);
        helper.stop([&](Result<void> result) {
            emitEvent({{QStringLiteral("event"), QStringLiteral("stopped")},
                {QStringLiteral("ok"), result.ok()},
                {QStringLiteral("error"), result.error().message}});
            tunnel.stop();
            QCoreApplication::exit(result.ok() ? 0 : 1);
        });
    });

    SshEndpoint endpoint;
    endpoint.fd = sshFd;
    endpoint.privateKey = keyFile.readAll();
    endpoint.description = QStringLiteral("test shadow");
    tunnel.start(endpoint);
    return app.exec();
}
