// The main window against the local cluster, as a user drives it: the welcome page without a
// kubeconfig; contexts, namespaces, Deployments and Services kept live; the details pane; and
// right-click → Exchange… → a session in the SessionEngine → Stop → the Service as it was.
#include "dialogs/exchangedialog.h"
#include "maincontroller.h"
#include "mainwindow.h"
#include "models/contextlistmodel.h"
#include "models/podlistmodel.h"
#include "models/workloadtablemodel.h"
#include "secrets/memorysecretstore.h"
#include "session/session.h"
#include "session/sessionengine.h"
#include "testcluster.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Kt::Ui;
using Kt::Session::SessionState;
using Kt::Workspace::KtStatus;

namespace {
constexpr quint16 kPort = 18191; // the Service's target port; also the local port
}

class TestMainWorkspace : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_ns;
    QTcpServer m_local;

    QString deploymentKey() const { return QStringLiteral("Deployment/%1/desk-web").arg(m_ns); }
    QString serviceKey() const { return QStringLiteral("Service/%1/desk-web").arg(m_ns); }

    QByteArray serviceSelector() const
    {
        return TestCluster::runAsync(QStringLiteral("kubectl"),
            {QStringLiteral("-n"), m_ns, QStringLiteral("get"), QStringLiteral("service"),
                QStringLiteral("desk-web"), QStringLiteral("-o"),
                QStringLiteral("jsonpath={.spec.selector} {.metadata.annotations}")})
            .out;
    }

    // The row of `key` in the window's (sorted, filtered) table.
    static QModelIndex viewIndex(MainWindow &window, const QString &key)
    {
        QSortFilterProxyModel *proxy = window.workloadProxy();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const QModelIndex index = proxy->index(row, WorkloadTableModel::NameColumn);
            if (index.data(WorkloadTableModel::KeyRole).toString() == key)
                return index;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", (m_home.path() + QStringLiteral("/config")).toUtf8());
        qputenv("XDG_STATE_HOME", (m_home.path() + QStringLiteral("/state")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("ktdesk-test"));
        if (!TestCluster::available())
            return; // welcomeWithoutKubeconfig still runs
        QVERIFY(m_local.listen(QHostAddress::LocalHost, kPort));
        m_ns = TestCluster::uniqueNamespace(QStringLiteral("desk"));
        QVERIFY(TestCluster::createNamespace(m_ns));
        QCOMPARE(
            TestCluster::kubectl(
                {QStringLiteral("-n"), m_ns, QStringLiteral("create"), QStringLiteral("deployment"),
                    QStringLiteral("desk-web"), QStringLiteral("--image=example/desk-web:1"),
                    QStringLiteral("--replicas=1"), QStringLiteral("--port=%1").arg(kPort)})
                .exitCode,
            0);
        QCOMPARE(TestCluster::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("expose"),
                                          QStringLiteral("deployment"), QStringLiteral("desk-web"),
                                          QStringLiteral("--port=80"),
                                          QStringLiteral("--target-port=%1").arg(kPort)})
                     .exitCode,
            0);
    }

    void cleanupTestCase()
    {
        if (!m_ns.isEmpty())
            TestCluster::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns,
                QStringLiteral("--wait=false")});
    }

    void welcomeWithoutKubeconfig()
    {
        const QByteArray saved = qgetenv("KUBECONFIG");
        const QString missing = m_home.path() + QStringLiteral("/nowhere/config");
        qputenv("KUBECONFIG", missing.toUtf8());
        MainWindow window;
        Kt::Secrets::MemorySecretStore secrets;
        Kt::Session::SessionEngine sessions(&secrets);
        MainController controller(&window, &sessions);
        controller.start();
        window.show();
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        QTRY_COMPARE(pages->currentWidget()->objectName(), QStringLiteral("welcomePage"));
        QVERIFY(
            window.findChild<QLabel *>(QStringLiteral("welcomeText"))->text().contains(missing));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("welcomeHowTo"))
                    ->text()
                    .contains(QStringLiteral("~/.kube/config")));
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("demoClusterButton")));
        qputenv("KUBECONFIG", saved);
    }

    void browsesLiveWorkloads()
    {
        KT_REQUIRE_CLUSTER();
        MainWindow window;
        Kt::Secrets::MemorySecretStore secrets;
        Kt::Session::SessionEngine sessions(&secrets);
        MainController controller(&window, &sessions);
        controller.start();
        window.show();
        QTRY_VERIFY(window.isWorkspaceShown() && controller.contexts()->rowCount() > 0);
        const QModelIndex current = controller.contexts()->index(
            controller.contexts()->rowOf(controller.activeContext()));
        QVERIFY(current.data(ContextListModel::IsCurrentRole).toBool());
        QVERIFY(window.findChild<QComboBox *>(QStringLiteral("contextCombo"))
                    ->currentText()
                    .contains(controller.activeContext()));

        controller.selectNamespace(m_ns);
        QTRY_VERIFY_WITH_TIMEOUT(controller.workloads()->rowOf(deploymentKey()) >= 0
                && controller.workloads()->rowOf(serviceKey()) >= 0,
            30000);
        const auto &service
            = controller.workloads()->workload(controller.workloads()->rowOf(serviceKey()));
        QCOMPARE(service.targetPorts, QList<int> {kPort});
        QCOMPARE(service.ktStatus, KtStatus::None);

        // Live: a Deployment created now appears without any refresh.
        QVERIFY(
            TestCluster::runAsync(QStringLiteral("kubectl"),
                {QStringLiteral("-n"), m_ns, QStringLiteral("create"), QStringLiteral("deployment"),
                    QStringLiteral("desk-late"), QStringLiteral("--image=example/late:1")})
                .exitCode
            == 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            controller.workloads()->rowOf(QStringLiteral("Deployment/%1/desk-late").arg(m_ns)) >= 0,
            30000);

        // The filter box narrows the table.
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
        filter->setText(QStringLiteral("desk-web"));
        QCOMPARE(window.workloadProxy()->rowCount(), 2);
        filter->clear();

        // Selecting the Deployment shows its pods (kwok runs them).
        const QModelIndex index = viewIndex(window, deploymentKey());
        QVERIFY(index.isValid());
        window.workloadView()->setCurrentIndex(index);
        QTRY_VERIFY_WITH_TIMEOUT(controller.pods()->rowCount() >= 1, 30000);
        QVERIFY(controller.pods()
                    ->index(0, PodListModel::NameColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("desk-web-")));
    }

    void rightClickExchangeThenStopRestores()
    {
        KT_REQUIRE_CLUSTER();
        const QByteArray before = serviceSelector();
        QVERIFY2(before.contains("\"app\":\"desk-web\""), before.constData());
        MainWindow window;
        Kt::Secrets::MemorySecretStore secrets;
        Kt::Session::SessionEngine sessions(&secrets);
        MainController controller(&window, &sessions);
        controller.setJournalDirectory(m_home.path() + QStringLiteral("/journal"));
        controller.start();
        window.show();
        QTRY_VERIFY(window.isWorkspaceShown() && !controller.activeContext().isEmpty());
        controller.selectNamespace(m_ns);
        QTRY_VERIFY_WITH_TIMEOUT(viewIndex(window, serviceKey()).isValid(), 30000);

        // Right-click on the Service → Exchange…
        QTableView *view = window.workloadView();
        const QRect rect = view->visualRect(viewIndex(window, serviceKey()));
        Q_EMIT view->customContextMenuRequested(rect.center());
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = window.findChild<QMenu *>(QStringLiteral("workloadMenu"))));
        auto *exchange = menu->findChild<QAction *>(QStringLiteral("exchangeAction"));
        QVERIFY(exchange);
        exchange->trigger();
        menu->close();
        ExchangeDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ExchangeDialog *>()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->ports().remote, kPort);
        dialog->findChild<QSpinBox *>(QStringLiteral("localPortSpin"))->setValue(kPort);
        QVERIFY(dialog->warning().isEmpty()); // m_local listens there
        dialog->accept();

        // The session appears and becomes active; the table shows the exchange, live.
        QTRY_COMPARE(sessions.sessions().size(), 1);
        const QString session = sessions.sessions().constFirst().id;
        const auto state = [&sessions, session] { return sessions.find(session).state; };
        QTRY_VERIFY2_WITH_TIMEOUT(
            state() == SessionState::Active || state() == SessionState::Failed,
            qPrintable(sessions.find(session).step), 120000);
        QVERIFY2(state() == SessionState::Active,
            qPrintable(sessions.find(session).lastError
                    ? sessions.find(session).lastError->toString()
                    : sessions.find(session).step));
        QVERIFY(serviceSelector().contains("kt-selector"));
        QTRY_VERIFY_WITH_TIMEOUT(
            controller.workloads()->workload(controller.workloads()->rowOf(serviceKey())).ktStatus
                == KtStatus::Exchanged,
            30000);
        QTRY_VERIFY_WITH_TIMEOUT(controller.workloads()
                                     ->workload(controller.workloads()->rowOf(deploymentKey()))
                                     .ktStatus
                == KtStatus::Exchanged,
            30000);

        // Stop → the cluster is as it was.
        sessions.stop(session);
        QTRY_VERIFY_WITH_TIMEOUT(
            state() == SessionState::Stopped || state() == SessionState::Failed, 60000);
        QCOMPARE(state(), SessionState::Stopped);
        QCOMPARE(serviceSelector(), before);
        QTRY_VERIFY_WITH_TIMEOUT(
            controller.workloads()->workload(controller.workloads()->rowOf(serviceKey())).ktStatus
                == KtStatus::None,
            30000);
    }
};

QTEST_MAIN(TestMainWorkspace)
#include "tst_mainworkspace.moc"
