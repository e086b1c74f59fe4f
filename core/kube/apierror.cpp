#include "apierror.h"

#include "common/logging.h"
#include "kube/clientconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Kt::Kube {

namespace {

QString serverText(const ClientConfig &config)
{
    return ApiError::tr("the API server %1 (context %2)")
        .arg(config.server().toString(), config.contextName());
}

QString opening(const ApiError::Request &request)
{
    return ApiError::tr("Cannot %1 %2").arg(request.verb, request.resource.displayName());
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// The Status message, with the field causes of a validation error appended.
QString statusText(const ApiError::Status &status)
{
    QString text = status.message;
    for (const QString &cause : status.causes) {
        if (!text.contains(cause))
            text += QStringLiteral("; ") + cause;
    }
    return text;
}

QString sentence(const QString &text)
{
    if (text.isEmpty() || text.endsWith(QLatin1Char('.')))
        return text;
    return text + QLatin1Char('.');
}

QString ruleText(const QString &group, const QString &resources, const QString &verb)
{
    return QStringLiteral("apiGroups: [\"%1\"], resources: [\"%2\"], verbs: [\"%3\"]")
        .arg(group, resources, verb);
}

// What kube-apiserver's RBAC authorizer says: `User "kt-developer" cannot patch resource
// "deployments/status" in API group "apps" in the namespace "default"` (or "at the cluster
// scope"). Service accounts read `User "system:serviceaccount:ns:name"`.
struct Denial
{
    QString user;
    QString verb;
    QString resource;
    QString group;
    QString namespaceName;
    bool parsed = false;
};

Denial parseDenial(const QString &message)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"re(User "([^"]*)" cannot (\S+) resource "([^"]*)" in API group "([^"]*)"(?: in the namespace "([^"]*)")?)re"));
    const QRegularExpressionMatch match = pattern.match(message);
    if (!match.hasMatch())
        return {};
    return {match.captured(1), match.captured(2), match.captured(3), match.captured(4),
        match.captured(5), true};
}

Error forbidden(
    const ApiError::Status &status, const ApiError::Request &request, const ClientConfig &config)
{
    // The authorizer's own words win: it names the user as authenticated (not the kubeconfig's
    // entry name) and the exact resource it checked (e.g. "deployments/status").
    const Denial denial = parseDenial(status.message);
    const ResourceRef &resource = request.resource;
    const QString user = denial.parsed ? denial.user : config.userName();
    const QString verb = denial.parsed ? denial.verb : request.verb;
    QString resources = resource.resource();
    if (!resource.subresource().isEmpty())
        resources += QLatin1Char('/') + resource.subresource();
    if (denial.parsed)
        resources = denial.resource;
    const QString group = denial.parsed ? denial.group : resource.group();
    const QString namespaceName = denial.parsed ? denial.namespaceName : resource.namespaceName();

    const QStringList parts = resources.split(QLatin1Char('/'));
    QString what = parts.value(0);
    if (!group.isEmpty())
        what += QLatin1Char('.') + group;
    if (parts.size() > 1)
        what += QLatin1Char('/') + parts.mid(1).join(QLatin1Char('/'));
    if (!resource.name().isEmpty())
        what += QLatin1Char(' ') + quoted(resource.name());
    if (resource.isNamespaced()) {
        what = namespaceName.isEmpty()
            ? ApiError::tr("%1 in all namespaces").arg(what)
            : ApiError::tr("%1 in namespace %2").arg(what, quoted(namespaceName));
    }
    const QString rule = ruleText(group, resources, verb);
    return Error {ErrorCode::Forbidden,
        ApiError::tr("User %1 may not %2 %3 (403 Forbidden from %4).")
            .arg(quoted(user), verb, what, serverText(config)),
        status.message,
        ApiError::tr("Ask a cluster admin to bind %1 to a Role or ClusterRole with this rule: %2")
            .arg(quoted(user), rule)};
}

