// WorkloadTableModel under QAbstractItemModelTester, directly and through the window's
// sort/filter proxy: batches applied in chunks, updates in place, removals by range.
#include "models/workloadtablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using Kt::Ui::WorkloadTableModel;
using namespace Kt::Workspace;

namespace {

WorkloadRow row(
    const QString &ns, const QString &name, WorkloadKind kind = WorkloadKind::Deployment)
{
    WorkloadRow r;
    r.kind = kind;
    r.namespaceName = ns;
    r.name = name;
    r.desired = 2;
    r.ready = 1;
    r.created = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    r.images = {QStringLiteral("example/%1:1").arg(name)};
    return r;
}

QList<WorkloadRow> rows(int count, const QString &ns = QStringLiteral("shop"))
{
    QList<WorkloadRow> list;
    for (int i = 0; i < count; ++i)
        list.append(row(ns, QStringLiteral("app-%1").arg(i, 4, 10, QLatin1Char('0'))));
    return list;
}

} // namespace

class TestWorkloadTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void insertsInChunks()
    {
        WorkloadTableModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy applied(&model, &WorkloadTableModel::changesApplied);
        model.applyChanges(rows(1200), {});
        QCOMPARE(model.rowCount(), 0); // nothing happens before the event loop runs
        QVERIFY(applied.wait());
        QCOMPARE(model.rowCount(), 1200);
        // One beginInsertRows per chunk, never one per row.
        QCOMPARE(inserted.size(), 3);
        QCOMPARE(model.rowOf(QStringLiteral("Deployment/shop/app-0042")), 42);
    }

    void updatesInPlaceAndRemovesByRange()
    {
        WorkloadTableModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy applied(&model, &WorkloadTableModel::changesApplied);
        model.applyChanges(rows(10), {});
        QVERIFY(applied.wait());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        WorkloadRow three = row(QStringLiteral("shop"), QStringLiteral("app-0003"));
        three.ready = 2;
        three.ktStatus = KtStatus::Exchanged;
        three.ktUsers = {QStringLiteral("alice")};
        WorkloadRow four = row(QStringLiteral("shop"), QStringLiteral("app-0004"));
        four.ready = 0;
        model.applyChanges({three, four},
            {QStringLiteral("Deployment/shop/app-0007"), QStringLiteral("Deployment/shop/app-0008"),
                QStringLiteral("Deployment/shop/app-0001")});
        QVERIFY(applied.wait());
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(removed.size(), 2); // rows 7-8 in one go, row 1 alone
        QCOMPARE(changed.size(), 1); // rows 2-3 (after the removal) are adjacent: one signal
        const int at = model.rowOf(QStringLiteral("Deployment/shop/app-0003"));
        QCOMPARE(at, 2);
        QCOMPARE(model.index(at, WorkloadTableModel::ReadyColumn).data().toString(),
            QStringLiteral("2/2"));
        QCOMPARE(model.index(at, WorkloadTableModel::KtStatusColumn).data().toString(),
            QStringLiteral("Exchanged by alice"));
        QCOMPARE(model.rowOf(QStringLiteral("Deployment/shop/app-0009")), 6);
        QCOMPARE(model.rowOf(QStringLiteral("Deployment/shop/app-0007")), -1);
    }

    void columnsShowWhatTheTableNeeds()
    {
        WorkloadTableModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(QDateTime(QDate(2024, 5, 1), QTime(13, 0), Qt::UTC));
        WorkloadRow svc
            = row(QStringLiteral("shop"), QStringLiteral("cart"), WorkloadKind::Service);
        svc.ports = {QStringLiteral("80→8080/TCP")};
        svc.ktStatus = KtStatus::Stale;
        QSignalSpy applied(&model, &WorkloadTableModel::changesApplied);
        model.applyChanges({row(QStringLiteral("shop"), QStringLiteral("web")), svc}, {});
        QVERIFY(applied.wait());
        QCOMPARE(
            model.index(0, WorkloadTableModel::AgeColumn).data().toString(), QStringLiteral("3h"));
        QCOMPARE(model.index(0, WorkloadTableModel::DetailColumn).data().toString(),
            QStringLiteral("example/web:1"));
        QCOMPARE(model.index(1, WorkloadTableModel::DetailColumn).data().toString(),
            QStringLiteral("80→8080/TCP"));
        QCOMPARE(model.index(1, WorkloadTableModel::ReadyColumn).data().toString(), QString());
        QVERIFY(!model.index(1, WorkloadTableModel::KtStatusColumn).data().toString().isEmpty());
        QVERIFY(!model.index(1, WorkloadTableModel::KtStatusColumn)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
        QCOMPARE(model.index(1, 0).data(WorkloadTableModel::RowRole).value<WorkloadRow>(), svc);
    }

    void filterAndSortThroughTheProxy()
    {
        WorkloadTableModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(WorkloadTableModel::SortRole);
        proxy.setFilterRole(WorkloadTableModel::FilterRole);
        proxy.setFilterKeyColumn(WorkloadTableModel::NameColumn);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.sort(WorkloadTableModel::NameColumn, Qt::DescendingOrder);
        QAbstractItemModelTester tester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy applied(&model, &WorkloadTableModel::changesApplied);
        QList<WorkloadRow> batch = rows(600, QStringLiteral("shop"));
        batch.append(rows(600, QStringLiteral("bank")));
        WorkloadRow exchanged = row(QStringLiteral("bank"), QStringLiteral("ledger"));
        exchanged.ktStatus = KtStatus::Exchanged;
        exchanged.ktUsers = {QStringLiteral("Alice")};
        batch.append(exchanged);
        model.applyChanges(batch, {});
        QVERIFY(applied.wait());
        QCOMPARE(proxy.rowCount(), 1201);
        QCOMPARE(proxy.index(0, WorkloadTableModel::NameColumn).data().toString(),
            QStringLiteral("ledger"));
        proxy.setFilterFixedString(QStringLiteral("BANK/app-00"));
        QCOMPARE(proxy.rowCount(), 100);
        proxy.setFilterFixedString(QStringLiteral("by alice"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterFixedString(QStringLiteral("example/app-0599"));
        QCOMPARE(proxy.rowCount(), 2);
        // Rows arriving while filtered are filtered too.
        model.applyChanges({row(QStringLiteral("zoo"), QStringLiteral("app-0599"))}, {});
        QVERIFY(applied.wait());
        QCOMPARE(proxy.rowCount(), 3);
    }

    void clearDropsQueuedChanges()
    {
        WorkloadTableModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy applied(&model, &WorkloadTableModel::changesApplied);
        model.applyChanges(rows(5), {});
        QVERIFY(applied.wait());
        model.applyChanges(rows(700, QStringLiteral("other")), {});
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.hasPendingChanges());
        QTest::qWait(50);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestWorkloadTableModel)
#include "tst_workloadtablemodel.moc"
