#include "mainwindow.h"

#include "delegates/ktstatusdelegate.h"
#include "models/contextlistmodel.h"
#include "models/eventlistmodel.h"
#include "models/namespacelistmodel.h"
#include "models/podlistmodel.h"
#include "models/proxysource.h"
#include "models/workloadtablemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <functional>

namespace Kt::Ui {

using Kt::Workspace::KtStatus;
using Kt::Workspace::WorkloadKind;
using Kt::Workspace::WorkloadRow;

namespace {

constexpr int kWelcomePage = 0;
constexpr int kWorkspacePage = 1;

QTableView *makeTable(QWidget *parent, const QString &objectName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    // Fixed row heights: the view never measures thousands of rows.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return view;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("KtDesk"));
    resize(1200, 760);
    createActions();

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(createWelcomePage());
    m_pages->addWidget(createWorkspacePage());
    m_pages->setCurrentIndex(kWorkspacePage); // until the kubeconfig is known to be missing
    setCentralWidget(m_pages);
    statusBar()->showMessage(tr("Reading the kubeconfig…"));
}

void MainWindow::createActions()
{
    m_connectAction = new QAction(tr("&Connect"), this);
    m_connectAction->setObjectName(QStringLiteral("connectAction"));
    m_connectAction->setStatusTip(
        tr("Reach pod and service addresses of this cluster from this computer"));
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::connectRequested);

    m_disconnectAction = new QAction(tr("&Disconnect"), this);
    m_disconnectAction->setObjectName(QStringLiteral("disconnectAction"));
    m_disconnectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_disconnectAction->setVisible(false);
    connect(m_disconnectAction, &QAction::triggered, this, &MainWindow::disconnectRequested);

    // The selected Deployment or Service's actions, also in its right-click menu.
    const auto workloadAction = [this](const QString &text, const QString &name,
                                    const QKeySequence &shortcut, auto signal) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        action->setEnabled(false);
        connect(action, &QAction::triggered, this, [this, signal] {
            const QModelIndex current = m_workloadView->currentIndex();
            if (!current.isValid())
                return;
            const auto row = current.data(WorkloadTableModel::RowRole).value<WorkloadRow>();
            Q_EMIT std::invoke(signal, this, row);
        });
        return action;
    };
    m_exchangeAction = workloadAction(tr("&Exchange…"), QStringLiteral("windowExchangeAction"),
        QKeySequence(Qt::CTRL | Qt::Key_E), &MainWindow::exchangeRequested);
    m_meshAction = workloadAction(tr("&Mesh…"), QStringLiteral("windowMeshAction"),
        QKeySequence(Qt::CTRL | Qt::Key_M), &MainWindow::meshRequested);
    m_forwardAction = workloadAction(tr("&Forward…"), QStringLiteral("windowForwardAction"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), &MainWindow::forwardRequested);
    m_recoverAction = workloadAction(tr("&Recover"), QStringLiteral("windowRecoverAction"),
        QKeySequence(), &MainWindow::recoverRequested);

