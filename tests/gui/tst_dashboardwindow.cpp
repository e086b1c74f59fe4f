// The dashboard window against the local cluster: a stale kt pod (as a crashed ktctl leaves it)
// and a live one appear with the right flags; "Clean stale…" lists exactly the stale one, does
// nothing on Cancel, and deletes it (only it) once confirmed; a user without rights sees why.
#include "dashboard/dashboardmodel.h"
#include "dashboard/dashboardwindow.h"
#include "testcluster.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using Kt::Ui::DashboardModel;
using Kt::Ui::DashboardWindow;

class TestDashboardWindow : public QObject
{
    Q_OBJECT

private:
    QString m_ns;

    bool createKtPod(const QString &name, qint64 heartbeat)
    {
        const QJsonObject metadata {{QStringLiteral("name"), name},
            {QStringLiteral("namespace"), m_ns},
            {QStringLiteral("labels"),
                QJsonObject {{QStringLiteral("control-by"), QStringLiteral("kt")},
                    {QStringLiteral("kt-role"), QStringLiteral("shadow-exchange")}}},
            {QStringLiteral("annotations"),
                QJsonObject {{QStringLiteral("kt-user"), QStringLiteral("ghost")},
                    {QStringLiteral("kt-config"), QStringLiteral("service=cart")},
                    {QStringLiteral("kt-last-heart-beat"), QString::number(heartbeat)}}}};
        const QJsonObject container {{QStringLiteral("name"), QStringLiteral("standalone")},
            {QStringLiteral("image"), QStringLiteral("example/shadow")}};
        const QJsonObject object {{QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("kind"), QStringLiteral("Pod")}, {QStringLiteral("metadata"), metadata},
            {QStringLiteral("spec"),
                QJsonObject {{QStringLiteral("containers"), QJsonArray {container}}}}};
        const QByteArray pod = QJsonDocument(object).toJson(QJsonDocument::Compact);
        return TestCluster::kubectl(
                   {QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}, pod)
                   .exitCode
            == 0;
    }

    bool podExists(const QString &name)
    {
        return TestCluster::kubectl(
                   {QStringLiteral("-n"), m_ns, QStringLiteral("get"), QStringLiteral("pod"), name,
                       QStringLiteral("-o"), QStringLiteral("name")})
                   .exitCode
            == 0;
    }

    int rowOf(DashboardModel *model, const QString &name)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, DashboardModel::ColumnObject).data().toString()
                == m_ns + QLatin1Char('/') + name)
                return row;
        }
        return -1;
    }

    Kt::Session::ClusterTarget target(const QString &context = {}) const
    {
        return {qEnvironmentVariable("KUBECONFIG"), context, m_ns};
    }

