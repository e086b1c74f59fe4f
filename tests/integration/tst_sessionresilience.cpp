// Sessions come back on their own, against the local cluster: after a wake-up (logind's
// PrepareForSleep(false)) and a network change (NetworkManager's StateChanged) — signals a fault
// injector sends as org.freedesktop.login1 / org.freedesktop.NetworkManager on a private bus —
// after an API server restart, and after the shadow pod was deleted. Each time: Reconnecting,
// then Active, and traffic flows again.
#include "kubetestenv.h"
#include "platform/systemevents.h"
#include "secrets/memorysecretstore.h"
#include "session/connectsession.h"
#include "session/exchangesession.h"
#include "session/forwardsession.h"
#include "session/sessionmanager.h"
#include "testcluster.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Kt::Session;

namespace {

// The states a session went through since the spy was made.
QList<SessionState> statesOf(const QSignalSpy &spy)
{
    QList<SessionState> states;
    for (const QList<QVariant> &arguments : spy)
        states.append(arguments.first().value<SessionState>());
    return states;
}

bool cameBack(const QSignalSpy &spy)
{
    const QList<SessionState> states = statesOf(spy);
    const qsizetype reconnecting = states.indexOf(SessionState::Reconnecting);
    return reconnecting >= 0 && states.indexOf(SessionState::Active, reconnecting) > reconnecting;
}

} // namespace

class TestSessionResilience : public QObject
{
    Q_OBJECT

private:
    QString m_ns;
    QTemporaryDir m_dir;
    QProcess m_bus;
    QString m_busAddress;
    Kt::Secrets::MemorySecretStore m_secrets;
    QTcpServer m_local;

    ClusterTarget target() const { return {{}, {}, m_ns}; }

    std::unique_ptr<ConnectSession> connectSession()
    {
        ConnectSession::Options options;
        options.target = target();
        options.proxyPort = 0;
        options.journalDirectory = m_dir.path() + QStringLiteral("/journal");
        return std::make_unique<ConnectSession>(options, &m_secrets);
    }

    bool curlThroughProxy(quint16 port)
    {
        const auto result = TestCluster::runAsync(QStringLiteral("curl"),
            {QStringLiteral("-fsS"), QStringLiteral("--max-time"), QStringLiteral("10"),
                QStringLiteral("--socks5-hostname"), QStringLiteral("127.0.0.1:%1").arg(port),
                QStringLiteral("http://api.%1.svc.cluster.local/").arg(m_ns)});
        return result.exitCode == 0 && result.out.contains("\"server\": \"netlab\"");
    }

    bool curlLocal(quint16 port)
    {
        const auto result = TestCluster::runAsync(QStringLiteral("curl"),
            {QStringLiteral("-fsS"), QStringLiteral("--max-time"), QStringLiteral("10"),
                QStringLiteral("http://127.0.0.1:%1/").arg(port)});
        return result.exitCode == 0 && result.out.contains("\"server\": \"netlab\"");
    }

    // What a client inside the cluster network gets from Service `echo`.
    QByteArray askEcho()
    {
        return TestCluster::runAsync(QStringLiteral("ip"),
            {QStringLiteral("netns"), QStringLiteral("exec"), TestCluster::netns(),
                QStringLiteral("curl"), QStringLiteral("-sS"), QStringLiteral("-m"),
                QStringLiteral("5"), QStringLiteral("http://echo.%1:9099/").arg(m_ns)})
            .out;
    }

    void emitSignal(const QString &service, const QString &path, const QString &interface,
        const QString &name, const QVariantList &arguments)
    {
        QDBusConnection injector = QDBusConnection::connectToBus(m_busAddress, service);
        QVERIFY(injector.isConnected());
        (void)injector.registerService(service); // again on later calls: already ours
        QDBusMessage message = QDBusMessage::createSignal(path, interface, name);
        message.setArguments(arguments);
        QVERIFY(injector.send(message));
    }

