#include "models/workloadtablemodel.h"

#include "models/ageformat.h"

#include <QTimer>

#include <algorithm>

namespace Kt::Ui {

using Kt::Workspace::KtStatus;
using Kt::Workspace::WorkloadKind;
using Kt::Workspace::WorkloadRow;

WorkloadTableModel::WorkloadTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_drainTimer(new QTimer(this))
    , m_ageTimer(new QTimer(this))
    , m_now(QDateTime::currentDateTimeUtc())
{
    m_drainTimer->setSingleShot(true);
    m_drainTimer->setInterval(0);
    connect(m_drainTimer, &QTimer::timeout, this, &WorkloadTableModel::drain);
    m_ageTimer->setInterval(std::chrono::minutes(1));
    connect(m_ageTimer, &QTimer::timeout, this, [this] {
        if (!m_fixedNow)
            m_now = QDateTime::currentDateTimeUtc();
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, AgeColumn), index(rowCount() - 1, AgeColumn));
    });
    m_ageTimer->start();
}

void WorkloadTableModel::setNow(const QDateTime &now)
{
    m_fixedNow = true;
    m_now = now;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, AgeColumn), index(rowCount() - 1, AgeColumn));
}

void WorkloadTableModel::applyChanges(const QList<WorkloadRow> &upserts, const QStringList &removed)
{
    if (upserts.isEmpty() && removed.isEmpty())
        return;
    // Rows that arrive now show their age as of now, like the pods beside them (the whole
    // column still moves on once a minute).
    if (!m_fixedNow)
        m_now = QDateTime::currentDateTimeUtc();
    // Split big batches so that each turn of the event loop applies at most kChunkSize rows.
    for (qsizetype from = 0; from < upserts.size() || from == 0; from += kChunkSize) {
        Batch batch;
        batch.upserts = upserts.mid(from, kChunkSize);
        if (from == 0)
            batch.removed = removed;
        m_pending.append(batch);
        if (upserts.isEmpty())
            break;
    }
    if (!m_drainTimer->isActive())
        m_drainTimer->start();
}

void WorkloadTableModel::clear()
{
    m_pending.clear();
    m_drainTimer->stop();
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    endResetModel();
}

void WorkloadTableModel::drain()
{
    if (m_pending.isEmpty())
        return;
    const Batch batch = m_pending.takeFirst();
    applyRemovals(batch.removed);

    QList<WorkloadRow> added;
    QList<int> changed;
    for (const WorkloadRow &row : batch.upserts) {
        const QString key = row.key();
        const auto it = m_index.constFind(key);
        if (it == m_index.constEnd()) {
            m_index.insert(key, int(m_rows.size() + added.size()));
            added.append(row);
        } else if (*it >= m_rows.size()) {
            added[*it - m_rows.size()] = row; // twice in one batch: the later one counts
        } else {
            m_rows[*it] = row;
            changed.append(*it);
        }
    }
    // One dataChanged() per run of adjacent rows.
    std::sort(changed.begin(), changed.end());
    for (qsizetype i = 0; i < changed.size();) {
        qsizetype j = i;
        while (j + 1 < changed.size() && changed.at(j + 1) <= changed.at(j) + 1)
            ++j;
        Q_EMIT dataChanged(index(changed.at(i), 0), index(changed.at(j), ColumnCount - 1));
        i = j + 1;
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(added);
        endInsertRows();
    }
    if (!m_pending.isEmpty())
        m_drainTimer->start();
    else
        Q_EMIT changesApplied();
}

