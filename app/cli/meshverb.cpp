#include "meshverb.h"

#include "cliapp.h"
#include "session/meshsession.h"
#include "sessionrunner.h"
#include "verbflags.h"

#include <QSaveFile>
#include <QTextStream>

namespace Kt::Cli {

QString MeshVerb::help()
{
    return tr(
        "Usage: ktdesk-cli mesh <service> --expose LOCAL[:REMOTE][,...] [flags]\n\n"
        "Sends only the requests that carry your version header to ports on this machine; "
        "everyone\nelse still reaches the Service's pods.\n\n"
        "Flags:\n"
        "      --expose PORTS            local port, or local:remote with remote a target port of "
        "the Service\n"
        "      --mode MODE               auto (default): a router pod (stock nginx) in front of "
        "the Service\n"
        "                                routes on the header; several users share it.\n"
        "                                manual: only the shadow (labelled KEY=VERSION) and Istio "
        "rules to apply\n"
        "      --versionMark MARK        VERSION, KEY: or KEY:VERSION (default key kt-version, "
        "version 5 random\n"
        "                                letters): requests with header \"KEY: VERSION\" come "
        "here\n"
        "      --routerImage IMAGE       the router's nginx image (default %1)\n"
        "      --istioFile FILE          manual: also write the Istio rules to FILE\n"
        "\nGlobal flags (-n, -c, --context, -i, -l, --podCreationTimeout, ...): ktdesk-cli "
        "--help.\n\n"
        "Ports named grpc*, http2* or h2c* (or with appProtocol grpc/h2c) are routed as HTTP/2 "
        "(gRPC);\nothers as HTTP/1.1. Ctrl-C takes your route out; the last user out restores the "
        "Service.\n")
        .arg(Session::kDefaultRouterImage);
}

int MeshVerb::run(
    const GlobalOptions &global, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Session::MeshSession::Options options;
    options.target = {global.kubeconfig, global.context, global.namespaceName};
    applyShadowFlags(global, options);
    QString expose;
    QString mode = QStringLiteral("auto");
    QString istioFile;
    QStringList names;
    const std::optional<int> stop
        = VerbFlags(QStringLiteral("mesh"))
              .text({QStringLiteral("--expose")}, &expose)
              .text({QStringLiteral("--mode")}, &mode)
              .text({QStringLiteral("--versionMark")}, &options.versionMark)
              .text({QStringLiteral("--routerImage")}, &options.routerImage)
              .text({QStringLiteral("--istioFile")}, &istioFile)
              // as for exchange: a refused local port is reported per connection
              .ignored({QStringLiteral("--skipPortChecking")})
              .parse(arguments, names, help(), out, err);
    if (stop)
        return *stop;
    if (names.size() > 1) {
        err << tr("ktdesk-cli mesh: one Service at a time (got \"%1\" too).").arg(names.at(1))
            << '\n';
        return ExitUsage;
    }
    options.service = names.value(0);
    if (options.service.isEmpty()) {
        err << tr("ktdesk-cli mesh: name the Service to mesh.") << '\n';
        return ExitUsage;
    }
    if (mode == QLatin1String("manual")) {
        options.mode = Session::MeshSession::Mode::Manual;
    } else if (mode != QLatin1String("auto")) {
        err << tr("ktdesk-cli mesh: unknown --mode \"%1\" (auto or manual).").arg(mode) << '\n';
        return ExitUsage;
    }
    if (!istioFile.isEmpty() && options.mode != Session::MeshSession::Mode::Manual) {
        err << tr("ktdesk-cli mesh: --istioFile goes with --mode manual.") << '\n';
        return ExitUsage;
    }
    if (const auto mark = Session::MeshSession::parseVersionMark(options.versionMark); !mark) {
        err << tr("ktdesk-cli mesh: %1").arg(mark.error().toString()) << '\n';
        return ExitUsage;
    } else {
        // Fix the random version now, so the journal, the shadow and the messages agree.
        options.versionMark = mark->first + QLatin1Char(':') + mark->second;
    }
    const Result<QList<Session::PortPair>> ports = Session::PortPair::parseList(expose);
    if (!ports) {
        err << tr("ktdesk-cli mesh: %1")
                   .arg(expose.isEmpty() ? tr("--expose is required.") : ports.error().toString())
            << '\n';
        return ExitUsage;
    }
    options.expose = *ports;
    auto *session = new Session::MeshSession(options, SessionRunner::createSecretStore(), qApp);
    bool announced = false;
    return SessionRunner::run(
        session, QStringLiteral("mesh"),
        [session, ports = *ports, istioFile, &announced, &err] {
            QStringList local;
            for (const Session::PortPair &pair : ports) {
                if (!local.contains(QString::number(pair.local)))
                    local.append(QString::number(pair.local));
            }
            QString text;
            if (!session->istioYaml().isEmpty()) {
                if (!announced && !istioFile.isEmpty()) {
                    QSaveFile file(istioFile);
                    if (!file.open(QIODevice::WriteOnly)
                        || file.write(session->istioYaml().toUtf8()) < 0 || !file.commit())
                        err << tr("ktdesk-cli mesh: cannot write %1: %2")
                                   .arg(istioFile, file.errorString())
                            << '\n';
                }
                if (!announced)
                    text = session->istioYaml() + QStringLiteral("---\n");
                text += tr("Meshed (manual). Apply the Istio rules above; then requests to %1 with "
                           "header \"%2: %3\" come to local port(s) %4.")
                            .arg(session->serviceName(), session->versionKey(), session->version(),
                                local.join(QStringLiteral(", ")));
            } else {
                text = tr("Meshed. Requests to %1 with header \"%2: %3\" now come to local "
                          "port(s) %4; others still reach its pods.")
                           .arg(session->serviceName(), session->versionKey(), session->version(),
                               local.join(QStringLiteral(", ")));
            }
            announced = true;
            return text;
        },
        out, err);
}

} // namespace Kt::Cli
