// ktbenchgui: the GUI side of the benchmarks (tests/bench/run drives it;
// QT_QPA_PLATFORM=offscreen). The same composition as app/gui/main.cpp (main window, controller,
// shell with its log and tray, session manager), with an in-memory secret store.
//
//   ktbenchgui workloads FIRST_KEY LAST_KEY
//       Shows the main window on the current context of $KUBECONFIG, then lists all namespaces
//       and waits until the rows FIRST_KEY and LAST_KEY (e.g. Deployment/ns-000/svc-00) are in
//       the view with nothing pending. Prints one JSON line: time from the request to the first
//       rows arriving in the model, to the view being populated, the longest GUI-thread stall
//       (tests/gui/stallmeter.h: run-queue waits of the loaded machine taken out), the RSS.
//   ktbenchgui shell
//       Prints "READY idle" once the workspace shows, then takes commands on stdin, one a line:
//         connect PORT NS                       a connect session (SOCKS5/HTTP proxy on PORT)
//         exchange NS SERVICE LOCAL:REMOTE      an exchange session (selector mode)
//         quit                                  stops every session (undoing them), then exits
//       and answers "READY connect" / "READY exchange" when the session is Active ("FAILED ..."
//       when it failed). Between commands nothing of its own runs: the caller measures it idle.

#include "maincontroller.h"
#include "mainwindow.h"
#include "models/workloadtablemodel.h"
#include "secrets/memorysecretstore.h"
#include "session/connectsession.h"
#include "session/exchangesession.h"
#include "session/sessionengine.h"
#include "sessions/logmodel.h"
#include "settings/appsettings.h"
#include "shell/appshell.h"
#include "stallmeter.h"
#include "tray/traycontroller.h"

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QSocketNotifier>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

using namespace Kt;

