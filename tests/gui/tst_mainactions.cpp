// The main window's actions against the local cluster, wired as ktdesk wires them (MainWindow,
// MainController, AppShell with the sessions panel and the tray): right-click → Mesh… → a session
// in the panel → Stop in the panel → the Service as it was; Forward… → a local port that leads
// to the Service; Run Local Service… → a Service in the cluster that goes away on Stop;
// Recover → the confirmation that lists the changes → the Service restored; Connect with the
// user's settings, stopped from the tray's per-session Stop → the window offers Connect again;
// switching contexts is instant and stops nothing, an unreachable cluster or rejected
// credentials show the banner with Retry; a crash journal is replayed on start and the window
// says what it restored.
#include "dialogs/forwarddialog.h"
#include "dialogs/meshdialog.h"
#include "dialogs/previewdialog.h"
#include "maincontroller.h"
#include "mainwindow.h"
#include "models/contextlistmodel.h"
#include "models/eventlistmodel.h"
#include "models/namespacelistmodel.h"
#include "models/podlistmodel.h"
#include "models/workloadtablemodel.h"
#include "platform/localport.h"
#include "secrets/memorysecretstore.h"
#include "session/connectsession.h"
#include "session/forwardsession.h"
#include "session/journal.h"
#include "session/previewsession.h"
#include "session/session.h"
#include "session/sessionengine.h"
#include "session/undoaction.h"
#include "sessions/logmodel.h"
#include "sessions/sessionmodel.h"
#include "sessions/sessionsdock.h"
#include "settings/appsettings.h"
#include "shell/appshell.h"
#include "testcluster.h"
#include "tray/traycontroller.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Kt::Ui;
using Kt::Session::Session;
using Kt::Session::SessionKind;
using Kt::Session::SessionState;
using Kt::Workspace::KtStatus;

namespace {

using Tester = QAbstractItemModelTester;

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// ktdesk's composition (app/gui/main.cpp), with every model under QAbstractItemModelTester.
struct Rig
{
    explicit Rig(const Kt::Settings::AppSettings &settings, const QString &journal)
    {
        controller = std::make_unique<MainController>(&window, &sessions);
        controller->setSettings(settings);
        controller->setJournalDirectory(journal);
        shell = std::make_unique<AppShell>(&sessions, &log, settings);
        shell->attach(&window);
        QObject::connect(controller.get(), &MainController::contextActivated, shell.get(),
            [this](const QString &context) { shell->setCluster(controller->target(), context); });
        for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(shell->sessions()),
                 static_cast<QAbstractItemModel *>(&log),
                 static_cast<QAbstractItemModel *>(controller->workloads()),
                 static_cast<QAbstractItemModel *>(controller->namespaces()),
                 static_cast<QAbstractItemModel *>(controller->contexts()),
                 static_cast<QAbstractItemModel *>(controller->pods()),
                 static_cast<QAbstractItemModel *>(controller->events())})
            testers.push_back(
                std::make_unique<Tester>(model, Tester::FailureReportingMode::QtTest));
        controller->start();
        window.show();
    }

    ~Rig()
    {
        if (!sessions.hasActive())
            return;
        QSignalSpy stopped(&sessions, &Kt::Session::SessionEngine::allStopped);
        sessions.stopAll();
        (void)stopped.wait(60000);
    }

    // The latest snapshot of session `id` (sessions live on the engine's thread).
    Kt::Session::SessionInfo info(const QString &id) const { return sessions.find(id); }
    SessionState state(const QString &id) const { return sessions.find(id).state; }
    bool finished(const QString &id) const
    {
        return state(id) == SessionState::Stopped || state(id) == SessionState::Failed;
    }

    Kt::Secrets::MemorySecretStore secrets;
    Kt::Session::SessionEngine sessions {&secrets};
    LogModel log {2000};
    MainWindow window;
    std::unique_ptr<MainController> controller;
    std::unique_ptr<AppShell> shell;
    std::vector<std::unique_ptr<Tester>> testers;
};

} // namespace