    m_runAction = new QAction(tr("&Run Local Service…"), this);
    m_runAction->setObjectName(QStringLiteral("runLocalServiceAction"));
    m_runAction->setStatusTip(tr("Make a port on this computer a new Service in the cluster"));
    m_runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_runAction, &QAction::triggered, this, &MainWindow::runLocalServiceRequested);

    m_cleanAction = new QAction(tr("C&lean…"), this);
    m_cleanAction->setObjectName(QStringLiteral("cleanAction"));
    m_cleanAction->setStatusTip(tr("Restore what crashed or abandoned kt sessions left"));
    connect(m_cleanAction, &QAction::triggered, this, &MainWindow::cleanRequested);

    m_dashboardAction = new QAction(tr("Das&hboard"), this);
    m_dashboardAction->setObjectName(QStringLiteral("dashboardAction"));
    m_dashboardAction->setStatusTip(tr("Every kt session in this cluster"));
    m_dashboardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_dashboardAction, &QAction::triggered, this, &MainWindow::dashboardRequested);

    m_refreshAction = new QAction(tr("&Retry"), this);
    m_refreshAction->setObjectName(QStringLiteral("retryAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::retryRequested);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::quitRequested);

    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_quitAction);
    m_clusterMenu = menuBar()->addMenu(tr("&Cluster"));
    m_clusterMenu->setObjectName(QStringLiteral("clusterMenu"));
    m_clusterMenu->addAction(m_connectAction);
    m_clusterMenu->addAction(m_disconnectAction);
    m_clusterMenu->addAction(m_runAction);
    m_clusterMenu->addSeparator();
    m_clusterMenu->addAction(m_dashboardAction);
    m_clusterMenu->addAction(m_cleanAction);
    m_clusterMenu->addSeparator();
    m_clusterMenu->addAction(m_refreshAction);
    m_workloadMenu = menuBar()->addMenu(tr("&Workload"));
    m_workloadMenu->setObjectName(QStringLiteral("workloadMainMenu"));
    m_workloadMenu->addAction(m_exchangeAction);
    m_workloadMenu->addAction(m_meshAction);
    m_workloadMenu->addAction(m_forwardAction);
    m_workloadMenu->addSeparator();
    m_workloadMenu->addAction(m_recoverAction);
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));

    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *contextLabel = new QLabel(tr("Context:"), m_toolBar);
    m_contextCombo = new QComboBox(m_toolBar);
    m_contextCombo->setObjectName(QStringLiteral("contextCombo"));
    m_contextCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_contextCombo->setMinimumContentsLength(16);
    m_contextCombo->setToolTip(tr("The kubeconfig context to browse; switching stops nothing"));
    contextLabel->setBuddy(m_contextCombo);
    m_toolBar->addWidget(contextLabel);
    m_toolBar->addWidget(m_contextCombo);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_connectAction);
    m_toolBar->addAction(m_disconnectAction);
    m_toolBar->addAction(m_runAction);
    m_toolBar->addAction(m_dashboardAction);
    m_toolBar->addAction(m_cleanAction);
    m_viewMenu->addAction(m_toolBar->toggleViewAction());
    connect(m_contextCombo, &QComboBox::activated, this, [this](int row) {
        if (!m_contexts || row < 0)
            return;
        Q_EMIT contextSelected(m_contexts->index(row).data(ContextListModel::NameRole).toString());
    });
}

QWidget *MainWindow::createWelcomePage()
{
    auto *page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("welcomePage"));
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    auto *title = new QLabel(tr("<h2>Welcome to KtDesk</h2>"), page);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    m_welcomeText = new QLabel(page);
    m_welcomeText->setObjectName(QStringLiteral("welcomeText"));
    m_welcomeText->setWordWrap(true);
    m_welcomeText->setAlignment(Qt::AlignCenter);
    m_welcomeText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_welcomeText);
    auto *howTo = new QLabel(page);
    howTo->setObjectName(QStringLiteral("welcomeHowTo"));
    howTo->setWordWrap(true);
    howTo->setAlignment(Qt::AlignCenter);
    howTo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    howTo->setText(tr("<p>KtDesk reads the same kubeconfig as kubectl. To add one:</p>"
                      "<ul><li>ask your cluster administrator for a kubeconfig file and save it as "
                      "<tt>~/.kube/config</tt>;</li>"
                      "<li>or let your cloud's tool write it, e.g. <tt>gcloud container clusters "
                      "get-credentials</tt>, <tt>aws eks update-kubeconfig</tt>, <tt>az aks "
                      "get-credentials</tt>;</li>"
                      "<li>or point <tt>KUBECONFIG</tt> at the files you use.</li></ul>"
                      "<p>No cluster at hand? The local demo cluster runs on this computer only: "
                      "<tt>./installer/dev.sh demo</tt> in KtDesk's source folder.</p>"));
    layout->addWidget(howTo);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_demoButton = new QPushButton(tr("Start the Local Demo Cluster"), page);
    m_demoButton->setObjectName(QStringLiteral("demoClusterButton"));
    connect(m_demoButton, &QPushButton::clicked, this, &MainWindow::demoClusterRequested);
    buttons->addWidget(m_demoButton);
    auto *retry = new QPushButton(tr("Look Again"), page);
    retry->setObjectName(QStringLiteral("welcomeRetryButton"));
    connect(retry, &QPushButton::clicked, this, &MainWindow::retryRequested);
    buttons->addWidget(retry);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_welcomeStatus = new QLabel(page);
    m_welcomeStatus->setObjectName(QStringLiteral("welcomeStatus"));
    m_welcomeStatus->setAlignment(Qt::AlignCenter);
    m_welcomeStatus->setWordWrap(true);
    layout->addWidget(m_welcomeStatus);
    layout->addStretch();
    return page;
}

