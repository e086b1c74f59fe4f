// ktdesk: the GUI composition root. Builds the engine and the widgets and hands dependencies in.
#include "common/version.h"
#include "kube/kubeconfiglocator.h"
#include "mainwindow.h"

#include <QApplication>
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
    QApplication::setDesktopFileName(QStringLiteral("ktdesk"));
    installTranslations(app);

    Kt::Ui::MainWindow window;
    const Kt::Kube::KubeconfigLocator locator;
    const QStringList existing = locator.existingPaths();
    if (existing.isEmpty())
        window.showNoKubeconfig(locator.candidatePaths(), locator.isExplicit());
    else
        window.showWorkspace(existing);
    window.show();
    return QApplication::exec();
}
