#pragma once

#include "common/error.h"
#include "kube/resourceref.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QSslError>
#include <QStringList>

#include <chrono>
#include <optional>

namespace Kt::Kube {

class ClientConfig;

// Turns what went wrong on the way to the API server into a Kt::Error a person can act on: which
// cluster (server URL and context), what failed (verb and resource, in the user's words), and
// what to do. The raw Status goes to `detail` and the log (kt.kube); a Status never holds a
// credential, and request headers are never logged.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    // A Kubernetes `Status` object, as the server sends it with an error answer.
    struct Status
    {
        int code = 0;
        QString reason; // Forbidden, NotFound, AlreadyExists, Conflict, Expired, Invalid, ...
        QString message;
        QString name; // details.name
        QString group; // details.group
        QString kind; // details.kind (for most errors the plural resource name)
        QStringList causes; // details.causes as "field: message"
        std::optional<int> retryAfterSeconds; // details.retryAfterSeconds
    };

    // What the request was, for the sentence.
    struct Request
    {
        QString verb; // the RBAC verb: get, list, watch, create, update, patch, delete
        ResourceRef resource;
    };

    // The RBAC verb of an HTTP request: GET on an object is `get`, on a collection `list`
    // (`watch` with watch=1), POST `create`, PUT `update`, PATCH `patch`, DELETE `delete` or
    // `deletecollection`.
    static QString verbFor(const QByteArray &method, const ResourceRef &resource, bool watch);

    // The Status in an error answer; nullopt when the body is not one (a proxy's HTML page).
    static std::optional<Status> parseStatus(const QByteArray &body);

    // An answer with an HTTP error code (>= 400) and its body.
    static Error fromHttp(
        int httpStatus, const QByteArray &body, const Request &request, const ClientConfig &config);
    // A request that got no HTTP answer: refused, unknown host, TLS, closed connection...
    static Error fromNetwork(QNetworkReply::NetworkError error, const QString &errorString,
        const QList<QSslError> &sslErrors, const Request &request, const ClientConfig &config);
    // No answer within `timeout`.
    static Error timeout(
        std::chrono::milliseconds timeout, const Request &request, const ClientConfig &config);
    // An answer that is not what the API promises (not JSON, not an object, a broken stream).
    static Error protocol(
        const QString &problem, const Request &request, const ClientConfig &config);

    // The RBAC rule that allows `verb` on `resource`, as a Role's rules entry would say it:
    // apiGroups: ["apps"], resources: ["deployments"], verbs: ["patch"]
    static QString rbacRule(const QString &verb, const ResourceRef &resource);

    // "429 Too Many Requests", "503 Service Unavailable", "418" for unknown codes.
    static QString httpStatusText(int httpStatus);
};

} // namespace Kt::Kube
