// The tray against the local cluster: its menu's Connect drives a real
// ConnectSession (shadow pod, proxy that reaches a Service by name), Disconnect
// undoes it; a deleted shadow pod gives "lost" and "reconnected" notifications;
// closing the window without a tray asks before it stops the sessions, and Quit
// stops everything — the cluster is as before — before the app may exit.
#include "secrets/memorysecretstore.h"
#include "session/connectsession.h"
#include "session/sessionengine.h"
#include "sessions/sessionmodel.h"
#include "settings/appsettings.h"
#include "testcluster.h"
#include "tray/traycontroller.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Kt;
using Kt::Ui::SessionModel;
using Kt::Ui::TrayController;

class TestTrayController : public QObject
{
    Q_OBJECT

private:
    QString m_ns;
    QTemporaryDir m_dir;
    Secrets::MemorySecretStore m_secrets;
    quint16 m_port = 0;

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    int ktObjects() const
    {
        const auto run = TestCluster::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("get"),
            QStringLiteral("pods,configmaps"), QStringLiteral("-l"),
            QStringLiteral("control-by=kt"), QStringLiteral("-o"), QStringLiteral("name")});
        return run.exitCode == 0 ? static_cast<int>(run.out.count('\n')) : -1;
    }

    bool curlThrough(quint16 port)
    {
        const auto result = TestCluster::runAsync(QStringLiteral("curl"),
            {QStringLiteral("-fsS"), QStringLiteral("--max-time"), QStringLiteral("10"),
                QStringLiteral("--socks5-hostname"), QStringLiteral("127.0.0.1:%1").arg(port),
                QStringLiteral("http://api.%1.svc.cluster.local/").arg(m_ns)});
        return result.exitCode == 0 && result.out.contains("\"server\": \"netlab\"");
    }

    static QAction *action(QMenu *menu, const QString &name)
    {
        for (QAction *action : menu->actions()) {
            if (action->objectName() == name)
                return action;
        }
        return nullptr;
    }

    // The engine (sessions on their own thread), the model and the tray, wired as ktdesk wires
    // them.
    struct Rig
    {
        explicit Rig(Secrets::SecretStore *secrets)
            : engine(secrets)
        { }
        Session::SessionEngine engine;
        SessionModel model;
        std::unique_ptr<TrayController> tray;
    };

    std::unique_ptr<Rig> makeRig()
    {
        auto rig = std::make_unique<Rig>(&m_secrets);
        rig->model.setEngine(&rig->engine);
        rig->tray = std::make_unique<TrayController>(&rig->engine, &rig->model);
        Settings::AppSettings settings;
        settings.proxyPort = m_port;
        const Session::ClusterTarget target {qEnvironmentVariable("KUBECONFIG"), {}, m_ns};
        const QString journal = m_dir.filePath(QStringLiteral("journal"));
        rig->tray->setConnectTarget(QStringLiteral("test-context"),
            [secrets = rig->engine.secrets(), settings, target, journal] {
                Session::ConnectSession::Options options = settings.connectOptions(target);
                options.journalDirectory = journal;
                return std::make_unique<Session::ConnectSession>(options, secrets);
            });
        return rig;
    }

    static void stopAll(Rig &rig)
    {
        if (!rig.engine.hasActive())
            return;
        QSignalSpy stopped(&rig.engine, &Session::SessionEngine::allStopped);
        rig.engine.stopAll();
        QVERIFY(stopped.wait(30000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        KT_REQUIRE_CLUSTER();
        m_port = freePort();
        m_ns = TestCluster::uniqueNamespace(QStringLiteral("tray"));
        QVERIFY(TestCluster::createNamespace(m_ns));
        QVERIFY(TestCluster::createServedDeployment(m_ns, QStringLiteral("api"), 80, 8080));
    }

    void cleanupTestCase()
    {
        if (!m_ns.isEmpty())
            TestCluster::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns,
                QStringLiteral("--wait=false")});
    }

    void menuConnectAndDisconnect()
    {
        auto rig = makeRig();
        QAbstractItemModelTester tester(
            &rig->model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TrayController &tray = *rig->tray;
        QCOMPARE(tray.state(), TrayController::TrayState::Disconnected);
        QAction *connect = action(tray.menu(), QStringLiteral("trayConnect"));
        QVERIFY(connect);
        QVERIFY(connect->text().contains(QStringLiteral("test-context")));
        QVERIFY(!action(tray.menu(), QStringLiteral("trayDisconnect")));

        QSignalSpy states(&tray, &TrayController::stateChanged);
        connect->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(tray.state(), TrayController::TrayState::Connected, 60000);
        QCOMPARE(states.first().first().value<TrayController::TrayState>(),
            TrayController::TrayState::Connecting);
        QCOMPARE(rig->model.rowCount(), 1);
        QCOMPARE(ktObjects(), 2); // the shadow pod and its ConfigMap
        KT_TRY_VERIFY(curlThrough(m_port), 30000);

        // The menu now offers Disconnect and lists the session with its Stop.
        QAction *disconnect = action(tray.menu(), QStringLiteral("trayDisconnect"));
        QVERIFY(disconnect);
        QVERIFY(!action(tray.menu(), QStringLiteral("trayConnect")));
        const QString id = rig->model.info(0).id;
        QVERIFY(tray.menu()->findChild<QMenu *>(QStringLiteral("traySession:") + id));
        QVERIFY(tray.toolTip().contains(QStringLiteral("1")));

        disconnect->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(tray.state(), TrayController::TrayState::Disconnected, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(ktObjects(), 0, 30000);
        QVERIFY(action(tray.menu(), QStringLiteral("trayConnect")));
        QVERIFY(!curlThrough(m_port));
    }

    void notifiesWhenTheTunnelDropsAndComesBack()
    {
        auto rig = makeRig();
        TrayController &tray = *rig->tray;
        QSignalSpy notified(&tray, &TrayController::notified);
        tray.connectToCluster();
        QTRY_COMPARE_WITH_TIMEOUT(tray.state(), TrayController::TrayState::Connected, 60000);
        QCOMPARE(TestCluster::kubectl(
                     {QStringLiteral("-n"), m_ns, QStringLiteral("delete"), QStringLiteral("pods"),
                         QStringLiteral("-l"), QStringLiteral("control-by=kt"),
                         QStringLiteral("--wait=false")})
                     .exitCode,
            0);
        QTRY_VERIFY_WITH_TIMEOUT(notified.count() >= 2, 90000);
        QCOMPARE(notified.at(0).at(0).toString(), TrayController::tr("Connection lost"));
        QCOMPARE(notified.at(1).at(0).toString(), TrayController::tr("Reconnected"));
        QTRY_COMPARE(tray.state(), TrayController::TrayState::Connected);
        stopAll(*rig);
        QTRY_COMPARE_WITH_TIMEOUT(ktObjects(), 0, 30000);
    }

    void closingWithoutTrayAsksThenQuitUndoesEverything()
    {
        auto rig = makeRig();
        TrayController &tray = *rig->tray;
        QWidget window;
        tray.setWindow(&window);
        window.show();
        QVERIFY(!tray.isVisible()); // offscreen: no system tray
        tray.connectToCluster();
        QTRY_COMPARE_WITH_TIMEOUT(tray.state(), TrayController::TrayState::Connected, 60000);

        // Closing the window is quitting here: it asks first, listing the session.
        QSignalSpy ready(&tray, &TrayController::readyToQuit);
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QTRY_VERIFY(tray.quitConfirmation() != nullptr);
        QMessageBox *box = tray.quitConfirmation();
        QVERIFY2(box->informativeText().contains(rig->model.info(0).title),
            qPrintable(box->informativeText()));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(tray.quitConfirmation() == nullptr);
        QCOMPARE(ready.count(), 0);
        QVERIFY(rig->engine.hasActive());

        // Quit from the menu: confirmed, every session stops (the cluster is
        // restored), then the application may exit.
        action(tray.menu(), QStringLiteral("trayQuit"))->trigger();
        QTRY_VERIFY(tray.quitConfirmation() != nullptr);
        QTest::mouseClick(
            tray.quitConfirmation()->findChild<QPushButton *>(QStringLiteral("quitConfirm")),
            Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 30000);
        QVERIFY(!rig->engine.hasActive());
        QTRY_COMPARE_WITH_TIMEOUT(ktObjects(), 0, 30000);
    }
};

QTEST_MAIN(TestTrayController)
#include "tst_traycontroller.moc"
