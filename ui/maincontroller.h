#pragma once

#include "session/clusteraccess.h"
#include "session/journal.h"
#include "settings/appsettings.h"
#include "workspace/workloadrow.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QThread;

namespace Kt::Secrets {
class SecretStore;
}
namespace Kt::Session {
class SessionEngine;
} // namespace Kt::Session
namespace Kt::Workspace {
class ClusterBrowser;
}

namespace Kt::Ui {

class ContextListModel;
class EventListModel;
class MainWindow;
class NamespaceListModel;
class PodListModel;
class WorkloadTableModel;

// Connects the main window to the engine: runs a ClusterBrowser on the engine thread and feeds
// its results into the models; turns the window's requests (Exchange…, Run Local Service…,
// Connect, Recover) into dialogs and then into sessions handed to the SessionEngine, which runs
// them on its own thread. Nothing here blocks or reads a file: the browser and the engine answer
// through queued signals, dialogs open window-modal with open().
class MainController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainController)

public:
    MainController(MainWindow *window, Session::SessionEngine *sessions, QObject *parent = nullptr);
    ~MainController() override;

    // Loads the kubeconfig (`kubeconfig`: the --kubeconfig file; empty: $KUBECONFIG or
    // ~/.kube/config) and shows its current context.
    void start(const QString &kubeconfig = {});
    // Replays crash journals (`directory` empty: the default) on the sessions' thread and tells
    // the user what it restored; what it cannot undo, it asks about (retry, keep, forget).
    void recoverCrashes(const QString &directory = {});
    // The journal directory sessions write to (tests point it elsewhere); empty: the default.
    void setJournalDirectory(const QString &directory) { m_journalDirectory = directory; }
    // The user's settings: what Connect uses (mode, DNS, CIDRs, ports) and the images and
    // heartbeat of every session made here. Sessions already running keep theirs.
    void setSettings(const Settings::AppSettings &settings) { m_settings = settings; }
    const Settings::AppSettings &settings() const { return m_settings; }

    // The cluster as the user now browses it: what new sessions target.
    Session::ClusterTarget target() const;
    QString activeContext() const { return m_context; }
    // Empty: all namespaces.
    QString activeNamespace() const { return m_namespace; }

    WorkloadTableModel *workloads() const { return m_workloads; }
    NamespaceListModel *namespaces() const { return m_namespaces; }
    ContextListModel *contexts() const { return m_contexts; }
    PodListModel *pods() const { return m_pods; }
    EventListModel *events() const { return m_events; }

    // Switch programmatically (as the user would in the window).
    void selectContext(const QString &context);
    void selectNamespace(const QString &namespaceName);

Q_SIGNALS:
    // The kubeconfig was read and `context` is being browsed.
    void contextActivated(const QString &context);
    // A session this controller built was handed to the SessionEngine (its id).
    void sessionRequested(const QString &id);
    // "KtDesk restored N changes left by a crash" was shown (N may be 0: nothing was left).
    void crashRecoveryFinished(int restored, const QStringList &problems);

private:
    void onConfigLoaded(const QStringList &contexts, const QString &current, const QString &active,
        const QString &defaultNamespace, const QStringList &files);
    void onConfigFailed(const Kt::Error &error, const QStringList &files);
    void onCrashRecoveryFinished(
        int restored, const QStringList &problems, const QList<Session::Journal::Left> &left);
    void askAboutLeftovers(
        int restored, const QStringList &problems, const QList<Session::Journal::Left> &left);
    void onExchangeRequested(const Kt::Workspace::WorkloadRow &workload);
    void onMeshRequested(const Kt::Workspace::WorkloadRow &workload);
    void onForwardRequested(const Kt::Workspace::WorkloadRow &workload);
    void onRunLocalServiceRequested();
    void onRecoverRequested(const Kt::Workspace::WorkloadRow &workload);
    void planRecovery(Session::ClusterAccess *access, const QString &service);
    void onConnectRequested();
    void onDisconnectRequested();
    void updateConnected();
    QString namespaceForNewService() const;
    QStringList serviceNamesIn(const QString &namespaceName) const;

    QPointer<MainWindow> m_window;
    QPointer<Session::SessionEngine> m_sessions;
    Secrets::SecretStore *m_secrets; // the engine's: lives on the sessions' thread
    QThread *m_engine;
    Workspace::ClusterBrowser *m_browser;
    ContextListModel *m_contexts;
    NamespaceListModel *m_namespaces;
    WorkloadTableModel *m_workloads;
    PodListModel *m_pods;
    EventListModel *m_events;
    QString m_kubeconfig;
    QString m_recoveryDirectory;
    QString m_context;
    QString m_namespace;
    QString m_defaultNamespace;
    QString m_journalDirectory;
    QString m_connectSessionId;
    Settings::AppSettings m_settings;
};

} // namespace Kt::Ui
