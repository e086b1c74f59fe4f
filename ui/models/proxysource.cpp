#include "proxysource.h"

#include <QSortFilterProxyModel>

namespace Kt::Ui {

void setProxySource(QSortFilterProxyModel *proxy, QAbstractItemModel *source)
{
    if (QAbstractItemModel *old = proxy->sourceModel())
        QObject::disconnect(old, &QObject::destroyed, proxy, nullptr);
    proxy->setSourceModel(source);
    if (source) {
        QObject::connect(
            source, &QObject::destroyed, proxy, [proxy] { proxy->setSourceModel(nullptr); });
    }
}

} // namespace Kt::Ui
