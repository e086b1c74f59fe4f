#include "connectverb.h"

#include "cliapp.h"
#include "platform/helperprotocol.h"
#include "session/connectsession.h"
#include "sessionrunner.h"
#include "tunnel/cidrdetector.h"

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
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString argument = arguments.at(i);
        QString name = argument;
        QString value;
        bool inlineValue = false;
        if (argument.startsWith(QLatin1String("--")) && argument.contains(QLatin1Char('='))) {
            name = argument.section(QLatin1Char('='), 0, 0);
            value = argument.section(QLatin1Char('='), 1);
            inlineValue = true;
        }
        const auto needValue = [&]() -> bool {
            if (inlineValue)
                return true;
            if (i + 1 >= arguments.size()) {
                err << tr("ktdesk-cli connect: %1 needs a value.").arg(name) << '\n';
                return false;
            }
            value = arguments.at(++i);
            return true;
        };
        const auto needPort = [&](quint16 &port) -> bool {
            if (!needValue())
                return false;
            bool ok = false;
            const uint parsed = value.toUInt(&ok);
            if (!ok || parsed == 0 || parsed > 65535) {
                err << tr("ktdesk-cli connect: %1 wants a port from 1 to 65535, not \"%2\".")
                           .arg(name, value)
                    << '\n';
                return false;
            }
            port = static_cast<quint16>(parsed);
            return true;
        };
        if (name == QLatin1String("-h") || name == QLatin1String("--help")) {
            out << help();
            return ExitOk;
        } else if (name == QLatin1String("--mode") || name == QLatin1String("--method")) {
            if (!needValue())
                return ExitUsage;
            mode = value.toLower();
        } else if (name == QLatin1String("--dnsMode")) {
            if (!needValue())
                return ExitUsage;
            const QString kind = value.section(QLatin1Char(':'), 0, 0);
            const QString rest = value.section(QLatin1Char(':'), 1);
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
                           .arg(value)
                    << '\n';
                return ExitUsage;
            }
        } else if (name == QLatin1String("--clusterDomain")) {
            if (!needValue())
                return ExitUsage;
            if (!Platform::HelperProtocol::isValidHostName(value)) {
                err << tr("ktdesk-cli connect: \"%1\" is not a DNS domain.").arg(value) << '\n';
                return ExitUsage;
            }
            options.vpn.clusterDomain = value.toLower();
        } else if (name == QLatin1String("--includeIps") || name == QLatin1String("--excludeIps")
            || name == QLatin1String("--cidr")) {
            if (!needValue())
                return ExitUsage;
            auto cidrs = Tunnel::CidrDetector::parseList(value);
            if (!cidrs) {
                err << "ktdesk-cli connect: " << cidrs.error().toString() << '\n';
                return ExitUsage;
            }
            (name == QLatin1String("--excludeIps") ? options.vpn.excludeIps
                                                   : options.vpn.includeIps)
                .append(*cidrs);
        } else if (name == QLatin1String("--shareShadow")) {
            options.shareShadow = true;
        } else if (name == QLatin1String("--disablePodIp")) {
            options.vpn.disablePodIp = true;
        } else if (name == QLatin1String("--proxyPort") || name == QLatin1String("--proxy")) {
            if (!needPort(options.proxyPort))
                return ExitUsage;
        } else if (name == QLatin1String("--proxyAddr")) {
            if (!needValue())
                return ExitUsage;
            if (!options.proxyAddress.setAddress(value)) {
                err << tr("ktdesk-cli connect: \"%1\" is not an IP address.").arg(value) << '\n';
                return ExitUsage;
            }
        } else if (name == QLatin1String("--sshKeyType")) {
            if (!needValue())
                return ExitUsage;
            if (value == QLatin1String("rsa"))
                options.keyType = Tunnel::SshKeyPair::Type::Rsa;
            else if (value != QLatin1String("ed25519")) {
                err << tr("ktdesk-cli connect: --sshKeyType is ed25519 or rsa.") << '\n';
                return ExitUsage;
            }
        } else {
            err << tr("ktdesk-cli connect: unknown flag \"%1\". See ktdesk-cli connect --help.")
                       .arg(argument)
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