void WorkloadTableModel::applyRemovals(const QStringList &keys)
{
    QList<int> rows;
    for (const QString &key : keys) {
        const int row = m_index.value(key, -1);
        if (row >= 0)
            rows.append(row);
    }
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    // Contiguous ranges, from the end so earlier row numbers stay valid.
    for (qsizetype j = rows.size() - 1; j >= 0;) {
        qsizetype i = j;
        while (i > 0 && rows.at(i - 1) == rows.at(i) - 1)
            --i;
        beginRemoveRows({}, rows.at(i), rows.at(j));
        for (int r = rows.at(j); r >= rows.at(i); --r)
            m_index.remove(m_rows.at(r).key());
        m_rows.remove(rows.at(i), rows.at(j) - rows.at(i) + 1);
        endRemoveRows();
        j = i - 1;
    }
    rebuildIndex(rows.constFirst());
}

void WorkloadTableModel::rebuildIndex(int from)
{
    for (int row = from; row < m_rows.size(); ++row)
        m_index.insert(m_rows.at(row).key(), row);
}

int WorkloadTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkloadTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WorkloadTableModel::statusText(const WorkloadRow &row)
{
    const QString users = row.ktUsers.join(QStringLiteral(", "));
    switch (row.ktStatus) {
    case KtStatus::None:
        return {};
    case KtStatus::Exchanged:
        return users.isEmpty() ? tr("Exchanged") : tr("Exchanged by %1").arg(users);
    case KtStatus::Meshed:
        return users.isEmpty() ? tr("Meshed") : tr("Meshed by %1").arg(users);
    case KtStatus::Previewed:
        return users.isEmpty() ? tr("Previewed") : tr("Previewed by %1").arg(users);
    case KtStatus::Stale:
        return tr("Left by a crashed session");
    }
    return {};
}

QVariant WorkloadTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkloadRow &row = m_rows.at(index.row());
    const bool deployment = row.kind == WorkloadKind::Deployment;
    if (role == KeyRole)
        return row.key();
    if (role == RowRole)
        return QVariant::fromValue(row);
    if (role == FilterRole) {
        return QString(row.namespaceName + QLatin1Char('/') + row.name + QLatin1Char(' ')
            + row.images.join(QLatin1Char(' ')) + QLatin1Char(' ')
            + row.ports.join(QLatin1Char(' ')) + QLatin1Char(' ') + statusText(row));
    }
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case KindColumn:
            return deployment ? tr("Deployment") : tr("Service");
        case NamespaceColumn:
            return row.namespaceName;
        case NameColumn:
            return row.name;
        case ReadyColumn:
            return deployment ? QStringLiteral("%1/%2").arg(row.ready).arg(row.desired) : QString();
        case AgeColumn:
            return AgeFormat::format(row.created, m_now);
        case DetailColumn:
            return (deployment ? row.images : row.ports).join(QStringLiteral(", "));
        case KtStatusColumn:
            return statusText(row);
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == SortRole) {
        switch (Column(index.column())) {
        case KindColumn:
            return int(row.kind);
        case NamespaceColumn:
            return row.namespaceName;
        case NameColumn:
            return row.name;
        case ReadyColumn:
            return deployment ? row.ready * 100000 + row.desired : -1;
        case AgeColumn:
            // Youngest first when ascending, like kubectl's AGE.
            return row.created.isValid() ? -row.created.toSecsSinceEpoch() : 0;
        case DetailColumn:
            return (deployment ? row.images : row.ports).join(QStringLiteral(", "));
        case KtStatusColumn:
            return int(row.ktStatus);
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == KtStatusColumn && row.ktStatus == KtStatus::Stale)
            return tr("kt changed this Service but no session serves it any more. Right-click → "
                      "Recover restores it.");
        if (index.column() == AgeColumn && row.created.isValid())
            return QLocale().toString(row.created.toLocalTime(), QLocale::LongFormat);
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() == ReadyColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant WorkloadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case KindColumn:
        return tr("Kind");
    case NamespaceColumn:
        return tr("Namespace");
    case NameColumn:
        return tr("Name");
    case ReadyColumn:
        return tr("Ready");
    case AgeColumn:
        return tr("Age");
    case DetailColumn:
        return tr("Images / ports");
    case KtStatusColumn:
        return tr("KtDesk");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Kt::Ui
