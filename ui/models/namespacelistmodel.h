#pragma once

#include <QAbstractListModel>
#include <QStringList>

namespace Kt::Ui {

// "All namespaces" followed by the cluster's namespaces, for the namespace list.
class NamespaceListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NamespaceListModel)

public:
    enum Role {
        NamespaceRole = Qt::UserRole + 1, // the name; empty for "All namespaces"
    };

    explicit NamespaceListModel(QObject *parent = nullptr);

    // Inserts and removes rows where the sorted list changed, so a selection survives.
    void setNamespaces(const QStringList &names);
    QStringList namespaces() const { return m_names; }
    // The row of `name` ("" is "All namespaces", row 0), or -1.
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QStringList m_names; // sorted
};

} // namespace Kt::Ui
