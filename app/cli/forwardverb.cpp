#include "forwardverb.h"

#include "cliapp.h"
#include "session/forwardsession.h"
#include "sessionrunner.h"
#include "verbflags.h"

#include <QTextStream>

namespace Kt::Cli {

QString ForwardVerb::help()
{
    return tr("Usage: ktdesk-cli forward <service> [LOCAL[:REMOTE]] [flags]\n\n"
              "Forwards a local port to a port of the Service, through a ready pod behind it.\n"
              "When that pod goes away, new connections go to another ready pod.\n\n"
              "  LOCAL      local port (default: the Service port's number; 0: any free port)\n"
              "  REMOTE     the Service's port (default: its only port, or the one equal to "
              "LOCAL,\n"
              "             else its first)\n\n"
              "Flags:\n"
              "      --address ADDR            listen address (default 127.0.0.1)\n\n"
              "Global flags (-n, -c, --context, --portForwardTimeout, ...): ktdesk-cli --help.\n"
              "Ctrl-C closes the forward; nothing in the cluster is changed.\n");
}

namespace {

std::optional<quint16> parsePort(const QString &text, bool allowZero)
{
    bool ok = false;
    const uint port = text.toUInt(&ok);
    if (!ok || port > 65535 || (port == 0 && !allowZero))
        return std::nullopt;
    return static_cast<quint16>(port);
}

} // namespace

int ForwardVerb::run(
    const GlobalOptions &global, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Session::ForwardSession::Options options;
    options.target = {global.kubeconfig, global.context, global.namespaceName};
    options.portForwardTimeout = global.portForwardTimeout;
    QStringList positional;
    const std::optional<int> stop = VerbFlags(QStringLiteral("forward"))
                                        .value({QStringLiteral("--address")},
                                            [&options](const QString &value) {
                                                if (!options.address.setAddress(value))
                                                    return tr("--address wants an IP address, "
                                                              "not \"%1\".")
                                                        .arg(value);
                                                return QString();
                                            })
                                        .parse(arguments, positional, help(), out, err);
    if (stop)
        return *stop;
    if (positional.isEmpty() || positional.size() > 2) {
        err << tr("ktdesk-cli forward: name one Service, optionally followed by LOCAL[:REMOTE].")
            << '\n';
        return ExitUsage;
    }
    options.service = positional.at(0);
    if (positional.size() == 2) {
        const QString ports = positional.at(1);
        const std::optional<quint16> local = parsePort(ports.section(QLatin1Char(':'), 0, 0), true);
        const std::optional<quint16> remote = ports.contains(QLatin1Char(':'))
            ? parsePort(ports.section(QLatin1Char(':'), 1), false)
            : std::optional<quint16>(0);
        if (!local || !remote || ports.count(QLatin1Char(':')) > 1) {
            err << tr("ktdesk-cli forward: \"%1\" is not LOCAL[:REMOTE] (ports 1 to 65535; LOCAL "
                      "may be 0).")
                       .arg(ports)
                << '\n';
            return ExitUsage;
        }
        options.localPort = *local;
        options.remotePort = *remote;
    }
    auto *session = new Session::ForwardSession(options, qApp);
    return SessionRunner::run(
        session, QStringLiteral("forward"),
        [session, address = options.address] {
            return tr("Forwarding %1:%2 to Service %3 (pod %4).")
                .arg(address.toString())
                .arg(session->localPort())
                .arg(session->serviceName(), session->currentPod());
        },
        out, err);
}

} // namespace Kt::Cli
