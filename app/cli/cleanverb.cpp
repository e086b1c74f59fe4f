#include "cleanverb.h"

#include "cliapp.h"
#include "platform/xdgpaths.h"
#include "session/cleaner.h"
#include "session/clusteraccess.h"
#include "session/journal.h"
#include "session/recovery.h"
#include "sessionrunner.h"
#include "verbflags.h"

#include <QTextStream>

namespace Kt::Cli {

QString CleanVerb::help()
{
    return tr("Usage: ktdesk-cli clean [--thresholdInMinus N] [--dryRun] [--localOnly]\n\n"
              "Removes what sessions left behind: first what crashed KtDesk sessions on this "
              "machine left (crash\n"
              "journal), then, in the cluster, kt objects (KtDesk's and ktctl's) whose heartbeat "
              "is older than the\n"
              "threshold, restoring the Services and Deployments they changed.\n\n"
              "      --thresholdInMinus N  minutes without heartbeat before an object counts as "
              "left behind (default 5)\n"
              "      --localOnly           only the crash journal of this machine\n"
              "      --dryRun              only list what would be done\n");
}

namespace {

// The cluster part of clean: plan, print, and (unless a dry run) carry out.
void cleanCluster(const GlobalOptions &global, qint64 thresholdSeconds, bool dryRun, int &exitCode,
    QTextStream &out, QTextStream &err)
{
    Result<Session::ClusterAccess *> access = Session::ClusterAccess::open(
        {global.kubeconfig, global.context, global.namespaceName}, qApp);
    if (!access) {
        err << "ktdesk-cli clean: " << access.error().toString() << '\n';
        exitCode = ExitFailure;
        return QCoreApplication::exit(exitCode);
    }
    SessionRunner::warnAboutCluster(*access, err);
    auto *cleaner = new Session::Cleaner(*access, qApp);
    QObject::connect(cleaner, &Session::Cleaner::planned, qApp,
        [&, cleaner, dryRun](const Result<QList<Session::Cleaner::Action>> &plan) {
            if (!plan) {
                err << "ktdesk-cli clean: " << plan.error().toString() << '\n';
                exitCode = ExitFailure;
                return QCoreApplication::exit(exitCode);
            }
            for (const Session::Cleaner::Action &action : *plan)
                out << (dryRun ? CleanVerb::tr("would %1").arg(action.description)
                               : action.description)
                    << '\n';
            if (dryRun || plan->isEmpty()) {
                out << CleanVerb::tr("%n stale change(s) found in the cluster.", nullptr,
                    static_cast<int>(plan->size()))
                    << '\n';
                return QCoreApplication::exit(exitCode);
            }
            cleaner->run(*plan);
        });
    QObject::connect(
        cleaner, &Session::Cleaner::finished, qApp, [&](int done, const QStringList &failed) {
            out << CleanVerb::tr("Cleaned %n stale change(s) in the cluster.", nullptr, done)
                << '\n';
            for (const QString &problem : failed)
                err << "ktdesk-cli clean: " << problem << '\n';
            if (!failed.isEmpty())
                exitCode = ExitFailure;
            QCoreApplication::exit(exitCode);
        });
    cleaner->plan(thresholdSeconds);
}

} // namespace

int CleanVerb::run(
    const GlobalOptions &global, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    bool localOnly = false;
    bool dryRun = false;
    qint64 thresholdMinutes = 5;
    QStringList positionals;
    const std::optional<int> stop
        = VerbFlags(QStringLiteral("clean"))
              .toggle({QStringLiteral("--localOnly")}, &localOnly)
              .toggle({QStringLiteral("--dryRun")}, &dryRun)
              .value({QStringLiteral("--thresholdInMinus")},
                  [&thresholdMinutes](const QString &value) {
                      bool ok = false;
                      thresholdMinutes = value.toLongLong(&ok);
                      if (!ok || thresholdMinutes < 0)
                          return tr("--thresholdInMinus wants a number of minutes.");
                      return QString();
                  })
              .parse(arguments, positionals, help(), out, err);
    if (stop)
        return *stop;
    if (!positionals.isEmpty()) {
        err << tr("ktdesk-cli clean: takes no arguments, only flags (got \"%1\").")
                   .arg(positionals.first())
            << '\n';
        return ExitUsage;
    }

    qint64 thresholdSeconds = thresholdMinutes * 60;
    // Test-only (with KTDESK_TEST_HEARTBEAT_SECONDS, see core/session/shadowtunnel.cpp): a
    // threshold in seconds, so that a test need not wait kt-connect's minutes.
    bool testThreshold = false;
    const int staleSeconds
        = qEnvironmentVariableIntValue("KTDESK_TEST_STALE_SECONDS", &testThreshold);
    if (testThreshold && staleSeconds > 0)
        thresholdSeconds = staleSeconds;

    int exitCode = ExitOk;
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
        if (localOnly)
            return ExitOk;
        cleanCluster(global, thresholdSeconds, true, exitCode, out, err);
        QCoreApplication::exec();
        return exitCode;
    }
    auto *recovery = new Session::Recovery(qApp);
    QObject::connect(recovery, &Session::Recovery::finished, qApp,
        [&](int restored, const QStringList &problems) {
            out << tr("Restored %n change(s) left by crashed sessions.", nullptr, restored) << '\n';
            for (const QString &problem : problems)
                err << "ktdesk-cli clean: " << problem << '\n';
            exitCode = problems.isEmpty() ? ExitOk : ExitFailure;
            if (localOnly)
                return QCoreApplication::exit(exitCode);
            cleanCluster(global, thresholdSeconds, false, exitCode, out, err);
        });
    recovery->run();
    QCoreApplication::exec();
    return exitCode;
}

} // namespace Kt::Cli
