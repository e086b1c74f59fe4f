#include "apiclient.h"

#include "common/logging.h"
#include "kube/clusterconnection.h"
#include "kube/watch.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>

namespace Kt::Kube {

namespace {

QString propagationText(PropagationPolicy policy)
{
    switch (policy) {
    case PropagationPolicy::Background:
        return QStringLiteral("Background");
    case PropagationPolicy::Foreground:
        return QStringLiteral("Foreground");
    case PropagationPolicy::Orphan:
        return QStringLiteral("Orphan");
    case PropagationPolicy::Default:
        break;
    }
    return {};
}

} // namespace

ApiClient::ApiClient(ClusterConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_network(connection ? connection->network() : nullptr)
{ }

ApiClient::~ApiClient() = default;

void ApiClient::credentialsRejectedOn(QNetworkAccessManager *network)
{
    if (!network || network != m_network || !m_connection)
        return; // moved away from it already
    qCInfo(ktKube) << "401 from" << m_connection->config().server().toString()
                   << ": new requests go over a new connection";
    if (m_network != m_connection->network())
        m_retiredNetworks.append(m_network);
    m_network = new QNetworkAccessManager(this);
    m_network->setAutoDeleteReplies(false);
    m_network->setProxy(m_connection->network()->proxy());
    pruneRetiredNetworks();
}

void ApiClient::pruneRetiredNetworks()
{
    for (qsizetype i = m_retiredNetworks.size() - 1; i >= 0; --i) {
        QNetworkAccessManager *network = m_retiredNetworks.at(i);
        if (network
            && !network->findChildren<QNetworkReply *>(QString(), Qt::FindDirectChildrenOnly)
                    .isEmpty())
            continue;
        if (network)
            network->deleteLater();
        m_retiredNetworks.removeAt(i);
    }
}

ApiRequest *ApiClient::send(ApiRequest::Spec spec)
{
    pruneRetiredNetworks();
    auto *request = new ApiRequest(this, std::move(spec), this);
    request->start();
    return request;
}

ApiRequest *ApiClient::get(const ResourceRef &object)
{
    ApiRequest::Spec spec;
    spec.resource = object;
    spec.timeout = m_timeout;
    return send(std::move(spec));
}

ApiRequest *ApiClient::list(const ResourceRef &collection, const ListOptions &options)
{
    ApiRequest::Spec spec;
    spec.resource = collection.collection();
    spec.timeout = m_timeout;
    spec.allPages = options.allPages;
    if (!options.labelSelector.isEmpty())
        spec.query.addQueryItem(QStringLiteral("labelSelector"), options.labelSelector);
    if (!options.fieldSelector.isEmpty())
        spec.query.addQueryItem(QStringLiteral("fieldSelector"), options.fieldSelector);
    if (options.limit > 0)
        spec.query.addQueryItem(QStringLiteral("limit"), QString::number(options.limit));
    if (!options.continueToken.isEmpty())
        spec.query.addQueryItem(QStringLiteral("continue"), options.continueToken);
    return send(std::move(spec));
}

ApiRequest *ApiClient::create(const ResourceRef &resource, const QJsonObject &object)
{
    QJsonObject body = object;
    if (!body.contains(QLatin1String("apiVersion")))
        body.insert(QLatin1String("apiVersion"), resource.apiVersion());
    ApiRequest::Spec spec;
    spec.method = "POST";
    spec.resource = resource.collection();
    spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    spec.timeout = m_timeout;
    spec.idempotent = false;
    return send(std::move(spec));
}

ApiRequest *ApiClient::replace(const ResourceRef &object, const QJsonObject &body)
{
    ApiRequest::Spec spec;
    spec.method = "PUT";
    spec.resource = object;
    spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    spec.timeout = m_timeout;
    return send(std::move(spec));
}

ApiRequest *ApiClient::patch(const ResourceRef &object, PatchType type, const QJsonDocument &patch)
{
    ApiRequest::Spec spec;
    spec.method = "PATCH";
    spec.resource = object;
    spec.body = patch.toJson(QJsonDocument::Compact);
    spec.contentType = contentType(type);
    spec.timeout = m_timeout;
    // A JSON patch may add to a list: sending it twice would add twice.
    spec.idempotent = type != PatchType::Json;
    return send(std::move(spec));
}

ApiRequest *ApiClient::remove(const ResourceRef &resource, const DeleteOptions &options)
{
    ApiRequest::Spec spec;
    spec.method = "DELETE";
    spec.resource = resource;
    spec.timeout = m_timeout;
    const QString policy = propagationText(options.propagationPolicy);
    if (!policy.isEmpty())
        spec.query.addQueryItem(QStringLiteral("propagationPolicy"), policy);
    if (options.gracePeriodSeconds >= 0) {
        spec.query.addQueryItem(
            QStringLiteral("gracePeriodSeconds"), QString::number(options.gracePeriodSeconds));
    }
    if (!options.preconditionResourceVersion.isEmpty()) {
        QJsonObject body {{QLatin1String("kind"), QStringLiteral("DeleteOptions")},
            {QLatin1String("apiVersion"), QStringLiteral("v1")},
            {QLatin1String("preconditions"),
                QJsonObject {
                    {QLatin1String("resourceVersion"), options.preconditionResourceVersion}}}};
        spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    return send(std::move(spec));
}

ApiUpdate *ApiClient::update(const ResourceRef &object, ApiUpdate::Mutation mutate,
    std::optional<QJsonObject> current, int attempts)
{
    auto *job = new ApiUpdate(this, object, std::move(mutate), std::move(current), attempts, this);
    job->start();
    return job;
}

Watch *ApiClient::watch(const ResourceRef &collection, const WatchOptions &options, QObject *parent)
{
    auto *watch = new Watch(this, collection, options, parent);
    watch->start();
    return watch;
}

QByteArray ApiClient::contentType(PatchType type)
{
    switch (type) {
    case PatchType::Merge:
        return "application/merge-patch+json";
    case PatchType::StrategicMerge:
        return "application/strategic-merge-patch+json";
    case PatchType::Json:
        return "application/json-patch+json";
    }
    return "application/merge-patch+json";
}

} // namespace Kt::Kube
