#pragma once

#include <QStyledItemDelegate>

namespace Kt::Ui {

// The KtDesk column of the resource table: a coloured dot before the status text (exchanged,
// meshed, previewed, left by a crash), text in the system palette so dark themes stay readable.
class KtStatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KtStatusDelegate)

public:
    explicit KtStatusDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Kt::Ui
