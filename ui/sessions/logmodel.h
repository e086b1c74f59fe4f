#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <deque>

class QTimer;

namespace Kt::Ui {

// The application's log in memory: a ring buffer of the last `capacity` messages, fed by a Qt
// message handler that may be called from any thread (messages queue under a lock and reach the
// model on its thread in batches). Each message is tagged with the session it is about when a
// known session id appears in it, else only by its logging category.
class LogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogModel)

public:
    enum Column {
        ColumnTime,
        ColumnLevel,
        ColumnCategory,
        ColumnSession,
        ColumnMessage,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        SessionIdRole = Qt::UserRole + 1,
        CategoryRole,
        LevelRole, // QtMsgType
    };

    struct Entry
    {
        QDateTime time;
        QtMsgType type = QtInfoMsg;
        QString category;
        QString sessionId;
        QString message;
    };

    explicit LogModel(int capacity = 5000, QObject *parent = nullptr);
    ~LogModel() override;

    // Routes every qDebug/qInfo/qWarning/... here as well as to the previous handler. One model
    // at a time; the destructor uninstalls it.
    void installMessageHandler();
    // Appends a message (any thread).
    void append(QtMsgType type, const QString &category, const QString &message);
    // The session ids to look for in messages (the sessions panel keeps it current).
    void setKnownSessions(const QStringList &ids);
    // Applies queued messages now (tests; otherwise a timer does it).
    void flush();

    QStringList categories() const { return m_categories; }
    int capacity() const { return m_capacity; }
    // The log as text, one message per line (for "Copy").
    QString toText(const QModelIndexList &rows = {}) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void categoriesChanged(const QStringList &categories);

private:
    QString sessionFor(const QString &message) const;

    const int m_capacity;
    std::deque<Entry> m_entries;
    QStringList m_knownSessions;
    QStringList m_categories;
    QMutex m_queueLock;
    QList<Entry> m_queue; // guarded by m_queueLock
    bool m_flushScheduled = false; // guarded by m_queueLock
};

// Filters the log by session id (also matching messages without a session but of the same
// category when asked), by category and by text.
class LogFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogFilterModel)

public:
    explicit LogFilterModel(QObject *parent = nullptr);

    void setSessionFilter(const QString &id); // empty: every message
    void setCategoryFilter(const QString &category); // empty: every category
    void setTextFilter(const QString &text);
    void setMinimumLevel(QtMsgType type);
    QString sessionFilter() const { return m_session; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_session;
    QString m_category;
    QString m_text;
    int m_minimumSeverity = 0;
};

} // namespace Kt::Ui
