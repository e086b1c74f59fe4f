// The welcome page's "Start the Local Demo Cluster" as ktdesk wires it (DemoClusterLauncher::
// attach): without a kubeconfig the welcome page shows; the button runs tests/cluster/ktcluster
// (up, demo-workloads, env) step by step with its progress under the button, and once the
// cluster runs the window browses it — the demo's namespaces and Deployments appear.
// The test's own cluster stands in for "demo" (up finds it running).
#include "democlusterlauncher.h"
#include "maincontroller.h"
#include "mainwindow.h"
#include "models/namespacelistmodel.h"
#include "models/workloadtablemodel.h"
#include "secrets/memorysecretstore.h"
#include "session/sessionengine.h"
#include "testcluster.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Kt::Ui;

class TestDemoLauncher : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", (m_home.path() + QStringLiteral("/config")).toUtf8());
        qputenv("XDG_STATE_HOME", (m_home.path() + QStringLiteral("/state")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("ktdesk-test"));
    }

    void welcomePageStartsTheDemoAndBrowsesIt()
    {
        KT_REQUIRE_CLUSTER();
        const QString missing = m_home.path() + QStringLiteral("/nowhere/config");
        qputenv("KUBECONFIG", missing.toUtf8());
        qputenv("KTDESK_SOURCE_DIR", qgetenv("KT_SOURCE_DIR"));
        MainWindow window;
        Kt::Secrets::MemorySecretStore secrets;
        Kt::Session::SessionEngine sessions(&secrets);
        MainController controller(&window, &sessions);
        QAbstractItemModelTester namespaces(
            controller.namespaces(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester workloads(
            controller.workloads(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        Kt::App::DemoClusterLauncher demo;
        demo.setClusterName(qEnvironmentVariable("KTCLUSTER_NAME"));
        demo.attach(&window, &controller);
        QSignalSpy progress(&demo, &Kt::App::DemoClusterLauncher::progress);
        QSignalSpy failed(&demo, &Kt::App::DemoClusterLauncher::failed);
        QSignalSpy ready(&demo, &Kt::App::DemoClusterLauncher::ready);
        controller.start();
        window.show();
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        QTRY_COMPARE(pages->currentWidget()->objectName(), QStringLiteral("welcomePage"));

        auto *button = window.findChild<QPushButton *>(QStringLiteral("demoClusterButton"));
        QVERIFY(button && button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(demo.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1 || failed.count() == 1, 600000);
        QVERIFY2(failed.isEmpty(),
            qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));
        QCOMPARE(progress.count(), 3); // up, demo-workloads, env
        QCOMPARE(ready.first().first().toString(),
            TestCluster::stateDir() + QStringLiteral("/kubeconfig"));

        // The window now browses the demo cluster: its namespaces and workloads appear.
        QTRY_VERIFY_WITH_TIMEOUT(window.isWorkspaceShown(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(
            controller.namespaces()->rowOf(QStringLiteral("shop")) >= 0, 30000);
        controller.selectNamespace(QStringLiteral("shop"));
        QTRY_VERIFY_WITH_TIMEOUT(controller.workloads()->rowCount() > 0, 30000);
    }
};

QTEST_MAIN(TestDemoLauncher)
#include "tst_demolauncher.moc"
