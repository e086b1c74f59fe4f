#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QTextStream;

namespace Kt::Secrets {
class SecretStore;
}
namespace Kt::Session {
class Session;
}

namespace Kt::Cli {

// Runs one session the way every long-running verb does: first restores what crashed sessions
// left (crash journal), then starts the session, prints its progress on stderr, prints
// `activeMessage()` on stdout whenever it becomes active, and on SIGINT/SIGTERM stops it — which
// undoes every change — before exiting. A second Ctrl-C exits at once (the journal remains).
class SessionRunner
{
    Q_DECLARE_TR_FUNCTIONS(SessionRunner)

public:
    static int run(Session::Session *session, const QString &verb,
        const std::function<QString()> &activeMessage, QTextStream &out, QTextStream &err);

    // The keychain when a session bus exists (desktop), memory otherwise (headless): either way
    // the session's private key never lands in a file.
    static Secrets::SecretStore *createSecretStore();
};

} // namespace Kt::Cli
