#pragma once

#include "kube/apierror.h"
#include "kube/apijob.h"
#include "kube/resourceref.h"

#include <QJsonArray>
#include <QNetworkRequest>
#include <QPointer>
#include <QUrlQuery>

#include <chrono>

class QNetworkReply;
class QTimer;

namespace Kt::Kube {

class ApiClient;
class ClusterConnection;

// One REST call (GET, POST, PUT, PATCH, DELETE) to the API server, or a list that follows its
// `continue` tokens, as a job (see ApiJob). It
// - answers with the JSON object the server sent (for a paged list: one list holding every
//   page's items, each item given the list's kind and apiVersion like kubectl does);
// - times out when the server gives no complete answer within `timeout` (per HTTP exchange);
// - retries once after 401 when ClusterConnection::credentialsRejected() says a fresh credential
//   may help (an exec plugin), over a fresh connection (see ApiClient::credentialsRejectedOn());
// - retries 429 (always: the server did not act on it) and 5xx (only when `idempotent`) with
//   exponential backoff, honouring Retry-After;
// - restarts a paged list without paging when its continue token expired (410).
// Errors are ApiError sentences.
class ApiRequest final : public ApiJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiRequest)

public:
    static constexpr std::chrono::milliseconds kDefaultTimeout {30000};
    static constexpr int kMaxAttempts = 4;

    struct Spec
    {
        QByteArray method = "GET";
        ResourceRef resource;
        QUrlQuery query;
        QByteArray body;
        QByteArray contentType = "application/json";
        std::chrono::milliseconds timeout = kDefaultTimeout;
        bool idempotent = true; // may be sent again after a 5xx
        bool allPages = false; // a list: follow `continue` and merge the pages
    };

    // Sent through `client`'s connection and network (ApiClient::send() makes these).
    ApiRequest(ApiClient *client, Spec spec, QObject *parent = nullptr);
    ~ApiRequest() override;

    const Spec &spec() const { return m_spec; }
    // The RBAC verb the request stands for (get, list, create, ...), as errors name it.
    QString verb() const;
    // The HTTP status of the last answer; 0 before one came.
    int httpStatus() const { return m_httpStatus; }

    // Sends it; finished() follows (never synchronously).
    void start();

    // The backoff before attempt `attempt` (2, 3, ...) when the server gave no Retry-After:
    // 0.5 s, 1 s, 2 s, ... up to 8 s.
    static std::chrono::milliseconds backoff(int attempt);
    // A Retry-After header (seconds or an HTTP date) as a wait, capped at 30 s; nullopt if absent
    // or unreadable.
    static std::optional<std::chrono::milliseconds> retryAfter(
        const QByteArray &header, const QDateTime &now);

protected:
    void abortWork() override;

private:
    void send();
    void onRequestReady(Result<QNetworkRequest> request);
    void onReplyFinished();
    void onTimeout();
    void handleAnswer(int httpStatus, const QByteArray &body, const QByteArray &retryAfterHeader);
    void handleListPage(const QJsonObject &page);
    bool scheduleRetry(std::chrono::milliseconds delay);
    void dropReply();
    QUrl url() const;
    ApiError::Request errorRequest() const;

    QPointer<ApiClient> m_client;
    ClusterConnection *m_connection;
    Spec m_spec;
    QPointer<QNetworkReply> m_reply;
    QList<QSslError> m_sslErrors;
    QTimer *m_timer;
    QTimer *m_retryTimer;
    int m_attempt = 0;
    int m_httpStatus = 0;
    bool m_authRetried = false;
    bool m_pagingRestarted = false;
    bool m_started = false;
    // A paged list in progress.
    QString m_continue;
    QJsonArray m_items;
    QJsonObject m_firstPage;
};

} // namespace Kt::Kube
