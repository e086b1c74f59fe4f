#include "mainwindow.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTest>

using Kt::Ui::MainWindow;

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
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
