#include "previewverb.h"

#include "cliapp.h"
#include "session/previewsession.h"
#include "sessionrunner.h"

#include <QTextStream>

namespace Kt::Cli {

QString PreviewVerb::help()
{
    return tr("Usage: ktdesk-cli preview <name> --expose LOCAL[:REMOTE][,...] [--external]\n"
              "       ktdesk-cli run <name> --port 8088 --expose\n\n"
              "Publishes local ports as a new Service <name> in the cluster, served through a "
              "shadow pod.\n\n"
              "Flags:\n"
              "      --expose PORTS            local port, or local:remote (the Service's port)\n"
              "      --port PORT               the older form: the port to publish (with a bare "
              "--expose)\n"
              "      --external                a LoadBalancer Service instead of ClusterIP\n"
              "\nGlobal flags (-n, -c, --context, -i, -l, --podCreationTimeout, ...): "
              "ktdesk-cli --help.\n"
              "Ctrl-C removes the Service and the shadow pod.\n");
}

int PreviewVerb::run(
    const GlobalOptions &global, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Session::PreviewSession::Options options;
    options.target = {global.kubeconfig, global.context, global.namespaceName};
    applyShadowFlags(global, options);
    QString expose;
    QString port;
    bool bareExpose = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString argument = arguments.at(i);
        const bool hasInline
            = argument.startsWith(QLatin1String("--")) && argument.contains(QLatin1Char('='));
        const QString name = hasInline ? argument.section(QLatin1Char('='), 0, 0) : argument;
        const auto value = [&]() -> std::optional<QString> {
            if (hasInline)
                return argument.section(QLatin1Char('='), 1);
            if (i + 1 < arguments.size() && !arguments.at(i + 1).startsWith(QLatin1Char('-')))
                return arguments.at(++i);
            return std::nullopt;
        };
        if (name == QLatin1String("-h") || name == QLatin1String("--help")) {
            out << help();
            return ExitOk;
        } else if (name == QLatin1String("--expose")) {
            // `--expose 8080` or, in the older form, a bare `--expose` next to --port.
            if (!hasInline && i + 1 < arguments.size() && arguments.at(i + 1).front().isDigit())
                expose = arguments.at(++i);
            else if (hasInline)
                expose = *value();
            else
                bareExpose = true;
        } else if (name == QLatin1String("--port")) {
            const auto v = value();
            if (!v) {
                err << tr("ktdesk-cli preview: --port needs a value.") << '\n';
                return ExitUsage;
            }
            port = *v;
        } else if (name == QLatin1String("--external")) {
            options.external = true;
        } else if (argument.startsWith(QLatin1Char('-'))) {
            err << tr("ktdesk-cli preview: unknown flag \"%1\". See ktdesk-cli preview --help.")
                       .arg(argument)
                << '\n';
            return ExitUsage;
        } else if (options.service.isEmpty()) {
            options.service = argument;
        } else {
            err << tr("ktdesk-cli preview: one Service name at a time (got \"%1\" too).")
                       .arg(argument)
                << '\n';
            return ExitUsage;
        }
    }
    if (options.service.isEmpty()) {
        err << tr("ktdesk-cli preview: name the Service to create.") << '\n';
        return ExitUsage;
    }
    if (expose.isEmpty() && (bareExpose || !port.isEmpty()))
        expose = port;
    const Result<QList<Session::PortPair>> ports = Session::PortPair::parseList(expose);
    if (!ports) {
        err << tr("ktdesk-cli preview: %1")
                   .arg(expose.isEmpty() ? tr("--expose is required.") : ports.error().toString())
            << '\n';
        return ExitUsage;
    }
    options.expose = *ports;
    auto *session = new Session::PreviewSession(options, SessionRunner::createSecretStore(), qApp);
    const QString name = options.service;
    return SessionRunner::run(
        session, QStringLiteral("preview"),
        [name, ports = *ports] {
            QStringList list;
            for (const Session::PortPair &pair : ports)
                list.append(QStringLiteral("%1 -> local %2").arg(pair.remote).arg(pair.local));
            return tr("Previewing. Service %1 serves from this machine (%2).")
                .arg(name, list.join(QStringLiteral(", ")));
        },
        out, err);
}

} // namespace Kt::Cli
