// ktdesk: the GUI composition root. Builds the engine and the widgets and hands dependencies in.
#include "common/version.h"
#include "kube/kubeconfiglocator.h"
#include "mainwindow.h"

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

    Kt::Ui::MainWindow window;
    const Kt::Kube::KubeconfigLocator locator;
    const QStringList existing = locator.existingPaths();
    if (existing.isEmpty())
        window.showNoKubeconfig(locator.candidatePaths(), locator.isExplicit());
    else
        window.showWorkspace(existing);
    // Until the tray controller exists there is no tray icon to come back from: show the window.
    Q_UNUSED(startMinimized)
    window.show();
    return QApplication::exec();
}
