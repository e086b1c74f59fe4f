#pragma once

#include "session/cleaner.h"
#include "session/clusteraccess.h"
#include "session/dashboard.h"

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTimer;
class QTreeView;

namespace Kt::Ui {

class DashboardModel;

// Every kt session in the cluster (KtDesk's and ktctl's): who, what, mode, since when, last
// heartbeat, stale — refreshed live. "Clean stale…" first plans, shows exactly what will be
// deleted and restored, and only cleans once the user agrees. A refusal by the cluster (403)
// says which permission is missing and who can grant it.
class DashboardWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardWindow)

public:
    static constexpr int kDefaultRefreshMs = 10000;
    static constexpr qint64 kStaleAfterSeconds = 300; // kt-connect's clean threshold

    explicit DashboardWindow(const Session::ClusterTarget &target, QWidget *parent = nullptr);

    void setRefreshInterval(int milliseconds);
    void refresh();
    // Plans a clean and asks for confirmation (the dialog is cleanConfirmation()).
    void cleanStale();

    DashboardModel *model() const { return m_model; }
    QMessageBox *cleanConfirmation() const { return m_confirmation; }
    QString problem() const;

    // A refusal of the cluster in words a user can act on (403 names the missing permission).
    static QString explain(const Error &error);

Q_SIGNALS:
    void refreshed();
    void cleaned(int done, const QStringList &problems);

private:
    void onOpened(const Result<Session::ClusterAccess *> &access);
    void onRefreshed(const Result<QList<Session::Dashboard::Row>> &rows);
    void onPlanned(const Result<QList<Session::Cleaner::Action>> &actions);
    void onCleaned(int done, const QStringList &problems);
    void showProblem(const QString &text);

    Session::ClusterAccess *m_access = nullptr;
    Session::Dashboard *m_dashboard = nullptr;
    Session::Cleaner *m_cleaner = nullptr;
    DashboardModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_clean = nullptr;
    QTimer *m_timer = nullptr;
    QPointer<QMessageBox> m_confirmation;
    bool m_refreshing = false;
    bool m_cleaning = false;
    bool m_cleanWhenReady = false;
};

} // namespace Kt::Ui
