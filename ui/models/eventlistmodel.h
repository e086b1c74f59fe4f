#pragma once

#include "workspace/eventrow.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace Kt::Ui {

// The recent events of the selected workload and its pods, newest first (details pane).
class EventListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventListModel)

public:
    enum Column {
        LastSeenColumn,
        TypeColumn,
        ReasonColumn,
        ObjectColumn,
        MessageColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit EventListModel(QObject *parent = nullptr);

    void setEvents(const QList<Kt::Workspace::EventRow> &events);
    void setNow(const QDateTime &now) { m_now = now; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Kt::Workspace::EventRow> m_events;
    QDateTime m_now;
};

} // namespace Kt::Ui