QWidget *MainWindow::createWorkspacePage()
{
    auto *page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("workspacePage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);

    m_banner = new QFrame(page);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setBackgroundRole(QPalette::ToolTipBase);
    m_banner->setAutoFillBackground(true);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("bannerText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setForegroundRole(QPalette::ToolTipText);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bannerLayout->addWidget(m_bannerText, 1);
    m_retryButton = new QPushButton(tr("Retry"), m_banner);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    connect(m_retryButton, &QPushButton::clicked, this, &MainWindow::retryRequested);
    bannerLayout->addWidget(m_retryButton);
    auto *close = new QPushButton(tr("Dismiss"), m_banner);
    close->setObjectName(QStringLiteral("dismissBannerButton"));
    connect(close, &QPushButton::clicked, this, &MainWindow::clearBanner);
    bannerLayout->addWidget(close);
    m_banner->hide();
    layout->addWidget(m_banner);

    m_workspaceText = new QLabel(page);
    m_workspaceText->setObjectName(QStringLiteral("workspaceText"));
    m_workspaceText->hide();
    layout->addWidget(m_workspaceText);

    auto *split = new QSplitter(Qt::Horizontal, page);
    split->setObjectName(QStringLiteral("workspaceSplitter"));
    m_namespaceView = new QListView(split);
    m_namespaceView->setObjectName(QStringLiteral("namespaceView"));
    m_namespaceView->setUniformItemSizes(true);
    m_namespaceView->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *right = new QSplitter(Qt::Vertical, split);
    auto *tablePane = new QWidget(right);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    m_filterEdit = new QLineEdit(tablePane);
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setPlaceholderText(
        tr("Filter by name, namespace, image, port or status (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_filterEdit, [this] {
        m_filterEdit->setFocus();
        m_filterEdit->selectAll();
    });
    addAction(find);
    tableLayout->addWidget(m_filterEdit);
    m_workloadView = makeTable(tablePane, QStringLiteral("workloadView"));
    m_workloadView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(
        m_workloadView, &QWidget::customContextMenuRequested, this, &MainWindow::showWorkloadMenu);
    tableLayout->addWidget(m_workloadView);

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setObjectName(QStringLiteral("workloadProxy"));
    m_proxy->setSortRole(WorkloadTableModel::SortRole);
    m_proxy->setFilterRole(WorkloadTableModel::FilterRole);
    m_proxy->setFilterKeyColumn(WorkloadTableModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy,
        &QSortFilterProxyModel::setFilterFixedString);

    m_details = new QTabWidget(right);
    m_details->setObjectName(QStringLiteral("detailsTabs"));
    m_podView = makeTable(m_details, QStringLiteral("podView"));
    m_eventView = makeTable(m_details, QStringLiteral("eventView"));
    m_eventView->setSortingEnabled(false);
    m_details->addTab(m_podView, tr("Pods"));
    m_details->addTab(m_eventView, tr("Events"));
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 5);
    split->setSizes({200, 1000});
    layout->addWidget(split, 1);
    return page;
}

void MainWindow::setModels(ContextListModel *contexts, NamespaceListModel *namespaces,
    WorkloadTableModel *workloads, PodListModel *pods, EventListModel *events)
{
    m_contexts = contexts;
    m_namespaces = namespaces;
    m_workloads = workloads;
    m_contextCombo->setModel(contexts);
    m_namespaceView->setModel(namespaces);
    connect(m_namespaceView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            if (m_updatingSelection || !current.isValid())
                return;
            Q_EMIT namespaceSelected(current.data(NamespaceListModel::NamespaceRole).toString());
        });
    setProxySource(m_proxy, workloads);
    m_workloadView->setModel(m_proxy);
    m_workloadView->sortByColumn(WorkloadTableModel::NameColumn, Qt::AscendingOrder);
    m_workloadView->setColumnWidth(WorkloadTableModel::KindColumn, 90);
    m_workloadView->setColumnWidth(WorkloadTableModel::NamespaceColumn, 130);
    m_workloadView->setColumnWidth(WorkloadTableModel::NameColumn, 200);
    m_workloadView->setColumnWidth(WorkloadTableModel::ReadyColumn, 60);
    m_workloadView->setColumnWidth(WorkloadTableModel::AgeColumn, 60);
    m_workloadView->setColumnWidth(WorkloadTableModel::DetailColumn, 260);
    m_workloadView->setItemDelegateForColumn(
        WorkloadTableModel::KtStatusColumn, new KtStatusDelegate(m_workloadView));
    connect(m_workloadView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &MainWindow::onCurrentWorkloadChanged);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &MainWindow::updateWorkloadActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateWorkloadActions);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateWorkloadActions);
    auto *podProxy = new QSortFilterProxyModel(this);
    podProxy->setSortRole(PodListModel::SortRole);
    setProxySource(podProxy, pods);
    m_podView->setModel(podProxy);
    m_podView->setColumnWidth(PodListModel::NameColumn, 260);
    m_eventView->setModel(events);
    m_eventView->setColumnWidth(EventListModel::ObjectColumn, 220);
}

