#pragma once

#include "common/error.h"
#include "workspace/eventrow.h"
#include "workspace/podrow.h"
#include "workspace/workloadrow.h"

#include "kube/resourceref.h"
#include "kube/resources/deployment.h"
#include "kube/resources/service.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

class QTimer;

namespace Kt::Kube {
class ApiClient;
class ClusterConnection;
class Informer;
} // namespace Kt::Kube

namespace Kt::Workspace {

// What the main window shows of one cluster, kept live by informers: the kubeconfig's contexts,
// the namespaces, the Deployments and Services (with their kt status) of one namespace or all,
// and the pods and recent events of the selected one.
//
// Lives on the engine thread: the GUI calls its slots through queued invocations and gets value
// types back through queued signals, so parsing thousands of objects never stalls the GUI.
// Changes are coalesced: at most one workloadsChanged() per kFlushInterval, carrying every row
// that changed since the last one. Switching the context or namespace only replaces what this
// object watches; sessions are not its business and keep running.
class ClusterBrowser final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterBrowser)

public:
    static constexpr int kFlushIntervalMs = 100;
    static constexpr int kMaxEvents = 50;

    explicit ClusterBrowser(QObject *parent = nullptr);
    ~ClusterBrowser() override;

public Q_SLOTS:
    // Loads the kubeconfig (`kubeconfig` empty: $KUBECONFIG or ~/.kube/config) and watches the
    // cluster of `context` (empty: the current context).
    void open(const QString &kubeconfig, const QString &context);
    // The namespace whose workloads are listed; empty: all namespaces.
    void setNamespace(const QString &namespaceName);
    // The workload whose pods and events are followed (WorkloadRow::key()); empty: none.
    void select(const QString &workloadKey);
    // Starts again whatever a failure stopped (after the user fixed credentials or the network).
    void retry();

Q_SIGNALS:
    // `current`: the kubeconfig's current-context; `active`: the one now watched; `files`: the
    // kubeconfig files that exist.
    void configLoaded(const QStringList &contexts, const QString &current, const QString &active,
        const QString &defaultNamespace, const QStringList &files);
    // No usable kubeconfig (missing, malformed, or without contexts); `files` as above (empty:
    // there is no kubeconfig at all).
    void configFailed(const Kt::Error &error, const QStringList &files);
    void namespacesChanged(const QStringList &names);
    // The scope changed: forget every row; new rows follow.
    void workloadsCleared();
    void workloadsChanged(
        const QList<Kt::Workspace::WorkloadRow> &upserts, const QStringList &removedKeys);
    void podsChanged(const QList<Kt::Workspace::PodRow> &pods);
    void eventsChanged(const QList<Kt::Workspace::EventRow> &events);
    // The cluster cannot be reached, or refuses us (expired credentials, RBAC): the cause.
    void problemOccurred(const Kt::Error &error);
    // Everything watched works again.
    void problemCleared();

private:
    struct NamespaceCache
    {
        QHash<QString, Kube::Deployment> deployments;
        QHash<QString, Kube::Service> services;
        QHash<QString, QJsonObject> ktPods;
    };
    enum class Feed { Deployments, Services, KtPods };

    void closeCluster();
    void watchNamespaces();
    void watchWorkloads();
    void watchDetails();
    Kube::Informer *makeInformer(const Kube::ResourceRef &collection, const QString &labelSelector,
        const QString &fieldSelector = {});
    void onObject(Feed feed, const QJsonObject &object, bool removed);
    void onDetailsChanged();
    void scheduleFlush();
    void flush();
    void flushDetails();
    void setProblem(Kube::Informer *informer, const std::optional<Error> &error);

    QString m_kubeconfig;
    QString m_context;
    QString m_defaultNamespace;
    QString m_namespace; // empty: all
    QString m_selectedKey;
    bool m_namespacesForbidden = false;

    Kube::ClusterConnection *m_connection = nullptr;
    Kube::ApiClient *m_api = nullptr;
    QPointer<Kube::Informer> m_namespaces;
    QList<QPointer<Kube::Informer>> m_workloadInformers;
    QPointer<Kube::Informer> m_pods;
    QPointer<Kube::Informer> m_events;

    QHash<QString, NamespaceCache> m_caches;
    QSet<QString> m_dirty; // namespaces whose rows must be rebuilt
    QHash<QString, QHash<QString, WorkloadRow>> m_rows; // namespace -> key -> row, as sent
    bool m_detailsDirty = false;
    QList<PodRow> m_sentPods;
    QList<EventRow> m_sentEvents;
    QHash<Kube::Informer *, Error> m_problems;
    bool m_problemShown = false;
    QTimer *m_flushTimer;
};

} // namespace Kt::Workspace