Error unauthorized(
    const ApiError::Status &status, const ApiError::Request &request, const ClientConfig &config)
{
    const QString kind = config.authKind();
    QString hint;
    if (kind == QLatin1String("exec") && config.exec()) {
        hint = ApiError::tr("The credential plugin %1 gave a token the cluster does not accept: "
                            "log in again with it (e.g. your cloud CLI's login command).")
                   .arg(config.exec()->command);
    } else if (kind == QLatin1String("token") || kind == QLatin1String("token-file")) {
        hint = ApiError::tr(
            "The token has probably expired or been revoked: get a new one and put it in the "
            "kubeconfig.");
    } else if (kind == QLatin1String("client-certificate")) {
        hint = ApiError::tr("The client certificate may have expired or not be signed by the "
                            "cluster's CA: get a new one.");
    } else if (kind.startsWith(QLatin1String("auth-provider"))) {
        hint = ApiError::tr("The id-token has probably expired: log in again.");
    } else if (kind == QLatin1String("none")) {
        hint = ApiError::tr("The kubeconfig gives user %1 no credentials: add a token, a client "
                            "certificate or an exec plugin.")
                   .arg(config.userName());
    } else {
        hint = ApiError::tr("Check the credentials of user %1 in the kubeconfig.")
                   .arg(config.userName());
    }
    return Error {ErrorCode::Unauthorized,
        ApiError::tr("%1: %2 rejected the credentials of user %3 (401 Unauthorized).")
            .arg(opening(request), serverText(config), config.userName()),
        status.message, hint};
}

Error notFound(
    const ApiError::Status &status, const ApiError::Request &request, const ClientConfig &config)
{
    const ResourceRef &resource = request.resource;
    // Creating in (or listing a subresource of) a namespace that does not exist.
    if (status.kind == QLatin1String("namespaces")
        && resource.resource() != QLatin1String("namespaces") && !status.name.isEmpty()) {
        return Error {ErrorCode::NotFound,
            ApiError::tr("%1: namespace %2 does not exist on %3.")
                .arg(opening(request), quoted(status.name), serverText(config)),
            status.message, ApiError::tr("Create the namespace or pick another one.")};
    }
    if (resource.name().isEmpty()) {
        return Error {ErrorCode::NotFound,
            ApiError::tr("%1: %2 does not serve %3 (API %4).")
                .arg(opening(request), serverText(config), resource.qualifiedResource(),
                    resource.apiVersion()),
            status.message,
            ApiError::tr(
                "Check that this API is installed on the cluster (kubectl api-resources).")};
    }
    return Error {ErrorCode::NotFound,
        ApiError::tr("%1 was not found on %2.").arg(resource.displayName(), serverText(config)),
        status.message, ApiError::tr("It may have been deleted meanwhile; reload the list.")};
}

Error conflict(
    const ApiError::Status &status, const ApiError::Request &request, const ClientConfig &config)
{
    if (status.reason == QLatin1String("AlreadyExists")) {
        return Error {ErrorCode::Conflict,
            ApiError::tr("%1: it already exists on %2.").arg(opening(request), serverText(config)),
            status.message, ApiError::tr("Pick another name, or delete the existing one first.")};
    }
    return Error {ErrorCode::Conflict,
        ApiError::tr("%1: it was changed by someone else meanwhile (409 Conflict from %2).")
            .arg(opening(request), serverText(config)),
        status.message, ApiError::tr("Load it again and repeat the change.")};
}

Error serverFailure(int httpStatus, const ApiError::Status &status,
    const ApiError::Request &request, const ClientConfig &config)
{
    const QString answer = ApiError::httpStatusText(httpStatus);
    const QString message = status.message.isEmpty()
        ? ApiError::tr("%1: %2 answered %3.").arg(opening(request), serverText(config), answer)
        : ApiError::tr("%1: %2 answered %3: %4")
              .arg(opening(request), serverText(config), answer, sentence(statusText(status)));
    if (httpStatus == 429) {
        return Error {ErrorCode::Unavailable, message, status.message,
            ApiError::tr("The API server is overloaded; try again in a moment.")};
    }
    return Error {httpStatus == 504 ? ErrorCode::Timeout : ErrorCode::Unavailable, message,
        status.message,
        ApiError::tr("The cluster's control plane has a problem; try again later, and tell the "
                     "cluster's admin if it persists.")};
}

QString caText(const ClientConfig &config)
{
    if (config.insecureSkipTlsVerify())
        return ApiError::tr("TLS verification is off for this cluster.");
    if (!config.certificateAuthorityFile().isEmpty()) {
        return ApiError::tr("The server's certificate was checked against the CA in %1.")
            .arg(config.certificateAuthorityFile());
    }
    if (!config.certificateAuthorityPem().isEmpty()) {
        return ApiError::tr("The server's certificate was checked against the "
                            "certificate-authority-data of cluster %1.")
            .arg(config.clusterName());
    }
    return ApiError::tr("The server's certificate was checked against the system's CA "
                        "certificates (the kubeconfig names no CA for cluster %1).")
        .arg(config.clusterName());
}

} // namespace

