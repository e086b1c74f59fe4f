// The sessions panel and the log under QAbstractItemModelTester, with real sessions: a connect
// session whose kubeconfig does not exist fails at once (no cluster needed), which is what the
// panel must show with its error and the action that fixes it. The model follows a
// SessionEngine, whose sessions run on its own thread.
#include "secrets/memorysecretstore.h"
#include "session/connectsession.h"
#include "session/sessionengine.h"
#include "sessions/logmodel.h"
#include "sessions/sessionmodel.h"
#include "sessions/sessionsdock.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTreeView>

Q_LOGGING_CATEGORY(ktTestA, "kt.testa", QtDebugMsg)
Q_LOGGING_CATEGORY(ktTestB, "kt.testb", QtDebugMsg)

using namespace Kt;
using Kt::Ui::LogFilterModel;
using Kt::Ui::LogModel;
using Kt::Ui::SessionModel;
using Kt::Ui::SessionsDock;

class TestSessionsDock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Secrets::MemorySecretStore m_secrets;

    std::unique_ptr<Session::ConnectSession> brokenSession(Secrets::SecretStore *secrets)
    {
        Session::ConnectSession::Options options;
        options.target.kubeconfig = m_dir.filePath(QStringLiteral("missing-kubeconfig"));
        options.journalDirectory = m_dir.filePath(QStringLiteral("journal"));
        return std::make_unique<Session::ConnectSession>(options, secrets);
    }

