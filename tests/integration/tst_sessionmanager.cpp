// SessionManager with real sessions (ConnectSession) against the local cluster: it starts what it
// is given, keeps stopped and failed sessions listed until removed, restarts a session with the
// same options, and stopAll() undoes everything before allStopped().
#include "secrets/memorysecretstore.h"
#include "session/connectsession.h"
#include "session/sessionmanager.h"
#include "testcluster.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Kt::Session::ConnectSession;
using Kt::Session::Session;
using Kt::Session::SessionInfo;
using Kt::Session::SessionManager;
using Kt::Session::SessionState;

class TestSessionManager : public QObject
{
    Q_OBJECT

private:
    QString m_ns;
    QTemporaryDir m_journal;
    Kt::Secrets::MemorySecretStore m_secrets;

    std::unique_ptr<ConnectSession> connectSession(const QString &kubeconfig = {})
    {
        ConnectSession::Options options;
        options.target.kubeconfig = kubeconfig;
        options.target.namespaceName = m_ns;
        options.proxyPort = 0; // any free port
        options.journalDirectory = m_journal.path();
        return std::make_unique<ConnectSession>(options, &m_secrets);
    }

    int ktPods() const
    {
        const auto run = TestCluster::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("get"),
            QStringLiteral("pods,configmaps"), QStringLiteral("-l"),
            QStringLiteral("control-by=kt"), QStringLiteral("-o"), QStringLiteral("name")});
        return run.exitCode == 0 ? static_cast<int>(run.out.count('\n')) : -1;
    }

    bool journalEmpty() const { return QDir(m_journal.path()).entryList(QDir::Files).isEmpty(); }