class TestMainActions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_ns;
    QTcpServer m_local; // "the developer's service" on this machine
    quint16 m_port = 0; // the pods' port, and m_local's

    QString key(const QString &kind, const QString &name) const
    {
        return QStringLiteral("%1/%2/%3").arg(kind, m_ns, name);
    }

    QByteArray serviceState(const QString &name) const
    {
        return TestCluster::runAsync(QStringLiteral("kubectl"),
            {QStringLiteral("-n"), m_ns, QStringLiteral("get"), QStringLiteral("service"), name,
                QStringLiteral("-o"),
                QStringLiteral("jsonpath={.spec.selector} {.metadata.annotations}")})
            .out;
    }

    // kt-made objects left in the namespace (pods, ConfigMaps, Services), one per line.
    QByteArray ktObjects() const
    {
        return TestCluster::runAsync(QStringLiteral("kubectl"),
            {QStringLiteral("-n"), m_ns, QStringLiteral("get"),
                QStringLiteral("pods,configmaps,services"), QStringLiteral("-l"),
                QStringLiteral("control-by=kt"), QStringLiteral("-o"), QStringLiteral("name")})
            .out;
    }

    Kt::Settings::AppSettings settings() const
    {
        Kt::Settings::AppSettings settings;
        settings.proxyPort = freePort();
        return settings;
    }

    QString journal() const { return m_home.filePath(QStringLiteral("journal")); }

    // Shows `m_ns` and waits for the row of `rowKey`.
    static bool browse(Rig &rig, const QString &ns, const QString &rowKey)
    {
        if (!QTest::qWaitFor(
                [&] {
                    return rig.window.isWorkspaceShown()
                        && !rig.controller->activeContext().isEmpty();
                },
                30000))
            return false;
        rig.controller->selectNamespace(ns);
        return QTest::qWaitFor(
            [&] { return rig.controller->workloads()->rowOf(rowKey) >= 0; }, 30000);
    }

    // Right-click on the row of `rowKey`, then the menu's action `name`.
    static bool trigger(Rig &rig, const QString &rowKey, const QString &name)
    {
        QSortFilterProxyModel *proxy = rig.window.workloadProxy();
        QModelIndex index;
        for (int row = 0; row < proxy->rowCount() && !index.isValid(); ++row) {
            const QModelIndex candidate = proxy->index(row, WorkloadTableModel::NameColumn);
            if (candidate.data(WorkloadTableModel::KeyRole).toString() == rowKey)
                index = candidate;
        }
        if (!index.isValid())
            return false;
        QTableView *view = rig.window.workloadView();
        Q_EMIT view->customContextMenuRequested(view->visualRect(index).center());
        QMenu *menu = rig.window.findChild<QMenu *>(QStringLiteral("workloadMenu"));
        if (!menu)
            return false;
        auto *action = menu->findChild<QAction *>(name);
        const bool enabled = action && action->isEnabled();
        if (enabled)
            action->trigger();
        menu->close();
        return enabled;
    }

    static bool waitUntilFinishedOrActive(const Rig &rig, const QString &id, int timeoutMs)
    {
        return QTest::qWaitFor(
            [&rig, id] { return rig.state(id) == SessionState::Active || rig.finished(id); },
            timeoutMs);
    }

    static QByteArray why(const Kt::Session::SessionInfo &info)
    {
        return (info.lastError ? info.lastError->toString() : info.step).toUtf8();
    }
    static QByteArray why(const Rig &rig, const QString &id) { return why(rig.info(id)); }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", (m_home.path() + QStringLiteral("/config")).toUtf8());
        qputenv("XDG_STATE_HOME", (m_home.path() + QStringLiteral("/state")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("ktdesk-test"));
        KT_REQUIRE_CLUSTER();
        QVERIFY(m_local.listen(QHostAddress::LocalHost, 0));
        m_port = m_local.serverPort();
        m_ns = TestCluster::uniqueNamespace(QStringLiteral("acts"));
        QVERIFY(TestCluster::createNamespace(m_ns));
        QCOMPARE(
            TestCluster::kubectl(
                {QStringLiteral("-n"), m_ns, QStringLiteral("create"), QStringLiteral("deployment"),
                    QStringLiteral("desk-web"), QStringLiteral("--image=example/desk-web:1"),
                    QStringLiteral("--replicas=1"), QStringLiteral("--port=%1").arg(m_port)})
                .exitCode,
            0);
        QCOMPARE(TestCluster::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("expose"),
                                          QStringLiteral("deployment"), QStringLiteral("desk-web"),
                                          QStringLiteral("--port=80"),
                                          QStringLiteral("--target-port=%1").arg(m_port)})
                     .exitCode,
            0);
        // What a crashed exchange leaves: a Service pointed at a shadow that is gone, its
        // selector saved in kt-selector (ref/ktconnect-compat.md).
        QCOMPARE(
            TestCluster::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("create"),
                                     QStringLiteral("service"), QStringLiteral("clusterip"),
                                     QStringLiteral("desk-left"), QStringLiteral("--tcp=80:8080")})
                .exitCode,
            0);
        const QByteArray patch
            = "{\"metadata\":{\"annotations\":{\"kt-selector\":\"{\\\"app\\\":\\\"desk-left\\\"}\"}"
              "},"
              "\"spec\":{\"selector\":{\"app\":null,\"kt-target\":\"abcdefghijklmnopqrst\"}}}";
        QCOMPARE(TestCluster::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("patch"),
                                          QStringLiteral("service"), QStringLiteral("desk-left"),
                                          QStringLiteral("--type=merge"), QStringLiteral("-p"),
                                          QString::fromUtf8(patch)})
                     .exitCode,
            0);
    }

    void cleanupTestCase()
    {
        if (!m_ns.isEmpty())
            TestCluster::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns,
                QStringLiteral("--wait=false")});
    }

    void meshFromTheMenuThenStopInThePanel()
    {
        KT_REQUIRE_CLUSTER();
        const QByteArray before = serviceState(QStringLiteral("desk-web"));
        QVERIFY2(before.contains("\"app\":\"desk-web\""), before.constData());
        Rig rig(settings(), journal());
        const QString serviceKey = key(QStringLiteral("Service"), QStringLiteral("desk-web"));
        QVERIFY(browse(rig, m_ns, serviceKey));

        QVERIFY(trigger(rig, serviceKey, QStringLiteral("meshAction")));
        MeshDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = rig.window.findChild<MeshDialog *>()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->service(), QStringLiteral("desk-web"));
        dialog->findChild<QLineEdit *>(QStringLiteral("versionMarkEdit"))
            ->setText(QStringLiteral("kt-version:gui"));
        dialog->findChild<QSpinBox *>(QStringLiteral("localPortSpin"))->setValue(m_port);
        QCOMPARE(dialog->ports().remote, m_port);
        QVERIFY(dialog->blockingProblem().isEmpty());
        QVERIFY(dialog->warning().isEmpty()); // m_local listens there
        dialog->accept();

        // The session appears in the panel and becomes active; the table shows the mesh.
        SessionModel *panel = rig.shell->sessions();
        QTRY_COMPARE(panel->rowCount(), 1);
        const QString session = rig.sessions.sessions().constFirst().id;
        QCOMPARE(rig.info(session).kind, SessionKind::Mesh);
        QVERIFY2(waitUntilFinishedOrActive(rig, session, 180000), why(rig, session).constData());
        QVERIFY2(rig.state(session) == SessionState::Active, why(rig, session).constData());
        QVERIFY(serviceState(QStringLiteral("desk-web")).contains("kt-selector"));
        QTRY_VERIFY_WITH_TIMEOUT(rig.controller->workloads()
                                     ->workload(rig.controller->workloads()->rowOf(serviceKey))
                                     .ktStatus
                == KtStatus::Meshed,
            30000);

        // Stop in the panel → the Service is as it was, and kt's objects are gone.
        auto *view
            = rig.shell->sessionsDock()->findChild<QTreeView *>(QStringLiteral("sessionsView"));
        QVERIFY(view);
        view->setCurrentIndex(view->model()->index(0, 0));
        auto *stop
            = rig.shell->sessionsDock()->findChild<QPushButton *>(QStringLiteral("stopButton"));
        QVERIFY(stop && stop->isEnabled());
        QTest::mouseClick(stop, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(rig.finished(session), 120000);
        QVERIFY2(rig.state(session) == SessionState::Stopped, why(rig, session).constData());
        QCOMPARE(serviceState(QStringLiteral("desk-web")), before);
        QTRY_COMPARE_WITH_TIMEOUT(ktObjects(), QByteArray(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(TestCluster::portFreeInCluster(m_port), 30000);
    }

    void forwardFromTheMenu()
    {
        KT_REQUIRE_CLUSTER();
        Rig rig(settings(), journal());
        const QString serviceKey = key(QStringLiteral("Service"), QStringLiteral("desk-web"));
        QVERIFY(browse(rig, m_ns, serviceKey));
        QVERIFY(trigger(rig, serviceKey, QStringLiteral("forwardAction")));
        ForwardDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = rig.window.findChild<ForwardDialog *>()));
        QCOMPARE(dialog->service(), QStringLiteral("desk-web"));
        QCOMPARE(dialog->servicePort(), quint16(80));
        // A port in use is refused before anything happens.
        dialog->findChild<QSpinBox *>(QStringLiteral("localPortSpin"))->setValue(m_port);
        QVERIFY(!dialog->blockingProblem().isEmpty());
        dialog->accept();
        QVERIFY(dialog->isVisible());
        const quint16 local = freePort();
        dialog->findChild<QSpinBox *>(QStringLiteral("localPortSpin"))->setValue(local);
        QVERIFY2(dialog->blockingProblem().isEmpty(), qPrintable(dialog->blockingProblem()));
        dialog->accept();

        QTRY_COMPARE(rig.shell->sessions()->rowCount(), 1);
        const QString session = rig.sessions.sessions().constFirst().id;
        QCOMPARE(rig.info(session).kind, SessionKind::Forward);
        QVERIFY2(waitUntilFinishedOrActive(rig, session, 60000), why(rig, session).constData());
        QVERIFY2(rig.state(session) == SessionState::Active, why(rig, session).constData());
        QVERIFY(Kt::Platform::LocalPort::isListening(local));
        rig.sessions.stop(session);
        QTRY_VERIFY_WITH_TIMEOUT(rig.finished(session), 30000);
        QCOMPARE(rig.state(session), SessionState::Stopped);
        QTRY_VERIFY(!Kt::Platform::LocalPort::isListening(local));
    }

    void runLocalServiceFromTheToolbar()
    {
        KT_REQUIRE_CLUSTER();
        Rig rig(settings(), journal());
        QVERIFY(browse(rig, m_ns, key(QStringLiteral("Service"), QStringLiteral("desk-web"))));
        rig.window.runLocalServiceAction()->trigger();
        PreviewDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = rig.window.findChild<PreviewDialog *>()));
        QCOMPARE(dialog->namespaceName(), m_ns);
        // The name of a Service that exists is refused.
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("serviceNameEdit"));
        name->setText(QStringLiteral("desk-web"));
        QVERIFY(!dialog->blockingProblem().isEmpty());
        name->setText(QStringLiteral("desk-preview"));
        dialog->findChild<QSpinBox *>(QStringLiteral("localPortSpin"))->setValue(m_port);
        const quint16 servicePort = freePort();
        dialog->findChild<QSpinBox *>(QStringLiteral("servicePortSpin"))->setValue(servicePort);
        QVERIFY2(dialog->blockingProblem().isEmpty(), qPrintable(dialog->blockingProblem()));
        dialog->accept();

        QTRY_COMPARE(rig.shell->sessions()->rowCount(), 1);
        const QString session = rig.sessions.sessions().constFirst().id;
        QCOMPARE(rig.info(session).kind, SessionKind::Preview);
        QVERIFY2(waitUntilFinishedOrActive(rig, session, 120000), why(rig, session).constData());
        QVERIFY2(rig.state(session) == SessionState::Active, why(rig, session).constData());
        const QString previewKey = key(QStringLiteral("Service"), QStringLiteral("desk-preview"));
        QTRY_VERIFY_WITH_TIMEOUT(rig.controller->workloads()->rowOf(previewKey) >= 0, 30000);
        QCOMPARE(rig.controller->workloads()
                     ->workload(rig.controller->workloads()->rowOf(previewKey))
                     .ktStatus,
            KtStatus::Previewed);
        rig.sessions.stop(session);
        QTRY_VERIFY_WITH_TIMEOUT(rig.finished(session), 60000);
        QCOMPARE(rig.state(session), SessionState::Stopped);
        QTRY_VERIFY_WITH_TIMEOUT(rig.controller->workloads()->rowOf(previewKey) < 0, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(ktObjects(), QByteArray(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(TestCluster::portFreeInCluster(servicePort), 30000);
    }

    void recoverFromTheMenu()
    {
        KT_REQUIRE_CLUSTER();
        QVERIFY(serviceState(QStringLiteral("desk-left")).contains("kt-target"));
        Rig rig(settings(), journal());
        const QString leftKey = key(QStringLiteral("Service"), QStringLiteral("desk-left"));
        QVERIFY(browse(rig, m_ns, leftKey));
        QCOMPARE(rig.controller->workloads()
                     ->workload(rig.controller->workloads()->rowOf(leftKey))
                     .ktStatus,
            KtStatus::Stale);
        QVERIFY(trigger(rig, leftKey, QStringLiteral("recoverAction")));
        // The plan is made off the GUI thread; the confirmation lists it.
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (box = rig.window.findChild<QMessageBox *>(QStringLiteral("recoverConfirmation"))),
            30000);
        QVERIFY2(box->text().contains(QStringLiteral("desk-left")), qPrintable(box->text()));
        box->button(QMessageBox::Ok)->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            serviceState(QStringLiteral("desk-left")).startsWith("{\"app\":\"desk-left\"}"), 30000);
        QVERIFY(!serviceState(QStringLiteral("desk-left")).contains("kt-selector"));
        QTRY_VERIFY_WITH_TIMEOUT(rig.controller->workloads()
                                     ->workload(rig.controller->workloads()->rowOf(leftKey))
                                     .ktStatus
                == KtStatus::None,
            30000);
    }

    void connectUsesTheSettingsAndTheTrayStopResetsTheWindow()
    {
        KT_REQUIRE_CLUSTER();
        const Kt::Settings::AppSettings chosen = settings();
        Rig rig(chosen, journal());
        QVERIFY(browse(rig, m_ns, key(QStringLiteral("Service"), QStringLiteral("desk-web"))));
        QAction *connect = rig.window.connectAction();
        QAction *disconnect = rig.window.disconnectAction();
        QVERIFY(connect->isVisible() && !disconnect->isVisible());
        connect->trigger();
        QTRY_COMPARE(rig.sessions.sessions().size(), 1);
        const QString session = rig.sessions.sessions().constFirst().id;
        QCOMPARE(rig.info(session).kind, SessionKind::Connect);
        QVERIFY(!connect->isVisible() && disconnect->isVisible());
        QVERIFY2(waitUntilFinishedOrActive(rig, session, 90000), why(rig, session).constData());
        QVERIFY2(rig.state(session) == SessionState::Active, why(rig, session).constData());
        // A proxy on the setting's port, not the default.
        QVERIFY2(rig.info(session).detail.contains(QStringLiteral(":%1").arg(chosen.proxyPort)),
            qPrintable(rig.info(session).detail));
        QVERIFY(Kt::Platform::LocalPort::isListening(chosen.proxyPort));

        // Stop from the tray's entry for the session: the window offers Connect again.
        QMenu *trayMenu = rig.shell->tray()->menu();
        QAction *stop = nullptr;
        QTRY_VERIFY((stop = trayMenu->findChild<QAction *>(QStringLiteral("trayStop:") + session)));
        stop->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(rig.finished(session), 60000);
        QTRY_VERIFY(connect->isVisible() && !disconnect->isVisible());

        // And Connect works again (nothing thinks the old session still runs).
        connect->trigger();
        QTRY_COMPARE(rig.sessions.sessions().size(), 2);
        const QString again = rig.sessions.sessions().constLast().id;
        QVERIFY2(waitUntilFinishedOrActive(rig, again, 90000), why(rig, again).constData());
        QVERIFY2(rig.state(again) == SessionState::Active, why(rig, again).constData());
        disconnect->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(rig.finished(again), 60000);
        QCOMPARE(rig.state(again), SessionState::Stopped);
        QTRY_VERIFY(connect->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(ktObjects(), QByteArray(), 60000);
    }

    void switchingContextsStopsNothingAndBadClustersShowTheBanner()
    {
        KT_REQUIRE_CLUSTER();
        // The test cluster's kubeconfig plus a context whose server does not answer and one
        // whose credentials the cluster rejects.
        const QString config = m_home.filePath(QStringLiteral("contexts.kubeconfig"));
        const auto flat = TestCluster::kubectl({QStringLiteral("config"), QStringLiteral("view"),
            QStringLiteral("--raw"), QStringLiteral("--flatten")});
        QCOMPARE(flat.exitCode, 0);
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(flat.out);
        file.close();
        const QString good = QString::fromUtf8(
            TestCluster::kubectl({QStringLiteral("config"), QStringLiteral("current-context")})
                .out.trimmed());
        const QString cluster = QString::fromUtf8(TestCluster::kubectl(
            {QStringLiteral("config"), QStringLiteral("view"), QStringLiteral("--minify"),
                QStringLiteral("-o"), QStringLiteral("jsonpath={.clusters[0].name}")})
                                                      .out);
        const auto edit = [&config](QStringList args) {
            args << QStringLiteral("--kubeconfig") << config;
            return TestCluster::kubectl(args).exitCode == 0;
        };
        QVERIFY(edit(
            {QStringLiteral("config"), QStringLiteral("set-cluster"), QStringLiteral("nowhere"),
                QStringLiteral("--server=https://127.0.0.1:%1").arg(freePort())}));
        QVERIFY(edit(
            {QStringLiteral("config"), QStringLiteral("set-context"), QStringLiteral("unreachable"),
                QStringLiteral("--cluster=nowhere"), QStringLiteral("--user=bogus")}));
        QVERIFY(edit({QStringLiteral("config"), QStringLiteral("set-credentials"),
            QStringLiteral("bogus"), QStringLiteral("--token=expired-or-revoked")}));
        QVERIFY(edit(
            {QStringLiteral("config"), QStringLiteral("set-context"), QStringLiteral("expired"),
                QStringLiteral("--cluster=") + cluster, QStringLiteral("--user=bogus")}));
        const QByteArray savedKubeconfig = qgetenv("KUBECONFIG");
        qputenv("KUBECONFIG", config.toUtf8());
        const auto restoreKubeconfig = qScopeGuard([&] { qputenv("KUBECONFIG", savedKubeconfig); });

        Rig rig(settings(), journal());
        const QString serviceKey = key(QStringLiteral("Service"), QStringLiteral("desk-web"));
        QVERIFY(browse(rig, m_ns, serviceKey));
        QCOMPARE(rig.controller->activeContext(), good);
        // A session in the good context, started as the window would.
        Kt::Session::ForwardSession::Options forward;
        forward.target = {config, good, m_ns};
        forward.service = QStringLiteral("desk-web");
        forward.localPort = 0;
        const QString session
            = rig.sessions.add(std::make_unique<Kt::Session::ForwardSession>(forward)).id;
        QVERIFY2(waitUntilFinishedOrActive(rig, session, 60000), why(rig, session).constData());
        QVERIFY2(rig.state(session) == SessionState::Active, why(rig, session).constData());

        auto *combo = rig.window.findChild<QComboBox *>(QStringLiteral("contextCombo"));
        auto *banner = rig.window.findChild<QWidget *>(QStringLiteral("banner"));
        auto *bannerText = rig.window.findChild<QLabel *>(QStringLiteral("bannerText"));
        auto *retry = rig.window.findChild<QPushButton *>(QStringLiteral("retryButton"));
        const auto choose = [combo](const QString &context) {
            for (int row = 0; row < combo->count(); ++row) {
                if (combo->itemText(row).startsWith(context + QLatin1Char(' '))
                    || combo->itemText(row) == context) {
                    combo->setCurrentIndex(row);
                    Q_EMIT combo->activated(row); // as a user's pick does
                    return true;
                }
            }
            return false;
        };

        // Unreachable: the old rows go at once, the session keeps running, the banner says why
        // and offers Retry.
        QVERIFY(choose(QStringLiteral("unreachable")));
        QCOMPARE(rig.controller->activeContext(), QStringLiteral("unreachable"));
        QCOMPARE(rig.controller->workloads()->rowCount(), 0);
        QCOMPARE(rig.state(session), SessionState::Active);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 60000);
        QVERIFY2(bannerText->text().contains(QStringLiteral("unreachable")),
            qPrintable(bannerText->text()));
        QVERIFY(retry->isVisible());
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() && !bannerText->text().isEmpty(), 60000);

        // Rejected credentials: the banner says so.
        QVERIFY(choose(QStringLiteral("expired")));
        QTRY_VERIFY_WITH_TIMEOUT(
            banner->isVisible() && bannerText->text().contains(QStringLiteral("401")), 60000);
        QVERIFY(retry->isVisible());

        // Back to the good context: no banner, the rows return, the session still runs.
        QVERIFY(choose(good));
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 30000);
        rig.controller->selectNamespace(m_ns);
        QTRY_VERIFY_WITH_TIMEOUT(rig.controller->workloads()->rowOf(serviceKey) >= 0, 30000);
        QCOMPARE(rig.state(session), SessionState::Active);
        rig.sessions.stop(session);
        QTRY_VERIFY_WITH_TIMEOUT(rig.finished(session), 30000);
    }

    // Journals in `directory` name this process, which still runs; as after a crash, their
    // owner becomes a process that has exited. Returns how many journals were changed.
    static int markOwnerGone(const QString &directory)
    {
        QProcess gone;
        gone.start(QStringLiteral("true"), {});
        if (!gone.waitForStarted())
            return -1;
        const qint64 deadPid = gone.processId();
        gone.waitForFinished();
        int journals = 0;
        for (const QFileInfo &info : QDir(directory).entryInfoList(QDir::Files)) {
            QFile journal(info.filePath());
            if (!journal.open(QIODevice::ReadOnly))
                return -1;
            QJsonObject object = QJsonDocument::fromJson(journal.readAll()).object();
            journal.close();
            if (!object.contains(QStringLiteral("pid")))
                continue;
            object.insert(QStringLiteral("pid"), deadPid);
            if (!journal.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return -1;
            journal.write(QJsonDocument(object).toJson());
            ++journals;
        }
        return journals;
    }

    void crashJournalIsReplayedOnStart()
    {
        KT_REQUIRE_CLUSTER();
        const QString crashed = m_home.filePath(QStringLiteral("crashed-journal"));
        quint16 remote = 0;
        // A session that "crashes": its engine goes away while it runs, so nothing is undone
        // and its journal stays behind (as after a kill).
        {
            Kt::Secrets::MemorySecretStore secrets;
            Kt::Session::SessionEngine engine(&secrets);
            Kt::Session::PreviewSession::Options preview;
            preview.target = {qEnvironmentVariable("KUBECONFIG"), {}, m_ns};
            preview.service = QStringLiteral("desk-crash");
            remote = freePort(); // the Service's port, and the shadow's
            preview.expose = {{m_port, remote}};
            preview.journalDirectory = crashed;
            const QString session
                = engine
                      .add(std::make_unique<Kt::Session::PreviewSession>(preview, engine.secrets()))
                      .id;
            QVERIFY(QTest::qWaitFor(
                [&] {
                    const SessionState state = engine.find(session).state;
                    return state == SessionState::Active || state == SessionState::Failed
                        || state == SessionState::Stopped;
                },
                120000));
            QVERIFY2(engine.find(session).state == SessionState::Active,
                why(engine.find(session)).constData());
        }
        QCOMPARE(TestCluster::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("get"),
                                          QStringLiteral("service"), QStringLiteral("desk-crash")})
                     .exitCode,
            0);
        QCOMPARE(markOwnerGone(crashed), 1);

        // The next start replays the journal and says so in the window.
        MainWindow window;
        Kt::Secrets::MemorySecretStore secrets;
        Kt::Session::SessionEngine sessions(&secrets);
        MainController controller(&window, &sessions);
        QSignalSpy finished(&controller, &MainController::crashRecoveryFinished);
        controller.recoverCrashes(crashed);
        controller.start();
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        QVERIFY2(finished.first().at(1).toStringList().isEmpty(),
            qPrintable(finished.first().at(1).toStringList().join(QLatin1Char(' '))));
        const int restored = finished.first().at(0).toInt();
        QVERIFY(restored >= 1);
        auto *bannerText = window.findChild<QLabel *>(QStringLiteral("bannerText"));
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("banner"))->isVisible());
        QCOMPARE(bannerText->text(),
            MainController::tr("KtDesk restored %n change(s) left by a crash.", nullptr, restored));
        QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("leftoverQuestion")));
        QTRY_VERIFY_WITH_TIMEOUT(
            TestCluster::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("get"),
                                     QStringLiteral("service"), QStringLiteral("desk-crash")})
                    .exitCode
                != 0,
            60000);
        QTRY_COMPARE_WITH_TIMEOUT(ktObjects(), QByteArray(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(TestCluster::portFreeInCluster(remote), 30000);
    }

    // What recovery cannot undo, the user decides: the cluster's kubeconfig is gone at start
    // (as when a VPN is down or a context was renamed); the window asks, lists the change,
    // and Retry (once the kubeconfig is back) undoes it. A second journal that names a cluster
    // that never comes back is forgotten with Forget: its file goes, the cluster is untouched.
    void crashLeftoversThatCannotBeUndoneAreAskedAbout()
    {
        KT_REQUIRE_CLUSTER();
        const QString crashed = m_home.filePath(QStringLiteral("leftover-journal"));
        const QString later = m_home.filePath(QStringLiteral("later.kubeconfig"));
        QCOMPARE(TestCluster::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("annotate"),
                                          QStringLiteral("service"), QStringLiteral("desk-web"),
                                          QStringLiteral("desk-test=changed-by-crash")})
                     .exitCode,
            0);
        const Kt::Kube::ResourceRef web
            = Kt::Kube::ResourceRef::services(m_ns, QStringLiteral("desk-web"));
        const QJsonObject restore {{QStringLiteral("metadata"),
            QJsonObject {{QStringLiteral("annotations"),
                QJsonObject {{QStringLiteral("desk-test"), QJsonValue::Null}}}}}};
        {
            Kt::Session::Journal journal;
            QVERIFY(journal
                        .open(crashed, QStringLiteral("exchange-comesback"),
                            Kt::Session::ClusterTarget {later, {}, m_ns}.toJson())
                        .ok());
            QVERIFY(journal
                        .record(QStringLiteral("service/desk-web"),
                            Kt::Session::UndoAction::mergePatch(web, restore))
                        .ok());
        }
        {
            Kt::Session::Journal journal;
            QVERIFY(journal
                        .open(crashed, QStringLiteral("exchange-gone"),
                            Kt::Session::ClusterTarget {
                                m_home.filePath(QStringLiteral("deleted.kubeconfig")), {}, m_ns}
                                .toJson())
                        .ok());
            QVERIFY(journal
                        .record(QStringLiteral("pod/gone"),
                            Kt::Session::UndoAction::deleteObject(Kt::Kube::ResourceRef::pods(
                                m_ns, QStringLiteral("desk-gone-kt-exchange-abcde"))))
                        .ok());
        }
        QCOMPARE(markOwnerGone(crashed), 2);

        MainWindow window;
        Kt::Secrets::MemorySecretStore secrets;
        Kt::Session::SessionEngine sessions(&secrets);
        MainController controller(&window, &sessions);
        QSignalSpy finished(&controller, &MainController::crashRecoveryFinished);
        controller.recoverCrashes(crashed);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(finished.first().at(0).toInt(), 0);
        QCOMPARE(finished.first().at(1).toStringList().size(), 2);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("leftoverQuestion"))));
        QVERIFY2(box->detailedText().contains(QStringLiteral("services %1/desk-web").arg(m_ns)),
            qPrintable(box->detailedText()));
        QVERIFY(box->detailedText().contains(QStringLiteral("desk-gone-kt-exchange-abcde")));
        QVERIFY2(box->informativeText().contains(QStringLiteral("later.kubeconfig")),
            qPrintable(box->informativeText()));
        // Nothing was changed while the user decides.
        QVERIFY(serviceState(QStringLiteral("desk-web")).contains("changed-by-crash"));
        QCOMPARE(QDir(crashed).entryList(QDir::Files).size(), 2);

        // The kubeconfig is back: Retry undoes that journal's change; the other one is asked
        // about again, and forgotten.
        const auto flat = TestCluster::kubectl({QStringLiteral("config"), QStringLiteral("view"),
            QStringLiteral("--raw"), QStringLiteral("--flatten")});
        QCOMPARE(flat.exitCode, 0);
        QFile file(later);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(flat.out);
        file.close();
        QTest::mouseClick(
            box->findChild<QPushButton *>(QStringLiteral("leftoverRetry")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        QCOMPARE(finished.at(1).at(0).toInt(), 1);
        QCOMPARE(finished.at(1).at(1).toStringList().size(), 1);
        QVERIFY(!serviceState(QStringLiteral("desk-web")).contains("changed-by-crash"));
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("leftoverQuestion")))
            && !box->detailedText().contains(QStringLiteral("desk-web")));
        QTest::mouseClick(
            box->findChild<QPushButton *>(QStringLiteral("leftoverForget")), Qt::LeftButton);
        QTRY_COMPARE(QDir(crashed).entryList(QDir::Files).size(), 0);
        auto *bannerText = window.findChild<QLabel *>(QStringLiteral("bannerText"));
        QVERIFY2(
            bannerText->text().contains(QStringLiteral("forgot")), qPrintable(bannerText->text()));
    }
};

QTEST_MAIN(TestMainActions)
#include "tst_mainactions.moc"
