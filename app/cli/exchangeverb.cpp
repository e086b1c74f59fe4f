#include "exchangeverb.h"

#include "cliapp.h"
#include "session/exchangesession.h"
#include "sessionrunner.h"
#include "verbflags.h"

#include <QTextStream>

namespace Kt::Cli {

QString ExchangeVerb::help()
{
    return tr(
        "Usage: ktdesk-cli exchange <service | deploy/NAME> --expose LOCAL[:REMOTE][,...] "
        "[flags]\n\n"
        "Sends the Service's traffic to ports on this machine through a shadow pod.\n\n"
        "Flags:\n"
        "      --expose PORTS            local port, or local:remote with remote a target port of "
        "the Service\n"
        "      --mode MODE               selector (default): the Service is pointed at the "
        "shadow;\n"
        "                                scale: the Deployment is scaled to 0 while a shadow with "
        "its pod\n"
        "                                labels serves (kt-connect's original mode); ephemeral is "
        "not\n"
        "                                supported\n"
        "      --recoverWaitTime S       scale: seconds to wait for the replicas on the way back "
        "(default 120)\n"
        "\nGlobal flags (-n, -c, --context, -i, -l, --podCreationTimeout, ...): ktdesk-cli "
        "--help.\n"
        "Ctrl-C restores the Service (scale: the Deployment's replicas) and removes the shadow "
        "pod.\n");
}

int ExchangeVerb::run(
    const GlobalOptions &global, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Session::ExchangeSession::Options options;
    options.target = {global.kubeconfig, global.context, global.namespaceName};
    applyShadowFlags(global, options);
    QString expose;
    QString mode = QStringLiteral("selector");
    QStringList names;
    const std::optional<int> stop
        = VerbFlags(QStringLiteral("exchange"))
              .text({QStringLiteral("--expose")}, &expose)
              .text({QStringLiteral("--mode")}, &mode)
              .seconds({QStringLiteral("--recoverWaitTime")}, &options.recoverWaitTime)
              // kt-connect checks that the local port listens first;
              // KtDesk reports a refused local port per connection.
              .ignored({QStringLiteral("--skipPortChecking")})
              .parse(arguments, names, help(), out, err);
    if (stop)
        return *stop;
    if (names.size() > 1) {
        err << tr("ktdesk-cli exchange: one Service or deployment at a time (got \"%1\" too).")
                   .arg(names.at(1))
            << '\n';
        return ExitUsage;
    }
    options.service = names.value(0);
    if (options.service.isEmpty()) {
        err << tr("ktdesk-cli exchange: name the Service or deploy/NAME to exchange.") << '\n';
        return ExitUsage;
    }
    if (mode == QLatin1String("ephemeral")) {
        err << tr("ktdesk-cli exchange: --mode ephemeral is not supported by KtDesk; use --mode "
                  "selector or --mode scale.")
            << '\n';
        return ExitUnavailable;
    }
    if (mode == QLatin1String("scale")) {
        options.mode = Session::ExchangeSession::Mode::Scale;
    } else if (mode != QLatin1String("selector")) {
        err << tr("ktdesk-cli exchange: unknown --mode \"%1\".").arg(mode) << '\n';
        return ExitUsage;
    }
    const Result<QList<Session::PortPair>> ports = Session::PortPair::parseList(expose);
    if (!ports) {
        err << tr("ktdesk-cli exchange: %1")
                   .arg(expose.isEmpty() ? tr("--expose is required.") : ports.error().toString())
            << '\n';
        return ExitUsage;
    }
    options.expose = *ports;
    auto *session = new Session::ExchangeSession(options, SessionRunner::createSecretStore(), qApp);
    return SessionRunner::run(
        session, QStringLiteral("exchange"),
        [session, ports = *ports] {
            QStringList local;
            for (const Session::PortPair &pair : ports)
                local.append(QString::number(pair.local));
            if (!session->deploymentName().isEmpty())
                return tr("Exchanged. Deployment %1 is scaled to 0; requests to its pods now come "
                          "to local port(s) %2.")
                    .arg(session->deploymentName(), local.join(QStringLiteral(", ")));
            return tr("Exchanged. Requests to %1 now come to local port(s) %2.")
                .arg(session->serviceName(), local.join(QStringLiteral(", ")));
        },
        out, err);
}

} // namespace Kt::Cli
