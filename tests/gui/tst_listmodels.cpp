// The main window's small models under QAbstractItemModelTester: contexts, namespaces, and the
// details pane's pods and events. (One program for the four: each is a few lines, and every test
// program costs a link on the shared build machine.)
#include "models/contextlistmodel.h"
#include "models/eventlistmodel.h"
#include "models/namespacelistmodel.h"
#include "models/podlistmodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace Kt::Ui;
using namespace Kt::Workspace;

class TestListModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contextsMarkTheCurrentOne()
    {
        ContextListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContexts({QStringLiteral("dev"), QStringLiteral("prod")}, QStringLiteral("prod"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("dev"));
        QVERIFY(model.index(1).data().toString().contains(QStringLiteral("prod")));
        QVERIFY(model.index(1).data().toString() != QStringLiteral("prod"));
        QCOMPARE(
            model.index(1).data(ContextListModel::NameRole).toString(), QStringLiteral("prod"));
        QVERIFY(model.index(1).data(ContextListModel::IsCurrentRole).toBool());
        QVERIFY(model.index(1).data(Qt::FontRole).value<QFont>().bold());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setContexts({QStringLiteral("dev"), QStringLiteral("prod")}, QStringLiteral("dev"));
        QCOMPARE(reset.size(), 0);
        QVERIFY(model.index(0).data(ContextListModel::IsCurrentRole).toBool());
        QCOMPARE(model.rowOf(QStringLiteral("prod")), 1);
    }

    void namespacesChangeRowByRow()
    {
        NamespaceListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1); // "All namespaces"
        QCOMPARE(model.index(0).data(NamespaceListModel::NamespaceRole).toString(), QString());
        model.setNamespaces(
            {QStringLiteral("shop"), QStringLiteral("default"), QStringLiteral("bank")});
        QCOMPARE(model.namespaces(),
            (QStringList {
                QStringLiteral("bank"), QStringLiteral("default"), QStringLiteral("shop")}));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setNamespaces(
            {QStringLiteral("shop"), QStringLiteral("default"), QStringLiteral("cafe")});
        QCOMPARE(model.namespaces(),
            (QStringList {
                QStringLiteral("cafe"), QStringLiteral("default"), QStringLiteral("shop")}));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowOf(QStringLiteral("shop")), 3);
        QCOMPARE(model.rowOf(QString()), 0);
        QCOMPARE(model.rowOf(QStringLiteral("bank")), -1);
        model.setNamespaces({});
        QCOMPARE(model.rowCount(), 1);
    }

    void podsUpdateInPlace()
    {
        PodListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        PodRow pod;
        pod.name = QStringLiteral("web-1");
        pod.status = QStringLiteral("Pending");
        pod.containers = 1;
        model.setPods({pod});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(
            model.index(0, PodListModel::ReadyColumn).data().toString(), QStringLiteral("0/1"));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        pod.status = QStringLiteral("Running");
        pod.readyContainers = 1;
        model.setPods({pod});
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, PodListModel::StatusColumn).data().toString(),
            QStringLiteral("Running"));
        PodRow second = pod;
        second.name = QStringLiteral("web-2");
        model.setPods({pod, second});
        QCOMPARE(model.rowCount(), 2);
        model.setPods({});
        QCOMPARE(model.rowCount(), 0);
    }

    void eventsShowWarnings()
    {
        EventListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        EventRow event;
        event.uid = QStringLiteral("1");
        event.warning = true;
        event.reason = QStringLiteral("BackOff");
        event.object = QStringLiteral("Pod/web-1");
        event.message = QStringLiteral("Back-off pulling image");
        event.count = 3;
        event.lastSeen = QDateTime::currentDateTimeUtc().addSecs(-30);
        model.setEvents({event});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, EventListModel::ReasonColumn).data().toString(),
            QStringLiteral("BackOff"));
        QVERIFY(model.index(0, EventListModel::LastSeenColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("3")));
        QVERIFY(model.index(0, EventListModel::TypeColumn).data(Qt::ForegroundRole).isValid());
        model.setEvents({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestListModels)
#include "tst_listmodels.moc"
