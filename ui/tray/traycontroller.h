#pragma once

#include "session/sessioninfo.h"

#include <QHash>
#include <QMessageBox>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QTimer;

namespace Kt::Session {
class Session;
class SessionEngine;
} // namespace Kt::Session

namespace Kt::Ui {

class SessionModel;

// The tray icon and its menu (Connect to <context> / Disconnect, each running
// session with Stop, Show window, Quit), notifications when a session drops,
// comes back or fails, and the application's way out: Quit (and closing the
// window where no tray exists) confirms, stops every session — which undoes
// every change — and only then quits. With a tray, closing the window hides it
// and the sessions keep running.
class TrayController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayController)

public:
    enum class TrayState {
        Disconnected, // no session
        Connecting, // a session is starting, reconnecting or stopping
        Connected, // every session is active
        Error, // a session failed
    };
    Q_ENUM(TrayState)

    using ConnectFactory = std::function<std::unique_ptr<Session::Session>()>;

    TrayController(
        Session::SessionEngine *engine, SessionModel *sessions, QObject *parent = nullptr);
    ~TrayController() override;

    // The window that Show window raises and whose close is intercepted.
    void setWindow(QWidget *window);
    // "Connect to <context>" and the session it makes (built from the settings by
    // the caller).
    void setConnectTarget(const QString &contextName, ConnectFactory factory);
    // Shows the icon when the desktop has a tray; false when it has none.
    bool show();
    bool isVisible() const;

    TrayState state() const { return m_state; }
    QMenu *menu() const { return m_menu; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    QString toolTip() const;

    // Delegated: Connect and Disconnect are only requested (connectRequested(),
    // disconnectRequested()) for the main window's controller to carry out.
    void delegateConnect(bool delegated);

    // The actions the menu offers (also for the main window's toolbar).
    void connectToCluster();
    void disconnectFromCluster();
    // Quit: asks when sessions run (listing them), stops them all, then quits the
    // application.
    void requestQuit();
    // Where tests and the quit path ask: is a confirmation showing?
    QMessageBox *quitConfirmation() const { return m_confirmation; }

    static QString iconName(TrayState state);

Q_SIGNALS:
    void stateChanged(Kt::Ui::TrayController::TrayState state);
    void showWindowRequested();
    void connectRequested();
    void disconnectRequested();
    // Everything stopped (or the timeout passed): the application may exit now.
    void readyToQuit();
    // A notification was shown (title, message): for tests and the log.
    void notified(const QString &title, const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onInfoChanged(const Session::SessionInfo &info);
    void updateState();
    void rebuildMenu();
    void notify(const QString &title, const QString &message, bool critical = false);
    void showWindow();
    void stopAllThenQuit();
    // The running connect's id; empty when none runs.
    QString connectSession() const;

    Session::SessionEngine *m_engine;
    SessionModel *m_sessions;
    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QString m_contextName;
    ConnectFactory m_connectFactory;
    TrayState m_state = TrayState::Disconnected;
    QString m_menuSignature;
    // Each session's state as last seen, to tell which change a snapshot brings.
    QHash<QString, Session::SessionState> m_lastStates;
    QPointer<QMessageBox> m_confirmation;
    QTimer *m_quitTimeout = nullptr;
    bool m_quitting = false;
    bool m_delegated = false;
    bool m_toldAboutTray = false;
};

} // namespace Kt::Ui
