// ktdesk: the GUI composition root. Builds the engine and the widgets and hands dependencies in.
#include "common/version.h"
#include "democlusterlauncher.h"
#include "maincontroller.h"
#include "mainwindow.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/memorysecretstore.h"
#include "session/sessionmanager.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

// Loads KtDesk's own catalogue and Qt's for the system locale; English needs none.
void installTranslations(QApplication &app)
{
    const QLocale locale;
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("ktdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

// The keychain when a session bus exists, memory otherwise: session keys never land in a file.
Kt::Secrets::SecretStore *createSecretStore(QObject *parent)
{
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return new Kt::Secrets::KeychainSecretStore(QStringLiteral("ktdesk"), parent);
    return new Kt::Secrets::MemorySecretStore(parent);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QLatin1String(Kt::kApplicationName));
    QApplication::setApplicationDisplayName(QLatin1String(Kt::kDisplayName));
    QApplication::setApplicationVersion(QLatin1String(Kt::kVersion));
    // The installed desktop entry's id (resources/desktop/): Wayland's app id, the taskbar's icon.
    QApplication::setDesktopFileName(QStringLiteral("io.github.ktdesk.KtDesk"));
    // The installed icon theme's (hicolor) app icon, else the one built into ktui's resources.
    const QString bundledIcon = QStringLiteral(":/icons/ktdesk.svg");
    QApplication::setWindowIcon(QIcon::fromTheme(
        QStringLiteral("ktdesk"), QFile::exists(bundledIcon) ? QIcon(bundledIcon) : QIcon()));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "KtDesk: Kubernetes development tunnels on the desktop."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption minimizedOption(QStringLiteral("minimized"),
        QApplication::translate("main",
            "Start hidden in the tray when the desktop has one (the autostart entry uses this)."));
    parser.addOption(minimizedOption);
    parser.process(app);
    // For the tray controller: with a tray to come back from, the main window stays hidden.
    const bool startMinimized = parser.isSet(minimizedOption);

    Kt::Secrets::SecretStore *secrets = createSecretStore(&app);
    Kt::Session::SessionManager sessions;
    Kt::Ui::MainWindow window;
    Kt::Ui::MainController controller(&window, &sessions, secrets);
    // Quit undoes every session's changes first (sessions stopped, then the app ends).
    QObject::connect(&window, &Kt::Ui::MainWindow::quitRequested, &app, [&sessions] {
        if (!sessions.hasActive()) {
            QApplication::quit();
            return;
        }
        QObject::connect(&sessions, &Kt::Session::SessionManager::allStopped, qApp,
            &QApplication::quit, Qt::QueuedConnection);
        sessions.stopAll();
    });
    // The welcome page's "Start the Local Demo Cluster" (in a source checkout).
    Kt::App::DemoClusterLauncher demo;
    QObject::connect(&window, &Kt::Ui::MainWindow::demoClusterRequested, &demo,
        &Kt::App::DemoClusterLauncher::start);
    QObject::connect(&demo, &Kt::App::DemoClusterLauncher::progress, &window,
        &Kt::Ui::MainWindow::showWelcomeStatus);
    QObject::connect(&demo, &Kt::App::DemoClusterLauncher::failed, &window,
        &Kt::Ui::MainWindow::showWelcomeStatus);
    QObject::connect(&demo, &Kt::App::DemoClusterLauncher::ready, &controller,
        [&controller](const QString &kubeconfig) { controller.start(kubeconfig); });
    controller.recoverCrashes();
    controller.start();
    // Until the tray controller exists there is no tray icon to come back from: show the window.
    Q_UNUSED(startMinimized)
    window.show();
    return QApplication::exec();
}
