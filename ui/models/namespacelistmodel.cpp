#include "models/namespacelistmodel.h"

#include <QFont>

#include <algorithm>

namespace Kt::Ui {

NamespaceListModel::NamespaceListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void NamespaceListModel::setNamespaces(const QStringList &names)
{
    QStringList wanted = names;
    std::sort(wanted.begin(), wanted.end());
    wanted.removeDuplicates();
    // Merge walk over two sorted lists: remove what went, insert what came (row 0 is "All").
    int i = 0;
    int j = 0;
    while (i < m_names.size() || j < wanted.size()) {
        if (j >= wanted.size() || (i < m_names.size() && m_names.at(i) < wanted.at(j))) {
            beginRemoveRows({}, i + 1, i + 1);
            m_names.removeAt(i);
            endRemoveRows();
        } else if (i >= m_names.size() || wanted.at(j) < m_names.at(i)) {
            beginInsertRows({}, i + 1, i + 1);
            m_names.insert(i, wanted.at(j));
            endInsertRows();
            ++i;
            ++j;
        } else {
            ++i;
            ++j;
        }
    }
}

int NamespaceListModel::rowOf(const QString &name) const
{
    if (name.isEmpty())
        return 0;
    const auto row = m_names.indexOf(name);
    return row < 0 ? -1 : int(row) + 1;
}

int NamespaceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_names.size()) + 1;
}

QVariant NamespaceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool all = index.row() == 0;
    switch (role) {
    case Qt::DisplayRole:
        return all ? tr("All namespaces") : m_names.at(index.row() - 1);
    case Qt::FontRole: {
        if (!all)
            return {};
        QFont font;
        font.setItalic(true);
        return font;
    }
    case NamespaceRole:
        return all ? QString() : m_names.at(index.row() - 1);
    default:
        return {};
    }
}

} // namespace Kt::Ui
