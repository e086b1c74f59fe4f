#include "recoververb.h"

#include "cliapp.h"
#include "session/cleaner.h"
#include "session/clusteraccess.h"
#include "sessionrunner.h"

#include <QTextStream>

namespace Kt::Cli {

int RecoverVerb::run(
    const GlobalOptions &global, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.size() == 1
        && (arguments.first() == QLatin1String("-h")
            || arguments.first() == QLatin1String("--help"))) {
        out << tr("Usage: ktdesk-cli recover <service>\n\nRestores the Service's selector and "
                  "removes the shadows of its "
                  "exchange or mesh, also when they are still heartbeating.\n");
        return ExitOk;
    }
    if (arguments.size() != 1 || arguments.first().startsWith(QLatin1Char('-'))) {
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
                out << tr("Service %1 needs no recovery.").arg(arguments.first()) << '\n';
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
    cleaner->plan(0, arguments.first());
    QCoreApplication::exec();
    return exitCode;
}

} // namespace Kt::Cli
