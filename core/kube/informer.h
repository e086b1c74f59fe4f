#pragma once

#include "common/error.h"
#include "kube/apioptions.h"
#include "kube/resourceref.h"
#include "kube/watchevent.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <optional>

namespace Kt::Kube {

class ApiClient;
class Watch;

// An in-memory copy of one collection (a resource type in one namespace, or in all), kept current
// by a Watch, that tells what changed: added, updated, removed. Feeds the UI models and the DNS
// server without a round trip.
//
// Objects are keyed "namespace/name" ("name" for cluster-wide kinds) and kept as the raw JSON the
// server sent (with kind and apiVersion); the value types (Pod::fromJson, ...) read them.
// Every list — the first one, and each one after the watch's version expired (410, e.g. after an
// API server restart) — is compared with the cache: new objects are added, changed ones (another
// resourceVersion) updated, and objects that vanished meanwhile removed; objects already known
// are never added twice. When the connection drops (an API server restart, a network change) it
// reconnects with backoff (Reconnecting; the cache stays as it was meanwhile) and lists again, so
// a delete it could not see while cut off becomes a removal. A failure retrying cannot fix (403:
// RBAC) stops the informer with lastError(); start() tries again.
class Informer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Informer)

public:
    enum class State {
        Stopped, // not started, stopped, or stopped by a failure (see lastError())
        Listing, // a list is under way (the first, or a resync after 410)
        Watching, // the cache follows the watch stream
        Reconnecting, // the connection failed; retrying after a backoff, the cache is kept
    };
    Q_ENUM(State)

    // `collection`: the resource type and namespace (empty namespace: all); a name is ignored.
    // The options' selectors narrow what is cached.
    Informer(ApiClient *client, ResourceRef collection, WatchOptions options = {},
        QObject *parent = nullptr);
    ~Informer() override;

    const ResourceRef &resource() const { return m_resource; }
    State state() const { return m_state; }
    // True once the first list was applied.
    bool hasSynced() const { return m_synced; }
    // The failure that stopped the informer (or the last one it recovered from).
    std::optional<Error> lastError() const { return m_lastError; }
    QString resourceVersion() const { return m_resourceVersion; }

    // The cache.
    int count() const { return int(m_objects.size()); }
    QList<QJsonObject> objects() const { return m_objects.values(); }
    std::optional<QJsonObject> object(const QString &namespaceName, const QString &name) const;
    std::optional<QJsonObject> object(const QString &key) const;
    QStringList keys() const { return m_objects.keys(); }

    // "namespace/name", or "name" for a cluster-wide object.
    static QString keyOf(const QJsonObject &object);

    void start();
    void stop();

Q_SIGNALS:
    void added(const QJsonObject &object);
    void updated(const QJsonObject &oldObject, const QJsonObject &newObject);
    // The last state known of an object that is gone.
    void removed(const QJsonObject &object);
    // A list was applied: the cache equals the server's state at that moment. The first one
    // marks the initial sync; later ones follow resyncs.
    void synced();
    void stateChanged(Kt::Kube::Informer::State state);
    void errorOccurred(const Kt::Error &error);

private:
    void onListed(const QJsonArray &items, const QString &resourceVersion);
    void onEvent(const WatchEvent &event);
    void onWatchStateChanged();
    void onWatchFinished(const Result<void> &result);
    void apply(const QJsonObject &object);
    void setState(State state);

    ApiClient *m_client;
    ResourceRef m_resource;
    WatchOptions m_options;
    QPointer<Watch> m_watch;
    State m_state = State::Stopped;
    bool m_synced = false;
    std::optional<Error> m_lastError;
    QString m_resourceVersion;
    QHash<QString, QJsonObject> m_objects;
};

} // namespace Kt::Kube
