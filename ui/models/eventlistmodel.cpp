#include "models/eventlistmodel.h"

#include "models/ageformat.h"

#include <QBrush>
#include <QPalette>

namespace Kt::Ui {

using Kt::Workspace::EventRow;

EventListModel::EventListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void EventListModel::setEvents(const QList<EventRow> &events)
{
    if (events.isEmpty() && m_events.isEmpty())
        return;
    m_now = QDateTime::currentDateTimeUtc();
    bool same = events.size() == m_events.size();
    for (qsizetype i = 0; same && i < events.size(); ++i)
        same = events.at(i).uid == m_events.at(i).uid;
    if (same) {
        m_events = events;
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_events = events;
    endResetModel();
}

int EventListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EventRow &event = m_events.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case LastSeenColumn:
            return event.count > 1
                ? tr("%1 (×%2)").arg(AgeFormat::format(event.lastSeen, m_now)).arg(event.count)
                : AgeFormat::format(event.lastSeen, m_now);
        case TypeColumn:
            return event.warning ? tr("Warning") : tr("Normal");
        case ReasonColumn:
            return event.reason;
        case ObjectColumn:
            return event.object;
        case MessageColumn:
            return event.message;
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == MessageColumn)
        return event.message;
    if (role == Qt::ForegroundRole && event.warning && index.column() == TypeColumn)
        return QBrush(QPalette().color(QPalette::Link));
    return {};
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case LastSeenColumn:
        return tr("Last seen");
    case TypeColumn:
        return tr("Type");
    case ReasonColumn:
        return tr("Reason");
    case ObjectColumn:
        return tr("Object");
    case MessageColumn:
        return tr("Message");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Kt::Ui