private Q_SLOTS:
    void initTestCase()
    {
        KT_REQUIRE_CLUSTER();
        qRegisterMetaType<SessionInfo>();
        m_ns = TestCluster::uniqueNamespace(QStringLiteral("sessmgr"));
        QVERIFY(TestCluster::createNamespace(m_ns));
    }

    void cleanupTestCase()
    {
        if (!m_ns.isEmpty())
            TestCluster::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns,
                QStringLiteral("--wait=false")});
    }

    void addStartsAndStopKeepsItListed()
    {
        SessionManager manager;
        QSignalSpy added(&manager, &SessionManager::sessionAdded);
        QSignalSpy infos(&manager, &SessionManager::sessionInfoChanged);
        QSignalSpy removed(&manager, &SessionManager::sessionRemoved);
        Session *session = manager.add(connectSession());
        QVERIFY(session);
        const QString id = session->id();
        QVERIFY(!id.isEmpty());
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().first().value<Session *>(), session);
        QCOMPARE(manager.find(id), session);
        QCOMPARE(manager.sessions(), QList<Session *> {session});
        QVERIFY(manager.hasActive());
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), SessionState::Active, 60000);
        QVERIFY(!infos.isEmpty());
        QCOMPARE(infos.constLast().first().value<SessionInfo>().id, id);
        QCOMPARE(ktPods(), 2);

        manager.stop(id);
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), SessionState::Stopped, 30000);
        QCOMPARE(session->id(), id); // ids stay
        QCOMPARE(manager.find(id), session); // still listed, Stopped
        QVERIFY(!manager.hasActive());
        QCOMPARE(ktPods(), 0);
        QVERIFY(journalEmpty());

        QVERIFY(manager.remove(id));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().first().toString(), id);
        QVERIFY(manager.sessions().isEmpty());
        QVERIFY(!manager.find(id));
        QVERIFY(!manager.remove(id));
    }

    void removeRefusesARunningSession()
    {
        SessionManager manager;
        Session *session = manager.add(connectSession());
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), SessionState::Active, 60000);
        QVERIFY(!manager.remove(session->id()));
        QCOMPARE(manager.sessions().size(), 1);
        QSignalSpy allStopped(&manager, &SessionManager::allStopped);
        manager.stopAll();
        QVERIFY(allStopped.wait(30000));
        QCOMPARE(ktPods(), 0);
    }

    void restartPutsAFreshSessionInPlace()
    {
        SessionManager manager;
        Session *first = manager.add(connectSession());
        Session *second = manager.add(connectSession());
        QTRY_COMPARE_WITH_TIMEOUT(first->state(), SessionState::Active, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(second->state(), SessionState::Active, 60000);
        QCOMPARE(ktPods(), 4);
        const QString oldId = first->id();
        const QString oldShadow = static_cast<ConnectSession *>(first)->shadowName();

        QSignalSpy added(&manager, &SessionManager::sessionAdded);
        QSignalSpy removed(&manager, &SessionManager::sessionRemoved);
        QVERIFY(manager.restart(oldId));
        QVERIFY(removed.wait(30000));
        QCOMPARE(removed.first().first().toString(), oldId);
        QCOMPARE(added.size(), 1);
        auto *fresh = qobject_cast<ConnectSession *>(added.first().first().value<Session *>());
        QVERIFY(fresh);
        QVERIFY(fresh->id() != oldId);
        QCOMPARE(manager.sessions().size(), 2);
        QCOMPARE(manager.sessions().first(), fresh); // in the old one's place
        QVERIFY(!manager.find(oldId));
        QTRY_COMPARE_WITH_TIMEOUT(fresh->state(), SessionState::Active, 60000);
        QVERIFY(fresh->shadowName() != oldShadow);
        // The old shadow is gone, the new one and the untouched second session's are there.
        QTRY_COMPARE_WITH_TIMEOUT(ktPods(), 4, 30000);
        const auto oldPod = TestCluster::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("get"),
            QStringLiteral("pod"), oldShadow, QStringLiteral("-o"), QStringLiteral("name")});
        QVERIFY(oldPod.exitCode != 0);
        QCOMPARE(second->state(), SessionState::Active);

        QSignalSpy allStopped(&manager, &SessionManager::allStopped);
        manager.stopAll();
        QVERIFY(allStopped.wait(30000));
        QCOMPARE(fresh->state(), SessionState::Stopped);
        QCOMPARE(second->state(), SessionState::Stopped);
        QCOMPARE(manager.sessions().size(), 2); // stopped sessions stay listed
        QVERIFY(!manager.hasActive());
        QCOMPARE(ktPods(), 0);
        QVERIFY(journalEmpty());
    }

    void restartOfAStoppedSessionStartsItAgain()
    {
        SessionManager manager;
        Session *session = manager.add(connectSession());
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), SessionState::Active, 60000);
        manager.stop(session->id());
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), SessionState::Stopped, 30000);
        QSignalSpy added(&manager, &SessionManager::sessionAdded);
        QVERIFY(manager.restart(session->id()));
        QCOMPARE(added.size(), 1); // at once: nothing to stop first
        Session *fresh = added.first().first().value<Session *>();
        QTRY_COMPARE_WITH_TIMEOUT(fresh->state(), SessionState::Active, 60000);
        QCOMPARE(ktPods(), 2);
        QSignalSpy allStopped(&manager, &SessionManager::allStopped);
        manager.stopAll();
        QVERIFY(allStopped.wait(30000));
        QCOMPARE(ktPods(), 0);
    }

    void failedSessionStaysListedWithItsError()
    {
        SessionManager manager;
        QSignalSpy allStopped(&manager, &SessionManager::allStopped);
        Session *session
            = manager.add(connectSession(m_journal.path() + QStringLiteral("/no-such-kubeconfig")));
        QTRY_COMPARE(session->state(), SessionState::Failed);
        QVERIFY(session->info().lastError.has_value());
        QVERIFY(!manager.hasActive());
        QCOMPARE(manager.sessions().size(), 1);
        manager.stopAll(); // nothing runs: allStopped at once
        QCOMPARE(allStopped.size(), 1);
        QVERIFY(manager.remove(session->id()));
        QVERIFY(manager.sessions().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSessionManager)
#include "tst_sessionmanager.moc"
