// The main window on its own: the welcome page, the workspace, the Workload menu's shortcuts, and
// the window in a dark palette (every colour from the palette, readable: text against its
// background at WCAG's 4.5:1 at least). With KT_REVIEW_DIR set, the dark window is saved there
// as a PNG for a person to look at.
#include "icons/themeicons.h"
#include "mainwindow.h"
#include "models/contextlistmodel.h"
#include "models/eventlistmodel.h"
#include "models/namespacelistmodel.h"
#include "models/podlistmodel.h"
#include "models/workloadtablemodel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>

#include <cmath>

using Kt::Ui::MainWindow;
using namespace Kt::Ui;
using Kt::Workspace::KtStatus;
using Kt::Workspace::WorkloadKind;
using Kt::Workspace::WorkloadRow;

namespace {

double luminance(const QColor &color)
{
    const auto channel
        = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x20));
    palette.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x37));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x39));
    palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3f, 0x4b));
    palette.setColor(QPalette::ToolTipText, QColor(0xf0, 0xf0, 0xf0));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9e));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x84));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x84));
    return palette;
}

WorkloadRow row(WorkloadKind kind, const QString &name, KtStatus status)
{
    WorkloadRow row;
    row.kind = kind;
    row.namespaceName = QStringLiteral("shop");
    row.name = name;
    row.ready = 2;
    row.desired = 2;
    row.created = QDateTime::currentDateTimeUtc().addSecs(-7200);
    row.ktStatus = status;
    row.targetPorts = {8080};
    row.services = {name};
    row.servicePorts = {80};
    return row;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void welcomeNamesTheMissingFile()
    {
        MainWindow window;
        window.showNoKubeconfig({QStringLiteral("/home/dev/.kube/config")}, false);
        window.show();
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        QVERIFY(pages);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("welcomePage"));
        auto *text = window.findChild<QLabel *>(QStringLiteral("welcomeText"));
        QVERIFY(text->text().contains(QStringLiteral("/home/dev/.kube/config")));
        QVERIFY(text->text().contains(QStringLiteral("KUBECONFIG")));
    }

    void workspaceWhenAKubeconfigExists()
    {
        MainWindow window;
        window.showWorkspace({QStringLiteral("/tmp/config")});
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("workspacePage"));
    }

    // Exchange… (Ctrl+E), Mesh… (Ctrl+M), Forward… (Ctrl+Shift+F) and Recover act on the
    // selected row from the Workload menu and the keyboard.
    void workloadMenuActsOnTheSelection()
    {
        MainWindow window;
        WorkloadTableModel workloads;
        ContextListModel contexts;
        NamespaceListModel namespaces;
        PodListModel pods;
        EventListModel events;
        window.setModels(&contexts, &namespaces, &workloads, &pods, &events);
        window.showWorkspace({QStringLiteral("/tmp/config")});
        workloads.applyChanges(
            {row(WorkloadKind::Deployment, QStringLiteral("cart"), KtStatus::None)}, {});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *exchange = window.findChild<QAction *>(QStringLiteral("windowExchangeAction"));
        auto *recover = window.findChild<QAction *>(QStringLiteral("windowRecoverAction"));
        QVERIFY(exchange && recover);
        QVERIFY(!exchange->isEnabled()); // nothing selected yet
        QCOMPARE(exchange->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        window.workloadView()->setCurrentIndex(window.workloadProxy()->index(0, 0));
        QVERIFY(exchange->isEnabled());
        QVERIFY(!recover->isEnabled()); // nothing of kt's on it
        QSignalSpy requested(&window, &MainWindow::exchangeRequested);
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.workloadView()->setFocus();
        QTest::keyClick(window.workloadView(), Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().value<WorkloadRow>().name, QStringLiteral("cart"));
    }

    void darkPaletteIsReadable()
    {
        const QPalette saved = QApplication::palette();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        MainWindow window;
        WorkloadTableModel workloads;
        ContextListModel contexts;
        NamespaceListModel namespaces;
        PodListModel pods;
        EventListModel events;
        window.setModels(&contexts, &namespaces, &workloads, &pods, &events);
        contexts.setContexts(
            {QStringLiteral("dev"), QStringLiteral("prod")}, QStringLiteral("dev"));
        namespaces.setNamespaces({QStringLiteral("shop"), QStringLiteral("payments")});
        workloads.applyChanges(
            {row(WorkloadKind::Deployment, QStringLiteral("cart"), KtStatus::Exchanged),
                row(WorkloadKind::Service, QStringLiteral("cart"), KtStatus::Exchanged),
                row(WorkloadKind::Deployment, QStringLiteral("frontend"), KtStatus::Meshed),
                row(WorkloadKind::Service, QStringLiteral("legacy"), KtStatus::Stale)},
            {});
        window.showWorkspace({QStringLiteral("/home/dev/.kube/config")});
        window.setActiveContext(QStringLiteral("dev"));
        window.showProblem(QStringLiteral("Context prod: the API server cannot be reached."));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *banner = window.findChild<QWidget *>(QStringLiteral("banner"));
        auto *bannerText = window.findChild<QLabel *>(QStringLiteral("bannerText"));
        QVERIFY(banner->isVisible());
        const double bannerContrast
            = contrast(bannerText->palette().color(bannerText->foregroundRole()),
                banner->palette().color(banner->backgroundRole()));
        QVERIFY2(bannerContrast >= 4.5, qPrintable(QString::number(bannerContrast)));
        QTableView *view = window.workloadView();
        const double tableContrast = contrast(
            view->palette().color(QPalette::Text), view->palette().color(QPalette::Base));
        QVERIFY2(tableContrast >= 4.5, qPrintable(QString::number(tableContrast)));

        // The SVG icons are drawn in the palette's text colour: light on the dark window.
        const QImage icon
            = ThemeIcons::sessionKind(Kt::Session::SessionKind::Connect).pixmap(32, 32).toImage();
        QColor strongest;
        for (int y = 0; y < icon.height(); ++y) {
            for (int x = 0; x < icon.width(); ++x) {
                const QColor pixel = icon.pixelColor(x, y);
                if (pixel.alpha() > 200)
                    strongest = pixel;
            }
        }
        QVERIFY(strongest.isValid());
        const double iconContrast = contrast(strongest, darkPalette().color(QPalette::Window));
        QVERIFY2(iconContrast >= 3.0, qPrintable(QString::number(iconContrast)));

        if (const QString dir = qEnvironmentVariable("KT_REVIEW_DIR"); !dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(window.grab().save(dir + QStringLiteral("/main-window-dark.png")));
        }
        QApplication::setPalette(saved);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
