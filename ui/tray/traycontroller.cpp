#include "traycontroller.h"

#include "icons/themeicons.h"
#include "session/session.h"
#include "session/sessionengine.h"
#include "sessions/sessionmodel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

namespace Kt::Ui {

using Session::SessionInfo;
using Session::SessionKind;
using Session::SessionState;

namespace {

// How long Quit waits for the sessions to undo their changes; what is left
// after that stays in the crash journal and is restored at the next start.
constexpr int kQuitTimeoutMs = 30000;

bool isRunning(SessionState state)
{
    return state != SessionState::Stopped && state != SessionState::Failed;
}

QString titleOf(const SessionInfo &info)
{
    return info.title.isEmpty() ? SessionModel::kindText(info.kind) : info.title;
}

} // namespace

TrayController::TrayController(
    Session::SessionEngine *engine, SessionModel *sessions, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_sessions(sessions)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
    , m_quitTimeout(new QTimer(this))
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_tray->setContextMenu(m_menu);
    connect(
        m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason why) {
            if (why == QSystemTrayIcon::Trigger || why == QSystemTrayIcon::DoubleClick)
                showWindow();
        });
    m_quitTimeout->setSingleShot(true);
    m_quitTimeout->setInterval(kQuitTimeoutMs);
    connect(m_quitTimeout, &QTimer::timeout, this, [this] {
        qWarning("Quit: sessions did not stop in %d s; the crash journal keeps "
                 "what is left",
            kQuitTimeoutMs / 1000);
        Q_EMIT readyToQuit();
    });

    const auto changed = [this] {
        updateState();
        rebuildMenu();
    };
    connect(m_sessions, &QAbstractItemModel::rowsInserted, this, changed);
    connect(m_sessions, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(m_sessions, &SessionModel::infoUpdated, this, changed);
    for (const SessionInfo &info : m_engine->sessions())
        m_lastStates.insert(info.id, info.state);
    connect(m_engine, &Session::SessionEngine::sessionAdded, this,
        [this](const SessionInfo &info) { m_lastStates.insert(info.id, info.state); });
    connect(m_engine, &Session::SessionEngine::sessionInfoChanged, this,
        &TrayController::onInfoChanged);
    connect(m_engine, &Session::SessionEngine::sessionRemoved, this,
        [this](const QString &id) { m_lastStates.remove(id); });
    connect(m_engine, &Session::SessionEngine::sessionRenamed, this,
        [this](const QString &oldId, const QString &newId) {
            m_lastStates.insert(newId, m_lastStates.take(oldId));
        });
    connect(m_engine, &Session::SessionEngine::allStopped, this, [this] {
        if (m_quitting) {
            m_quitTimeout->stop();
            Q_EMIT readyToQuit();
        }
    });
    updateState();
    rebuildMenu();
    m_tray->setIcon(ThemeIcons::themed(iconName(m_state)));
}

TrayController::~TrayController()
{
    delete m_menu;
}

void TrayController::setWindow(QWidget *window)
{
    if (m_window)
        m_window->removeEventFilter(this);
    m_window = window;
    if (m_window)
        m_window->installEventFilter(this);
}

void TrayController::setConnectTarget(const QString &contextName, ConnectFactory factory)
{
    m_contextName = contextName;
    m_connectFactory = std::move(factory);
    m_menuSignature.clear();
    rebuildMenu();
}

bool TrayController::show()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return false;
    m_tray->show();
    // Closing the last window must not quit while the tray holds the sessions.
    QApplication::setQuitOnLastWindowClosed(false);
    return true;
}

bool TrayController::isVisible() const
{
    return m_tray->isVisible();
}

QString TrayController::iconName(TrayState state)
{
    switch (state) {
    case TrayState::Disconnected:
        return QStringLiteral("tray-disconnected");
    case TrayState::Connecting:
        return QStringLiteral("tray-connecting");
    case TrayState::Connected:
        return QStringLiteral("tray-connected");
    case TrayState::Error:
        return QStringLiteral("tray-error");
    }
    return QStringLiteral("tray-disconnected");
}

QString TrayController::connectSession() const
{
    for (const SessionInfo &info : m_engine->sessions()) {
        if (info.kind == SessionKind::Connect && isRunning(info.state))
            return info.id;
    }
    return {};
}

void TrayController::delegateConnect(bool delegated)
{
    m_delegated = delegated;
    m_menuSignature.clear();
    rebuildMenu();
}

