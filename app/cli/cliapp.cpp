#include "cliapp.h"

#include "common/version.h"

#include <QTextStream>

#include <array>

namespace Kt::Cli {

namespace {

struct Verb
{
    const char *name;
    const char *alias;
    const char *summary;
};

// kt-connect's verbs, in its order. Each gets its own --help once implemented.
constexpr std::array kVerbs {
    Verb {"connect", "",
        QT_TRANSLATE_NOOP(
            "CliApp", "Reach pod IPs, service IPs and cluster DNS names from this machine")},
    Verb {"exchange", "",
        QT_TRANSLATE_NOOP("CliApp", "Send a Service's or Deployment's traffic to a local port")},
    Verb {"mesh", "",
        QT_TRANSLATE_NOOP("CliApp", "Receive only the requests that carry your version header")},
    Verb {"preview", "run",
        QT_TRANSLATE_NOOP("CliApp", "Publish a local port as a new Service in the cluster")},
    Verb {"forward", "",
        QT_TRANSLATE_NOOP("CliApp", "Forward a cluster Service's port to a local port")},
    Verb {"recover", "",
        QT_TRANSLATE_NOOP("CliApp", "Restore a Service that an exchange or mesh left changed")},
    Verb {"clean", "", QT_TRANSLATE_NOOP("CliApp", "Remove objects left behind by stale sessions")},
    Verb {"birdseye", "dashboard",
        QT_TRANSLATE_NOOP("CliApp", "Show who is connected, exchanging or meshing")},
    Verb {"contexts", "", QT_TRANSLATE_NOOP("CliApp", "List the kubeconfig contexts")},
};

const Verb *findVerb(const QString &name)
{
    for (const Verb &verb : kVerbs) {
        if (name == QLatin1String(verb.name)
            || (verb.alias[0] && name == QLatin1String(verb.alias)))
            return &verb;
    }
    return nullptr;
}

} // namespace

QString CliApp::usage()
{
    QString text;
    QTextStream out(&text);
    out << tr("Usage: ktdesk-cli [global flags] <verb> [arguments]") << "\n\n"
        << tr("Verbs:") << '\n';
    for (const Verb &verb : kVerbs) {
        QString name = QLatin1String(verb.name);
        if (verb.alias[0])
            name += QStringLiteral(" (") + QLatin1String(verb.alias) + QLatin1Char(')');
        out << "  " << name.leftJustified(24) << tr(verb.summary) << '\n';
    }
    out << '\n'
        << tr("Global flags:") << '\n'
        << "  -n, --namespace NS        " << tr("Namespace (default: the context's namespace)")
        << '\n'
        << "  -c, --kubeconfig FILE     "
        << tr("Kubeconfig file (default: $KUBECONFIG or ~/.kube/config)") << '\n'
        << "      --context NAME        " << tr("Kubeconfig context to use") << '\n'
        << "  -d, --debug               " << tr("Verbose logging") << '\n'
        << "  -h, --help                " << tr("Show this help, or a verb's help after the verb")
        << '\n'
        << "  -v, --version             " << tr("Show the version") << '\n'
        << '\n'
        << tr("Exit codes: 0 success, 1 failure, 2 usage error, 3 verb not available in this "
              "build.")
        << '\n';
    return text;
}

int CliApp::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = arguments.mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("-h")
        || args.first() == QLatin1String("--help") || args.first() == QLatin1String("help")) {
        out << usage();
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    if (args.first() == QLatin1String("-v") || args.first() == QLatin1String("--version")
        || args.first() == QLatin1String("version")) {
        out << "ktdesk-cli " << QLatin1String(kVersion) << '\n';
        return ExitOk;
    }
    const Verb *verb = findVerb(args.first());
    if (!verb) {
        err << tr("ktdesk-cli: unknown verb \"%1\". Run ktdesk-cli --help for the list.")
                   .arg(args.first())
            << '\n';
        return ExitUsage;
    }
    err << tr("ktdesk-cli: \"%1\" is not available in this build yet.")
               .arg(QLatin1String(verb->name))
        << '\n';
    return ExitUnavailable;
}

} // namespace Kt::Cli
