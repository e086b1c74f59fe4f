#include "connectverb.h"

#include "cliapp.h"
#include "platform/helperprotocol.h"
#include "session/connectsession.h"
#include "sessionrunner.h"
#include "tunnel/cidrdetector.h"
#include "verbflags.h"

#include <QTextStream>

namespace Kt::Cli {

QString ConnectVerb::help()
{
    return tr("Usage: ktdesk-cli connect [flags]\n\n"
              "Connects this machine to the cluster network through a shadow pod.\n\n"
              "Flags:\n"
              "      --mode MODE               socks (default; also socks5, proxy): a SOCKS5 and "
              "HTTP proxy,\n"
              "                                no privileges needed. vpn (also tun2socks, "
              "sshuttle): every\n"
              "                                program reaches the cluster; needs administrator "
              "rights once\n"
              "                                (pkexec) for KtDesk's network helper.\n"
              "      --dnsMode MODE            vpn mode: localDNS (default; localDNS:IP[:PORT],... "
              "names the\n"
              "                                resolvers for other names) or hosts "
              "(hosts:ns1,ns2: whose\n"
              "                                Services; default the current namespace)\n"
              "      --clusterDomain DOMAIN    the cluster's DNS domain (default cluster.local)\n"
              "      --includeIps CIDR,...     vpn mode: more networks to send into the cluster\n"
              "      --excludeIps CIDR,...     vpn mode: networks never sent into the cluster\n"
              "      --disablePodIp            vpn mode: only service networks, not pod networks\n"
              "      --shareShadow             use the shared shadow kt-connect-shadow-daemon "
              "(made if missing;\n"
              "                                the last one to disconnect removes it)\n"
              "      --proxyPort PORT          proxy port (default 2223)\n"
              "      --proxyAddr ADDR          proxy address (default 127.0.0.1; others expose the "
              "proxy)\n"
              "      --sshKeyType TYPE         ed25519 (default) or rsa\n\n"
              "Global flags (-n, -c, --context, -i, -l, --withAnnotation, --podCreationTimeout,\n"
              "--portForwardTimeout, ...): ktdesk-cli --help.\n"
              "Then use socks5h://127.0.0.1:2223 (names resolve in the cluster) or "
              "http://127.0.0.1:2223.\n"
              "Ctrl-C disconnects and removes the shadow pod.\n");
}

int ConnectVerb::run(
    const GlobalOptions &global, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Session::ConnectSession::Options options;
    options.target = {global.kubeconfig, global.context, global.namespaceName};
    applyShadowFlags(global, options);
    QString mode = QStringLiteral("socks");
    // Tests only: the laptop side of vpn mode in this network namespace (needs root).
    options.vpn.netns = qEnvironmentVariable("KTDESK_TEST_LAPTOP_NETNS");
    QString dnsMode;
    const auto cidrList = [](QList<Platform::Ipv4Cidr> *target) {
        return [target](const QString &value) {
            auto cidrs = Tunnel::CidrDetector::parseList(value);
            if (!cidrs)
                return cidrs.error().toString();
            target->append(*cidrs);
            return QString();
        };
    };
    QStringList positionals;
    const std::optional<int> stop
        = VerbFlags(QStringLiteral("connect"))
              .value({QStringLiteral("--mode"), QStringLiteral("--method")},
                  [&mode](const QString &value) {
                      mode = value.toLower();
                      return QString();
                  })
              .text({QStringLiteral("--dnsMode")}, &dnsMode)
              .value({QStringLiteral("--clusterDomain")},
                  [&options](const QString &value) {
                      if (!Platform::HelperProtocol::isValidHostName(value))
                          return tr("\"%1\" is not a DNS domain.").arg(value);
                      options.vpn.clusterDomain = value.toLower();
                      return QString();
                  })
              .value({QStringLiteral("--includeIps"), QStringLiteral("--cidr")},
                  cidrList(&options.vpn.includeIps))
              .value({QStringLiteral("--excludeIps")}, cidrList(&options.vpn.excludeIps))
              .toggle({QStringLiteral("--shareShadow")}, &options.shareShadow)
              .toggle({QStringLiteral("--disablePodIp")}, &options.vpn.disablePodIp)
              .port({QStringLiteral("--proxy"), QStringLiteral("--proxyPort")}, &options.proxyPort)
              .value({QStringLiteral("--proxyAddr")},
                  [&options](const QString &value) {
                      if (!options.proxyAddress.setAddress(value))
                          return tr("\"%1\" is not an IP address.").arg(value);
                      return QString();
                  })
              .value({QStringLiteral("--sshKeyType")},
                  [&options](const QString &value) {
                      if (value == QLatin1String("rsa"))
                          options.keyType = Tunnel::SshKeyPair::Type::Rsa;
                      else if (value != QLatin1String("ed25519"))
                          return tr("--sshKeyType is ed25519 or rsa.");
                      return QString();
                  })
              .parse(arguments, positionals, help(), out, err);
    if (stop)
        return *stop;
    if (!positionals.isEmpty()) {
        err << tr("ktdesk-cli connect: takes no arguments, only flags (got \"%1\").")
                   .arg(positionals.first())
            << '\n';
        return ExitUsage;
    }
    if (!dnsMode.isEmpty()) {
        const QString kind = dnsMode.section(QLatin1Char(':'), 0, 0);
        const QString rest = dnsMode.section(QLatin1Char(':'), 1);
        if (kind.compare(QLatin1String("localDNS"), Qt::CaseInsensitive) == 0) {
            options.vpn.dnsMode = Session::LaptopNetwork::DnsMode::LocalDns;
            for (const QString &server : rest.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                Tunnel::DnsUpstream upstream;
                const QString host = server.section(QLatin1Char(':'), 0, 0);
                const QString port = server.section(QLatin1Char(':'), 1);
                bool portOk = true;
                if (!port.isEmpty())
                    upstream.port = static_cast<quint16>(port.toUShort(&portOk));
                if (!upstream.address.setAddress(host) || !portOk || upstream.port == 0) {
                    err << tr("ktdesk-cli connect: \"%1\" is not a DNS server address "
                              "(IP or IP:PORT).")
                               .arg(server)
                        << '\n';
                    return ExitUsage;
                }
                options.vpn.dnsUpstreams.append(upstream);
            }
        } else if (kind.compare(QLatin1String("hosts"), Qt::CaseInsensitive) == 0) {
            options.vpn.dnsMode = Session::LaptopNetwork::DnsMode::Hosts;
            options.vpn.hostsNamespaces = rest.split(QLatin1Char(','), Qt::SkipEmptyParts);
        } else if (kind.compare(QLatin1String("podDNS"), Qt::CaseInsensitive) == 0) {
            err << tr("ktdesk-cli connect: --dnsMode podDNS is not supported; use localDNS "
                      "(which asks the cluster DNS for cluster names) or hosts.")
                << '\n';
            return ExitUnavailable;
        } else {
            err << tr("ktdesk-cli connect: --dnsMode is localDNS[:servers] or "
                      "hosts[:namespaces], not \"%1\".")
                       .arg(dnsMode)
                << '\n';
            return ExitUsage;
        }
    }
    if (mode == QLatin1String("vpn") || mode == QLatin1String("tun2socks")
        || mode == QLatin1String("sshuttle")) {
        options.mode = Session::ConnectSession::Mode::Vpn;
    } else if (mode != QLatin1String("socks") && mode != QLatin1String("socks5")
        && mode != QLatin1String("proxy")) {
        err << tr("ktdesk-cli connect: unknown --mode \"%1\".").arg(mode) << '\n';
        return ExitUsage;
    }

    Secrets::SecretStore *secrets = SessionRunner::createSecretStore();
    auto *session = new Session::ConnectSession(options, secrets, qApp);
    return SessionRunner::run(
        session, QStringLiteral("connect"),
        [&options, session] {
            if (session->mode() == Session::ConnectSession::Mode::Vpn)
                return tr("Connected. %1").arg(session->info().detail);
            return tr("Connected. Proxy: socks5h://%1:%2 and http://%1:%2")
                .arg(options.proxyAddress.toString())
                .arg(session->proxyPort());
        },
        out, err);
}

} // namespace Kt::Cli