private Q_SLOTS:
    void initTestCase()
    {
        KT_REQUIRE_CLUSTER();
        m_ns = TestCluster::uniqueNamespace(QStringLiteral("dashboard"));
        QVERIFY(TestCluster::createNamespace(m_ns));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(createKtPod(QStringLiteral("cart-kt-exchange-stale"), now - 3600));
        QVERIFY(createKtPod(QStringLiteral("cart-kt-exchange-alive"), now));
    }

    void cleanupTestCase()
    {
        if (!m_ns.isEmpty())
            TestCluster::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns,
                QStringLiteral("--wait=false")});
    }

    void showsSessionsLive()
    {
        DashboardWindow window(target());
        QAbstractItemModelTester tester(
            window.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.setRefreshInterval(500);
        window.show();
        DashboardModel *model = window.model();
        QTRY_VERIFY_WITH_TIMEOUT(
            rowOf(model, QStringLiteral("cart-kt-exchange-alive")) >= 0, 20000);
        const int stale = rowOf(model, QStringLiteral("cart-kt-exchange-stale"));
        const int alive = rowOf(model, QStringLiteral("cart-kt-exchange-alive"));
        QVERIFY(stale >= 0);
        QVERIFY(model->index(stale, 0).data(DashboardModel::StaleRole).toBool());
        QVERIFY(!model->index(alive, 0).data(DashboardModel::StaleRole).toBool());
        QCOMPARE(model->index(alive, DashboardModel::ColumnUser).data().toString(),
            QStringLiteral("ghost"));
        QCOMPARE(model->index(alive, DashboardModel::ColumnMode).data().toString(),
            DashboardModel::tr("exchange"));
        QCOMPARE(model->index(alive, DashboardModel::ColumnTarget).data().toString(),
            QStringLiteral("service=cart"));
        QVERIFY(model->index(stale, DashboardModel::ColumnHeartbeat)
                    .data()
                    .toString()
                    .contains(QStringLiteral("60")));

        // Live: a new session shows up without anyone pressing Refresh.
        QVERIFY(
            createKtPod(QStringLiteral("api-kt-exchange-new"), QDateTime::currentSecsSinceEpoch()));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(model, QStringLiteral("api-kt-exchange-new")) >= 0, 20000);
        TestCluster::kubectl(
            {QStringLiteral("-n"), m_ns, QStringLiteral("delete"), QStringLiteral("pod"),
                QStringLiteral("api-kt-exchange-new"), QStringLiteral("--wait=false"),
                QStringLiteral("--grace-period=0"), QStringLiteral("--force")});
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(model, QStringLiteral("api-kt-exchange-new")) < 0, 30000);
    }

    void cleanStaleListsExactlyWhatItDoes()
    {
        DashboardWindow window(target());
        window.show();
        QSignalSpy cleaned(&window, &DashboardWindow::cleaned);
        QTRY_VERIFY_WITH_TIMEOUT(
            rowOf(window.model(), QStringLiteral("cart-kt-exchange-stale")) >= 0, 20000);

        // Cancel changes nothing.
        QTest::mouseClick(
            window.findChild<QPushButton *>(QStringLiteral("cleanStaleButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.cleanConfirmation() != nullptr, 20000);
        QMessageBox *box = window.cleanConfirmation();
        QVERIFY2(box->informativeText().contains(QStringLiteral("cart-kt-exchange-stale")),
            qPrintable(box->informativeText()));
        QVERIFY(!box->informativeText().contains(QStringLiteral("cart-kt-exchange-alive")));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(window.cleanConfirmation() == nullptr);
        QVERIFY(podExists(QStringLiteral("cart-kt-exchange-stale")));

        // Confirmed: the stale pod goes, the live one stays.
        QTest::mouseClick(
            window.findChild<QPushButton *>(QStringLiteral("cleanStaleButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.cleanConfirmation() != nullptr, 20000);
        QTest::mouseClick(
            window.cleanConfirmation()->findChild<QPushButton *>(QStringLiteral("cleanConfirm")),
            Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(cleaned.count(), 1, 30000);
        QVERIFY2(cleaned.at(0).at(1).toStringList().isEmpty(),
            qPrintable(cleaned.at(0).at(1).toStringList().join(QLatin1Char('\n'))));
        QVERIFY(cleaned.at(0).at(0).toInt() >= 1);
        QTRY_VERIFY_WITH_TIMEOUT(!podExists(QStringLiteral("cart-kt-exchange-stale")), 30000);
        QVERIFY(podExists(QStringLiteral("cart-kt-exchange-alive")));
        QTRY_VERIFY_WITH_TIMEOUT(
            rowOf(window.model(), QStringLiteral("cart-kt-exchange-stale")) < 0, 30000);
    }

    void forbiddenIsExplained()
    {
        const QString nobody
            = QStringLiteral("ktcluster-%1-nobody").arg(qEnvironmentVariable("KTCLUSTER_NAME"));
        DashboardWindow window(target(nobody));
        QSignalSpy refreshed(&window, &DashboardWindow::refreshed);
        window.show();
        QVERIFY(refreshed.wait(20000));
        auto *problem = window.findChild<QLabel *>(QStringLiteral("dashboardProblem"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("ktdesk-role.yaml")),
            qPrintable(problem->text()));
        QVERIFY2(problem->text().contains(QStringLiteral("403")), qPrintable(problem->text()));
        QCOMPARE(window.model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestDashboardWindow)
#include "tst_dashboardwindow.moc"
