#pragma once

#include "session/clusteraccess.h"
#include "settings/appsettings.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace Kt::Session {
class SessionEngine;
}

namespace Kt::Ui {

class DashboardWindow;
class LogModel;
class MainWindow;
class SessionModel;
class SessionsDock;
class TrayController;

// The desktop shell around the main window: the sessions dock and its log, the tray, the
// dashboard window and the settings dialog. A controller: it wires the engine (SessionEngine)
// to passive widgets, and the main window's requests (Connect, Disconnect, Dashboard, Clean…,
// Quit) to them. app/gui/main.cpp makes one and attaches it to the MainWindow.
class AppShell final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppShell)

public:
    AppShell(Session::SessionEngine *engine, LogModel *log, const Settings::AppSettings &settings,
        QObject *parent = nullptr);
    ~AppShell() override;

    // Adds the sessions dock and Settings… to `window`, follows its requests and its context,
    // and gives the tray the window to show and whose close it intercepts.
    void attach(MainWindow *window);
    // The cluster that Connect and the dashboard use (the main window's current context).
    void setCluster(const Session::ClusterTarget &target, const QString &contextName);
    // Shows the tray icon; true when the desktop has a tray.
    bool showTray();
    // Whether the window should stay hidden at start (`minimized` asked, or the setting; and a
    // tray to come back from).
    bool startHidden(bool minimized) const;

    const Settings::AppSettings &settings() const { return m_settings; }
    Session::ClusterTarget cluster() const { return m_target; }
    SessionModel *sessions() const { return m_sessions; }
    SessionsDock *sessionsDock() const { return m_dock; }
    TrayController *tray() const { return m_tray; }
    DashboardWindow *dashboard() const;
    QAction *settingsAction() const { return m_settingsAction; }

    void showDashboard();
    void showSettings();

Q_SIGNALS:
    void settingsChanged(const Kt::Settings::AppSettings &settings);
    // Every session stopped after Quit: the application may exit.
    void readyToQuit();

private:
    Session::SessionEngine *m_engine;
    LogModel *m_log;
    Settings::AppSettings m_settings;
    Session::ClusterTarget m_target;
    QString m_contextName;
    SessionModel *m_sessions = nullptr;
    TrayController *m_tray = nullptr;
    SessionsDock *m_dock = nullptr;
    QPointer<MainWindow> m_window;
    QPointer<DashboardWindow> m_dashboard;
    QAction *m_settingsAction = nullptr;
};

} // namespace Kt::Ui
