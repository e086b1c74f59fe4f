#pragma once

#include "session/journal.h"
#include "session/sessioninfo.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <memory>

class QThread;

namespace Kt::Secrets {
class SecretStore;
}

namespace Kt::Session {

class Session;
class SessionManager;

// The sessions' own thread, seen from the GUI (DESIGN.md, "Threads"). A SessionManager and every
// session live on the engine thread: there they read kubeconfigs, write crash journals, make SSH
// keys and talk to the cluster. This object stays on the caller's thread, sends each command
// there by a queued call and keeps a copy of every session's SessionInfo from queued signals, so
// the caller never touches a session object and never waits for one.
class SessionEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionEngine)

public:
    // `secrets` stays on its thread; sessions reach it through secrets().
    explicit SessionEngine(Secrets::SecretStore *secrets, QObject *parent = nullptr);
    // Sessions still running are deleted without undoing anything (their crash journals remain
    // for the next start), as SessionManager's: call stopAll() and wait for allStopped() first.
    ~SessionEngine() override;

    // The store to build sessions with: it lives on the engine thread and forwards to the one
    // given to the constructor.
    Secrets::SecretStore *secrets() const { return m_secrets; }
    QThread *engineThread() const { return m_thread; }

    // Takes a session built on this thread and not started: moves it to the engine thread, lists
    // it (sessionAdded at once) and starts it there. Returns its first snapshot (id, kind, title).
    SessionInfo add(std::unique_ptr<Session> session);

    // The same commands as SessionManager's, carried out on the engine thread; their effects come
    // back as signals. An id add() returned stays good after the session renamed itself.
    void stop(const QString &id);
    void restart(const QString &id);
    void remove(const QString &id);
    void stopAll();
    void reconnectAll(const QString &why);
    // Reconnects every session when the machine wakes up or its network changes: watches the
    // system bus (Platform::SystemEvents) from the engine thread.
    void followSystemEvents();

    // Replays the crash journals in `directory` (empty: the default) on the engine thread
    // (Recovery); crashRecoveryFinished() tells the outcome.
    void recoverCrashes(const QString &directory = {});
    // Deletes the journals at `paths` without undoing what they list: the user chose to leave
    // those changes (the cluster is gone, or they cleaned up by hand).
    void forgetJournals(const QStringList &paths);

    // The latest snapshots, in the order the sessions were added.
    QList<SessionInfo> sessions() const { return m_infos; }
    // The snapshot of session `id` (or of the session that had that id before it renamed
    // itself); an empty SessionInfo (no id) when there is none.
    SessionInfo find(const QString &id) const;
    // Any session that is not Stopped or Failed.
    bool hasActive() const;

Q_SIGNALS:
    void sessionAdded(const Kt::Session::SessionInfo &info);
    void sessionRemoved(const QString &id);
    // Every snapshot of every session, in the order each session published them.
    void sessionInfoChanged(const Kt::Session::SessionInfo &info);
    // A session took its kt name as id once it knew it (exchange in scale mode, mesh): views
    // keyed by id move the row; sessionInfoChanged with the new id follows.
    void sessionRenamed(const QString &oldId, const QString &newId);
    void allStopped();
    // `restored` undo steps done; `problems` what failed; `left` the journals still holding
    // undos (kept on disk for the next attempt).
    void crashRecoveryFinished(
        int restored, const QStringList &problems, const QList<Kt::Session::Journal::Left> &left);

private:
    void onAdded(const SessionInfo &info, qsizetype index);
    void onInfoChanged(const QString &previousId, const SessionInfo &info);
    void onRemoved(const QString &id);
    qsizetype indexOf(const QString &id) const;
    // `id`, or what the session that had it is called now.
    QString resolve(const QString &id) const;
    // Runs `command` on the engine thread with the manager.
    void onEngine(std::function<void(SessionManager *manager)> command);

    QThread *m_thread;
    SessionManager *m_manager; // lives on m_thread
    Secrets::SecretStore *m_secrets; // lives on m_thread
    QList<SessionInfo> m_infos;
    QHash<QString, QString> m_renamed; // old id -> the next one
};

} // namespace Kt::Session