namespace {

double rssMiB()
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

void say(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// The composition of app/gui/main.cpp.
struct Gui
{
    Ui::LogModel log {5000};
    Secrets::MemorySecretStore secrets;
    Session::SessionEngine sessions {&secrets};
    Ui::MainWindow window;
    Ui::MainController controller {&window, &sessions};
    Ui::AppShell shell {&sessions, &log, Settings::AppSettings::load()};

    Gui()
    {
        log.installMessageHandler();
        shell.attach(&window);
        QObject::connect(&controller, &Ui::MainController::contextActivated, &shell,
            [this](const QString &context) { shell.setCluster(controller.target(), context); });
        controller.start();
        shell.showTray();
        window.show();
    }
};

int workloads(const QString &firstKey, const QString &lastKey)
{
    Gui gui;
    StallMeter meter(&gui.window);
    QElapsedTimer clock;
    qint64 firstRowsMs = -1;
    double rssBefore = 0;
    bool selected = false;
    Ui::WorkloadTableModel *model = gui.controller.workloads();
    QObject::connect(model, &QAbstractItemModel::rowsInserted, &gui.window, [&] {
        if (selected && firstRowsMs < 0)
            firstRowsMs = clock.elapsed();
    });
    QTimer check;
    check.setInterval(10);
    QObject::connect(&check, &QTimer::timeout, &gui.window, [&] {
        if (!selected) {
            if (!gui.window.isWorkspaceShown() || gui.controller.activeContext().isEmpty())
                return;
            // The namespace's rows first (what a start shows), then every namespace's.
            if (model->hasPendingChanges())
                return;
            rssBefore = rssMiB();
            selected = true;
            meter.start();
            clock.start();
            gui.controller.selectNamespace(QString());
            return;
        }
        if (model->rowOf(firstKey) < 0 || model->rowOf(lastKey) < 0 || model->hasPendingChanges())
            return;
        const qint64 populatedMs = clock.elapsed();
        meter.stop();
        check.stop();
        const QJsonObject out {{QStringLiteral("rows"), model->rowCount()},
            {QStringLiteral("firstRowsMs"), double(firstRowsMs)},
            {QStringLiteral("populatedMs"), double(populatedMs)},
            {QStringLiteral("dataToViewMs"),
                double(populatedMs - std::max<qint64>(0, firstRowsMs))},
            {QStringLiteral("maxStallMs"), meter.maxStallMs()},
            {QStringLiteral("maxWallMs"), meter.maxWallMs()},
            {QStringLiteral("rssBeforeMiB"), rssBefore}, {QStringLiteral("rssMiB"), rssMiB()}};
        say(QJsonDocument(out).toJson(QJsonDocument::Compact));
        QCoreApplication::quit();
    });
    check.start();
    return QApplication::exec();
}

int shell()
{
    Gui gui;
    QString waitingFor; // a session id
    QString waitingWhat;
    QObject::connect(&gui.sessions, &Session::SessionEngine::sessionInfoChanged, &gui.window,
        [&](const Session::SessionInfo &info) {
            if (info.id != waitingFor)
                return;
            if (info.state == Session::SessionState::Active) {
                waitingFor.clear();
                say("READY " + waitingWhat.toUtf8());
            } else if (info.state == Session::SessionState::Failed) {
                waitingFor.clear();
                say("FAILED " + (info.lastError ? info.lastError->message.toUtf8() : QByteArray()));
            }
        });
    // Quitting goes the way the tray's Quit does (app/gui/main.cpp): a plain QApplication::quit()
    // would be refused by the tray, which keeps the window's sessions running on close.
    const auto quitLikeTheApp = [&gui] {
        Ui::TrayController *tray = gui.shell.tray();
        tray->requestQuit();
        if (QMessageBox *box = tray->quitConfirmation()) {
            if (auto *confirm = box->findChild<QAbstractButton *>(QStringLiteral("quitConfirm")))
                confirm->click();
        }
    };
    QObject::connect(&gui.shell, &Ui::AppShell::readyToQuit, qApp, &QCoreApplication::quit);
    // Started once the workspace shows (no timer keeps running afterwards).
    auto *shown = new QTimer(&gui.window);
    shown->setInterval(20);
    QObject::connect(shown, &QTimer::timeout, &gui.window, [&gui, shown] {
        if (!gui.window.isWorkspaceShown() || gui.controller.activeContext().isEmpty())
            return;
        shown->stop();
        say("READY idle");
    });
    shown->start();
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray pending;
    QObject::connect(&input, &QSocketNotifier::activated, &gui.window, [&] {
        char buffer[4096];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            input.setEnabled(false);
            quitLikeTheApp();
            return;
        }
        pending.append(buffer, n);
        qsizetype end;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QStringList words
                = QString::fromUtf8(pending.left(end)).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            pending.remove(0, end + 1);
            const QString verb = words.value(0);
            if (verb == QLatin1String("connect") && words.size() == 3) {
                Session::ConnectSession::Options options;
                options.target = gui.controller.target();
                options.target.namespaceName = words.at(2);
                options.proxyPort = words.at(1).toUShort();
                waitingWhat = verb;
                waitingFor = gui.sessions
                                 .add(std::make_unique<Session::ConnectSession>(
                                     options, gui.sessions.secrets()))
                                 .id;
            } else if (verb == QLatin1String("exchange") && words.size() == 4) {
                Session::ExchangeSession::Options options;
                options.target = gui.controller.target();
                options.target.namespaceName = words.at(1);
                options.service = words.at(2);
                const QStringList ports = words.at(3).split(QLatin1Char(':'));
                options.expose = {{ports.value(0).toUShort(), ports.value(1).toUShort()}};
                waitingWhat = verb;
                waitingFor = gui.sessions
                                 .add(std::make_unique<Session::ExchangeSession>(
                                     options, gui.sessions.secrets()))
                                 .id;
            } else if (verb == QLatin1String("quit")) {
                quitLikeTheApp();
            } else {
                say("FAILED unknown command");
            }
        }
    });
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.value(1) == QLatin1String("workloads") && args.size() == 4)
        return workloads(args.at(2), args.at(3));
    if (args.value(1) == QLatin1String("shell"))
        return shell();
    std::fputs("usage: ktbenchgui workloads FIRST_KEY LAST_KEY | ktbenchgui shell\n", stderr);
    return 2;
}
