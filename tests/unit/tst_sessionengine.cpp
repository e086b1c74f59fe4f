// SessionEngine's threading (DESIGN.md "Threads"): sessions start, stop and restart on the
// engine thread, their snapshots reach the caller's thread in order, and the keychain stays on
// the caller's thread while each answer comes back to the session's. The session here needs no
// cluster: it only probes where its calls run (the GUI tests run real sessions in the engine).
#include "secrets/memorysecretstore.h"
#include "secrets/threadedsecretstore.h"
#include "session/session.h"
#include "session/sessionengine.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>

using namespace Kt;
using Session::SessionInfo;
using Session::SessionState;

namespace {

// Where the probe's calls ran.
struct Seen
{
    std::atomic<QThread *> start {nullptr};
    std::atomic<QThread *> secretAnswer {nullptr};
    std::atomic<QThread *> stop {nullptr};
};

class ProbeSession final : public Session::Session
{
public:
    ProbeSession(Secrets::SecretStore *secrets, Seen *seen)
        : Session(Kt::Session::SessionKind::Forward)
        , m_secrets(secrets)
        , m_seen(seen)
    {
        setTitle(QStringLiteral("probe"));
    }

    // Renames itself in start(), as a mesh does once it knows its kt name.
    QString renameTo;

    void start() override
    {
        m_seen->start = QThread::currentThread();
        if (!renameTo.isEmpty())
            setId(renameTo);
        setState(SessionState::Preparing, QStringLiteral("writing a secret"));
        m_secrets->writeSecret(QStringLiteral("probe/") + id(), "value", [this](Result<void> r) {
            m_seen->secretAnswer = QThread::currentThread();
            if (!r) {
                reportError(r.error());
                setState(SessionState::Failed);
                return;
            }
            setState(SessionState::Active);
        });
    }

    void stop() override
    {
        m_seen->stop = QThread::currentThread();
        setState(SessionState::Stopping);
        QTimer::singleShot(0, this, [this] { setState(SessionState::Stopped); });
    }

    std::unique_ptr<Session> recreate() const override
    {
        return std::make_unique<ProbeSession>(m_secrets, m_seen);
    }

private:
    Secrets::SecretStore *m_secrets;
    Seen *m_seen;
};

} // namespace

class TestSessionEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sessionsRunOnTheEngineThread()
    {
        Secrets::MemorySecretStore keychain;
        Kt::Session::SessionEngine engine(&keychain);
        QVERIFY(engine.engineThread() != QThread::currentThread());
        QCOMPARE(engine.secrets()->thread(), engine.engineThread());
        Seen seen;
        QSignalSpy added(&engine, &Kt::Session::SessionEngine::sessionAdded);
        QList<SessionState> states;
        connect(&engine, &Kt::Session::SessionEngine::sessionInfoChanged, this,
            [&states](const SessionInfo &info) {
                QCOMPARE(QThread::currentThread(), qApp->thread());
                if (states.isEmpty() || states.constLast() != info.state)
                    states.append(info.state);
            });

        const SessionInfo info
            = engine.add(std::make_unique<ProbeSession>(engine.secrets(), &seen));
        QVERIFY(!info.id.isEmpty());
        // Listed at once, before the engine thread ran anything.
        QCOMPARE(added.count(), 1);
        QCOMPARE(engine.sessions().size(), 1);
        QCOMPARE(engine.find(info.id).title, QStringLiteral("probe"));
        QVERIFY(engine.hasActive());

        QTRY_COMPARE(engine.find(info.id).state, SessionState::Active);
        QCOMPARE(seen.start.load(), engine.engineThread());
        QCOMPARE(seen.secretAnswer.load(), engine.engineThread());
        QCOMPARE(keychain.count(), 1); // the write reached the store on this thread
        QCOMPARE(states, QList<SessionState>({SessionState::Preparing, SessionState::Active}));
        QCOMPARE(added.count(), 1); // the manager's echo does not list it twice

        engine.stop(info.id);
        QTRY_COMPARE(engine.find(info.id).state, SessionState::Stopped);
        QCOMPARE(seen.stop.load(), engine.engineThread());
        QVERIFY(!engine.hasActive());
    }

    void restartRemoveAndStopAll()
    {
        Secrets::MemorySecretStore keychain;
        Kt::Session::SessionEngine engine(&keychain);
        Seen seen;
        const QString first
            = engine.add(std::make_unique<ProbeSession>(engine.secrets(), &seen)).id;
        const QString second
            = engine.add(std::make_unique<ProbeSession>(engine.secrets(), &seen)).id;
        QTRY_COMPARE(engine.find(second).state, SessionState::Active);
        QTRY_COMPARE(engine.find(first).state, SessionState::Active);

        // Restart: a fresh session (new id) in the first one's place, started there.
        QSignalSpy removed(&engine, &Kt::Session::SessionEngine::sessionRemoved);
        engine.restart(first);
        QTRY_COMPARE(removed.count(), 1);
        QCOMPARE(removed.first().first().toString(), first);
        QTRY_COMPARE(engine.sessions().size(), 2);
        const QString fresh = engine.sessions().constFirst().id;
        QVERIFY(fresh != first && fresh != second);
        QTRY_COMPARE(engine.find(fresh).state, SessionState::Active);

        // A running session is not removed; a stopped one is.
        engine.remove(second);
        QTest::qWait(50);
        QCOMPARE(engine.sessions().size(), 2);

        QSignalSpy allStopped(&engine, &Kt::Session::SessionEngine::allStopped);
        engine.stopAll();
        QTRY_COMPARE(allStopped.count(), 1);
        QVERIFY(!engine.hasActive());
        QCOMPARE(engine.find(fresh).state, SessionState::Stopped);
        engine.remove(second);
        QTRY_COMPARE(engine.sessions().size(), 1);
        QVERIFY(engine.find(second).id.isEmpty());
    }

    void aRenameKeepsTheOldIdUsable()
    {
        Secrets::MemorySecretStore keychain;
        Kt::Session::SessionEngine engine(&keychain);
        Seen seen;
        auto probe = std::make_unique<ProbeSession>(engine.secrets(), &seen);
        probe->renameTo = QStringLiteral("web-kt-mesh-v1");
        QSignalSpy renamed(&engine, &Kt::Session::SessionEngine::sessionRenamed);
        const QString first = engine.add(std::move(probe)).id;
        QVERIFY(first != QStringLiteral("web-kt-mesh-v1"));
        QTRY_COMPARE(renamed.count(), 1);
        QCOMPARE(renamed.first().at(0).toString(), first);
        QCOMPARE(renamed.first().at(1).toString(), QStringLiteral("web-kt-mesh-v1"));
        QCOMPARE(engine.sessions().size(), 1);
        // The id add() gave still finds it and still stops it.
        QTRY_COMPARE(engine.find(first).state, SessionState::Active);
        QCOMPARE(engine.find(first).id, QStringLiteral("web-kt-mesh-v1"));
        engine.stop(first);
        QTRY_COMPARE(engine.find(QStringLiteral("web-kt-mesh-v1")).state, SessionState::Stopped);
    }

    void secretsAnswerOnTheCallersThread()
    {
        // The store on this thread; the caller (a session) on another.
        Secrets::MemorySecretStore keychain;
        QThread other;
        other.start();
        auto *bridge = new Secrets::ThreadedSecretStore(&keychain);
        bridge->moveToThread(&other);
        std::atomic<QThread *> answeredOn {nullptr};
        QByteArray read;
        QMetaObject::invokeMethod(bridge, [&, bridge] {
            bridge->writeSecret(QStringLiteral("k"), "v", [&, bridge](Result<void> written) {
                if (!written.ok()) {
                    read = "write failed";
                    answeredOn = QThread::currentThread();
                    return;
                }
                bridge->readSecret(QStringLiteral("k"), [&](Result<QByteArray> value) {
                    answeredOn = QThread::currentThread();
                    read = value.ok() ? *value : QByteArray("failed");
                });
            });
        });
        QTRY_VERIFY(answeredOn.load() != nullptr);
        QCOMPARE(answeredOn.load(), &other);
        QCOMPARE(read, QByteArray("v"));

        // The real store gone: an error answer, not silence.
        std::atomic<bool> failed {false};
        auto *orphan = new Secrets::ThreadedSecretStore(nullptr);
        orphan->moveToThread(&other);
        QMetaObject::invokeMethod(orphan, [&, orphan] {
            orphan->removeSecret(QStringLiteral("k"), [&](Result<void> r) { failed = !r.ok(); });
        });
        QTRY_VERIFY(failed.load());

        QMetaObject::invokeMethod(bridge, [bridge, orphan] {
            delete bridge;
            delete orphan;
        });
        other.quit();
        QVERIFY(other.wait(5000));
    }
};

QTEST_GUILESS_MAIN(TestSessionEngine)
#include "tst_sessionengine.moc"