private Q_SLOTS:
    void sessionModelFollowsTheEngine()
    {
        Session::SessionEngine engine(&m_secrets);
        SessionModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(SessionModel::ColumnCount));
        model.setEngine(&engine);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // Both fail at once on the engine thread: no kubeconfig there.
        const QString first = engine.add(brokenSession(engine.secrets())).id;
        const QString second = engine.add(brokenSession(engine.secrets())).id;
        QCOMPARE(model.rowCount(), 2); // listed before the engine thread runs them
        QCOMPARE(model.index(0, 0).data(SessionModel::IdRole).toString(), first);
        QTRY_COMPARE(engine.find(first).state, Session::SessionState::Failed);
        QTRY_VERIFY(!changed.isEmpty());
        const QModelIndex state = model.index(0, SessionModel::ColumnState);
        QTRY_VERIFY2(state.data().toString().startsWith(
                         SessionModel::stateText(Session::SessionState::Failed)),
            qPrintable(state.data().toString()));
        QVERIFY(!state.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(
            state.data(Qt::ToolTipRole).toString().contains(QStringLiteral("missing-kubeconfig")));
        const auto info
            = model.index(0, 0).data(SessionModel::InfoRole).value<Session::SessionInfo>();
        QVERIFY(info.lastError.has_value());
        QCOMPARE(model.index(1, SessionModel::ColumnConnections).data().toInt(), 0);

        // A snapshot of a listed session updates its row, never adds one.
        model.showSession(engine.find(first));
        QCOMPARE(model.rowCount(), 2);
        engine.remove(second);
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.info(0).id, first);
        QVERIFY(engine.find(second).id.isEmpty());
        // Restart puts a fresh session (new id) in the old one's place.
        engine.restart(first);
        QTRY_VERIFY(model.info(0).id != first);
        QCOMPARE(model.rowCount(), 1);
    }

    void dockShowsErrorAndAction()
    {
        SessionModel model;
        LogModel log;
        SessionsDock dock(&model, &log);
        dock.resize(900, 400);
        dock.show();
        auto *empty = dock.findChild<QLabel *>(QStringLiteral("noSessionText"));
        QVERIFY(empty->isVisible());

        // Snapshots by hand from a session on this thread: the model needs no engine.
        auto session = brokenSession(&m_secrets);
        model.showSession(session->info());
        connect(session.get(), &Session::Session::infoChanged, &model, &SessionModel::showSession);
        QCOMPARE(dock.currentSessionId(), session->id()); // a new session is the one shown
        QVERIFY(!empty->isVisible());

        QSignalSpy restart(&dock, &SessionsDock::restartRequested);
        QSignalSpy remove(&dock, &SessionsDock::removeRequested);
        QSignalSpy stop(&dock, &SessionsDock::stopRequested);
        auto *stopButton = dock.findChild<QPushButton *>(QStringLiteral("stopButton"));
        QVERIFY(stopButton->isEnabled());
        QTest::mouseClick(stopButton, Qt::LeftButton);
        QCOMPARE(stop.count(), 1);
        QCOMPARE(stop.at(0).at(0).toString(), session->id());

        session->start();
        auto *errorText = dock.findChild<QLabel *>(QStringLiteral("sessionErrorText"));
        QTRY_VERIFY(errorText->isVisible());
        QVERIFY(errorText->text().contains(QStringLiteral("missing-kubeconfig")));
        auto *action = dock.findChild<QPushButton *>(QStringLiteral("sessionErrorAction"));
        QCOMPARE(action->text(), SessionsDock::tr("Retry"));
        QTest::mouseClick(action, Qt::LeftButton);
        QCOMPARE(restart.count(), 1);
        // A failed session is removed rather than stopped.
        QTest::mouseClick(stopButton, Qt::LeftButton);
        QCOMPARE(remove.count(), 1);
        QCOMPARE(stop.count(), 1);
        auto *steps = dock.findChild<QLabel *>(QStringLiteral("sessionSteps"));
        QVERIFY(steps->text().contains(SessionModel::stateText(Session::SessionState::Failed)));

        // Logs opens the log filtered to this session.
        QTest::mouseClick(
            dock.findChild<QPushButton *>(QStringLiteral("logsButton")), Qt::LeftButton);
        QCOMPARE(dock.findChild<QTabWidget *>(QStringLiteral("sessionsTabs"))->currentIndex(), 1);
        QCOMPARE(dock.findChild<QComboBox *>(QStringLiteral("logSessionFilter"))
                     ->currentData()
                     .toString(),
            session->id());
    }

    void logTagsSessionsAndFilters()
    {
        LogModel log(50);
        QAbstractItemModelTester tester(
            &log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        LogFilterModel filter;
        filter.setSourceModel(&log);
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        log.installMessageHandler();
        log.setKnownSessions(
            {QStringLiteral("exchange-cart"), QStringLiteral("exchange-cart-kt-exchange-abcde"),
                QStringLiteral("kt-connect-shadow-xyzab")});

        qCInfo(ktTestA) << "kt-connect-shadow-xyzab Active";
        qCWarning(ktTestB) << "exchange-cart-kt-exchange-abcde lost its tunnel";
        qCDebug(ktTestA) << "unrelated detail";
        log.flush();
        QCOMPARE(log.rowCount(), 3);
        QCOMPARE(log.index(0, LogModel::ColumnSession).data().toString(),
            QStringLiteral("kt-connect-shadow-xyzab"));
        // The longest known id wins.
        QCOMPARE(log.index(1, 0).data(LogModel::SessionIdRole).toString(),
            QStringLiteral("exchange-cart-kt-exchange-abcde"));
        QCOMPARE(log.index(2, 0).data(LogModel::SessionIdRole).toString(), QString());
        QCOMPARE(log.categories(),
            QStringList({QStringLiteral("kt.testa"), QStringLiteral("kt.testb")}));

        filter.setSessionFilter(QStringLiteral("kt-connect-shadow-xyzab"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setSessionFilter({});
        filter.setCategoryFilter(QStringLiteral("kt.testa"));
        QCOMPARE(filter.rowCount(), 2);
        filter.setMinimumLevel(QtInfoMsg);
        QCOMPARE(filter.rowCount(), 1);
        filter.setCategoryFilter({});
        filter.setMinimumLevel(QtDebugMsg);
        filter.setTextFilter(QStringLiteral("TUNNEL"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setTextFilter({});

        // A ring buffer: the oldest messages go, the newest stay.
        for (int i = 0; i < 120; ++i)
            qCInfo(ktTestA, "message %d", i);
        log.flush();
        QCOMPARE(log.rowCount(), 50);
        QCOMPARE(log.index(49, LogModel::ColumnMessage).data().toString(),
            QStringLiteral("message 119"));
        QCOMPARE(
            log.index(0, LogModel::ColumnMessage).data().toString(), QStringLiteral("message 70"));
        QVERIFY(log.toText().contains(QStringLiteral("message 119")));

        // Messages from another thread arrive too.
        QThread *thread = QThread::create([] { qCInfo(ktTestB) << "from a worker"; });
        thread->start();
        QVERIFY(thread->wait(5000));
        delete thread;
        QTRY_COMPARE(log.index(log.rowCount() - 1, LogModel::ColumnMessage).data().toString(),
            QStringLiteral("from a worker"));
    }
};

QTEST_MAIN(TestSessionsDock)
#include "tst_sessionsdock.moc"
