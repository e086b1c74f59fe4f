#include "sessionrunner.h"

#include "cliapp.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/memorysecretstore.h"
#include "session/recovery.h"
#include "session/session.h"
#include "signalwatcher.h"

#include <QTextStream>

namespace Kt::Cli {

Secrets::SecretStore *SessionRunner::createSecretStore()
{
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return new Secrets::KeychainSecretStore(QStringLiteral("ktdesk"), qApp);
    return new Secrets::MemorySecretStore(qApp);
}

int SessionRunner::run(Session::Session *session, const QString &verb,
    const std::function<QString()> &activeMessage, QTextStream &out, QTextStream &err)
{
    QString lastLine;
    QObject::connect(session, &Session::Session::infoChanged, qApp,
        [&err, &lastLine](const Session::SessionInfo &info) {
            QString line = info.step;
            if (!info.events.isEmpty())
                line += QStringLiteral(" | ") + info.events.constLast();
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
            } else if (state == Session::SessionState::Stopped) {
                QCoreApplication::exit(ExitOk);
            } else if (state == Session::SessionState::Failed) {
                const auto error = session->info().lastError;
                err << tr("ktdesk-cli %1: %2").arg(verb, error ? error->toString() : tr("failed"))
                    << '\n';
                QCoreApplication::exit(ExitFailure);
            }
        });
    auto *watcher = new SignalWatcher(qApp);
    QObject::connect(watcher, &SignalWatcher::stopRequested, qApp, [session](int count) {
        if (count > 1)
            QCoreApplication::exit(130); // the journal remains: the next start restores the cluster
        session->stop();
    });

    auto *recovery = new Session::Recovery(qApp);
    QObject::connect(recovery, &Session::Recovery::finished, qApp,
        [&err, session](int restored, const QStringList &problems) {
            if (restored > 0)
                err << tr("ktdesk-cli: restored %n change(s) left by a crashed session.", nullptr,
                    restored)
                    << '\n';
            for (const QString &problem : problems)
                err << "ktdesk-cli: " << problem << '\n';
            session->start();
        });
    recovery->run();
    return QCoreApplication::exec();
}

} // namespace Kt::Cli
