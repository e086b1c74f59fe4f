// Network faults under running sessions (issue 9): a connect (proxy), an exchange (selector), a
// preview and a mesh (auto) session run side by side against the local cluster while the harness
// breaks the way between them and their shadow pods:
//   kube-apiserver   restarted (SIGKILL, then started again)
//   kwok             restarted (the kubelets: every port-forward stream ends)
//   sshd             the shadow's sshd and all its sessions killed, then started again (as a
//                    container restart would)
//   stream-cut       the port-forward streams cut between the API server and kwok (what a proxy
//                    or load balancer dropping the connection looks like)
//   link             the cluster network's link taken down (packets silently lost) and up again
// Each time, every session must go to Reconnecting and back to Active on their own, say why in
// SessionInfo (state, step, last error) meanwhile, and serve again (proxy, exchanged Service,
// preview Service, meshed requests with the version header); a client whose request was in
// flight (through the proxy, and to the exchanged Service) must get an error within a bound
// instead of hanging. The recovery time of each fault is printed as
//   FAULT <fault> <mode> recovered in X s
// counted from the fault (the kill or the cut; for the link, from the moment it is up again: how
// long it stays down is the test's choice), a measurement for the report, not an assertion.
#include "secrets/memorysecretstore.h"
#include "session/connectsession.h"
#include "session/exchangesession.h"
#include "session/meshsession.h"
#include "session/previewsession.h"
#include "session/sessionmanager.h"
#include "testcluster.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Kt::Session;

namespace {

// The shadow sshd is shared: ports no other test uses.
constexpr quint16 kExchangePort = 9181;
constexpr quint16 kPreviewPort = 9182;
constexpr quint16 kMeshPort = 9183;

// What one session went through during one fault.
struct Episode
{
    bool sawReconnecting = false;
    QString reconnectingStep;
    QString lostError;
    qint64 activeAgainAt = -1; // ms on the fault's clock
};

} // namespace

class TestNetworkFaults : public QObject
{
    Q_OBJECT

private:
    QString m_ns;
    QTemporaryDir m_dir;
    Kt::Secrets::MemorySecretStore m_secrets;
    QProcess m_laptop; // the exchanged Service's local process
    quint16 m_laptopPort = 0;
    SessionManager *m_manager = nullptr;
    ConnectSession *m_connect = nullptr;
    ExchangeSession *m_exchange = nullptr;
    PreviewSession *m_preview = nullptr;
    MeshSession *m_mesh = nullptr;

    QList<Session *> sessions() const { return {m_connect, m_exchange, m_preview, m_mesh}; }
    const char *modeOf(const Session *session) const
    {
        return session == m_connect ? "connect"
            : session == m_exchange ? "exchange"
            : session == m_preview  ? "preview"
                                    : "mesh";
    }

    bool kubectlOk(const QStringList &args)
    {
        return TestCluster::kubectl(QStringList {QStringLiteral("-n"), m_ns} + args).exitCode == 0;
    }

    QStringList proxyCurl(const QString &path, int maxSeconds) const
    {
        return {QStringLiteral("-sSN"), QStringLiteral("-o"), QStringLiteral("-"),
            QStringLiteral("--max-time"), QString::number(maxSeconds),
            QStringLiteral("--socks5-hostname"),
            QStringLiteral("127.0.0.1:%1").arg(m_connect->proxyPort()),
            QStringLiteral("http://api.%1.svc.cluster.local%2").arg(m_ns, path)};
    }

    QStringList clusterCurl(const QString &path, int maxSeconds) const
    {
        return {QStringLiteral("netns"), QStringLiteral("exec"), TestCluster::netns(),
            QStringLiteral("curl"), QStringLiteral("-sSN"), QStringLiteral("--max-time"),
            QString::number(maxSeconds),
            QStringLiteral("http://echo.%1:%2%3").arg(m_ns).arg(kExchangePort).arg(path)};
    }

    bool proxyWorks()
    {
        const auto result = TestCluster::runAsync(QStringLiteral("curl"), proxyCurl({}, 10));
        return result.exitCode == 0 && result.out.contains("\"server\": \"netlab\"");
    }

