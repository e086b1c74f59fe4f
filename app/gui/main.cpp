// ktdesk: the GUI composition root. Builds the engine and the widgets and hands dependencies in.
#include "autostart.h"
#include "common/version.h"
#include "democlusterlauncher.h"
#include "maincontroller.h"
#include "mainwindow.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/memorysecretstore.h"
#include "session/sessionengine.h"
#include "sessions/logmodel.h"
#include "settings/appsettings.h"
#include "shell/appshell.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

// Loads KtDesk's own catalogue and Qt's for the chosen language (empty: the system's); English
// needs none.
void installTranslations(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
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
    // First, so that the sessions panel's log has every message from the start.
    auto *log = new Kt::Ui::LogModel(5000, &app);
    log->installMessageHandler();
    Kt::Settings::AppSettings settings = Kt::Settings::AppSettings::load();
    QApplication::setApplicationName(QLatin1String(Kt::kApplicationName));
    QApplication::setApplicationDisplayName(QLatin1String(Kt::kDisplayName));
    QApplication::setApplicationVersion(QLatin1String(Kt::kVersion));
    // The installed desktop entry's id (resources/desktop/): Wayland's app id, the taskbar's icon.
    QApplication::setDesktopFileName(QStringLiteral("io.github.ktdesk.KtDesk"));
    // The installed icon theme's (hicolor) app icon, else the one built into ktui's resources.
    const QString bundledIcon = QStringLiteral(":/icons/ktdesk.svg");
    QApplication::setWindowIcon(QIcon::fromTheme(
        QStringLiteral("ktdesk"), QFile::exists(bundledIcon) ? QIcon(bundledIcon) : QIcon()));
    installTranslations(app, settings.language);

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
    // Sessions run on their own thread; the keychain stays on this one.
    Kt::Session::SessionEngine sessions(secrets);
    // A suspend or a new network kills tunnels silently: the sessions reopen theirs at once.
    sessions.followSystemEvents();
    Kt::Ui::MainWindow window;
    Kt::Ui::MainController controller(&window, &sessions);
    controller.setSettings(settings);
    // The sessions dock, tray, dashboard and settings. Quit (menu, tray, or closing the window
    // where no tray exists) confirms, stops every session (undoing its changes), then quits.
    // The autostart entry is the truth for the switch (a desktop's own settings may change it).
    settings.autostart = Kt::Ui::Autostart().isEnabled();
    Kt::Ui::AppShell shell(&sessions, log, settings);
    shell.attach(&window);
    QObject::connect(&shell, &Kt::Ui::AppShell::readyToQuit, &app, &QApplication::quit);
    QObject::connect(&controller, &Kt::Ui::MainController::contextActivated, &shell,
        [&shell, &controller](
            const QString &context) { shell.setCluster(controller.target(), context); });
    QObject::connect(&shell, &Kt::Ui::AppShell::settingsChanged, &app,
        [&window, &controller](const Kt::Settings::AppSettings &changed) {
            controller.setSettings(changed);
            if (Kt::Ui::Autostart autostart; autostart.isEnabled() != changed.autostart) {
                if (const auto written = autostart.setEnabled(changed.autostart); !written)
                    window.showProblem(written.error().toString());
            }
        });
    // The welcome page's "Start the Local Demo Cluster" (in a source checkout).
    Kt::App::DemoClusterLauncher demo;
    demo.attach(&window, &controller);
    controller.recoverCrashes();
    controller.start();
    shell.showTray();
    if (!shell.startHidden(startMinimized))
        window.show();
    return QApplication::exec();
}
