#include "models/podlistmodel.h"

#include "models/ageformat.h"

namespace Kt::Ui {

using Kt::Workspace::PodRow;

PodListModel::PodListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PodListModel::setPods(const QList<PodRow> &pods)
{
    if (pods.isEmpty() && m_pods.isEmpty())
        return;
    m_now = QDateTime::currentDateTimeUtc();
    bool sameNames = pods.size() == m_pods.size();
    for (qsizetype i = 0; sameNames && i < pods.size(); ++i)
        sameNames = pods.at(i).name == m_pods.at(i).name;
    if (sameNames) {
        m_pods = pods;
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_pods = pods;
    endResetModel();
}

int PodListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pods.size());
}

int PodListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PodListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PodRow &pod = m_pods.at(index.row());
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (Column(index.column())) {
        case NameColumn:
            return pod.name;
        case ReadyColumn:
            return sort
                ? QVariant(pod.readyContainers)
                : QVariant(QStringLiteral("%1/%2").arg(pod.readyContainers).arg(pod.containers));
        case StatusColumn:
            return pod.status;
        case RestartsColumn:
            return pod.restarts;
        case NodeColumn:
            return pod.node;
        case IpColumn:
            return pod.podIp;
        case AgeColumn:
            return sort ? QVariant(pod.created) : QVariant(AgeFormat::format(pod.created, m_now));
        case ColumnCount:
            break;
        }
    }
    return {};
}

QVariant PodListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Pod");
    case ReadyColumn:
        return tr("Ready");
    case StatusColumn:
        return tr("Status");
    case RestartsColumn:
        return tr("Restarts");
    case NodeColumn:
        return tr("Node");
    case IpColumn:
        return tr("IP");
    case AgeColumn:
        return tr("Age");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Kt::Ui
