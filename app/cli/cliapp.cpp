#include "cliapp.h"

#include "birdseyeverb.h"
#include "cleanverb.h"
#include "common/version.h"
#include "connectverb.h"
#include "contextsverb.h"
#include "exchangeverb.h"
#include "forwardverb.h"
#include "globaloptions.h"
#include "meshverb.h"
#include "previewverb.h"
#include "recoververb.h"

#include <QLoggingCategory>

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
        << tr("Global flags (kt-connect's; before or after the verb):") << '\n'
        << GlobalOptions::help() << "  " << QStringLiteral("-h, --help").leftJustified(28)
        << tr("Show this help, or a verb's help after the verb") << '\n'
        << "  " << QStringLiteral("-v, --version").leftJustified(28) << tr("Show the version")
        << '\n'
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
    if (args.isEmpty()) {
        out << usage();
        return ExitUsage;
    }

    // Global flags may come before or after the verb (kt-connect accepts both); everything else
    // after the verb belongs to the verb.
    GlobalOptions options;
    QString verbName;
    QStringList verbArguments;
    bool help = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &argument = args.at(i);
        QString problem;
        const GlobalOptions::Parsed parsed = options.take(args, i, problem);
        if (parsed == GlobalOptions::Parsed::Invalid) {
            err << tr("ktdesk-cli: %1").arg(problem) << '\n';
            return ExitUsage;
        }
        if (parsed == GlobalOptions::Parsed::Taken) {
            continue;
        } else if (verbName.isEmpty()) {
            if (argument == QLatin1String("-h") || argument == QLatin1String("--help")
                || argument == QLatin1String("help")) {
                help = true;
            } else if (argument == QLatin1String("-v") || argument == QLatin1String("--version")
                || argument == QLatin1String("version")) {
                out << "ktdesk-cli " << QLatin1String(kVersion) << '\n';
                return ExitOk;
            } else if (argument.startsWith(QLatin1Char('-'))) {
                err << tr("ktdesk-cli: unknown flag \"%1\". Run ktdesk-cli --help for the list.")
                           .arg(argument)
                    << '\n';
                return ExitUsage;
            } else {
                verbName = argument;
            }
        } else {
            verbArguments.append(argument);
        }
    }
    if (help || verbName.isEmpty()) {
        out << usage();
        return help ? ExitOk : ExitUsage;
    }
    // Progress and errors go to stderr in words; the logging categories speak only with -d,
    // except for warnings the words do not cover (a session's errors are said in words).
    QLoggingCategory::setFilterRules(options.debug
            ? QStringLiteral("kt.*.debug=true")
            : QStringLiteral("kt.*.info=false\nkt.session.warning=false"));

    if (options.useShadowDeployment)
        err << tr("ktdesk-cli: --useShadowDeployment is not supported: KtDesk's shadows are plain "
                  "pods. Going on with a pod.")
            << '\n';

    const Verb *verb = findVerb(verbName);
    if (!verb) {
        err << tr("ktdesk-cli: unknown verb \"%1\". Run ktdesk-cli --help for the list.")
                   .arg(verbName)
            << '\n';
        return ExitUsage;
    }
    if (qstrcmp(verb->name, "clean") == 0) {
        out.flush();
        return CleanVerb().run(options, verbArguments, out, err);
    }
    if (qstrcmp(verb->name, "connect") == 0) {
        out.flush();
        return ConnectVerb().run(options, verbArguments, out, err);
    }
    if (qstrcmp(verb->name, "exchange") == 0) {
        out.flush();
        return ExchangeVerb().run(options, verbArguments, out, err);
    }
    if (qstrcmp(verb->name, "mesh") == 0) {
        out.flush();
        return MeshVerb().run(options, verbArguments, out, err);
    }
    if (qstrcmp(verb->name, "preview") == 0) {
        out.flush();
        return PreviewVerb().run(options, verbArguments, out, err);
    }
    if (qstrcmp(verb->name, "forward") == 0) {
        out.flush();
        return ForwardVerb().run(options, verbArguments, out, err);
    }
    if (qstrcmp(verb->name, "birdseye") == 0) {
        out.flush();
        return BirdseyeVerb().run(options, verbArguments, out, err);
    }
    if (qstrcmp(verb->name, "recover") == 0) {
        out.flush();
        return RecoverVerb().run(options, verbArguments, out, err);
    }
    if (qstrcmp(verb->name, "contexts") == 0) {
        out.flush();
        return ContextsVerb().run(options, verbArguments, out, err);
    }
    err << tr("ktdesk-cli: \"%1\" is not available in this build yet.")
               .arg(QLatin1String(verb->name))
        << '\n';
    return ExitUnavailable;
}

} // namespace Kt::Cli
