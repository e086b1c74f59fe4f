#include "appshell.h"

#include "dashboard/dashboardwindow.h"
#include "mainwindow.h"
#include "session/connectsession.h"
#include "session/sessionengine.h"
#include "sessions/logmodel.h"
#include "sessions/sessionmodel.h"
#include "sessions/sessionsdock.h"
#include "settings/settingsdialog.h"
#include "tray/traycontroller.h"

#include <QAction>
#include <QMenu>

namespace Kt::Ui {

AppShell::AppShell(Session::SessionEngine *engine, LogModel *log,
    const Settings::AppSettings &settings, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_log(log)
    , m_settings(settings)
    , m_sessions(new SessionModel(this))
{
    m_sessions->setEngine(m_engine);
    m_tray = new TrayController(m_engine, m_sessions, this);
    connect(m_tray, &TrayController::readyToQuit, this, &AppShell::readyToQuit);

    m_settingsAction = new QAction(tr("&Settings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &AppShell::showSettings);

    setCluster({}, {});
}

AppShell::~AppShell() = default;

DashboardWindow *AppShell::dashboard() const
{
    return m_dashboard;
}

void AppShell::attach(MainWindow *window)
{
    m_window = window;
    m_tray->setWindow(window);
    m_dock = new SessionsDock(m_sessions, m_log, window);
    m_dock->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    window->addSessionsDock(m_dock);
    window->fileMenu()->insertAction(window->quitAction(), m_settingsAction);
    window->fileMenu()->insertSeparator(window->quitAction());

    connect(m_dock, &SessionsDock::stopRequested, m_engine, &Session::SessionEngine::stop);
    connect(m_dock, &SessionsDock::restartRequested, m_engine, &Session::SessionEngine::restart);
    connect(m_dock, &SessionsDock::removeRequested, m_engine, &Session::SessionEngine::remove);

    // Connect and Disconnect belong to the window's controller; the tray asks the window.
    m_tray->delegateConnect(true);
    connect(m_tray, &TrayController::connectRequested, window->connectAction(), &QAction::trigger);
    connect(m_tray, &TrayController::disconnectRequested, window->disconnectAction(),
        &QAction::trigger);
    connect(window, &MainWindow::dashboardRequested, this, &AppShell::showDashboard);
    connect(window, &MainWindow::cleanRequested, this, [this] {
        showDashboard();
        m_dashboard->cleanStale();
    });
    connect(window, &MainWindow::quitRequested, m_tray, &TrayController::requestQuit);
    // The connect and the dashboard follow the context and namespace the window shows.
    connect(window, &MainWindow::contextSelected, this, [this](const QString &context) {
        Session::ClusterTarget target = m_target;
        target.context = context;
        target.namespaceName.clear();
        setCluster(target, context);
    });
    connect(window, &MainWindow::namespaceSelected, this, [this](const QString &namespaceName) {
        Session::ClusterTarget target = m_target;
        target.namespaceName = namespaceName;
        setCluster(target, m_contextName);
    });
}

void AppShell::setCluster(const Session::ClusterTarget &target, const QString &contextName)
{
    const bool changed = m_target.kubeconfig != target.kubeconfig
        || m_target.context != target.context || m_target.namespaceName != target.namespaceName;
    m_target = target;
    m_contextName = contextName;
    if (changed && m_dashboard)
        m_dashboard->close(); // the next one shows the new cluster
    m_tray->setConnectTarget(contextName, [this] {
        return std::make_unique<Session::ConnectSession>(
            m_settings.connectOptions(m_target), m_engine->secrets());
    });
}

bool AppShell::showTray()
{
    return m_tray->show();
}

bool AppShell::startHidden(bool minimized) const
{
    return (minimized || m_settings.startMinimized) && m_tray->isVisible();
}

void AppShell::showDashboard()
{
    if (!m_dashboard) {
        m_dashboard = new DashboardWindow(m_target, m_window);
        m_dashboard->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_dashboard->show();
    m_dashboard->raise();
    m_dashboard->activateWindow();
}

void AppShell::showSettings()
{
    auto *dialog = new SettingsDialog(m_settings, {}, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::settingsChanged, this,
        [this](const Settings::AppSettings &settings) {
            m_settings = settings;
            Q_EMIT settingsChanged(settings);
        });
    dialog->open();
}

} // namespace Kt::Ui
