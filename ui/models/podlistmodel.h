#pragma once

#include "workspace/podrow.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace Kt::Ui {

// The pods of the selected workload (details pane).
class PodListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PodListModel)

public:
    enum Column {
        NameColumn,
        ReadyColumn,
        StatusColumn,
        RestartsColumn,
        NodeColumn,
        IpColumn,
        AgeColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1,
    };

    explicit PodListModel(QObject *parent = nullptr);

    // Same pods in the same order: one dataChanged(); otherwise a reset (the list is short).
    void setPods(const QList<Kt::Workspace::PodRow> &pods);
    void setNow(const QDateTime &now) { m_now = now; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Kt::Workspace::PodRow> m_pods;
    QDateTime m_now;
};

} // namespace Kt::Ui
