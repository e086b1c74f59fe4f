#include "models/contextlistmodel.h"

#include <QFont>

namespace Kt::Ui {

ContextListModel::ContextListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void ContextListModel::setContexts(const QStringList &contexts, const QString &current)
{
    if (contexts == m_contexts) {
        if (current != m_current) {
            m_current = current;
            if (!m_contexts.isEmpty())
                Q_EMIT dataChanged(index(0), index(int(m_contexts.size()) - 1));
        }
        return;
    }
    beginResetModel();
    m_contexts = contexts;
    m_current = current;
    endResetModel();
}

int ContextListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contexts.size());
}

QVariant ContextListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &name = m_contexts.at(index.row());
    const bool isCurrent = name == m_current;
    switch (role) {
    case Qt::DisplayRole:
        return isCurrent ? tr("%1 (current)", "kubeconfig current-context").arg(name) : name;
    case Qt::ToolTipRole:
        return isCurrent ? tr("The kubeconfig's current context") : QVariant();
    case Qt::FontRole: {
        if (!isCurrent)
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    case NameRole:
        return name;
    case IsCurrentRole:
        return isCurrent;
    default:
        return {};
    }
}

} // namespace Kt::Ui
