#pragma once

#include "kube/apioptions.h"
#include "kube/apirequest.h"
#include "kube/apiupdate.h"
#include "kube/resourceref.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <optional>

namespace Kt::Kube {

class ClusterConnection;
class Watch;

// The Kubernetes REST API of one cluster as one user, on the engine thread. Every operation
// returns a started job (ApiRequest, ApiUpdate: see ApiJob) whose finished() follows from the
// event loop, or a started Watch. Jobs are children of the client and delete themselves after
// finished(); destroying the client aborts what still runs. The client must outlive the Watches
// and Informers made with it. Nothing blocks.
//
//   auto *job = client->get(ResourceRef::deployments(ns, QStringLiteral("web")));
//   connect(job, &ApiJob::finished, this, [](const Kt::Result<QJsonObject> &result) {
//       if (!result) return showError(result.error().toString());
//       const auto deployment = Deployment::fromJson(result.value());
//   });
//
// Errors are sentences from ApiError (which cluster, which verb on which resource, what to do).
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    explicit ApiClient(ClusterConnection *connection, QObject *parent = nullptr);
    ~ApiClient() override;

    ClusterConnection *connection() const { return m_connection; }

    // The QNetworkAccessManager new requests and watch calls go through: the connection's, until
    // the server answered 401 on it (see credentialsRejectedOn()).
    QNetworkAccessManager *network() const { return m_network; }
    // A request sent through `network` was answered 401. Qt 6.4 then sends no further request
    // over that HTTP/2 connection (they hang until their timeout) while the streams already open
    // on it go on; Qt's remedy, clearConnectionCache(), blocks and silently ends those streams.
    // So new requests move to a fresh QNetworkAccessManager (same proxy), and one this client
    // made is deleted once its last reply is gone. Requests and watches call this; the
    // credential itself is refreshed by ClusterConnection::credentialsRejected().
    void credentialsRejectedOn(QNetworkAccessManager *network);

    // The timeout of plain requests (each HTTP exchange); 30 s unless set.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // GET one object (`object` names it).
    ApiRequest *get(const ResourceRef &object);
    // GET a collection: every page merged into one list (ListOptions::allPages), or one page.
    ApiRequest *list(const ResourceRef &collection, const ListOptions &options = {});
    // POST a new object into the collection of `resource` (a name in `resource` is ignored;
    // the object's metadata.name or generateName names it). apiVersion is filled in if missing.
    ApiRequest *create(const ResourceRef &resource, const QJsonObject &object);
    // PUT: replace the object; its metadata.resourceVersion makes it conditional (409 when
    // someone changed it meanwhile: see update()).
    ApiRequest *replace(const ResourceRef &object, const QJsonObject &body);
    // PATCH with a merge patch or strategic merge patch (an object) or a JSON patch (an array).
    ApiRequest *patch(const ResourceRef &object, PatchType type, const QJsonDocument &patch);
    // DELETE one object, or every object of a collection (deletecollection) when `resource`
    // names none. The answer is the object (marked for deletion) or a Status.
    ApiRequest *remove(const ResourceRef &resource, const DeleteOptions &options = {});
    // Read-modify-write with retries on 409 Conflict: see ApiUpdate.
    ApiUpdate *update(const ResourceRef &object, ApiUpdate::Mutation mutate,
        std::optional<QJsonObject> current = std::nullopt,
        int attempts = ApiUpdate::kDefaultAttempts);
    // List + watch a collection, started; owned by `parent` (the caller stops and deletes it).
    Watch *watch(
        const ResourceRef &collection, const WatchOptions &options = {}, QObject *parent = nullptr);

    // Any request: for what the helpers above do not cover (subresources such as pods/log).
    ApiRequest *send(ApiRequest::Spec spec);

    static QByteArray contentType(PatchType type);

private:
    void pruneRetiredNetworks();

    ClusterConnection *m_connection;
    QNetworkAccessManager *m_network;
    QList<QPointer<QNetworkAccessManager>> m_retiredNetworks; // made here, still serving replies
    std::chrono::milliseconds m_timeout = ApiRequest::kDefaultTimeout;
};

} // namespace Kt::Kube
