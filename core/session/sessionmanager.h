#pragma once

#include "session/session.h"
#include "session/sessioninfo.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <memory>

namespace Kt::Platform {
class SystemEvents;
}

namespace Kt::Session {

// Owns the sessions of one engine: starts each one it is given, keeps stopped and failed ones
// listed (with their last SessionInfo) until they are removed, and stops them all on the way out.
// Sessions are keyed by Session::id(), which is stable for a session's life.
//
// restart() gives a *new* session object (Session::recreate(): same options, new id) in the old
// one's place in sessions(): sessionRemoved(old id), then sessionAdded(new session).
class SessionManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionManager)

public:
    explicit SessionManager(QObject *parent = nullptr);
    // Sessions still running are deleted without undoing anything (their crash journals remain
    // for the next start): call stopAll() and wait for allStopped() first.
    ~SessionManager() override;

    // Takes ownership, emits sessionAdded, then starts it. Returns the session.
    Session *add(std::unique_ptr<Session> session);
    // In the order added.
    QList<Session *> sessions() const { return m_sessions; }
    Session *find(const QString &id) const;

    // Undoes the session's changes; it stays listed, Stopped (or Failed if undoing failed).
    void stop(const QString &id);
    // Stops the session (if it runs), then puts a fresh one with the same options in its place
    // and starts that. False when the kind cannot be restarted (see Session::recreate()).
    bool restart(const QString &id);
    // Forgets a Stopped or Failed session; a running one is left alone (returns false).
    bool remove(const QString &id);

    // Asks every Active session to reopen its connections now (Session::reconnect()).
    void reconnectAll(const QString &why);
    // Reconnects every session when the machine wakes up or its network changes.
    void followSystemEvents(Platform::SystemEvents *events);

    // Any session that is not Stopped or Failed.
    bool hasActive() const;
    // Stops every session; allStopped() when each is Stopped or Failed (at once if they are).
    void stopAll();

Q_SIGNALS:
    void sessionAdded(Kt::Session::Session *session);
    void sessionRemoved(const QString &id);
    // Every snapshot of every session.
    void sessionInfoChanged(const Kt::Session::SessionInfo &info);
    void allStopped();

private:
    void adopt(Session *session, qsizetype index);
    void onStateChanged(Session *session);
    void checkAllStopped();

    QList<Session *> m_sessions;
    // Sessions that restart() stopped -> their not yet started replacements (children of the
    // manager, not listed), put in place once the old ones are Stopped or Failed.
    QHash<Session *, Session *> m_replacements;
    bool m_stoppingAll = false;
};

} // namespace Kt::Session
