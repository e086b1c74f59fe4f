#include "cleanverb.h"

#include "cliapp.h"
#include "platform/xdgpaths.h"
#include "session/journal.h"
#include "session/recovery.h"

#include <QTextStream>

namespace Kt::Cli {

QString CleanVerb::help()
{
    return tr("Usage: ktdesk-cli clean [--localOnly] [--dryRun]\n\n"
              "Removes what sessions left behind.\n\n"
              "      --localOnly   undo what crashed KtDesk sessions on this machine left, from "
              "the crash journal\n"
              "      --dryRun      only list what would be undone\n");
}

int CleanVerb::run(
    const GlobalOptions &, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    bool localOnly = false;
    bool dryRun = false;
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("-h") || argument == QLatin1String("--help")) {
            out << help();
            return ExitOk;
        }
        if (argument == QLatin1String("--localOnly"))
            localOnly = true;
        else if (argument == QLatin1String("--dryRun"))
            dryRun = true;
        else {
            err << tr("ktdesk-cli clean: unknown flag \"%1\". See ktdesk-cli clean --help.")
                       .arg(argument)
                << '\n';
            return ExitUsage;
        }
    }
    if (!localOnly) {
        err << tr("ktdesk-cli clean: cleaning stale objects cluster-wide is not available in this "
                  "build yet; "
                  "use --localOnly to undo what crashed sessions on this machine left.")
            << '\n';
        return ExitUnavailable;
    }
    if (dryRun) {
        int count = 0;
        for (const Session::Journal::Left &left :
            Session::Journal::scan(Platform::XdgPaths::journalDir())) {
            if (left.ownerAlive)
                continue;
            for (const Session::Journal::Undo &undo : left.undos) {
                out << left.sessionId << ": " << undo.key << '\n';
                ++count;
            }
        }
        out << tr("%n change(s) would be undone.", nullptr, count) << '\n';
        return ExitOk;
    }
    int exitCode = ExitOk;
    auto *recovery = new Session::Recovery(qApp);
    QObject::connect(recovery, &Session::Recovery::finished, qApp,
        [&](int restored, const QStringList &problems) {
            out << tr("Restored %n change(s) left by crashed sessions.", nullptr, restored) << '\n';
            for (const QString &problem : problems)
                err << "ktdesk-cli clean: " << problem << '\n';
            exitCode = problems.isEmpty() ? ExitOk : ExitFailure;
            QCoreApplication::exit(exitCode);
        });
    recovery->run();
    QCoreApplication::exec();
    return exitCode;
}

} // namespace Kt::Cli
