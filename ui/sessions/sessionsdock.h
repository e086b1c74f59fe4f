#pragma once

#include "session/sessioninfo.h"

#include <QDockWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTreeView;
class QFrame;

namespace Kt::Ui {

class LogFilterModel;
class LogModel;
class SessionModel;

// The sessions panel: every session with its state, steps, pod events, traffic and last error,
// with Stop / Restart / Logs; and the log, filterable per session, category, level and text.
// Passive: Stop and Restart are requests that the controller passes to the SessionManager.
class SessionsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionsDock)

public:
    SessionsDock(SessionModel *sessions, LogModel *log, QWidget *parent = nullptr);

    // Selects the session's row (e.g. when a new session starts).
    void selectSession(const QString &id);
    // Shows the log of one session (empty: every message).
    void showLog(const QString &sessionId);
    QString currentSessionId() const;

Q_SIGNALS:
    void stopRequested(const QString &id);
    void restartRequested(const QString &id);
    void removeRequested(const QString &id); // a stopped or failed session leaves the list

private:
    QWidget *createSessionsPage();
    QWidget *createLogPage();
    void showDetails(const Kt::Session::SessionInfo &info);
    void onCurrentChanged();
    void refreshSessionFilter();
    void refreshCategoryFilter(const QStringList &categories);

    SessionModel *m_sessions;
    LogModel *m_log;
    QTabWidget *m_tabs = nullptr;
    QSortFilterProxyModel *m_sessionsProxy = nullptr;
    QTreeView *m_sessionsView = nullptr;
    QWidget *m_details = nullptr;
    QLabel *m_noSession = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_steps = nullptr;
    QListWidget *m_events = nullptr;
    QFrame *m_errorFrame = nullptr;
    QLabel *m_errorText = nullptr;
    QPushButton *m_errorAction = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_restart = nullptr;
    QPushButton *m_logs = nullptr;

    LogFilterModel *m_logFilter = nullptr;
    QTreeView *m_logView = nullptr;
    QComboBox *m_logSession = nullptr;
    QComboBox *m_logCategory = nullptr;
    QComboBox *m_logLevel = nullptr;
    QLineEdit *m_logText = nullptr;
};

} // namespace Kt::Ui
