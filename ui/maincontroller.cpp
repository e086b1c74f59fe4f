#include "maincontroller.h"

#include "dialogs/exchangedialog.h"
#include "dialogs/forwarddialog.h"
#include "dialogs/meshdialog.h"
#include "dialogs/previewdialog.h"
#include "kube/kubeconfiglocator.h"
#include "mainwindow.h"
#include "models/contextlistmodel.h"
#include "models/eventlistmodel.h"
#include "models/namespacelistmodel.h"
#include "models/podlistmodel.h"
#include "models/workloadtablemodel.h"
#include "session/cleaner.h"
#include "session/connectsession.h"
#include "session/exchangesession.h"
#include "session/forwardsession.h"
#include "session/meshsession.h"
#include "session/previewsession.h"
#include "session/sessionengine.h"
#include "session/undoaction.h"
#include "workspace/clusterbrowser.h"

#include <QMessageBox>
#include <QPushButton>
#include <QThread>

namespace Kt::Ui {

using Kt::Workspace::ClusterBrowser;
using Kt::Workspace::KtStatus;
using Kt::Workspace::WorkloadKind;
using Kt::Workspace::WorkloadRow;

MainController::MainController(
    MainWindow *window, Session::SessionEngine *sessions, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_sessions(sessions)
    , m_secrets(sessions ? sessions->secrets() : nullptr)
    , m_engine(new QThread(this))
    , m_browser(new ClusterBrowser)
    , m_contexts(new ContextListModel(this))
    , m_namespaces(new NamespaceListModel(this))
    , m_workloads(new WorkloadTableModel(this))
    , m_pods(new PodListModel(this))
    , m_events(new EventListModel(this))
{
    m_engine->setObjectName(QStringLiteral("ktdesk-engine"));
    m_browser->moveToThread(m_engine);
    connect(m_engine, &QThread::finished, m_browser, &QObject::deleteLater);
    m_engine->start();

    connect(m_browser, &ClusterBrowser::configLoaded, this, &MainController::onConfigLoaded);
    connect(m_browser, &ClusterBrowser::configFailed, this, &MainController::onConfigFailed);
    connect(m_browser, &ClusterBrowser::namespacesChanged, this, [this](const QStringList &names) {
        m_namespaces->setNamespaces(names);
        if (m_window)
            m_window->setActiveNamespace(m_namespace);
    });
    connect(m_browser, &ClusterBrowser::workloadsCleared, m_workloads, &WorkloadTableModel::clear);
    connect(m_browser, &ClusterBrowser::workloadsChanged, m_workloads,
        &WorkloadTableModel::applyChanges);
    connect(m_browser, &ClusterBrowser::podsChanged, m_pods, &PodListModel::setPods);
    connect(m_browser, &ClusterBrowser::eventsChanged, m_events, &EventListModel::setEvents);
    connect(m_browser, &ClusterBrowser::problemOccurred, this, [this](const Kt::Error &error) {
        if (m_window)
            m_window->showProblem(tr("Context %1: %2").arg(m_context, error.toString()));
    });
    connect(m_browser, &ClusterBrowser::problemCleared, this, [this] {
        if (m_window)
            m_window->clearBanner();
    });

    window->setModels(m_contexts, m_namespaces, m_workloads, m_pods, m_events);
    connect(window, &MainWindow::contextSelected, this, &MainController::selectContext);
    connect(window, &MainWindow::namespaceSelected, this, &MainController::selectNamespace);
    connect(window, &MainWindow::workloadSelected, this, [this](const QString &key) {
        QMetaObject::invokeMethod(m_browser, [browser = m_browser, key] { browser->select(key); });
    });
    connect(window, &MainWindow::retryRequested, this, [this] {
        if (m_window && !m_window->isWorkspaceShown()) {
            start(m_kubeconfig);
            return;
        }
        QMetaObject::invokeMethod(m_browser, [browser = m_browser] { browser->retry(); });
    });
    connect(window, &MainWindow::exchangeRequested, this, &MainController::onExchangeRequested);
    connect(window, &MainWindow::meshRequested, this, &MainController::onMeshRequested);
    connect(window, &MainWindow::forwardRequested, this, &MainController::onForwardRequested);
    connect(window, &MainWindow::recoverRequested, this, &MainController::onRecoverRequested);
    connect(window, &MainWindow::runLocalServiceRequested, this,
        &MainController::onRunLocalServiceRequested);
    connect(window, &MainWindow::connectRequested, this, &MainController::onConnectRequested);
    connect(window, &MainWindow::disconnectRequested, this, &MainController::onDisconnectRequested);
    if (m_sessions) {
        connect(m_sessions, &Session::SessionEngine::sessionInfoChanged, this,
            &MainController::updateConnected);
        connect(m_sessions, &Session::SessionEngine::sessionRemoved, this,
            &MainController::updateConnected);
        connect(m_sessions, &Session::SessionEngine::crashRecoveryFinished, this,
            &MainController::onCrashRecoveryFinished);
        connect(m_sessions, &Session::SessionEngine::sessionRenamed, this,
            [this](const QString &oldId, const QString &newId) {
                if (m_connectSessionId == oldId)
                    m_connectSessionId = newId;
            });
    }
}

MainController::~MainController()
{
    // The browser is deleted on its own thread once that thread's loop ends.
    m_engine->quit();
    m_engine->wait();
}

void MainController::start(const QString &kubeconfig)
{
    m_kubeconfig = kubeconfig;
    QMetaObject::invokeMethod(
        m_browser, [browser = m_browser, kubeconfig] { browser->open(kubeconfig, QString()); });
}

void MainController::selectContext(const QString &context)
{
    if (context.isEmpty() || context == m_context)
        return;
    // Instant: the old context's rows go now; sessions keep running whatever they target.
    m_context = context;
    m_workloads->clear();
    m_pods->setPods({});
    m_events->setEvents({});
    m_namespaces->setNamespaces({});
    if (m_window) {
        m_window->clearBanner();
        m_window->setActiveContext(context);
    }
    QMetaObject::invokeMethod(m_browser, [browser = m_browser, kubeconfig = m_kubeconfig, context] {
        browser->open(kubeconfig, context);
    });
}

void MainController::selectNamespace(const QString &namespaceName)
{
    if (namespaceName == m_namespace && m_workloads->rowCount() > 0)
        return;
    m_namespace = namespaceName;
    m_workloads->clear();
    if (m_window)
        m_window->setActiveNamespace(namespaceName);
    QMetaObject::invokeMethod(
        m_browser, [browser = m_browser, namespaceName] { browser->setNamespace(namespaceName); });
}

void MainController::onConfigLoaded(const QStringList &contexts, const QString &current,
    const QString &active, const QString &defaultNamespace, const QStringList &files)
{
    m_context = active;
    m_defaultNamespace = defaultNamespace;
    m_namespace = defaultNamespace; // the browser starts in the context's namespace
    m_contexts->setContexts(contexts, current);
    if (m_window) {
        m_window->showWorkspace(files);
        m_window->setActiveContext(active);
        m_window->setActiveNamespace(m_namespace);
    }
    Q_EMIT contextActivated(active);
}

void MainController::onConfigFailed(const Kt::Error &error, const QStringList &files)
{
    if (!m_window)
        return;
    const Kube::KubeconfigLocator locator(m_kubeconfig);
    if (files.isEmpty())
        m_window->showNoKubeconfig(locator.candidatePaths(), locator.isExplicit());
    else
        m_window->showKubeconfigProblem(error.toString());
}

Session::ClusterTarget MainController::target() const
{
    return {m_kubeconfig, m_context, m_namespace.isEmpty() ? m_defaultNamespace : m_namespace};
}

void MainController::recoverCrashes(const QString &directory)
{
    if (!m_sessions)
        return;
    m_recoveryDirectory = directory;
    m_sessions->recoverCrashes(directory);
}

void MainController::onCrashRecoveryFinished(
    int restored, const QStringList &problems, const QList<Session::Journal::Left> &left)
{
    Q_EMIT crashRecoveryFinished(restored, problems);
    if (!m_window)
        return;
    if (left.isEmpty()) {
        if (!problems.isEmpty())
            m_window->showProblem(tr("KtDesk could not undo everything a crash left: %1")
                                      .arg(problems.join(QStringLiteral(" "))));
        else if (restored > 0)
            m_window->showNotice(
                tr("KtDesk restored %n change(s) left by a crash.", nullptr, restored));
        return;
    }
    askAboutLeftovers(restored, problems, left);
}

void MainController::askAboutLeftovers(
    int restored, const QStringList &problems, const QList<Session::Journal::Left> &left)
{
    // Only the user knows whether the cluster comes back (VPN down, credentials to renew) or is
    // gone for good: KtDesk keeps the changes recorded unless told to forget them.
    int steps = 0;
    QStringList lines;
    QStringList paths;
    for (const Session::Journal::Left &journal : left) {
        paths.append(journal.path);
        const Session::ClusterTarget where = Session::ClusterTarget::fromJson(journal.cluster);
        lines.append(
            tr("Session %1 (context %2):")
                .arg(journal.sessionId,
                    where.context.isEmpty() ? tr("the kubeconfig's current one") : where.context));
        for (auto undo = journal.undos.crbegin(); undo != journal.undos.crend(); ++undo) {
            lines.append(QStringLiteral("  • ") + Session::UndoAction::describe(undo->action));
            ++steps;
        }
    }
    QString text = restored > 0
        ? tr("KtDesk restored %n change(s) left by a crash, but could not undo the rest.", nullptr,
            restored)
        : tr("KtDesk could not undo the changes a crash left.");
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Changes Left by a Crash"), text, QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("leftoverQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        tr("%1\n\nRetry when the cluster can be reached again. Keep them to have KtDesk try "
           "again at the next start. Forget them only if the cluster is gone or you undid them "
           "yourself: %n change(s) then stay as they are.",
            nullptr, steps)
            .arg(problems.join(QLatin1Char('\n'))));
    box->setDetailedText(lines.join(QLatin1Char('\n')));
    QPushButton *retry = box->addButton(tr("&Retry"), QMessageBox::AcceptRole);
    retry->setObjectName(QStringLiteral("leftoverRetry"));
    QPushButton *keep = box->addButton(tr("&Keep for Next Start"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("leftoverKeep"));
    QPushButton *forget = box->addButton(tr("&Forget Them"), QMessageBox::DestructiveRole);
    forget->setObjectName(QStringLiteral("leftoverForget"));
    box->setDefaultButton(retry);
    box->setEscapeButton(keep);
    connect(box, &QMessageBox::finished, this, [this, box, retry, forget, paths, steps](int) {
        if (!m_sessions || !m_window)
            return;
        if (box->clickedButton() == retry) {
            m_window->showNotice(tr("Undoing the changes left by a crash…"));
            m_sessions->recoverCrashes(m_recoveryDirectory);
        } else if (box->clickedButton() == forget) {
            m_sessions->forgetJournals(paths);
            m_window->showNotice(
                tr("KtDesk forgot %n change(s) left by a crash; the cluster keeps them.", nullptr,
                    steps));
        } else {
            m_window->showNotice(
                tr("KtDesk keeps %n change(s) left by a crash and tries again at the next start "
                   "(or run Clean…).",
                    nullptr, steps));
        }
    });
    box->open();
}

void MainController::onExchangeRequested(const WorkloadRow &workload)
{
    if (!m_window || !m_sessions)
        return;
    auto *dialog = new ExchangeDialog(workload, m_context, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Session::ClusterTarget base = target();
    connect(dialog, &QDialog::accepted, this, [this, dialog, base] {
        const WorkloadRow row = dialog->workload();
        Session::ExchangeSession::Options options;
        options.target = {base.kubeconfig, base.context, row.namespaceName};
        options.service
            = row.kind == WorkloadKind::Service ? row.name : QStringLiteral("deploy/") + row.name;
        options.mode = dialog->mode() == ExchangeDialog::Mode::Scale
            ? Session::ExchangeSession::Mode::Scale
            : Session::ExchangeSession::Mode::Selector;
        options.expose = {dialog->ports()};
        options.image = m_settings.shadowImage;
        options.heartbeatInterval = std::chrono::seconds(m_settings.heartbeatSeconds);
        options.journalDirectory = m_journalDirectory;
        if (!m_sessions)
            return;
        const Session::SessionInfo info
            = m_sessions->add(std::make_unique<Session::ExchangeSession>(options, m_secrets));
        Q_EMIT sessionRequested(info.id);
    });
    dialog->open();
}

void MainController::onMeshRequested(const WorkloadRow &workload)
{
    if (!m_window || !m_sessions)
        return;
    auto *dialog = new MeshDialog(workload, m_context, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Session::ClusterTarget base = target();
    connect(dialog, &QDialog::accepted, this, [this, dialog, base] {
        Session::MeshSession::Options options;
        options.target = {base.kubeconfig, base.context, dialog->workload().namespaceName};
        options.service = dialog->service();
        options.mode = dialog->manual() ? Session::MeshSession::Mode::Manual
                                        : Session::MeshSession::Mode::Auto;
        options.versionMark = dialog->versionMark();
        options.expose = {dialog->ports()};
        options.image = m_settings.shadowImage;
        options.routerImage = m_settings.routerImage;
        options.heartbeatInterval = std::chrono::seconds(m_settings.heartbeatSeconds);
        options.journalDirectory = m_journalDirectory;
        if (!m_sessions)
            return;
        const Session::SessionInfo info
            = m_sessions->add(std::make_unique<Session::MeshSession>(options, m_secrets));
        Q_EMIT sessionRequested(info.id);
    });
    dialog->open();
}

void MainController::onForwardRequested(const WorkloadRow &workload)
{
    if (!m_window || !m_sessions)
        return;
    auto *dialog = new ForwardDialog(workload, m_context, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Session::ClusterTarget base = target();
    connect(dialog, &QDialog::accepted, this, [this, dialog, base] {
        Session::ForwardSession::Options options;
        options.target = {base.kubeconfig, base.context, dialog->workload().namespaceName};
        options.service = dialog->service();
        options.remotePort = dialog->servicePort();
        options.localPort = dialog->localPort();
        if (!m_sessions)
            return;
        const Session::SessionInfo info
            = m_sessions->add(std::make_unique<Session::ForwardSession>(options));
        Q_EMIT sessionRequested(info.id);
    });
    dialog->open();
}

QString MainController::namespaceForNewService() const
{
    return m_namespace.isEmpty() ? m_defaultNamespace : m_namespace;
}

QStringList MainController::serviceNamesIn(const QString &namespaceName) const
{
    QStringList names;
    for (int row = 0; row < m_workloads->rowCount(); ++row) {
        const WorkloadRow &workload = m_workloads->workload(row);
        if (workload.kind == WorkloadKind::Service && workload.namespaceName == namespaceName)
            names.append(workload.name);
    }
    return names;
}

void MainController::onRunLocalServiceRequested()
{
    if (!m_window || !m_sessions)
        return;
    const QString ns = namespaceForNewService();
    auto *dialog = new PreviewDialog(ns, serviceNamesIn(ns), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Session::ClusterTarget base = target();
    connect(dialog, &QDialog::accepted, this, [this, dialog, base] {
        Session::PreviewSession::Options options;
        options.target = {base.kubeconfig, base.context, dialog->namespaceName()};
        options.service = dialog->serviceName();
        options.expose = {dialog->ports()};
        options.external = dialog->external();
        options.image = m_settings.shadowImage;
        options.heartbeatInterval = std::chrono::seconds(m_settings.heartbeatSeconds);
        options.journalDirectory = m_journalDirectory;
        if (!m_sessions)
            return;
        const Session::SessionInfo info
            = m_sessions->add(std::make_unique<Session::PreviewSession>(options, m_secrets));
        Q_EMIT sessionRequested(info.id);
    });
    dialog->open();
}

void MainController::onConnectRequested()
{
    if (!m_sessions || !m_connectSessionId.isEmpty())
        return;
    Session::ConnectSession::Options options = m_settings.connectOptions(target());
    options.journalDirectory = m_journalDirectory;
    const Session::SessionInfo info
        = m_sessions->add(std::make_unique<Session::ConnectSession>(options, m_secrets));
    m_connectSessionId = info.id;
    updateConnected();
    Q_EMIT sessionRequested(info.id);
}

void MainController::onDisconnectRequested()
{
    if (m_sessions && !m_connectSessionId.isEmpty())
        m_sessions->stop(m_connectSessionId);
}

void MainController::updateConnected()
{
    if (!m_sessions)
        return;
    bool connected = false;
    const QList<Session::SessionInfo> sessions = m_sessions->sessions();
    for (const Session::SessionInfo &info : sessions) {
        if (info.kind == Session::SessionKind::Connect
            && info.state != Session::SessionState::Stopped
            && info.state != Session::SessionState::Failed) {
            connected = true;
            m_connectSessionId = info.id;
        }
    }
    if (!connected)
        m_connectSessionId.clear();
    if (m_window)
        m_window->setConnected(connected);
}

void MainController::onRecoverRequested(const WorkloadRow &workload)
{
    if (!m_window)
        return;
    QString service = workload.name;
    if (workload.kind == WorkloadKind::Deployment) {
        // The Service whose kt change shows on this Deployment.
        service.clear();
        for (int row = 0; row < m_workloads->rowCount() && service.isEmpty(); ++row) {
            const WorkloadRow &candidate = m_workloads->workload(row);
            if (candidate.kind != WorkloadKind::Service
                || candidate.namespaceName != workload.namespaceName
                || candidate.ktStatus == KtStatus::None || candidate.selector.isEmpty())
                continue;
            bool selects = true;
            for (auto it = candidate.selector.cbegin(); it != candidate.selector.cend(); ++it)
                selects = selects && workload.selector.value(it.key()) == it.value();
            if (selects)
                service = candidate.name;
        }
        if (service.isEmpty()) {
            m_window->showNotice(
                tr("Nothing to recover for Deployment %1: no Service of it carries kt changes.")
                    .arg(workload.name));
            return;
        }
    }
    // The kubeconfig is read off the GUI thread; the plan comes back through signals.
    const Session::ClusterTarget where {m_kubeconfig, m_context, workload.namespaceName};
    Session::ClusterAccess::openLater(
        where, this, [this, service](Result<Session::ClusterAccess *> access) {
            if (!access) {
                if (m_window)
                    m_window->showProblem(access.error().toString());
                return;
            }
            planRecovery(access.value(), service);
        });
}

void MainController::planRecovery(Session::ClusterAccess *access, const QString &service)
{
    auto *cleaner = new Session::Cleaner(access, access);
    connect(cleaner, &Session::Cleaner::planned, this,
        [this, cleaner, access, service](const Kt::Result<QList<Session::Cleaner::Action>> &plan) {
            if (!plan || plan->isEmpty()) {
                if (m_window)
                    m_window->showNotice(plan ? tr("Service %1 needs no recovery.").arg(service)
                                              : plan.error().toString());
                access->deleteLater();
                return;
            }
            QStringList lines;
            for (const Session::Cleaner::Action &action : plan.value())
                lines.append(QStringLiteral("• ") + action.description);
            auto *box = new QMessageBox(QMessageBox::Question, tr("Recover %1").arg(service),
                tr("Recover Service %1? This undoes what kt sessions changed, even if someone "
                   "still uses it:\n\n%2")
                    .arg(service, lines.join(QLatin1Char('\n'))),
                QMessageBox::Ok | QMessageBox::Cancel, m_window);
            box->setObjectName(QStringLiteral("recoverConfirmation"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            connect(box, &QMessageBox::finished, this,
                [this, box, cleaner, access, service, actions = plan.value()](int) {
                    if (box->clickedButton() != box->button(QMessageBox::Ok)) {
                        access->deleteLater();
                        return;
                    }
                    connect(cleaner, &Session::Cleaner::finished, this,
                        [this, access, service](int done, const QStringList &problems) {
                            access->deleteLater();
                            if (!m_window)
                                return;
                            if (problems.isEmpty())
                                m_window->showNotice(
                                    tr("Recovered %1: %n change(s) undone.", nullptr, done)
                                        .arg(service));
                            else
                                m_window->showProblem(problems.join(QLatin1Char(' ')));
                        });
                    cleaner->run(actions);
                });
            box->open();
        });
    cleaner->plan(0, service);
}

} // namespace Kt::Ui
