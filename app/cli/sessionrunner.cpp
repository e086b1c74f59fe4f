#include "sessionrunner.h"

#include "cliapp.h"
#include "platform/systemevents.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/memorysecretstore.h"
#include "session/clusteraccess.h"
#include "session/recovery.h"
#include "session/session.h"
#include "session/sessionmanager.h"
#include "signalwatcher.h"

#include <QTextStream>

#include <utility>

namespace Kt::Cli {

Secrets::SecretStore *SessionRunner::createSecretStore()
{
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return new Secrets::KeychainSecretStore(QStringLiteral("ktdesk"), qApp);
    return new Secrets::MemorySecretStore(qApp);
}

void SessionRunner::warnAboutCluster(const Session::ClusterAccess *access, QTextStream &err)
{
    if (access && access->tlsVerificationOff()) {
        err << tr("ktdesk-cli: warning: %1").arg(access->tlsWarning()) << '\n';
        err.flush();
    }
}

int SessionRunner::run(std::unique_ptr<Session::Session> owned, const QString &verb,
    const std::function<QString()> &activeMessage, QTextStream &out, QTextStream &err)
{
    Session::Session *session = owned.get();
    session->setParent(nullptr);
    auto *manager = new Session::SessionManager(qApp);
    // After a sleep or a network change the tunnel is reopened at once (where a system bus has
    // logind and NetworkManager; elsewhere this watches nothing).
    manager->followSystemEvents(new Platform::SystemEvents(manager));
    QString lastLine;
    bool tlsWarned = false;
    QObject::connect(manager, &Session::SessionManager::sessionInfoChanged, qApp,
        [&err, &lastLine, &tlsWarned](const Session::SessionInfo &info) {
            if (info.state == Session::SessionState::Failed)
                return; // the failure is said once, with its hint, below
            QString line = info.step;
            if (!info.events.isEmpty())
                line += QStringLiteral(" | ") + info.events.constLast();
            if (info.tlsVerificationOff && !std::exchange(tlsWarned, true)) {
                // The warning is the session's newest event: say it as a warning, once.
                if (!info.events.isEmpty())
                    err << tr("ktdesk-cli: warning: %1").arg(info.events.constLast()) << '\n';
                err.flush();
                lastLine = line;
                return;
            }
            if (line != lastLine && !line.isEmpty()) {
                err << "ktdesk-cli: " << line << '\n';
                err.flush();
                lastLine = line;
            }
        });
    QObject::connect(
        session, &Session::Session::stateChanged, qApp, [&, session](Session::SessionState state) {
            if (state == Session::SessionState::Active) {
                out << activeMessage() << '\n';
                out.flush();
            } else if (state == Session::SessionState::Failed) {
                const auto error = session->info().lastError;
                err << tr("ktdesk-cli %1: %2").arg(verb, error ? error->toString() : tr("failed"))
                    << '\n';
            }
        });
    // Stopped or Failed: the session is over (stopped by a signal, or could not go on).
    int exitCode = ExitOk;
    QObject::connect(manager, &Session::SessionManager::sessionInfoChanged, qApp,
        [&exitCode, manager](const Session::SessionInfo &info) {
            if (info.state == Session::SessionState::Failed)
                exitCode = ExitFailure;
            if (!manager->hasActive())
                manager->stopAll(); // at once: allStopped()
        });
    QObject::connect(manager, &Session::SessionManager::allStopped, qApp,
        [&exitCode] { QCoreApplication::exit(exitCode); });
    auto *watcher = new SignalWatcher(qApp);
    QObject::connect(watcher, &SignalWatcher::stopRequested, qApp, [manager](int count) {
        if (count > 1)
            QCoreApplication::exit(130); // the journal remains: the next start restores the cluster
        manager->stopAll();
    });

    auto *recovery = new Session::Recovery(qApp);
    QObject::connect(recovery, &Session::Recovery::finished, qApp,
        [&err, manager, &owned](int restored, const QStringList &problems) {
            if (restored > 0)
                err << tr("ktdesk-cli: restored %n change(s) left by a crashed session.", nullptr,
                    restored)
                    << '\n';
            for (const QString &problem : problems)
                err << "ktdesk-cli: " << problem << '\n';
            manager->add(std::move(owned));
        });
    recovery->run();
    return QCoreApplication::exec();
}

} // namespace Kt::Cli
