#pragma once

#include "workspace/workloadrow.h"

#include <QMainWindow>

class QAbstractItemModel;
class QComboBox;
class QDockWidget;
class QFrame;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTabWidget;
class QToolBar;

namespace Kt::Ui {

class ContextListModel;
class EventListModel;
class NamespaceListModel;
class PodListModel;
class WorkloadTableModel;

// The main window: a welcome page when there is no kubeconfig; otherwise the workspace — context
// switcher (toolbar), namespaces (left), Deployments and Services with a filter box (centre),
// the selection's pods and events (below), and a banner for cluster problems and notices.
// Passive: it shows the models it is given and emits what the user asks for; MainController
// does the work. Other parts add to it through the hooks below (docks, menus, toolbar actions).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // --- hooks for other parts of the UI ---
    // Docks at the bottom (the sessions panel) and lists it in View.
    void addSessionsDock(QDockWidget *dock);
    // Any dock, in `area`; listed in View.
    void addDock(Qt::DockWidgetArea area, QDockWidget *dock);
    QToolBar *mainToolBar() const { return m_toolBar; }
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *clusterMenu() const { return m_clusterMenu; }
    // Exchange…, Mesh…, Forward…, Recover on the selected workload.
    QMenu *workloadMenu() const { return m_workloadMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *helpMenu() const { return m_helpMenu; }
    // The actions the toolbar and menus show (also for the tray).
    QAction *connectAction() const { return m_connectAction; }
    QAction *disconnectAction() const { return m_disconnectAction; }
    QAction *runLocalServiceAction() const { return m_runAction; }
    QAction *cleanAction() const { return m_cleanAction; }
    QAction *dashboardAction() const { return m_dashboardAction; }
    QAction *quitAction() const { return m_quitAction; }

    // --- what controllers show ---
    void setModels(ContextListModel *contexts, NamespaceListModel *namespaces,
        WorkloadTableModel *workloads, PodListModel *pods, EventListModel *events);
    // Shows the welcome page naming the paths that were searched.
    void showNoKubeconfig(const QStringList &searchedPaths, bool pathsFromEnvironment);
    // Shows the welcome page with a kubeconfig problem (malformed, no contexts).
    void showKubeconfigProblem(const QString &message);
    // A line under the welcome page's buttons (the demo cluster's progress).
    void showWelcomeStatus(const QString &message);
    // Shows the workspace.
    void showWorkspace(const QStringList &kubeconfigPaths);
    bool isWorkspaceShown() const;
    // Selects `context` in the switcher without emitting contextSelected().
    void setActiveContext(const QString &context);
    // Selects `namespaceName` ("" = all) in the list without emitting namespaceSelected().
    void setActiveNamespace(const QString &namespaceName);
    // The banner: a cluster problem with Retry, or an information (no Retry); hidden by clear.
    void showProblem(const QString &message);
    void showNotice(const QString &message);
    void clearBanner();
    // Connect vs Disconnect in the toolbar and menu.
    void setConnected(bool connected);
    // The workload under the cursor / selected, for tests and controllers.
    QString selectedWorkloadKey() const;
    QTableView *workloadView() const { return m_workloadView; }
    QSortFilterProxyModel *workloadProxy() const { return m_proxy; }

Q_SIGNALS:
    void contextSelected(const QString &context);
    void namespaceSelected(const QString &namespaceName);
    void workloadSelected(const QString &key);
    void exchangeRequested(const Kt::Workspace::WorkloadRow &workload);
    void meshRequested(const Kt::Workspace::WorkloadRow &workload);
    void forwardRequested(const Kt::Workspace::WorkloadRow &workload);
    void recoverRequested(const Kt::Workspace::WorkloadRow &workload);
    void connectRequested();
    void disconnectRequested();
    void runLocalServiceRequested();
    void cleanRequested();
    void dashboardRequested();
    void retryRequested();
    void demoClusterRequested();
    void quitRequested();

private:
    QWidget *createWelcomePage();
    QWidget *createWorkspacePage();
    void createActions();
    void showWorkloadMenu(const QPoint &position);
    void onCurrentWorkloadChanged();
    void updateWorkloadActions();

    QStackedWidget *m_pages = nullptr;
    QLabel *m_welcomeText = nullptr;
    QPushButton *m_demoButton = nullptr;
    QLabel *m_welcomeStatus = nullptr;
    QLabel *m_workspaceText = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_retryButton = nullptr;
    QComboBox *m_contextCombo = nullptr;
    QListView *m_namespaceView = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QTableView *m_workloadView = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTabWidget *m_details = nullptr;
    QTableView *m_podView = nullptr;
    QTableView *m_eventView = nullptr;
    QToolBar *m_toolBar = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_clusterMenu = nullptr;
    QMenu *m_workloadMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_disconnectAction = nullptr;
    QAction *m_exchangeAction = nullptr;
    QAction *m_meshAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_recoverAction = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_cleanAction = nullptr;
    QAction *m_dashboardAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    WorkloadTableModel *m_workloads = nullptr;
    NamespaceListModel *m_namespaces = nullptr;
    ContextListModel *m_contexts = nullptr;
    bool m_updatingSelection = false;
};

} // namespace Kt::Ui
