#include "workspace/clusterbrowser.h"

#include "common/logging.h"
#include "kube/apiclient.h"
#include "kube/clientconfig.h"
#include "kube/clusterconnection.h"
#include "kube/informer.h"
#include "kube/kubeconfigloader.h"
#include "kube/kubeconfiglocator.h"
#include "kube/resources/event.h"
#include "kube/resources/pod.h"
#include "session/ktmetadata.h"
#include "workspace/workloadrowbuilder.h"

#include <QTimer>

#include <algorithm>

namespace Kt::Workspace {

namespace {

QString namespaceOf(const QJsonObject &object)
{
    return object.value(QLatin1String("metadata"))
        .toObject()
        .value(QLatin1String("namespace"))
        .toString();
}

QString nameOf(const QJsonObject &object)
{
    return object.value(QLatin1String("metadata"))
        .toObject()
        .value(QLatin1String("name"))
        .toString();
}

PodRow podRow(const Kube::Pod &pod)
{
    PodRow row;
    row.namespaceName = pod.metadata.namespaceName;
    row.name = pod.metadata.name;
    const QStringList waiting = pod.waitingReasons();
    row.status = pod.metadata.isBeingDeleted() ? QStringLiteral("Terminating")
        : !waiting.isEmpty()                   ? waiting.join(QStringLiteral(", "))
        : !pod.reason.isEmpty()                ? pod.reason
                                               : pod.phase;
    row.containers = int(pod.containers.size());
    for (const Kube::Pod::ContainerStatus &status : pod.containerStatuses) {
        if (status.ready)
            ++row.readyContainers;
    }
    row.restarts = pod.restartCount();
    row.node = pod.nodeName;
    row.podIp = pod.podIp;
    row.created = pod.metadata.creationTimestamp;
    row.ready = pod.isReady();
    return row;
}

} // namespace

ClusterBrowser::ClusterBrowser(QObject *parent)
    : QObject(parent)
    , m_flushTimer(new QTimer(this))
{
    qRegisterMetaType<QList<Kt::Workspace::WorkloadRow>>();
    qRegisterMetaType<QList<Kt::Workspace::PodRow>>();
    qRegisterMetaType<QList<Kt::Workspace::EventRow>>();
    qRegisterMetaType<Kt::Error>();
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(kFlushIntervalMs);
    connect(m_flushTimer, &QTimer::timeout, this, &ClusterBrowser::flush);
}

ClusterBrowser::~ClusterBrowser()
{
    closeCluster();
}

void ClusterBrowser::closeCluster()
{
    // Informers first: they use the client, which uses the connection.
    delete m_namespaces;
    for (const QPointer<Kube::Informer> &informer : std::as_const(m_workloadInformers))
        delete informer;
    m_workloadInformers.clear();
    delete m_pods;
    delete m_events;
    delete m_api;
    m_api = nullptr;
    delete m_connection;
    m_connection = nullptr;
    m_caches.clear();
    m_rows.clear();
    m_dirty.clear();
    m_problems.clear();
    m_sentPods.clear();
    m_sentEvents.clear();
    m_namespacesForbidden = false;
}

void ClusterBrowser::open(const QString &kubeconfig, const QString &context)
{
    closeCluster();
    m_selectedKey.clear();
    Q_EMIT workloadsCleared();
    Q_EMIT namespacesChanged({});
    Q_EMIT podsChanged({});
    Q_EMIT eventsChanged({});
    if (m_problemShown) {
        m_problemShown = false;
        Q_EMIT problemCleared();
    }
    m_kubeconfig = kubeconfig;

    const Kube::KubeconfigLocator locator(kubeconfig);
    // Which files exist is looked up here, on this thread: the window shows them.
    const QStringList files = locator.existingPaths();
    const auto config = Kube::KubeconfigLoader::load(locator);
    if (!config) {
        Q_EMIT configFailed(config.error(), files);
        return;
    }
    QStringList contexts = config->contexts().keys();
    if (contexts.isEmpty()) {
        Q_EMIT configFailed(
            {ErrorCode::NotFound,
                tr("The kubeconfig (%1) defines no context.")
                    .arg(locator.candidatePaths().join(QStringLiteral(", "))),
                {},
                tr("Add a cluster with kubectl config set-context, or start the demo cluster.")},
            files);
        return;
    }
    m_context = context.isEmpty() ? config->currentContext() : context;
    if (m_context.isEmpty() || !contexts.contains(m_context))
        m_context = contexts.constFirst();
    const auto client = Kube::ClientConfig::resolve(config.value(), {m_context, {}});
    m_defaultNamespace = client ? client->namespaceName() : QStringLiteral("default");
    m_namespace = m_defaultNamespace; // a new context starts in its own namespace
    Q_EMIT configLoaded(contexts, config->currentContext(), m_context, m_defaultNamespace, files);
    if (!client) {
        m_problemShown = true;
        Q_EMIT problemOccurred(client.error());
        return;
    }
    m_connection = new Kube::ClusterConnection(client.value(), this);
    m_api = new Kube::ApiClient(m_connection, this);
    m_api->setTimeout(std::chrono::seconds(15));
    watchNamespaces();
    watchWorkloads();
}

Kube::Informer *ClusterBrowser::makeInformer(
    const Kube::ResourceRef &collection, const QString &labelSelector, const QString &fieldSelector)
{
    Kube::WatchOptions options;
    options.labelSelector = labelSelector;
    options.fieldSelector = fieldSelector;
    options.maxBackoff = std::chrono::seconds(10);
    auto *informer = new Kube::Informer(m_api, collection, options, this);
    connect(informer, &Kube::Informer::errorOccurred, this,
        [this, informer](const Error &error) { setProblem(informer, error); });
    connect(informer, &Kube::Informer::stateChanged, this,
        [this, informer](Kube::Informer::State state) {
            if (state == Kube::Informer::State::Watching)
                setProblem(informer, std::nullopt);
            else if (state == Kube::Informer::State::Stopped && informer->lastError())
                setProblem(informer, informer->lastError());
        });
    return informer;
}

void ClusterBrowser::watchNamespaces()
{
    m_namespaces = makeInformer(Kube::ResourceRef::namespaces(), {});
    Kube::Informer *informer = m_namespaces;
    const auto publish = [this, informer] {
        QStringList names = informer->keys();
        std::sort(names.begin(), names.end());
        Q_EMIT namespacesChanged(names);
    };
    connect(informer, &Kube::Informer::synced, this, publish);
    connect(informer, &Kube::Informer::added, this, [informer, publish] {
        if (informer->hasSynced())
            publish();
    });
    connect(informer, &Kube::Informer::removed, this, publish);
    connect(informer, &Kube::Informer::stateChanged, this,
        [this, informer](Kube::Informer::State state) {
            // Not allowed to list namespaces: the context's own is the one we know.
            if (state == Kube::Informer::State::Stopped && informer->lastError()
                && informer->lastError()->code == ErrorCode::Forbidden) {
                m_namespacesForbidden = true;
                setProblem(informer, std::nullopt);
                Q_EMIT namespacesChanged({m_defaultNamespace});
            }
        });
    informer->start();
}

void ClusterBrowser::watchWorkloads()
{
    for (const QPointer<Kube::Informer> &informer : std::as_const(m_workloadInformers))
        delete informer;
    m_workloadInformers.clear();
    m_caches.clear();
    m_dirty.clear();
    if (!m_api)
        return;
    const struct
    {
        Feed feed;
        Kube::ResourceRef collection;
        QString labelSelector;
    } feeds[] = {
        {Feed::Deployments, Kube::ResourceRef::deployments(m_namespace), {}},
        {Feed::Services, Kube::ResourceRef::services(m_namespace), {}},
        {Feed::KtPods, Kube::ResourceRef::pods(m_namespace),
            Session::KtLabel::ControlBy + QLatin1Char('=') + Session::KtLabel::ControlByValue},
    };
    for (const auto &entry : feeds) {
        Kube::Informer *informer = makeInformer(entry.collection, entry.labelSelector);
        const Feed feed = entry.feed;
        connect(informer, &Kube::Informer::added, this,
            [this, feed](const QJsonObject &object) { onObject(feed, object, false); });
        connect(informer, &Kube::Informer::updated, this,
            [this, feed](
                const QJsonObject &, const QJsonObject &object) { onObject(feed, object, false); });
        connect(informer, &Kube::Informer::removed, this,
            [this, feed](const QJsonObject &object) { onObject(feed, object, true); });
        m_workloadInformers.append(informer);
        informer->start();
    }
}

void ClusterBrowser::onObject(Feed feed, const QJsonObject &object, bool removed)
{
    const QString ns = namespaceOf(object);
    const QString name = nameOf(object);
    NamespaceCache &cache = m_caches[ns];
    switch (feed) {
    case Feed::Deployments:
        if (removed) {
            cache.deployments.remove(name);
        } else if (auto deployment = Kube::Deployment::fromJson(object)) {
            deployment.value().raw = {}; // rows need the parsed fields only
            cache.deployments.insert(name, std::move(deployment).value());
        }
        break;
    case Feed::Services:
        if (removed) {
            cache.services.remove(name);
        } else if (auto service = Kube::Service::fromJson(object)) {
            service.value().raw = {};
            cache.services.insert(name, std::move(service).value());
        }
        break;
    case Feed::KtPods:
        if (removed)
            cache.ktPods.remove(name);
        else
            cache.ktPods.insert(name, object);
        break;
    }
    m_dirty.insert(ns);
    scheduleFlush();
}

void ClusterBrowser::setNamespace(const QString &namespaceName)
{
    m_namespace = namespaceName;
    m_rows.clear();
    Q_EMIT workloadsCleared();
    // Problems of the informers that go away go with them.
    for (const QPointer<Kube::Informer> &informer : std::as_const(m_workloadInformers))
        setProblem(informer, std::nullopt);
    watchWorkloads();
}

void ClusterBrowser::select(const QString &workloadKey)
{
    if (workloadKey == m_selectedKey)
        return;
    m_selectedKey = workloadKey;
    watchDetails();
}

void ClusterBrowser::watchDetails()
{
    setProblem(m_pods, std::nullopt);
    setProblem(m_events, std::nullopt);
    delete m_pods;
    delete m_events;
    m_detailsDirty = true;
    scheduleFlush();
    if (!m_api || m_selectedKey.isEmpty())
        return;
    const QString ns = m_selectedKey.section(QLatin1Char('/'), 1, 1);
    const WorkloadRow row = m_rows.value(ns).value(m_selectedKey);
    if (!row.selector.isEmpty()) {
        QStringList selector;
        for (auto it = row.selector.cbegin(); it != row.selector.cend(); ++it)
            selector.append(it.key() + QLatin1Char('=') + it.value());
        m_pods = makeInformer(Kube::ResourceRef::pods(ns), selector.join(QLatin1Char(',')));
        connect(m_pods, &Kube::Informer::synced, this, &ClusterBrowser::onDetailsChanged);
        connect(m_pods, &Kube::Informer::added, this, &ClusterBrowser::onDetailsChanged);
        connect(m_pods, &Kube::Informer::updated, this, &ClusterBrowser::onDetailsChanged);
        connect(m_pods, &Kube::Informer::removed, this, &ClusterBrowser::onDetailsChanged);
        m_pods->start();
    }
    m_events = makeInformer(Kube::ResourceRef::events(ns), {});
    connect(m_events, &Kube::Informer::synced, this, &ClusterBrowser::onDetailsChanged);
    connect(m_events, &Kube::Informer::added, this, &ClusterBrowser::onDetailsChanged);
    connect(m_events, &Kube::Informer::updated, this, &ClusterBrowser::onDetailsChanged);
    connect(m_events, &Kube::Informer::removed, this, &ClusterBrowser::onDetailsChanged);
    m_events->start();
}

void ClusterBrowser::onDetailsChanged()
{
    m_detailsDirty = true;
    scheduleFlush();
}

void ClusterBrowser::retry()
{
    if (!m_api) {
        open(m_kubeconfig, m_context);
        return;
    }
    QList<Kube::Informer *> stopped;
    if (m_namespaces && !m_namespacesForbidden)
        stopped.append(m_namespaces);
    for (const QPointer<Kube::Informer> &informer : std::as_const(m_workloadInformers))
        stopped.append(informer);
    stopped.append(m_pods);
    stopped.append(m_events);
    for (Kube::Informer *informer : std::as_const(stopped)) {
        if (informer && informer->state() == Kube::Informer::State::Stopped) {
            setProblem(informer, std::nullopt);
            informer->start();
        }
    }
}

void ClusterBrowser::scheduleFlush()
{
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void ClusterBrowser::flush()
{
    QList<WorkloadRow> upserts;
    QStringList removed;
    for (const QString &ns : std::as_const(m_dirty)) {
        const NamespaceCache cache = m_caches.value(ns);
        const QList<WorkloadRow> rows = WorkloadRowBuilder::build(
            cache.deployments.values(), cache.services.values(), cache.ktPods.values());
        QHash<QString, WorkloadRow> &sent = m_rows[ns];
        QHash<QString, WorkloadRow> now;
        now.reserve(rows.size());
        for (const WorkloadRow &row : rows) {
            const QString key = row.key();
            const auto it = sent.constFind(key);
            if (it == sent.constEnd() || !(*it == row))
                upserts.append(row);
            now.insert(key, row);
        }
        for (auto it = sent.cbegin(); it != sent.cend(); ++it) {
            if (!now.contains(it.key()))
                removed.append(it.key());
        }
        if (now.isEmpty())
            m_rows.remove(ns);
        else
            sent = std::move(now);
        if (m_selectedKey.section(QLatin1Char('/'), 1, 1) == ns && !m_pods
            && m_rows.value(ns).contains(m_selectedKey)
            && !m_rows.value(ns).value(m_selectedKey).selector.isEmpty()) {
            // The selection arrived before its row (or got a selector): follow its pods now.
            QTimer::singleShot(0, this, &ClusterBrowser::watchDetails);
        }
    }
    m_dirty.clear();
    if (!upserts.isEmpty() || !removed.isEmpty())
        Q_EMIT workloadsChanged(upserts, removed);
    if (m_detailsDirty)
        flushDetails();
}

void ClusterBrowser::flushDetails()
{
    m_detailsDirty = false;
    QList<PodRow> pods;
    if (m_pods) {
        const QList<QJsonObject> objects = m_pods->objects();
        for (const QJsonObject &object : objects) {
            if (const auto pod = Kube::Pod::fromJson(object))
                pods.append(podRow(pod.value()));
        }
        std::sort(pods.begin(), pods.end(),
            [](const PodRow &a, const PodRow &b) { return a.name < b.name; });
    }
    QList<EventRow> events;
    if (m_events && !m_selectedKey.isEmpty()) {
        const QString workload = m_selectedKey.section(QLatin1Char('/'), 2);
        QSet<QString> podNames;
        for (const PodRow &pod : std::as_const(pods))
            podNames.insert(pod.name);
        const QList<QJsonObject> objects = m_events->objects();
        for (const QJsonObject &object : objects) {
            const auto event = Kube::Event::fromJson(object);
            if (!event)
                continue;
            const QString involved = event->involvedObject.name;
            // The workload, its ReplicaSets (<deploy>-<hash>) and its pods.
            if (involved != workload && !podNames.contains(involved)
                && !involved.startsWith(workload + QLatin1Char('-')))
                continue;
            EventRow row;
            row.uid = event->metadata.uid;
            row.lastSeen = event->lastSeen();
            row.warning = event->isWarning();
            row.reason = event->reason;
            row.object = event->involvedObject.kind + QLatin1Char('/') + involved;
            row.message = event->message;
            row.count = event->count;
            events.append(row);
        }
        std::sort(events.begin(), events.end(),
            [](const EventRow &a, const EventRow &b) { return a.lastSeen > b.lastSeen; });
        if (events.size() > kMaxEvents)
            events.resize(kMaxEvents);
    }
    if (pods != m_sentPods) {
        m_sentPods = pods;
        Q_EMIT podsChanged(pods);
    }
    if (events != m_sentEvents) {
        m_sentEvents = events;
        Q_EMIT eventsChanged(events);
    }
}

void ClusterBrowser::setProblem(Kube::Informer *informer, const std::optional<Error> &error)
{
    if (!informer)
        return;
    if (error)
        m_problems.insert(informer, *error);
    else
        m_problems.remove(informer);
    if (!m_problems.isEmpty()) {
        // Always the same one while it lasts, so the banner does not flicker between causes.
        const Error first = m_problems.constBegin().value();
        if (error || !m_problemShown) {
            m_problemShown = true;
            Q_EMIT problemOccurred(error ? *error : first);
        }
    } else if (m_problemShown) {
        m_problemShown = false;
        Q_EMIT problemCleared();
    }
}

} // namespace Kt::Workspace
