#pragma once

#include "session/journal.h"
#include "session/sessioninfo.h"

#include <QObject>

#include <functional>

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

    virtual void start() = 0;
    virtual void stop() = 0;

    SessionInfo info() const { return m_info; }
    SessionState state() const { return m_info.state; }
    QString id() const { return m_info.id; }

Q_SIGNALS:
    void stateChanged(Kt::Session::SessionState state);
    void infoChanged(const Kt::Session::SessionInfo &info);
    void errorOccurred(const Kt::Error &error);

protected:
    void setId(const QString &id);
    void setTitle(const QString &title, const QString &detail = {});
    void setState(SessionState state, const QString &step = {});
    void addEvent(const QString &event);
    void setTraffic(quint64 bytesIn, quint64 bytesOut, int openConnections);
    void reportError(const Error &error);

    // Undoes every journalled change, newest first; `done(ok)` after the last one (or the first
    // that fails — its journal then stays for recovery or `clean`). The journal closes when empty.
    void undoJournal(ClusterAccess *access, std::function<void(bool ok)> done);

    Journal m_journal;

private:
    void publish();

    SessionInfo m_info;
};

} // namespace Kt::Session