    bool exchangeWorks()
    {
        const auto result = TestCluster::runAsync(QStringLiteral("ip"), clusterCurl({}, 5));
        return result.exitCode == 0 && result.out.contains("\"server\": \"laptop\"");
    }

    // What a client in the cluster network gets from `url` (with `header`, if any).
    static QByteArray fromCluster(const QString &url, const QString &header = {})
    {
        QStringList args {QStringLiteral("netns"), QStringLiteral("exec"), TestCluster::netns(),
            QStringLiteral("curl"), QStringLiteral("-sS"), QStringLiteral("--max-time"),
            QStringLiteral("5")};
        if (!header.isEmpty())
            args << QStringLiteral("-H") << header;
        args.append(url);
        const auto result = TestCluster::runAsync(QStringLiteral("ip"), args);
        return result.exitCode == 0 ? result.out : QByteArray();
    }

    bool previewWorks() const
    {
        return fromCluster(QStringLiteral("http://preview.%1:%2/").arg(m_ns).arg(kPreviewPort))
            .contains("\"server\": \"laptop\"");
    }

    // With the version header to this machine, without it to the cluster's own pods.
    bool meshWorks() const
    {
        const QString url = QStringLiteral("http://mesh.%1:%2/").arg(m_ns).arg(kMeshPort);
        return fromCluster(url, QStringLiteral("kt-version: faults"))
                   .contains("\"server\": \"laptop\"")
            && fromCluster(url).contains("\"server\": \"netlab\"");
    }

    bool allWork() { return proxyWorks() && exchangeWorks() && previewWorks() && meshWorks(); }