QString ApiError::verbFor(const QByteArray &method, const ResourceRef &resource, bool watch)
{
    const bool collection = resource.name().isEmpty();
    if (method == "GET")
        return watch ? QStringLiteral("watch")
                     : (collection ? QStringLiteral("list") : QStringLiteral("get"));
    if (method == "POST")
        return QStringLiteral("create");
    if (method == "PUT")
        return QStringLiteral("update");
    if (method == "PATCH")
        return QStringLiteral("patch");
    if (method == "DELETE")
        return collection ? QStringLiteral("deletecollection") : QStringLiteral("delete");
    return QString::fromLatin1(method).toLower();
}

std::optional<ApiError::Status> ApiError::parseStatus(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    if (object.value(QLatin1String("kind")).toString() != QLatin1String("Status"))
        return std::nullopt;
    Status status;
    status.code = object.value(QLatin1String("code")).toInt();
    status.reason = object.value(QLatin1String("reason")).toString();
    status.message = object.value(QLatin1String("message")).toString();
    const QJsonObject details = object.value(QLatin1String("details")).toObject();
    status.name = details.value(QLatin1String("name")).toString();
    status.group = details.value(QLatin1String("group")).toString();
    status.kind = details.value(QLatin1String("kind")).toString();
    for (const QJsonValue &value : details.value(QLatin1String("causes")).toArray()) {
        const QJsonObject cause = value.toObject();
        const QString field = cause.value(QLatin1String("field")).toString();
        const QString message = cause.value(QLatin1String("message")).toString();
        if (!message.isEmpty())
            status.causes.append(
                field.isEmpty() ? message : field + QStringLiteral(": ") + message);
    }
    if (details.value(QLatin1String("retryAfterSeconds")).isDouble())
        status.retryAfterSeconds = details.value(QLatin1String("retryAfterSeconds")).toInt();
    return status;
}

Error ApiError::fromHttp(
    int httpStatus, const QByteArray &body, const Request &request, const ClientConfig &config)
{
    const std::optional<Status> parsed = parseStatus(body);
    // The Status is safe to log (no credentials in it); a non-Status body is shown in part, as a
    // proxy's or load balancer's error page tells what sits in between.
    if (parsed) {
        qCInfo(ktKube).noquote() << "API answered" << httpStatus << "to" << request.verb
                                 << request.resource.path() << "on" << config.server().toString()
                                 << "with Status"
                                 << QString::fromUtf8(QJsonDocument::fromJson(body).toJson(
                                        QJsonDocument::Compact));
    } else {
        qCInfo(ktKube).noquote() << "API answered" << httpStatus << "to" << request.verb
                                 << request.resource.path() << "on" << config.server().toString()
                                 << "with a non-Status body:"
                                 << QString::fromUtf8(body.left(300)).simplified();
    }
    Status status = parsed.value_or(Status {});
    if (!parsed)
        status.code = httpStatus;

    switch (httpStatus) {
    case 401:
        return unauthorized(status, request, config);
    case 403:
        return forbidden(status, request, config);
    case 404:
        return notFound(status, request, config);
    case 409:
        return conflict(status, request, config);
    case 410:
        return Error {ErrorCode::Conflict,
            tr("%1: the version it started from is no longer kept by %2 (410 Gone).")
                .arg(opening(request), serverText(config)),
            status.message, tr("Start again from a fresh list.")};
    case 400:
    case 405:
    case 406:
    case 413:
    case 415:
    case 422: {
        const QString why
            = status.message.isEmpty() ? httpStatusText(httpStatus) : sentence(statusText(status));
        return Error {ErrorCode::InvalidInput,
            tr("%1: %2 refused it: %3").arg(opening(request), serverText(config), why),
            status.message,
            httpStatus == 422 ? tr("Fix the fields named above and try again.") : QString()};
    }
    default:
        break;
    }
    if (httpStatus == 429 || httpStatus >= 500)
        return serverFailure(httpStatus, status, request, config);
    return Error {ErrorCode::Protocol,
        tr("%1: %2 gave an unexpected answer: %3")
            .arg(opening(request), serverText(config),
                status.message.isEmpty() ? httpStatusText(httpStatus) : status.message),
        QString::fromUtf8(body.left(300)), {}};
}

