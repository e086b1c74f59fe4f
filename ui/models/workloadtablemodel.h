#pragma once

#include "workspace/workloadrow.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

class QTimer;

namespace Kt::Ui {

// The Deployments and Services of the resource table. Changes arrive in batches from the
// ClusterBrowser and are applied in chunks of at most kChunkSize rows per event-loop turn: one
// beginInsertRows() per chunk of new rows, one dataChanged() per run of adjacent changed rows,
// removals by contiguous range. So 5,000 rows arriving at once never stall the GUI thread.
class WorkloadTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkloadTableModel)

public:
    enum Column {
        KindColumn,
        NamespaceColumn,
        NameColumn,
        ReadyColumn,
        AgeColumn,
        DetailColumn,
        KtStatusColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // raw value to sort by (numbers, times, lower-case text)
        KeyRole, // WorkloadRow::key()
        RowRole, // the WorkloadRow
        FilterRole, // everything the filter box matches: namespace, name, images, ports, status
    };

    static constexpr int kChunkSize = 500;

    explicit WorkloadTableModel(QObject *parent = nullptr);

    // Queues a batch (applied from the event loop, see above).
    void applyChanges(const QList<Kt::Workspace::WorkloadRow> &upserts, const QStringList &removed);
    void clear();
    // True while queued changes wait to be applied.
    bool hasPendingChanges() const { return !m_pending.isEmpty(); }

    // The row of `key`, or -1.
    int rowOf(const QString &key) const { return m_index.value(key, -1); }
    const Kt::Workspace::WorkloadRow &workload(int row) const { return m_rows.at(row); }

    // The clock for the Age column (tests set it; the model refreshes ages each minute).
    void setNow(const QDateTime &now);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString statusText(const Kt::Workspace::WorkloadRow &row);

Q_SIGNALS:
    // Every queued change has been applied.
    void changesApplied();

private:
    struct Batch
    {
        QList<Kt::Workspace::WorkloadRow> upserts;
        QStringList removed;
    };

    void drain();
    void applyRemovals(const QStringList &keys);
    void rebuildIndex(int from);

    QList<Kt::Workspace::WorkloadRow> m_rows;
    QHash<QString, int> m_index;
    QList<Batch> m_pending;
    QTimer *m_drainTimer;
    QTimer *m_ageTimer;
    QDateTime m_now;
    bool m_fixedNow = false;
};

} // namespace Kt::Ui
