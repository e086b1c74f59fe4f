#pragma once

#include "session/sessioninfo.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QSet>

class QTimer;

namespace Kt::Session {
class Session;
class SessionManager;
} // namespace Kt::Session

namespace Kt::Ui {

// One row per running session, from its SessionInfo snapshots. Rows follow the sessions a
// SessionManager owns (or sessions added by hand); updates are batched into one dataChanged per
// tick, so a busy tunnel does not flood the views.
class SessionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionModel)

public:
    enum Column {
        ColumnSession,
        ColumnState,
        ColumnTraffic,
        ColumnConnections,
        ColumnSince,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        InfoRole = Qt::UserRole + 1, // the SessionInfo
        IdRole, // the session id
        SortRole, // a raw value to sort by (bytes, state number, start time)
        SessionRole, // the Session* (QObject*), null once gone
    };

    explicit SessionModel(QObject *parent = nullptr);
    ~SessionModel() override;

    // Follows `manager`: its sessions now, and those it adds and removes.
    void setManager(Session::SessionManager *manager);
    // Without a manager: shows `session` until it is destroyed or removed.
    void addSession(Session::Session *session);
    void removeSession(const QString &id);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    Session::SessionInfo info(int row) const;
    Session::Session *session(int row) const;
    int rowOf(const QString &id) const;
    QStringList ids() const;

    // Words for a state and for a session kind (shared by the panel, the tray and the log view).
    static QString stateText(Session::SessionState state);
    static QString kindText(Session::SessionKind kind);

Q_SIGNALS:
    // A session's info changed (after the batch is applied); the details pane listens.
    void infoUpdated(const Kt::Session::SessionInfo &info);

private:
    struct Entry
    {
        QPointer<Session::Session> session;
        const Session::Session *key = nullptr; // still comparable while being destroyed
        Session::SessionInfo info;
    };

    int rowOf(const Session::Session *session) const;
    void removeRow(int row);
    void onInfoChanged(Session::Session *session, const Session::SessionInfo &info);
    void flush();

    QList<Entry> m_entries;
    QSet<int> m_dirty;
    QTimer *m_flushTimer = nullptr;
};

} // namespace Kt::Ui