    static int openDescriptors()
    {
        return static_cast<int>(
            QDir(QStringLiteral("/proc/self/fd"))
                .entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot)
                .size());
    }

    bool harness(const QStringList &args)
    {
        const auto result = TestCluster::runAsync(qEnvironmentVariable("KTCLUSTER"),
            args + QStringList {QStringLiteral("--name"), qEnvironmentVariable("KTCLUSTER_NAME")});
        if (result.exitCode != 0)
            qWarning().noquote() << "ktcluster" << args << "failed:" << result.err;
        return result.exitCode == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        KT_REQUIRE_CLUSTER();
        qRegisterMetaType<SessionInfo>();
        m_ns = TestCluster::uniqueNamespace(QStringLiteral("faults"));
        QVERIFY(TestCluster::createNamespace(m_ns));
        QVERIFY(kubectlOk(
            {QStringLiteral("create"), QStringLiteral("deployment"), QStringLiteral("api"),
                QStringLiteral("--image=example/api"), QStringLiteral("--port=8080")}));
        QVERIFY(kubectlOk(
            {QStringLiteral("expose"), QStringLiteral("deployment"), QStringLiteral("api"),
                QStringLiteral("--port=80"), QStringLiteral("--target-port=8080")}));
        QVERIFY(kubectlOk({QStringLiteral("create"), QStringLiteral("deployment"),
            QStringLiteral("echo"), QStringLiteral("--image=example/echo"),
            QStringLiteral("--port=%1").arg(kExchangePort)}));
        QVERIFY(kubectlOk({QStringLiteral("expose"), QStringLiteral("deployment"),
            QStringLiteral("echo"), QStringLiteral("--port=%1").arg(kExchangePort)}));
        QVERIFY(kubectlOk({QStringLiteral("create"), QStringLiteral("deployment"),
            QStringLiteral("mesh"), QStringLiteral("--image=example/mesh"),
            QStringLiteral("--port=%1").arg(kMeshPort)}));
        QVERIFY(kubectlOk({QStringLiteral("expose"), QStringLiteral("deployment"),
            QStringLiteral("mesh"), QStringLiteral("--port=%1").arg(kMeshPort)}));
        QVERIFY(kubectlOk({QStringLiteral("wait"), QStringLiteral("--for=condition=Available"),
            QStringLiteral("deployment/api"), QStringLiteral("deployment/echo"),
            QStringLiteral("deployment/mesh"), QStringLiteral("--timeout=90s")}));

        // The laptop side of the exchange: the netlab HTTP server on loopback, named "laptop".
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            m_laptopPort = probe.serverPort();
        }
        m_laptop.start(QStringLiteral("python3"),
            {qEnvironmentVariable("KT_SOURCE_DIR")
                    + QStringLiteral("/tests/cluster/netlab-http.py"),
                QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                QString::number(m_laptopPort), QStringLiteral("--name"), QStringLiteral("laptop")});
        QVERIFY(m_laptop.waitForStarted());

        for (const quint16 port : {kExchangePort, kPreviewPort}) {
            if (!QTest::qWaitFor([port] { return TestCluster::portFreeInCluster(port); }, 60000))
                QFAIL(qPrintable(
                    QStringLiteral("port %1 is still taken in the cluster network").arg(port)));
        }
        m_manager = new SessionManager(this);
        ConnectSession::Options connectOptions;
        connectOptions.target = {{}, {}, m_ns};
        connectOptions.proxyPort = 0;
        connectOptions.journalDirectory = m_dir.path() + QStringLiteral("/journal");
        m_connect = static_cast<ConnectSession *>(
            m_manager->add(std::make_unique<ConnectSession>(connectOptions, &m_secrets)));
        ExchangeSession::Options exchangeOptions;
        exchangeOptions.target = {{}, {}, m_ns};
        exchangeOptions.service = QStringLiteral("echo");
        exchangeOptions.expose = {{m_laptopPort, kExchangePort}};
        exchangeOptions.journalDirectory = m_dir.path() + QStringLiteral("/journal");
        m_exchange = static_cast<ExchangeSession *>(
            m_manager->add(std::make_unique<ExchangeSession>(exchangeOptions, &m_secrets)));
        PreviewSession::Options previewOptions;
        previewOptions.target = {{}, {}, m_ns};
        previewOptions.service = QStringLiteral("preview");
        previewOptions.expose = {{m_laptopPort, kPreviewPort}};
        previewOptions.journalDirectory = m_dir.path() + QStringLiteral("/journal");
        m_preview = static_cast<PreviewSession *>(
            m_manager->add(std::make_unique<PreviewSession>(previewOptions, &m_secrets)));
        MeshSession::Options meshOptions;
        meshOptions.target = {{}, {}, m_ns};
        meshOptions.service = QStringLiteral("mesh");
        meshOptions.versionMark = QStringLiteral("kt-version:faults");
        meshOptions.expose = {{m_laptopPort, kMeshPort}};
        meshOptions.journalDirectory = m_dir.path() + QStringLiteral("/journal");
        m_mesh = static_cast<MeshSession *>(
            m_manager->add(std::make_unique<MeshSession>(meshOptions, &m_secrets)));
        for (Session *session : sessions()) {
            QTRY_VERIFY2_WITH_TIMEOUT(session->state() == SessionState::Active,
                qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(modeOf(session)),
                    session->info().lastError ? session->info().lastError->toString()
                                              : session->info().step)),
                90000);
        }
        KT_TRY_VERIFY(proxyWorks(), 90000);
        KT_TRY_VERIFY(exchangeWorks(), 90000);
        KT_TRY_VERIFY(previewWorks(), 90000);
        KT_TRY_VERIFY(meshWorks(), 90000);
    }

    void cleanupTestCase()
    {
        // Whatever happened: the link is up again (a failed row may have left it down).
        if (TestCluster::available())
            harness({QStringLiteral("link"), QStringLiteral("up")});
        if (m_manager && m_manager->hasActive()) {
            QSignalSpy allStopped(m_manager, &SessionManager::allStopped);
            m_manager->stopAll();
            QVERIFY(allStopped.wait(90000));
            for (Session *session : sessions())
                QCOMPARE(session->state(), SessionState::Stopped);
            // Restored: nothing of kt is left.
            const auto left
                = TestCluster::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("get"),
                    QStringLiteral("pods,configmaps,services"), QStringLiteral("-l"),
                    QStringLiteral("control-by=kt"), QStringLiteral("-o"), QStringLiteral("name")});
            QCOMPARE(left.out, QByteArray());
        }
        if (m_laptop.state() != QProcess::NotRunning) {
            m_laptop.kill();
            m_laptop.waitForFinished(5000);
        }
        if (!m_ns.isEmpty())
            TestCluster::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns,
                QStringLiteral("--wait=false")});
    }

    void faultUnderRunningSessions_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("kube-apiserver") << QStringLiteral("kube-apiserver");
        QTest::newRow("kwok") << QStringLiteral("kwok");
        QTest::newRow("sshd") << QStringLiteral("sshd");
        QTest::newRow("stream-cut") << QStringLiteral("stream-cut");
        QTest::newRow("link") << QStringLiteral("link");
    }

    void faultUnderRunningSessions()
    {
        QFETCH(QString, fault);
        QVERIFY(m_connect && m_exchange && m_preview && m_mesh);
        // Each row starts from working sessions (an earlier row may still be settling).
        for (Session *session : sessions())
            QTRY_COMPARE_WITH_TIMEOUT(session->state(), SessionState::Active, 90000);
        KT_TRY_VERIFY(allWork(), 60000);

        const int descriptorsBefore = openDescriptors();

        // Requests in flight: a response that trickles for two minutes, through the proxy and
        // from inside the cluster to the exchanged Service.
        QProcess proxyClient;
        proxyClient.start(QStringLiteral("curl"), proxyCurl(QStringLiteral("/drip/120"), 150));
        QProcess clusterClient;
        clusterClient.start(QStringLiteral("ip"), clusterCurl(QStringLiteral("/drip/120"), 150));
        QVERIFY(proxyClient.waitForStarted() && clusterClient.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(proxyClient.bytesAvailable() > 0, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(clusterClient.bytesAvailable() > 0, 15000);

        QElapsedTimer clock;
        QHash<Session *, Episode> episodes;
        QObject watching; // disconnects the watch below whenever this row ends
        for (Session *session : sessions()) {
            connect(session, &Session::infoChanged, &watching,
                [&episodes, &clock, session](const SessionInfo &info) {
                    Episode &episode = episodes[session];
                    if (info.state == SessionState::Reconnecting) {
                        episode.sawReconnecting = true;
                        if (episode.reconnectingStep.isEmpty())
                            episode.reconnectingStep = info.step;
                        if (info.lastError && episode.lostError.isEmpty())
                            episode.lostError = info.lastError->message;
                    } else if (info.state == SessionState::Active && episode.sawReconnecting
                        && episode.activeAgainAt < 0) {
                        episode.activeAgainAt = clock.elapsed();
                    }
                });
        }
        const auto endedWithin = [&clock](QProcess &client, qint64 &at) {
            if (at < 0 && client.state() == QProcess::NotRunning)
                at = clock.elapsed();
            return at >= 0;
        };
        qint64 proxyClientEnded = -1;
        qint64 clusterClientEnded = -1;

        clock.start();
        qint64 recoveryFrom = 0; // the link: from when it is up again
        qint64 harnessDone = 0; // e.g. a restarted API server answers again
        if (fault == QLatin1String("stream-cut")) {
            QVERIFY(harness({QStringLiteral("cut-streams")}));
        } else if (fault == QLatin1String("link")) {
            QVERIFY(harness({QStringLiteral("link"), QStringLiteral("down")}));
            // Down until every session noticed and the proxied request got its error (or 30 s).
            (void)QTest::qWaitFor(
                [&] {
                    (void)endedWithin(clusterClient, clusterClientEnded);
                    bool noticed = true;
                    for (Session *session : sessions())
                        noticed = noticed && episodes[session].sawReconnecting;
                    return endedWithin(proxyClient, proxyClientEnded) && noticed;
                },
                30000);
            QVERIFY(harness({QStringLiteral("link"), QStringLiteral("up")}));
            recoveryFrom = harnessDone = clock.elapsed();
        } else {
            QVERIFY(harness({QStringLiteral("restart"), fault}));
            harnessDone = clock.elapsed();
        }

        // Nothing hangs: the clients in flight end with an error within a bound. A dropped link
        // is noticed by silence only: KtDesk gives up on a tunnel that heard nothing for 12 s,
        // which ends the proxied request; the request from inside the cluster waits on the
        // shadow's sshd, which KtDesk cannot reach while the link is down: it ends when that
        // sshd gives up on the session (its ClientAlive checks; about 40 s with the test sshd)
        // or when the link is back.
        const bool link = fault == QLatin1String("link");
        const qint64 proxyBound = 15000;
        const qint64 clusterBound = link ? 60000 : 15000;
        (void)QTest::qWaitFor(
            [&] {
                return endedWithin(proxyClient, proxyClientEnded)
                    & endedWithin(clusterClient, clusterClientEnded);
            },
            static_cast<int>(std::max(proxyBound, clusterBound) + 5000));
        if (proxyClient.state() != QProcess::NotRunning)
            proxyClient.kill();
        if (clusterClient.state() != QProcess::NotRunning)
            clusterClient.kill();
        proxyClient.waitForFinished(5000);
        clusterClient.waitForFinished(5000);
        qInfo("FAULT %s clients: proxied request ended after %.1f s (exit %d), in-cluster request "
              "to the exchanged Service after %.1f s (exit %d)",
            qPrintable(fault), proxyClientEnded / 1000.0, proxyClient.exitCode(),
            clusterClientEnded / 1000.0, clusterClient.exitCode());
        QVERIFY2(proxyClientEnded >= 0 && proxyClientEnded <= proxyBound,
            "the proxied request in flight hung");
        QVERIFY2(clusterClientEnded >= 0 && clusterClientEnded <= clusterBound,
            "the request in flight to the exchanged Service hung");
        QVERIFY2(proxyClient.exitCode() != 0, "the proxied request did not fail");
        QVERIFY2(clusterClient.exitCode() != 0, "the exchanged request did not fail");

        // Each comes back on its own; while away, SessionInfo says what is going on.
        for (Session *session : sessions()) {
            const char *mode = modeOf(session);
            QTRY_VERIFY2_WITH_TIMEOUT(episodes[session].activeAgainAt >= 0,
                qPrintable(
                    QStringLiteral("%1 did not come back: %2 %3")
                        .arg(QLatin1String(mode), QVariant::fromValue(session->state()).toString(),
                            session->info().step)),
                120000);
            const Episode &episode = episodes[session];
            qInfo("FAULT %s %s recovered in %.1f s (the harness was done after %.1f s)",
                qPrintable(fault), mode, (episode.activeAgainAt - recoveryFrom) / 1000.0,
                harnessDone / 1000.0);
            qInfo("  step while away: %s", qPrintable(episode.reconnectingStep));
            qInfo("  last error while away: %s", qPrintable(episode.lostError));
            QVERIFY(episode.reconnectingStep.startsWith(QLatin1String("Reconnecting"))
                || episode.reconnectingStep.startsWith(QLatin1String("Opening")));
            QVERIFY(episode.lostError.contains(QLatin1String("dropped")));
            QVERIFY(
                session->info().events.join(QLatin1Char('\n')).contains(QLatin1String("dropped")));
            QCOMPARE(session->state(), SessionState::Active);
            QVERIFY(!session->info().lastError);
        }

        KT_TRY_VERIFY(proxyWorks(), 60000);
        KT_TRY_VERIFY(exchangeWorks(), 60000);
        KT_TRY_VERIFY(previewWorks(), 60000);
        KT_TRY_VERIFY(meshWorks(), 60000);
        // Nothing of the tunnels before is left open (a stopped SSH session once kept its
        // socket).
        QTRY_VERIFY2_WITH_TIMEOUT(openDescriptors() <= descriptorsBefore,
            qPrintable(QStringLiteral("%1 file descriptors open, %2 before the fault")
                           .arg(openDescriptors())
                           .arg(descriptorsBefore)),
            20000);
    }
};

QTEST_GUILESS_MAIN(TestNetworkFaults)
#include "tst_networkfaults.moc"
