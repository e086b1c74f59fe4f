#include "dashboardmodel.h"

#include "icons/themeicons.h"
#include "session/ktmetadata.h"

#include <QFont>
#include <QHash>
#include <QLocale>

namespace Kt::Ui {

using Session::Dashboard;

namespace {

QString keyOf(const Dashboard::Row &row)
{
    return row.namespaceName + QLatin1Char('/') + row.name;
}

bool sameRow(const Dashboard::Row &a, const Dashboard::Row &b)
{
    return a.user == b.user && a.role == b.role && a.target == b.target && a.phase == b.phase
        && a.created == b.created && a.lastHeartbeat == b.lastHeartbeat && a.stale == b.stale;
}

} // namespace

DashboardModel::DashboardModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void DashboardModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, ColumnSince), index(rowCount() - 1, ColumnHeartbeat));
}

QDateTime DashboardModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

void DashboardModel::setRows(const QList<Dashboard::Row> &rows)
{
    QHash<QString, int> incoming;
    for (int i = 0; i < rows.size(); ++i)
        incoming.insert(keyOf(rows.at(i)), i);
    // Gone rows first (from the end, so that rows keep their numbers while removing).
    for (int row = rowCount() - 1; row >= 0; --row) {
        if (!incoming.contains(keyOf(m_rows.at(row)))) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    QHash<QString, int> present;
    for (int row = 0; row < m_rows.size(); ++row)
        present.insert(keyOf(m_rows.at(row)), row);
    // Changed rows in place; new ones at the end; the ages move anyway.
    QList<Dashboard::Row> added;
    for (const Dashboard::Row &row : rows) {
        const auto found = present.constFind(keyOf(row));
        if (found == present.constEnd()) {
            added.append(row);
        } else if (!sameRow(m_rows.at(*found), row)) {
            m_rows[*found] = row;
        }
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    if (!added.isEmpty()) {
        const int first = rowCount();
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        m_rows.append(added);
        endInsertRows();
    }
}

int DashboardModel::staleCount() const
{
    int count = 0;
    for (const Dashboard::Row &row : m_rows)
        count += row.stale ? 1 : 0;
    return count;
}

QString DashboardModel::modeText(const QString &role)
{
    if (role == Session::KtRole::ShadowConnect)
        return tr("connect");
    if (role == Session::KtRole::ShadowExchange)
        return tr("exchange");
    if (role == Session::KtRole::ShadowMesh)
        return tr("mesh");
    if (role == Session::KtRole::ShadowPreview)
        return tr("preview");
    if (role == Session::KtRole::Router)
        return tr("mesh router");
    return role;
}

QString DashboardModel::agoText(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return tr("never");
    const qint64 seconds = std::max<qint64>(0, when.secsTo(now));
    if (seconds < 120)
        return tr("%n second(s) ago", nullptr, static_cast<int>(seconds));
    if (seconds < 7200)
        return tr("%n minute(s) ago", nullptr, static_cast<int>(seconds / 60));
    if (seconds < 2 * 86400)
        return tr("%n hour(s) ago", nullptr, static_cast<int>(seconds / 3600));
    return tr("%n day(s) ago", nullptr, static_cast<int>(seconds / 86400));
}

int DashboardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DashboardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

Session::SessionKind kindOfRole(const QString &role)
{
    if (role == Session::KtRole::ShadowExchange)
        return Session::SessionKind::Exchange;
    if (role == Session::KtRole::ShadowMesh || role == Session::KtRole::Router)
        return Session::SessionKind::Mesh;
    if (role == Session::KtRole::ShadowPreview)
        return Session::SessionKind::Preview;
    return Session::SessionKind::Connect;
}

} // namespace

QVariant DashboardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Dashboard::Row &row = m_rows.at(index.row());
    if (role == StaleRole)
        return row.stale;
    const QLocale locale;
    switch (index.column()) {
    case ColumnUser:
        if (role == Qt::DisplayRole || role == SortRole)
            return row.user.isEmpty() ? tr("unknown") : row.user;
        break;
    case ColumnMode:
        if (role == Qt::DisplayRole || role == SortRole)
            return modeText(row.role);
        if (role == Qt::DecorationRole)
            return ThemeIcons::sessionKind(kindOfRole(row.role));
        break;
    case ColumnTarget:
        if (role == Qt::DisplayRole || role == SortRole)
            return row.target;
        break;
    case ColumnObject:
        if (role == Qt::DisplayRole || role == SortRole)
            return QStringLiteral("%1/%2").arg(row.namespaceName, row.name);
        break;
    case ColumnSince:
        if (role == Qt::DisplayRole)
            return agoText(row.created, now());
        if (role == Qt::ToolTipRole)
            return locale.toString(row.created.toLocalTime(), QLocale::LongFormat);
        if (role == SortRole)
            return row.created;
        break;
    case ColumnHeartbeat:
        if (role == Qt::DisplayRole)
            return agoText(row.lastHeartbeat, now());
        if (role == Qt::ToolTipRole && row.lastHeartbeat.isValid())
            return locale.toString(row.lastHeartbeat.toLocalTime(), QLocale::LongFormat);
        if (role == SortRole)
            return row.lastHeartbeat;
        break;
    case ColumnStatus:
        if (role == Qt::DisplayRole || role == SortRole) {
            if (row.stale)
                return tr("stale (%1)").arg(row.phase);
            return row.phase;
        }
        if (role == Qt::DecorationRole)
            return ThemeIcons::themed(
                row.stale ? QStringLiteral("tray-error") : QStringLiteral("tray-connected"));
        if (role == Qt::ToolTipRole && row.stale)
            return tr("No heartbeat for over 5 minutes: the session that made this is gone. "
                      "\"Clean stale…\" removes it and restores what it changed.");
        break;
    default:
        break;
    }
    if (role == Qt::FontRole && row.stale) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    return {};
}

QVariant DashboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ColumnUser:
        return tr("User");
    case ColumnMode:
        return tr("Mode");
    case ColumnTarget:
        return tr("Target");
    case ColumnObject:
        return tr("Pod");
    case ColumnSince:
        return tr("Since");
    case ColumnHeartbeat:
        return tr("Last heartbeat");
    case ColumnStatus:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace Kt::Ui
