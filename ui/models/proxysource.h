#pragma once

class QAbstractItemModel;
class QSortFilterProxyModel;

namespace Kt::Ui {

// Sets `source` as `proxy`'s source and detaches it again (QSortFilterProxyModel's
// setSourceModel resets, so the views see it) when `source` is destroyed first. Qt's proxies
// only swap in an empty model then, without a reset, so a view keeps indexes into the proxy's freed
// mapping and a later layout (hiding the window at exit) reads them. Models here are owned by
// controllers that may go before the window whose views show them.
void setProxySource(QSortFilterProxyModel *proxy, QAbstractItemModel *source);

} // namespace Kt::Ui