void MainWindow::updateWorkloadActions()
{
    const QModelIndex current = m_workloadView->currentIndex();
    for (QAction *action : {m_exchangeAction, m_meshAction, m_forwardAction})
        action->setEnabled(current.isValid());
    m_recoverAction->setEnabled(current.isValid()
        && current.data(WorkloadTableModel::RowRole).value<WorkloadRow>().ktStatus
            != KtStatus::None);
}

void MainWindow::onCurrentWorkloadChanged()
{
    updateWorkloadActions();
    if (m_updatingSelection)
        return;
    Q_EMIT workloadSelected(selectedWorkloadKey());
}

QString MainWindow::selectedWorkloadKey() const
{
    const QModelIndex current = m_workloadView->currentIndex();
    return current.isValid() ? current.data(WorkloadTableModel::KeyRole).toString() : QString();
}

void MainWindow::showWorkloadMenu(const QPoint &position)
{
    const QModelIndex index = m_workloadView->indexAt(position);
    if (!index.isValid())
        return;
    m_workloadView->setCurrentIndex(index);
    const auto row = index.data(WorkloadTableModel::RowRole).value<WorkloadRow>();
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("workloadMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *exchange = menu->addAction(tr("&Exchange…"));
    exchange->setObjectName(QStringLiteral("exchangeAction"));
    exchange->setShortcut(m_exchangeAction->shortcut());
    exchange->setStatusTip(tr("All traffic to %1 comes to a port on this computer").arg(row.name));
    connect(exchange, &QAction::triggered, this, [this, row] { Q_EMIT exchangeRequested(row); });
    QAction *mesh = menu->addAction(tr("&Mesh…"));
    mesh->setObjectName(QStringLiteral("meshAction"));
    mesh->setShortcut(m_meshAction->shortcut());
    mesh->setStatusTip(tr("Only requests with your version header come to this computer"));
    connect(mesh, &QAction::triggered, this, [this, row] { Q_EMIT meshRequested(row); });
    QAction *forward = menu->addAction(tr("&Forward…"));
    forward->setObjectName(QStringLiteral("forwardAction"));
    forward->setShortcut(m_forwardAction->shortcut());
    forward->setStatusTip(tr("A port of %1 becomes a port on this computer").arg(row.name));
    connect(forward, &QAction::triggered, this, [this, row] { Q_EMIT forwardRequested(row); });
    menu->addSeparator();
    QAction *recover = menu->addAction(tr("&Recover"));
    recover->setObjectName(QStringLiteral("recoverAction"));
    recover->setEnabled(row.ktStatus != KtStatus::None);
    recover->setStatusTip(tr("Undo what kt sessions changed on %1").arg(row.name));
    connect(recover, &QAction::triggered, this, [this, row] { Q_EMIT recoverRequested(row); });
    menu->addSeparator();
    QAction *copy = menu->addAction(tr("&Copy Name"));
    copy->setObjectName(QStringLiteral("copyNameAction"));
    copy->setShortcut(QKeySequence::Copy);
    connect(copy, &QAction::triggered, this,
        [name = row.name] { QApplication::clipboard()->setText(name); });
    menu->popup(m_workloadView->viewport()->mapToGlobal(position));
}

void MainWindow::addSessionsDock(QDockWidget *dock)
{
    addDock(Qt::BottomDockWidgetArea, dock);
}

void MainWindow::addDock(Qt::DockWidgetArea area, QDockWidget *dock)
{
    addDockWidget(area, dock);
    m_viewMenu->addAction(dock->toggleViewAction());
}

void MainWindow::showNoKubeconfig(const QStringList &searchedPaths, bool pathsFromEnvironment)
{
    QStringList shown;
    for (const QString &path : searchedPaths)
        shown.append(QDir::toNativeSeparators(path).toHtmlEscaped());
    const QString where = shown.join(QStringLiteral("<br/>"));
    const QString how = pathsFromEnvironment
        ? tr("KUBECONFIG names files that do not exist. Fix KUBECONFIG, or unset it to use "
             "~/.kube/config.")
        : tr(
            "Copy a kubeconfig from your cluster administrator or cloud console to ~/.kube/config, "
            "or set KUBECONFIG to the files you use, then restart KtDesk.");
    m_welcomeText->setText(
        tr("No kubeconfig found at:<br/><tt>%1</tt><br/><br/>%2").arg(where, how));
    m_pages->setCurrentIndex(kWelcomePage);
    statusBar()->showMessage(tr("No kubeconfig"));
}

void MainWindow::showKubeconfigProblem(const QString &message)
{
    m_welcomeText->setText(message.toHtmlEscaped());
    m_pages->setCurrentIndex(kWelcomePage);
}

void MainWindow::showWelcomeStatus(const QString &message)
{
    m_welcomeStatus->setText(message);
}

void MainWindow::showWorkspace(const QStringList &kubeconfigPaths)
{
    m_workspaceText->setText(
        tr("Using kubeconfig: %1").arg(kubeconfigPaths.join(QStringLiteral(", "))));
    m_pages->setCurrentIndex(kWorkspacePage);
    statusBar()->showMessage(tr("Kubeconfig: %1").arg(kubeconfigPaths.join(QStringLiteral(", "))));
}

bool MainWindow::isWorkspaceShown() const
{
    return m_pages->currentIndex() == kWorkspacePage;
}

void MainWindow::setActiveContext(const QString &context)
{
    if (!m_contexts)
        return;
    const QSignalBlocker blocker(m_contextCombo);
    m_contextCombo->setCurrentIndex(m_contexts->rowOf(context));
    setWindowTitle(context.isEmpty() ? tr("KtDesk") : tr("%1 — KtDesk").arg(context));
}

void MainWindow::setActiveNamespace(const QString &namespaceName)
{
    if (!m_namespaces)
        return;
    const int row = m_namespaces->rowOf(namespaceName);
    m_updatingSelection = true;
    m_namespaceView->setCurrentIndex(row < 0 ? QModelIndex() : m_namespaces->index(row));
    m_updatingSelection = false;
}

void MainWindow::showProblem(const QString &message)
{
    m_bannerText->setText(message);
    m_retryButton->show();
    m_banner->show();
}

void MainWindow::showNotice(const QString &message)
{
    m_bannerText->setText(message);
    m_retryButton->hide();
    m_banner->show();
}

void MainWindow::clearBanner()
{
    m_banner->hide();
    m_bannerText->clear();
}

void MainWindow::setConnected(bool connected)
{
    m_connectAction->setVisible(!connected);
    m_disconnectAction->setVisible(connected);
}

} // namespace Kt::Ui
