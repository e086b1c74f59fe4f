#pragma once

#include "session/sessioninfo.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

class QTimer;

namespace Kt::Session {
class SessionEngine;
} // namespace Kt::Session

namespace Kt::Ui {

// One row per session, from its SessionInfo snapshots: the model never touches a session object
// (sessions live on the engine thread). Rows follow a SessionEngine, or snapshots given by hand;
// updates are batched into one dataChanged per tick, so a busy tunnel does not flood the views.
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
    };

    explicit SessionModel(QObject *parent = nullptr);
    ~SessionModel() override;

    // Follows `engine`: its sessions now, and those it adds, changes and removes.
    void setEngine(Session::SessionEngine *engine);
    // Adds a row for a new id, or takes the newer snapshot of a listed one.
    void showSession(const Session::SessionInfo &info);
    void removeSession(const QString &id);
    // The session of row `oldId` goes by `newId` now (SessionEngine::sessionRenamed).
    void renameSession(const QString &oldId, const QString &newId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    Session::SessionInfo info(int row) const;
    int rowOf(const QString &id) const;
    QStringList ids() const;

    // Words for a state and for a session kind (shared by the panel, the tray and the log view).
    static QString stateText(Session::SessionState state);
    static QString kindText(Session::SessionKind kind);

Q_SIGNALS:
    // A session's info changed (after the batch is applied); the details pane listens.
    void infoUpdated(const Kt::Session::SessionInfo &info);

private:
    void removeRow(int row);
    void flush();

    QList<Session::SessionInfo> m_entries;
    QSet<int> m_dirty;
    QTimer *m_flushTimer = nullptr;
};

} // namespace Kt::Ui
