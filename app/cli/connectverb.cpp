#include "connectverb.h"

#include "cliapp.h"
#include "session/connectsession.h"
#include "sessionrunner.h"

#include <QTextStream>

namespace Kt::Cli {

QString ConnectVerb::help()
{
    return tr("Usage: ktdesk-cli connect [flags]\n\n"
              "Connects this machine to the cluster network through a shadow pod.\n\n"
              "Flags:\n"
              "      --mode MODE               socks (default; also socks5, proxy): a SOCKS5 and "
              "HTTP proxy,\n"
              "                                no privileges needed. vpn/tun2socks/sshuttle need "
              "the helper.\n"
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
        err << tr("ktdesk-cli connect: --mode %1 needs the privileged helper, which this build of "
                  "ktdesk-cli "
                  "does not drive yet. Use --mode socks.")
                   .arg(mode)
            << '\n';
        return ExitUnavailable;
    }
    if (mode != QLatin1String("socks") && mode != QLatin1String("socks5")
        && mode != QLatin1String("proxy")) {
        err << tr("ktdesk-cli connect: unknown --mode \"%1\".").arg(mode) << '\n';
        return ExitUsage;
    }

    Secrets::SecretStore *secrets = SessionRunner::createSecretStore();
    auto *session = new Session::ConnectSession(options, secrets, qApp);
    return SessionRunner::run(
        session, QStringLiteral("connect"),
        [&options, session] {
            return tr("Connected. Proxy: socks5h://%1:%2 and http://%1:%2")
                .arg(options.proxyAddress.toString())
                .arg(session->proxyPort());
        },
        out, err);
}

} // namespace Kt::Cli