void TrayController::connectToCluster()
{
    if (m_delegated) {
        if (connectSession().isEmpty())
            Q_EMIT connectRequested();
        return;
    }
    if (!connectSession().isEmpty() || !m_connectFactory)
        return;
    // A connect that failed or stopped earlier makes way for the new one (and the tray's error).
    for (const SessionInfo &info : m_engine->sessions()) {
        if (info.kind == SessionKind::Connect && !isRunning(info.state))
            m_engine->remove(info.id);
    }
    std::unique_ptr<Session::Session> session = m_connectFactory();
    if (!session)
        return;
    m_engine->add(std::move(session));
}

void TrayController::disconnectFromCluster()
{
    if (m_delegated) {
        Q_EMIT disconnectRequested();
        return;
    }
    for (const SessionInfo &info : m_engine->sessions()) {
        if (info.kind == SessionKind::Connect && isRunning(info.state))
            m_engine->stop(info.id);
    }
}

void TrayController::onInfoChanged(const SessionInfo &info)
{
    const SessionState state = info.state;
    const SessionState before = m_lastStates.value(info.id, state);
    m_lastStates.insert(info.id, state);
    if (state == before)
        return; // the model's batched updates refresh the menu and icon
    const QString title = titleOf(info);
    if (state == SessionState::Reconnecting && before == SessionState::Active) {
        notify(tr("Connection lost"),
            tr("%1: the tunnel dropped. KtDesk is reconnecting.").arg(title));
    } else if (state == SessionState::Active && before == SessionState::Reconnecting) {
        notify(tr("Reconnected"), tr("%1 works again.").arg(title));
    } else if (state == SessionState::Failed) {
        const QString why = info.lastError ? info.lastError->toString() : tr("unknown cause");
        notify(tr("Session failed"), tr("%1 failed: %2").arg(title, why), true);
    }
    updateState();
    rebuildMenu();
}

void TrayController::notify(const QString &title, const QString &message, bool critical)
{
    if (m_tray->isVisible() && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, message,
            critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information, 8000);
    Q_EMIT notified(title, message);
}

void TrayController::updateState()
{
    TrayState state = TrayState::Disconnected;
    bool anyRunning = false;
    bool allActive = true;
    bool anyFailed = false;
    for (int row = 0; row < m_sessions->rowCount(); ++row) {
        const SessionState session = m_sessions->info(row).state;
        if (session == SessionState::Failed)
            anyFailed = true;
        if (isRunning(session)) {
            anyRunning = true;
            if (session != SessionState::Active)
                allActive = false;
        }
    }
    if (anyFailed)
        state = TrayState::Error;
    else if (anyRunning)
        state = allActive ? TrayState::Connected : TrayState::Connecting;
    m_tray->setToolTip(toolTip());
    if (state == m_state)
        return;
    m_state = state;
    m_tray->setIcon(ThemeIcons::themed(iconName(m_state)));
    Q_EMIT stateChanged(m_state);
}

QString TrayController::toolTip() const
{
    int running = 0;
    for (int row = 0; row < m_sessions->rowCount(); ++row) {
        if (isRunning(m_sessions->info(row).state))
            ++running;
    }
    switch (m_state) {
    case TrayState::Disconnected:
        return tr("KtDesk: not connected");
    case TrayState::Connecting:
        return tr("KtDesk: %n session(s), some still starting or reconnecting", nullptr, running);
    case TrayState::Connected:
        return tr("KtDesk: %n session(s) active", nullptr, running);
    case TrayState::Error:
        return tr("KtDesk: a session failed; open the window for details");
    }
    return {};
}

