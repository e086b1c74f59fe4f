#include "logmodel.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QMetaObject>
#include <QPalette>
#include <QThread>

#include <atomic>

namespace Kt::Ui {

namespace {

// A Qt message handler is process-wide by nature: the model it feeds, and the handler it chained.
std::atomic<LogModel *> g_model {nullptr};
QtMessageHandler g_previous = nullptr;
thread_local bool t_inHandler = false;

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_previous)
        g_previous(type, context, message);
    if (t_inHandler)
        return; // a message while handling one: the model must not recurse
    t_inHandler = true;
    if (LogModel *model = g_model.load())
        model->append(type,
            context.category ? QString::fromLatin1(context.category) : QStringLiteral("default"),
            message);
    t_inHandler = false;
}

// Debug < info < warning < critical < fatal (QtMsgType's numbers are not in that order).
int severity(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 0;
    case QtInfoMsg:
        return 1;
    case QtWarningMsg:
        return 2;
    case QtCriticalMsg:
        return 3;
    case QtFatalMsg:
        return 4;
    }
    return 1;
}

QString levelText(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return LogModel::tr("debug");
    case QtInfoMsg:
        return LogModel::tr("info");
    case QtWarningMsg:
        return LogModel::tr("warning");
    case QtCriticalMsg:
        return LogModel::tr("error");
    case QtFatalMsg:
        return LogModel::tr("fatal");
    }
    return {};
}

} // namespace

LogModel::LogModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(std::max(capacity, 10))
{ }

LogModel::~LogModel()
{
    if (g_model.load() == this) {
        qInstallMessageHandler(g_previous);
        g_model.store(nullptr);
        g_previous = nullptr;
    }
}

void LogModel::installMessageHandler()
{
    if (g_model.load() == this)
        return;
    g_model.store(this);
    g_previous = qInstallMessageHandler(handleMessage);
}

void LogModel::append(QtMsgType type, const QString &category, const QString &message)
{
    Entry entry {QDateTime::currentDateTime(), type, category, {}, message};
    bool schedule = false;
    {
        const QMutexLocker locker(&m_queueLock);
        m_queue.append(std::move(entry));
        schedule = !std::exchange(m_flushScheduled, true);
    }
    // Batched: one queued call per burst, on the model's thread.
    if (schedule)
        QMetaObject::invokeMethod(this, &LogModel::flush, Qt::QueuedConnection);
}

void LogModel::setKnownSessions(const QStringList &ids)
{
    m_knownSessions = ids;
}

QString LogModel::sessionFor(const QString &message) const
{
    QString best;
    for (const QString &id : m_knownSessions) {
        // The longest match wins: "exchange-cart" is in "exchange-cart-kt-exchange-abcde".
        if (!id.isEmpty() && id.size() > best.size() && message.contains(id))
            best = id;
    }
    return best;
}

void LogModel::flush()
{
    QList<Entry> queued;
    {
        const QMutexLocker locker(&m_queueLock);
        queued.swap(m_queue);
        m_flushScheduled = false;
    }
    if (queued.isEmpty())
        return;
    if (queued.size() > m_capacity)
        queued.erase(queued.begin(), queued.end() - m_capacity);
    const int overflow
        = static_cast<int>(m_entries.size() + static_cast<size_t>(queued.size())) - m_capacity;
    if (overflow > 0) {
        beginRemoveRows({}, 0, overflow - 1);
        m_entries.erase(m_entries.begin(), m_entries.begin() + overflow);
        endRemoveRows();
    }
    bool newCategory = false;
    for (Entry &entry : queued) {
        entry.sessionId = sessionFor(entry.message);
        if (!m_categories.contains(entry.category)) {
            m_categories.append(entry.category);
            newCategory = true;
        }
    }
    const int first = static_cast<int>(m_entries.size());
    beginInsertRows({}, first, first + static_cast<int>(queued.size()) - 1);
    for (Entry &entry : queued)
        m_entries.push_back(std::move(entry));
    endInsertRows();
    if (newCategory) {
        m_categories.sort();
        Q_EMIT categoriesChanged(m_categories);
    }
}

QString LogModel::toText(const QModelIndexList &rows) const
{
    QStringList lines;
    const auto line = [](const Entry &entry) {
        return QStringLiteral("%1 %2 %3 %4")
            .arg(entry.time.toString(Qt::ISODateWithMs), levelText(entry.type), entry.category,
                entry.message);
    };
    if (rows.isEmpty()) {
        for (const Entry &entry : m_entries)
            lines.append(line(entry));
    } else {
        for (const QModelIndex &index : rows) {
            if (index.isValid() && index.row() < rowCount())
                lines.append(line(m_entries.at(static_cast<size_t>(index.row()))));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(static_cast<size_t>(index.row()));
    switch (role) {
    case SessionIdRole:
        return entry.sessionId;
    case CategoryRole:
        return entry.category;
    case LevelRole:
        return static_cast<int>(entry.type);
    case Qt::ToolTipRole:
        return entry.message;
    case Qt::DisplayRole:
        switch (index.column()) {
        case ColumnTime:
            return entry.time.toString(QStringLiteral("HH:mm:ss.zzz"));
        case ColumnLevel:
            return levelText(entry.type);
        case ColumnCategory:
            return entry.category;
        case ColumnSession:
            return entry.sessionId;
        case ColumnMessage:
            return entry.message;
        default:
            return {};
        }
    case Qt::ForegroundRole:
        // Warnings and errors stand out in the palette's own "link visited"/bright colours
        // would clash with themes; use the disabled colour for debug lines only.
        if (entry.type == QtDebugMsg)
            return QPalette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (severity(entry.type) >= 2) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ColumnTime:
        return tr("Time");
    case ColumnLevel:
        return tr("Level");
    case ColumnCategory:
        return tr("Category");
    case ColumnSession:
        return tr("Session");
    case ColumnMessage:
        return tr("Message");
    default:
        return {};
    }
}

LogFilterModel::LogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void LogFilterModel::setSessionFilter(const QString &id)
{
    m_session = id;
    invalidateFilter();
}

void LogFilterModel::setCategoryFilter(const QString &category)
{
    m_category = category;
    invalidateFilter();
}

void LogFilterModel::setTextFilter(const QString &text)
{
    m_text = text;
    invalidateFilter();
}

void LogFilterModel::setMinimumLevel(QtMsgType type)
{
    m_minimumSeverity = severity(type);
    invalidateFilter();
}

bool LogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_session.isEmpty() && index.data(LogModel::SessionIdRole).toString() != m_session)
        return false;
    if (!m_category.isEmpty() && index.data(LogModel::CategoryRole).toString() != m_category)
        return false;
    if (severity(static_cast<QtMsgType>(index.data(LogModel::LevelRole).toInt()))
        < m_minimumSeverity)
        return false;
    if (!m_text.isEmpty()) {
        const QString message = sourceModel()
                                    ->index(sourceRow, LogModel::ColumnMessage, sourceParent)
                                    .data()
                                    .toString();
        if (!message.contains(m_text, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace Kt::Ui
