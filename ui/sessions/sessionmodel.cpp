#include "sessionmodel.h"

#include "icons/themeicons.h"
#include "session/sessionengine.h"

#include <QLocale>
#include <QTimer>

#include <climits>
#include <utility>

namespace Kt::Ui {

using Session::SessionInfo;
using Session::SessionKind;
using Session::SessionState;

SessionModel::SessionModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_flushTimer(new QTimer(this))
{
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(100);
    connect(m_flushTimer, &QTimer::timeout, this, &SessionModel::flush);
}

SessionModel::~SessionModel() = default;

void SessionModel::setEngine(Session::SessionEngine *engine)
{
    for (const SessionInfo &info : engine->sessions())
        showSession(info);
    connect(engine, &Session::SessionEngine::sessionAdded, this, &SessionModel::showSession);
    connect(engine, &Session::SessionEngine::sessionInfoChanged, this, &SessionModel::showSession);
    connect(engine, &Session::SessionEngine::sessionRemoved, this, &SessionModel::removeSession);
    connect(engine, &Session::SessionEngine::sessionRenamed, this, &SessionModel::renameSession);
}

void SessionModel::renameSession(const QString &oldId, const QString &newId)
{
    const int row = rowOf(oldId);
    if (row < 0)
        return;
    m_entries[row].id = newId;
    m_dirty.insert(row);
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void SessionModel::showSession(const SessionInfo &info)
{
    if (const int row = rowOf(info.id); row >= 0) {
        m_entries[row] = info;
        m_dirty.insert(row);
        if (!m_flushTimer->isActive())
            m_flushTimer->start();
        return;
    }
    const int row = static_cast<int>(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(info);
    endInsertRows();
    Q_EMIT infoUpdated(info);
}

void SessionModel::removeSession(const QString &id)
{
    if (const int row = rowOf(id); row >= 0)
        removeRow(row);
}

void SessionModel::removeRow(int row)
{
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    // Dirty rows after the removed one moved up by one.
    QSet<int> dirty;
    for (const int at : std::as_const(m_dirty)) {
        if (at < row)
            dirty.insert(at);
        else if (at > row)
            dirty.insert(at - 1);
    }
    m_dirty = dirty;
}

void SessionModel::flush()
{
    if (m_dirty.isEmpty())
        return;
    int first = INT_MAX;
    int last = -1;
    for (const int row : std::as_const(m_dirty)) {
        first = std::min(first, row);
        last = std::max(last, row);
    }
    const QSet<int> dirty = std::exchange(m_dirty, {});
    if (last >= rowCount())
        last = rowCount() - 1;
    if (first <= last)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    for (const int row : dirty) {
        if (row < rowCount())
            Q_EMIT infoUpdated(m_entries.at(row));
    }
}

int SessionModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return row;
    }
    return -1;
}

QStringList SessionModel::ids() const
{
    QStringList result;
    for (const SessionInfo &info : m_entries)
        result.append(info.id);
    return result;
}

SessionInfo SessionModel::info(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row) : SessionInfo {};
}

int SessionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int SessionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SessionModel::stateText(SessionState state)
{
    switch (state) {
    case SessionState::Preparing:
        return tr("Preparing");
    case SessionState::CreatingShadow:
        return tr("Creating shadow pod");
    case SessionState::WaitingForPod:
        return tr("Waiting for pod");
    case SessionState::Tunnelling:
        return tr("Opening tunnel");
    case SessionState::Active:
        return tr("Active");
    case SessionState::Reconnecting:
        return tr("Reconnecting");
    case SessionState::Stopping:
        return tr("Stopping");
    case SessionState::Stopped:
        return tr("Stopped");
    case SessionState::Failed:
        return tr("Failed");
    }
    return {};
}

QString SessionModel::kindText(SessionKind kind)
{
    switch (kind) {
    case SessionKind::Connect:
        return tr("Connect");
    case SessionKind::Exchange:
        return tr("Exchange");
    case SessionKind::Mesh:
        return tr("Mesh");
    case SessionKind::Preview:
        return tr("Preview");
    case SessionKind::Forward:
        return tr("Forward");
    }
    return {};
}

namespace {

QString stateIconName(SessionState state)
{
    switch (state) {
    case SessionState::Active:
        return QStringLiteral("tray-connected");
    case SessionState::Failed:
        return QStringLiteral("tray-error");
    case SessionState::Stopped:
        return QStringLiteral("tray-disconnected");
    default:
        return QStringLiteral("tray-connecting");
    }
}

} // namespace

QVariant SessionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SessionInfo &info = m_entries.at(index.row());
    switch (role) {
    case InfoRole:
        return QVariant::fromValue(info);
    case IdRole:
        return info.id;
    default:
        break;
    }
    const QLocale locale;
    switch (index.column()) {
    case ColumnSession:
        if (role == Qt::DisplayRole)
            return info.title.isEmpty() ? kindText(info.kind) : info.title;
        if (role == Qt::DecorationRole)
            return ThemeIcons::sessionKind(info.kind);
        if (role == Qt::ToolTipRole)
            return info.detail;
        if (role == SortRole)
            return info.title;
        break;
    case ColumnState:
        if (role == Qt::DisplayRole) {
            if (info.state == SessionState::Active || info.step.isEmpty())
                return stateText(info.state);
            return tr("%1: %2").arg(stateText(info.state), info.step);
        }
        if (role == Qt::DecorationRole)
            return ThemeIcons::themed(stateIconName(info.state));
        if (role == Qt::ToolTipRole && info.lastError)
            return info.lastError->toString();
        if (role == SortRole)
            return static_cast<int>(info.state);
        break;
    case ColumnTraffic:
        if (role == Qt::DisplayRole)
            return tr("↓ %1  ↑ %2")
                .arg(locale.formattedDataSize(static_cast<qint64>(info.bytesIn)),
                    locale.formattedDataSize(static_cast<qint64>(info.bytesOut)));
        if (role == SortRole)
            return info.bytesIn + info.bytesOut;
        break;
    case ColumnConnections:
        if (role == Qt::DisplayRole || role == SortRole)
            return info.openConnections;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ColumnSince:
        if (role == Qt::DisplayRole)
            return locale.toString(info.startedAt.toLocalTime().time(), QLocale::ShortFormat);
        if (role == Qt::ToolTipRole)
            return locale.toString(info.startedAt.toLocalTime(), QLocale::LongFormat);
        if (role == SortRole)
            return info.startedAt;
        break;
    default:
        break;
    }
    return {};
}

QVariant SessionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ColumnSession:
        return tr("Session");
    case ColumnState:
        return tr("State");
    case ColumnTraffic:
        return tr("Traffic");
    case ColumnConnections:
        return tr("Connections");
    case ColumnSince:
        return tr("Since");
    default:
        return {};
    }
}

} // namespace Kt::Ui