void TrayController::rebuildMenu()
{
    // Rebuilt only when what it shows changes (not for every traffic update).
    QString signature
        = m_contextName + QLatin1Char('|') + QString::number(m_delegated || bool(m_connectFactory));
    for (int row = 0; row < m_sessions->rowCount(); ++row) {
        const SessionInfo info = m_sessions->info(row);
        signature += QStringLiteral("|%1/%2/%3").arg(info.id, titleOf(info)).arg(int(info.state));
    }
    if (signature == m_menuSignature)
        return;
    m_menuSignature = signature;
    m_menu->clear();

    if (!connectSession().isEmpty()) {
        QAction *disconnect = m_menu->addAction(tr("&Disconnect"));
        connect(disconnect, &QAction::triggered, this, &TrayController::disconnectFromCluster);
        disconnect->setObjectName(QStringLiteral("trayDisconnect"));
    } else {
        QAction *connectAction = m_menu->addAction(
            m_contextName.isEmpty() ? tr("&Connect") : tr("&Connect to %1").arg(m_contextName));
        connect(connectAction, &QAction::triggered, this, &TrayController::connectToCluster);
        connectAction->setObjectName(QStringLiteral("trayConnect"));
        connectAction->setIcon(ThemeIcons::sessionKind(SessionKind::Connect));
        connectAction->setEnabled(m_delegated || bool(m_connectFactory));
    }

    bool header = false;
    for (int row = 0; row < m_sessions->rowCount(); ++row) {
        const SessionInfo info = m_sessions->info(row);
        if (!header) {
            m_menu->addSection(tr("Sessions"));
            header = true;
        }
        QMenu *sub = m_menu->addMenu(ThemeIcons::sessionKind(info.kind),
            tr("%1 — %2").arg(titleOf(info), SessionModel::stateText(info.state)));
        sub->setObjectName(QStringLiteral("traySession:") + info.id);
        const QString id = info.id;
        QAction *stop = sub->addAction(tr("&Stop"));
        connect(stop, &QAction::triggered, this, [this, id] { m_engine->stop(id); });
        stop->setObjectName(QStringLiteral("trayStop:") + id);
        stop->setEnabled(isRunning(info.state) && info.state != SessionState::Stopping);
        connect(sub->addAction(tr("Show in &window")), &QAction::triggered, this,
            &TrayController::showWindow);
    }

    m_menu->addSeparator();
    QAction *showAction = m_menu->addAction(tr("&Show window"));
    connect(showAction, &QAction::triggered, this, &TrayController::showWindow);
    showAction->setObjectName(QStringLiteral("trayShow"));
    QAction *quit = m_menu->addAction(tr("&Quit"));
    connect(quit, &QAction::triggered, this, &TrayController::requestQuit);
    quit->setObjectName(QStringLiteral("trayQuit"));
}

void TrayController::showWindow()
{
    if (m_window) {
        m_window->show();
        m_window->setWindowState(m_window->windowState() & ~Qt::WindowMinimized);
        m_window->raise();
        m_window->activateWindow();
    }
    Q_EMIT showWindowRequested();
}

void TrayController::requestQuit()
{
    if (m_quitting)
        return;
    QStringList running;
    for (int row = 0; row < m_sessions->rowCount(); ++row) {
        const SessionInfo info = m_sessions->info(row);
        if (isRunning(info.state))
            running.append(QStringLiteral("• %1 (%2)")
                               .arg(titleOf(info), SessionModel::stateText(info.state)));
    }
    if (running.isEmpty()) {
        stopAllThenQuit();
        return;
    }
    if (m_confirmation) {
        m_confirmation->raise();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Quit KtDesk"),
        tr("Stop %n session(s) and quit?", nullptr, static_cast<int>(running.size())),
        QMessageBox::NoButton, m_window && m_window->isVisible() ? m_window.data() : nullptr);
    box->setObjectName(QStringLiteral("quitConfirmation"));
    box->setInformativeText(running.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
        + tr("Every change these sessions made in the cluster "
             "and on this computer is undone "
             "first."));
    QPushButton *quit = box->addButton(tr("Stop and &quit"), QMessageBox::AcceptRole);
    quit->setObjectName(QStringLiteral("quitConfirm"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, quit](QAbstractButton *clicked) {
        if (clicked == quit)
            stopAllThenQuit();
    });
    m_confirmation = box;
    box->open();
}

void TrayController::stopAllThenQuit()
{
    m_quitting = true;
    if (!m_engine->hasActive()) {
        Q_EMIT readyToQuit();
        return;
    }
    m_tray->setToolTip(tr("KtDesk: stopping every session before quitting"));
    m_quitTimeout->start();
    m_engine->stopAll();
}

bool TrayController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close && !m_quitting) {
        if (m_tray->isVisible()) {
            // The sessions keep running; the tray brings the window back.
            event->ignore();
            m_window->hide();
            if (!m_toldAboutTray && m_engine->hasActive()) {
                m_toldAboutTray = true;
                notify(tr("KtDesk is still running"),
                    tr("Your sessions keep running. Use the tray icon to show the "
                       "window or to "
                       "quit."));
            }
            return true;
        }
        if (m_engine->hasActive()) {
            // No tray: closing the window is quitting, which undoes everything first.
            event->ignore();
            requestQuit();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Kt::Ui
