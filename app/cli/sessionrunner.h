#pragma once

#include "session/session.h" // complete: the inline run() below hands it to a unique_ptr

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

class QTextStream;

namespace Kt::Secrets {
class SecretStore;
}
namespace Kt::Session {
class ClusterAccess;
} // namespace Kt::Session

namespace Kt::Cli {

// Runs one session the way every long-running verb does: first restores what crashed sessions
// left (crash journal), then hands the session to a SessionManager (which starts it), prints its
// progress on stderr, prints `activeMessage()` on stdout whenever it becomes active, and on
// SIGINT/SIGTERM stops every session — which undoes every change — before exiting. A second
// Ctrl-C exits at once (the journal remains).
class SessionRunner
{
    Q_DECLARE_TR_FUNCTIONS(SessionRunner)

public:
    static int run(std::unique_ptr<Session::Session> session, const QString &verb,
        const std::function<QString()> &activeMessage, QTextStream &out, QTextStream &err);
    // The same; takes ownership of `session` (whatever its parent).
    static int run(Session::Session *session, const QString &verb,
        const std::function<QString()> &activeMessage, QTextStream &out, QTextStream &err)
    {
        return run(std::unique_ptr<Session::Session>(session), verb, activeMessage, out, err);
    }

    // The keychain when a session bus exists (desktop), memory otherwise (headless): either way
    // the session's private key never lands in a file.
    static Secrets::SecretStore *createSecretStore();

    // Says on stderr what the user must know about the cluster connection before anything is
    // sent over it (TLS verification off).
    static void warnAboutCluster(const Session::ClusterAccess *access, QTextStream &err);
};

} // namespace Kt::Cli