    bool kubectlOk(const QStringList &args)
    {
        return TestCluster::kubectl(QStringList {QStringLiteral("-n"), m_ns} + args).exitCode == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        KT_REQUIRE_CLUSTER();
        qRegisterMetaType<SessionInfo>();
        m_ns = TestCluster::uniqueNamespace(QStringLiteral("resilience"));
        QVERIFY(TestCluster::createNamespace(m_ns));
        QVERIFY(kubectlOk(
            {QStringLiteral("create"), QStringLiteral("deployment"), QStringLiteral("api"),
                QStringLiteral("--image=example/api"), QStringLiteral("--port=8080")}));
        QVERIFY(kubectlOk(
            {QStringLiteral("expose"), QStringLiteral("deployment"), QStringLiteral("api"),
                QStringLiteral("--port=80"), QStringLiteral("--target-port=8080")}));
        QVERIFY(kubectlOk(
            {QStringLiteral("create"), QStringLiteral("deployment"), QStringLiteral("echo"),
                QStringLiteral("--image=example/echo"), QStringLiteral("--port=9099")}));
        QVERIFY(kubectlOk(
            {QStringLiteral("expose"), QStringLiteral("deployment"), QStringLiteral("echo"),
                QStringLiteral("--port=9099"), QStringLiteral("--target-port=9099")}));
        QVERIFY(kubectlOk({QStringLiteral("wait"), QStringLiteral("--for=condition=Available"),
            QStringLiteral("deployment/api"), QStringLiteral("deployment/echo"),
            QStringLiteral("--timeout=90s")}));

        // A private bus standing in for the system bus.
        m_busAddress = QStringLiteral("unix:path=%1/system_bus").arg(m_dir.path());
        TestProcess::dieWithTest(m_bus);
        m_bus.start(QStringLiteral("dbus-daemon"),
            {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--address"),
                m_busAddress, QStringLiteral("--print-address")});
        QVERIFY(TestCluster::waitForOutput(m_bus, "unix:path=", 10000));

        // The laptop side of the exchange.
        QVERIFY(m_local.listen(QHostAddress::LocalHost, 0));
        connect(&m_local, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = m_local.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 200 OK\r\nContent-Length: 12\r\nConnection: "
                              "close\r\n\r\nfrom-laptop\n");
                socket->disconnectFromHost();
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        });
    }

    void cleanupTestCase()
    {
        if (m_bus.state() != QProcess::NotRunning) {
            m_bus.terminate();
            m_bus.waitForFinished(5000);
        }
        if (!m_ns.isEmpty())
            TestCluster::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns,
                QStringLiteral("--wait=false")});
    }

    void wakeUpAndNetworkChangeReconnect()
    {
        Kt::Platform::SystemEvents events(
            QDBusConnection::connectToBus(m_busAddress, QStringLiteral("ktdesk-events")));
        QVERIFY(events.isWatching());
        SessionManager manager;
        manager.followSystemEvents(&events);
        auto *session = static_cast<ConnectSession *>(manager.add(connectSession()));
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), SessionState::Active, 60000);
        KT_TRY_VERIFY(curlThroughProxy(session->proxyPort()), 90000);

        // Going to sleep changes nothing yet.
        QSignalSpy resumed(&events, &Kt::Platform::SystemEvents::resumed);
        QSignalSpy sleeping(&events, &Kt::Platform::SystemEvents::aboutToSleep);
        QSignalSpy states(session, &Session::stateChanged);
        emitSignal(QStringLiteral("org.freedesktop.login1"),
            QStringLiteral("/org/freedesktop/login1"),
            QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("PrepareForSleep"),
            {true});
        QVERIFY(sleeping.wait(10000));
        QCOMPARE(session->state(), SessionState::Active);
        QVERIFY(states.isEmpty());

        // Waking up: the tunnel is reopened.
        emitSignal(QStringLiteral("org.freedesktop.login1"),
            QStringLiteral("/org/freedesktop/login1"),
            QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("PrepareForSleep"),
            {false});
        QVERIFY(resumed.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(cameBack(states), 60000);
        QVERIFY(curlThroughProxy(session->proxyPort()));

        // NetworkManager: connected (global) again.
        states.clear();
        emitSignal(QStringLiteral("org.freedesktop.NetworkManager"),
            QStringLiteral("/org/freedesktop/NetworkManager"),
            QStringLiteral("org.freedesktop.NetworkManager"), QStringLiteral("StateChanged"),
            {QVariant::fromValue(70u)});
        QTRY_VERIFY_WITH_TIMEOUT(cameBack(states), 60000);
        QVERIFY(curlThroughProxy(session->proxyPort()));

        QSignalSpy allStopped(&manager, &SessionManager::allStopped);
        manager.stopAll();
        QVERIFY(allStopped.wait(90000));
    }

    void withoutASystemBusNothingIsWatched()
    {
        Kt::Platform::SystemEvents events(QDBusConnection::connectToBus(
            QStringLiteral("unix:path=%1/no-bus-here").arg(m_dir.path()),
            QStringLiteral("ktdesk-nobus")));
        QVERIFY(!events.isWatching());
    }

    void apiServerRestartReconnectsConnectAndForward()
    {
        SessionManager manager;
        auto *connect = static_cast<ConnectSession *>(manager.add(connectSession()));
        ForwardSession::Options forwardOptions;
        forwardOptions.target = target();
        forwardOptions.service = QStringLiteral("api");
        forwardOptions.localPort = 0;
        auto *forward = static_cast<ForwardSession *>(
            manager.add(std::make_unique<ForwardSession>(forwardOptions)));
        QTRY_COMPARE_WITH_TIMEOUT(connect->state(), SessionState::Active, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(forward->state(), SessionState::Active, 60000);
        KT_TRY_VERIFY(curlThroughProxy(connect->proxyPort()), 90000);
        QVERIFY(curlLocal(forward->localPort()));

        QSignalSpy connectStates(connect, &Session::stateChanged);
        QSignalSpy forwardStates(forward, &Session::stateChanged);
        QVERIFY(KubeTestEnv::restartApiServer());
        QTRY_VERIFY_WITH_TIMEOUT(cameBack(connectStates), 90000);
        QTRY_VERIFY_WITH_TIMEOUT(cameBack(forwardStates), 90000);
        KT_TRY_VERIFY(curlThroughProxy(connect->proxyPort()), 90000);
        KT_TRY_VERIFY(curlLocal(forward->localPort()), 90000);

        QSignalSpy allStopped(&manager, &SessionManager::allStopped);
        manager.stopAll();
        QVERIFY(allStopped.wait(90000));
    }

    void exchangeSurvivesADeletedShadowAndAnApiServerRestart()
    {
        if (!QTest::qWaitFor([] { return TestCluster::portFreeInCluster(9099); }, 60000))
            QFAIL("port 9099 is still taken in the cluster network");
        ExchangeSession::Options options;
        options.target = target();
        options.service = QStringLiteral("echo");
        options.expose = {{m_local.serverPort(), 9099}};
        options.journalDirectory = m_dir.path() + QStringLiteral("/journal");
        SessionManager manager;
        auto *session = static_cast<ExchangeSession *>(
            manager.add(std::make_unique<ExchangeSession>(options, &m_secrets)));
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), SessionState::Active, 60000);
        KT_TRY_VERIFY(askEcho().contains("from-laptop"), 90000);

        QSignalSpy states(session, &Session::stateChanged);
        QVERIFY(kubectlOk({QStringLiteral("delete"), QStringLiteral("pods"), QStringLiteral("-l"),
            QStringLiteral("kt-role=shadow-exchange"), QStringLiteral("--wait=false")}));
        QTRY_VERIFY_WITH_TIMEOUT(cameBack(states), 90000);
        KT_TRY_VERIFY(askEcho().contains("from-laptop"), 60000);

        states.clear();
        QVERIFY(KubeTestEnv::restartApiServer());
        QTRY_VERIFY_WITH_TIMEOUT(cameBack(states), 90000);
        KT_TRY_VERIFY(askEcho().contains("from-laptop"), 60000);

        QSignalSpy allStopped(&manager, &SessionManager::allStopped);
        manager.stopAll();
        QVERIFY(allStopped.wait(90000));
        QCOMPARE(session->state(), SessionState::Stopped);
        // Restored: the Service selects its pods again and nothing of kt is left.
        KT_TRY_VERIFY(askEcho().contains("\"server\": \"netlab\""), 90000);
        const auto left = TestCluster::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("get"),
            QStringLiteral("pods,configmaps"), QStringLiteral("-l"),
            QStringLiteral("control-by=kt"), QStringLiteral("-o"), QStringLiteral("name")});
        QCOMPARE(left.out, QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestSessionResilience)
#include "tst_sessionresilience.moc"