Error ApiError::fromNetwork(QNetworkReply::NetworkError error, const QString &errorString,
    const QList<QSslError> &sslErrors, const Request &request, const ClientConfig &config)
{
    qCInfo(ktKube).noquote() << "No answer to" << request.verb << request.resource.path() << "from"
                             << config.server().toString() << ":" << error << errorString;
    const QUrl server = config.server();
    const QString hostPort = server.port() > 0
        ? server.host() + QLatin1Char(':') + QString::number(server.port())
        : server.host();
    if (error == QNetworkReply::SslHandshakeFailedError || !sslErrors.isEmpty()) {
        QStringList problems;
        for (const QSslError &sslError : sslErrors)
            problems.append(sslError.errorString());
        if (problems.isEmpty())
            problems.append(errorString);
        problems.removeDuplicates();
        return Error {ErrorCode::Unavailable,
            tr("%1: the TLS connection to %2 (context %3) failed: %4. %5")
                .arg(opening(request), hostPort, config.contextName(),
                    problems.join(QStringLiteral("; ")), caText(config)),
            errorString,
            tr("Check certificate-authority (or certificate-authority-data) and tls-server-name "
               "of cluster %1 in the kubeconfig: the cluster's CA may have changed, or a proxy "
               "intercepts TLS.")
                .arg(config.clusterName())};
    }

    QString why;
    ErrorCode code = ErrorCode::Unavailable;
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        why = tr("the connection was refused");
        break;
    case QNetworkReply::HostNotFoundError:
        why = tr("the host name %1 is unknown").arg(server.host());
        break;
    case QNetworkReply::TimeoutError:
        why = tr("the connection timed out");
        code = ErrorCode::Timeout;
        break;
    case QNetworkReply::RemoteHostClosedError:
        why = tr("the server closed the connection");
        break;
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
        why = tr("the network is not available");
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        why = tr("the proxy %1 failed: %2")
                  .arg(config.proxyUrl().isEmpty()
                          ? tr("(from the environment)")
                          : config.proxyUrl().toString(QUrl::RemoveUserInfo),
                      errorString);
        break;
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return protocol(errorString, request, config);
    default:
        why = errorString;
        break;
    }
    return Error {code,
        tr("%1: %2 cannot be reached: %3.").arg(opening(request), serverText(config), why),
        errorString,
        tr("Check that the cluster is running and reachable from this machine (VPN, proxy) and "
           "that the server address in the kubeconfig is right.")};
}

Error ApiError::timeout(
    std::chrono::milliseconds timeout, const Request &request, const ClientConfig &config)
{
    const double seconds = double(timeout.count()) / 1000.0;
    return Error {ErrorCode::Timeout,
        tr("%1: %2 did not answer within %3 s.")
            .arg(opening(request), serverText(config), QString::number(seconds)),
        {}, tr("Check the network connection to the cluster; the cluster may also be overloaded.")};
}

Error ApiError::protocol(const QString &problem, const Request &request, const ClientConfig &config)
{
    qCInfo(ktKube).noquote() << "Protocol error on" << request.verb << request.resource.path()
                             << "from" << config.server().toString() << ":" << problem;
    return Error {ErrorCode::Protocol,
        tr("%1: %2 sent an answer KtDesk does not understand: %3")
            .arg(opening(request), serverText(config), sentence(problem)),
        problem,
        tr("Check that the server address in the kubeconfig is a Kubernetes API server, not a "
           "proxy or a web page.")};
}

QString ApiError::rbacRule(const QString &verb, const ResourceRef &resource)
{
    QString resources = resource.resource();
    if (!resource.subresource().isEmpty())
        resources += QLatin1Char('/') + resource.subresource();
    return ruleText(resource.group(), resources, verb);
}

QString ApiError::httpStatusText(int httpStatus)
{
    static const QHash<int, const char *> reasons = {
        {400, "Bad Request"},
        {401, "Unauthorized"},
        {403, "Forbidden"},
        {404, "Not Found"},
        {405, "Method Not Allowed"},
        {406, "Not Acceptable"},
        {409, "Conflict"},
        {410, "Gone"},
        {413, "Request Entity Too Large"},
        {415, "Unsupported Media Type"},
        {422, "Unprocessable Entity"},
        {429, "Too Many Requests"},
        {500, "Internal Server Error"},
        {502, "Bad Gateway"},
        {503, "Service Unavailable"},
        {504, "Gateway Timeout"},
    };
    const char *reason = reasons.value(httpStatus, nullptr);
    return reason ? QString::number(httpStatus) + QLatin1Char(' ') + QLatin1String(reason)
                  : QString::number(httpStatus);
}

} // namespace Kt::Kube
