#pragma once

#include "session/dashboard.h"

#include <QAbstractTableModel>

namespace Kt::Ui {

// The rows of Session::Dashboard: who runs which kt session in the cluster, since when, and
// whether its heartbeat is stale. setRows() keeps rows that did not change (matched by
// namespace/name), so selections survive a live refresh.
class DashboardModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardModel)

public:
    enum Column {
        ColumnUser,
        ColumnMode,
        ColumnTarget,
        ColumnObject,
        ColumnSince,
        ColumnHeartbeat,
        ColumnStatus,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        SortRole = Qt::UserRole + 1,
        StaleRole,
    };

    explicit DashboardModel(QObject *parent = nullptr);

    void setRows(const QList<Session::Dashboard::Row> &rows);
    // The reference time for "ago" columns (tests pin it; otherwise now).
    void setNow(const QDateTime &now);
    const QList<Session::Dashboard::Row> &rows() const { return m_rows; }
    int staleCount() const;

    // "shadow-exchange" → "exchange", translated.
    static QString modeText(const QString &role);
    static QString agoText(const QDateTime &when, const QDateTime &now);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QDateTime now() const;

    QList<Session::Dashboard::Row> m_rows;
    QDateTime m_now;
};

} // namespace Kt::Ui
