#include "informer.h"

#include "common/logging.h"
#include "kube/apiclient.h"
#include "kube/watch.h"

#include <QSet>

namespace Kt::Kube {

namespace {

QJsonObject metadataOf(const QJsonObject &object)
{
    return object.value(QLatin1String("metadata")).toObject();
}

QString versionOf(const QJsonObject &object)
{
    return metadataOf(object).value(QLatin1String("resourceVersion")).toString();
}

} // namespace

Informer::Informer(ApiClient *client, ResourceRef collection, WatchOptions options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_resource(collection.collection())
    , m_options(std::move(options))
{
    // The informer always starts from a list, and lists again after a failure: it compares
    // complete states, so nothing that happened while it was cut off is missed.
    m_options.resourceVersion.clear();
    m_options.relistAfterError = true;
}

Informer::~Informer()
{
    if (m_watch) {
        disconnect(m_watch, nullptr, this, nullptr);
        delete m_watch;
    }
}

QString Informer::keyOf(const QJsonObject &object)
{
    const QJsonObject metadata = metadataOf(object);
    const QString name = metadata.value(QLatin1String("name")).toString();
    const QString namespaceName = metadata.value(QLatin1String("namespace")).toString();
    return namespaceName.isEmpty() ? name : namespaceName + QLatin1Char('/') + name;
}

std::optional<QJsonObject> Informer::object(const QString &namespaceName, const QString &name) const
{
    return object(namespaceName.isEmpty() ? name : namespaceName + QLatin1Char('/') + name);
}

std::optional<QJsonObject> Informer::object(const QString &key) const
{
    const auto it = m_objects.constFind(key);
    if (it == m_objects.constEnd())
        return std::nullopt;
    return *it;
}

void Informer::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Informer::start()
{
    if (m_watch) {
        qCWarning(ktKube) << "Informer::start() while running ignored";
        return;
    }
    m_lastError.reset();
    m_watch = new Watch(m_client, m_resource, m_options, this);
    connect(m_watch, &Watch::listed, this, &Informer::onListed);
    connect(m_watch, &Watch::eventReceived, this, &Informer::onEvent);
    connect(m_watch, &Watch::stateChanged, this, &Informer::onWatchStateChanged);
    connect(m_watch, &Watch::errorOccurred, this, [this](const Error &error) {
        m_lastError = error;
        Q_EMIT errorOccurred(error);
    });
    connect(m_watch, &Watch::finished, this, &Informer::onWatchFinished);
    m_watch->start();
}

void Informer::stop()
{
    if (!m_watch)
        return;
    Watch *watch = m_watch;
    m_watch = nullptr;
    disconnect(watch, nullptr, this, nullptr);
    watch->stop();
    watch->deleteLater();
    setState(State::Stopped);
}

void Informer::onWatchStateChanged()
{
    if (!m_watch)
        return;
    switch (m_watch->state()) {
    case Watch::State::Idle:
    case Watch::State::Listing:
        setState(State::Listing);
        break;
    case Watch::State::Watching:
        setState(State::Watching);
        break;
    case Watch::State::Reconnecting:
        setState(State::Reconnecting);
        break;
    case Watch::State::Stopped:
        break; // onWatchFinished
    }
}

void Informer::onWatchFinished(const Result<void> &result)
{
    Watch *watch = m_watch;
    m_watch = nullptr;
    if (watch) {
        disconnect(watch, nullptr, this, nullptr);
        watch->deleteLater();
    }
    setState(State::Stopped);
    if (!result && result.error().code != ErrorCode::Cancelled) {
        m_lastError = result.error();
        Q_EMIT errorOccurred(result.error());
    }
}

void Informer::onListed(const QJsonArray &items, const QString &resourceVersion)
{
    m_resourceVersion = resourceVersion;
    QSet<QString> seen;
    seen.reserve(items.size());
    for (const QJsonValue &value : items) {
        const QJsonObject object = value.toObject();
        const QString key = keyOf(object);
        if (key.isEmpty())
            continue;
        seen.insert(key);
        apply(object);
    }
    // Whatever is cached but not listed was deleted while the watch did not see it.
    const QStringList known = m_objects.keys();
    for (const QString &key : known) {
        if (seen.contains(key))
            continue;
        const QJsonObject gone = m_objects.take(key);
        Q_EMIT removed(gone);
    }
    m_synced = true;
    qCDebug(ktKube) << "Informer of" << m_resource.path() << "synced:" << m_objects.size()
                    << "objects at" << resourceVersion;
    Q_EMIT synced();
}

void Informer::apply(const QJsonObject &object)
{
    const QString key = keyOf(object);
    if (key.isEmpty())
        return;
    const auto it = m_objects.find(key);
    if (it == m_objects.end()) {
        m_objects.insert(key, object);
        Q_EMIT added(object);
        return;
    }
    if (versionOf(*it) == versionOf(object))
        return;
    const QJsonObject old = *it;
    *it = object;
    Q_EMIT updated(old, object);
}

void Informer::onEvent(const WatchEvent &event)
{
    const QString version = event.resourceVersion();
    if (!version.isEmpty())
        m_resourceVersion = version;
    switch (event.type) {
    case WatchEvent::Type::Added:
    case WatchEvent::Type::Modified:
        apply(event.object);
        break;
    case WatchEvent::Type::Deleted: {
        const QString key = keyOf(event.object);
        if (m_objects.contains(key)) {
            m_objects.remove(key);
            Q_EMIT removed(event.object);
        }
        break;
    }
    case WatchEvent::Type::Bookmark:
    case WatchEvent::Type::Error:
        break;
    }
}

} // namespace Kt::Kube
