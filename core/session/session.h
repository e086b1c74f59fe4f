#pragma once

#include "session/journal.h"
#include "session/sessioninfo.h"

#include <QObject>

#include <functional>
#include <memory>

namespace Kt::Session {

class ClusterAccess;

// Base of Connect/Exchange/Mesh/Preview/Forward: a state machine that publishes SessionInfo
// snapshots. start() and stop() return at once; progress comes as signals. stop() always
// undoes every change the session made, in the cluster and on the laptop.
class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(SessionKind kind, QObject *parent = nullptr);
    ~Session() override;

    // Called once per object: a stopped session is not started again; recreate() gives a fresh
    // one with the same options (SessionManager::restart()).
    virtual void start() = 0;
    virtual void stop() = 0;

    // Something outside the session says its connections may be dead though nothing noticed yet
    // (the machine woke up, the network changed): reopen them now (Reconnecting, then Active).
    // Does nothing while the session is not Active.
    virtual void reconnect(const QString &why) { Q_UNUSED(why) }

    // A new, not yet started session with the same options (and a new id), or nullptr when this
    // kind cannot be restarted.
    virtual std::unique_ptr<Session> recreate() const { return nullptr; }

    SessionInfo info() const { return m_info; }
    SessionState state() const { return m_info.state; }
    // Unique for the object's life, so that views and the SessionManager can key sessions by
    // it. It changes at most once: when an exchange (scale mode) or a mesh learns its kt name
    // in start(), the id becomes that name (the journal and the log use it); SessionEngine
    // tells the views (sessionRenamed).
    QString id() const { return m_info.id; }
    // Stopped or Failed: nothing runs any more and nothing is left to undo (or, when Failed,
    // what is left stays in the crash journal).
    bool isFinished() const
    {
        return m_info.state == SessionState::Stopped || m_info.state == SessionState::Failed;
    }

Q_SIGNALS:
    void stateChanged(Kt::Session::SessionState state);
    void infoChanged(const Kt::Session::SessionInfo &info);
    void errorOccurred(const Kt::Error &error);

protected:
    // Replaces the generated id ("<kind>-<8 letters>"): in a subclass's constructor, or once
    // in start() before the journal opens (see id()).
    void setId(const QString &id);
    void setTitle(const QString &title, const QString &detail = {});
    void setState(SessionState state, const QString &step = {});
    void addEvent(const QString &event);
    void setTraffic(quint64 bytesIn, quint64 bytesOut, int openConnections);
    void reportError(const Error &error);
    // The tunnel dropped and is being reopened: shown as the last error until Active again.
    void reportTunnelLost(const QString &why);
    // Takes what the UI must know about the cluster connection (e.g. TLS verification off).
    void noteClusterAccess(const ClusterAccess *access);

    // Undoes every journalled change, newest first; `done(ok)` after the last one (or the first
    // that fails — its journal then stays for recovery or `clean`). The journal closes when empty.
    void undoJournal(ClusterAccess *access, std::function<void(bool ok)> done);

    Journal m_journal;

private:
    void publish();

    SessionInfo m_info;
};

} // namespace Kt::Session
