#include "delegates/ktstatusdelegate.h"

#include "models/workloadtablemodel.h"

#include <QPainter>
#include <QPixmap>

namespace Kt::Ui {

using Kt::Workspace::KtStatus;

namespace {

QIcon dot(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(pixmap);
}

} // namespace

KtStatusDelegate::KtStatusDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void KtStatusDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto status = KtStatus(index.data(WorkloadTableModel::SortRole).toInt());
    // Mid-tone colours that read on light and dark backgrounds alike.
    static const QIcon exchanged = dot(QColor(0xe0, 0x8a, 0x1e));
    static const QIcon meshed = dot(QColor(0x3d, 0x8e, 0xd8));
    static const QIcon previewed = dot(QColor(0x3f, 0xa8, 0x5a));
    static const QIcon stale = dot(QColor(0xd6, 0x45, 0x45));
    switch (status) {
    case KtStatus::None:
        return;
    case KtStatus::Exchanged:
        option->icon = exchanged;
        break;
    case KtStatus::Meshed:
        option->icon = meshed;
        break;
    case KtStatus::Previewed:
        option->icon = previewed;
        break;
    case KtStatus::Stale:
        option->icon = stale;
        break;
    }
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = QSize(12, 12);
}

} // namespace Kt::Ui
