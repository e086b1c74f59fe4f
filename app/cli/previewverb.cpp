#include "previewverb.h"

#include "cliapp.h"
#include "session/previewsession.h"
#include "sessionrunner.h"
#include "verbflags.h"

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
    bool exposeGiven = false;
    QStringList names;
    const std::optional<int> stop
        = VerbFlags(QStringLiteral("preview"))
              // `--expose 8080` or, in the older form, a bare `--expose` next to --port.
              .optionalText({QStringLiteral("--expose")}, &expose, &exposeGiven,
                  [](const QString &next) { return !next.isEmpty() && next.front().isDigit(); })
              .text({QStringLiteral("--port")}, &port)
              .toggle({QStringLiteral("--external")}, &options.external)
              .parse(arguments, names, help(), out, err);
    if (stop)
        return *stop;
    if (names.size() > 1) {
        err << tr("ktdesk-cli preview: one Service name at a time (got \"%1\" too).")
                   .arg(names.at(1))
            << '\n';
        return ExitUsage;
    }
    options.service = names.value(0);
    if (options.service.isEmpty()) {
        err << tr("ktdesk-cli preview: name the Service to create.") << '\n';
        return ExitUsage;
    }
    if (expose.isEmpty() && (exposeGiven || !port.isEmpty()))
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
