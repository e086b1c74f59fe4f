#pragma once

#include <QAbstractListModel>
#include <QStringList>

namespace Kt::Ui {

// The kubeconfig's contexts for the context switcher; the kubeconfig's current-context is marked.
class ContextListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContextListModel)

public:
    enum Role {
        NameRole = Qt::UserRole + 1, // the context's name (display adds the mark)
        IsCurrentRole, // bool: the kubeconfig's current-context
    };

    explicit ContextListModel(QObject *parent = nullptr);

    void setContexts(const QStringList &contexts, const QString &current);
    QStringList contexts() const { return m_contexts; }
    QString current() const { return m_current; }
    // The row of `context`, or -1.
    int rowOf(const QString &context) const { return int(m_contexts.indexOf(context)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QStringList m_contexts;
    QString m_current;
};

} // namespace Kt::Ui
