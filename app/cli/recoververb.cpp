#include "recoververb.h"

#include "cliapp.h"
#include "session/cleaner.h"
#include "session/clusteraccess.h"
#include "sessionrunner.h"
#include "verbflags.h"

#include <QTextStream>

namespace Kt::Cli {

int RecoverVerb::run(
    const GlobalOptions &global, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QStringList names;
    const std::optional<int> stop = VerbFlags(QStringLiteral("recover"))
                                        .parse(arguments, names,
                                            tr("Usage: ktdesk-cli recover <service>\n\n"
                                               "Restores the Service's selector and removes the "
                                               "shadows of its exchange or mesh, also when they "
                                               "are still heartbeating.\n"),
                                            out, err);
    if (stop)
        return *stop;
    if (names.size() != 1) {
        err << tr("ktdesk-cli recover: name one Service.") << '\n';
        return ExitUsage;
    }
    Result<Session::ClusterAccess *> access = Session::ClusterAccess::open(
        {global.kubeconfig, global.context, global.namespaceName}, qApp);
    if (!access) {
        err << "ktdesk-cli recover: " << access.error().toString() << '\n';
        return ExitFailure;
    }
    SessionRunner::warnAboutCluster(*access, err);
    int exitCode = ExitOk;
    auto *cleaner = new Session::Cleaner(*access, qApp);
    QObject::connect(cleaner, &Session::Cleaner::planned, qApp,
        [&, cleaner](const Result<QList<Session::Cleaner::Action>> &plan) {
            if (!plan) {
                err << "ktdesk-cli recover: " << plan.error().toString() << '\n';
                exitCode = ExitFailure;
                return QCoreApplication::exit(exitCode);
            }
            if (plan->isEmpty()) {
                out << tr("Service %1 needs no recovery.").arg(names.first()) << '\n';
                return QCoreApplication::exit(exitCode);
            }
            for (const Session::Cleaner::Action &action : *plan)
                out << action.description << '\n';
            cleaner->run(*plan);
        });
    QObject::connect(
        cleaner, &Session::Cleaner::finished, qApp, [&](int, const QStringList &problems) {
            for (const QString &problem : problems)
                err << "ktdesk-cli recover: " << problem << '\n';
            exitCode = problems.isEmpty() ? ExitOk : ExitFailure;
            QCoreApplication::exit(exitCode);
        });
    cleaner->plan(0, names.first());
    QCoreApplication::exec();
    return exitCode;
}

} // namespace Kt::Cli
