#include "apirequest.h"

#include "common/logging.h"
#include "kube/apiclient.h"
#include "kube/clusterconnection.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>

namespace Kt::Kube {

namespace {

constexpr std::chrono::milliseconds kMaxRetryAfter {30000};

// List items carry no kind or apiVersion on the wire; give them the list's, so that an item can
// be sent back as it is (kubectl and client-go's dynamic client do the same).
QJsonObject withItemKinds(QJsonObject list)
{
    const QString listKind = list.value(QLatin1String("kind")).toString();
    if (!listKind.endsWith(QLatin1String("List")) || !list.value(QLatin1String("items")).isArray())
        return list;
    const QString kind = listKind.chopped(4);
    const QJsonValue apiVersion = list.value(QLatin1String("apiVersion"));
    QJsonArray items = list.value(QLatin1String("items")).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject())
            continue;
        QJsonObject item = items.at(i).toObject();
        if (!item.contains(QLatin1String("kind")))
            item.insert(QLatin1String("kind"), kind);
        if (!item.contains(QLatin1String("apiVersion")))
            item.insert(QLatin1String("apiVersion"), apiVersion);
        items.replace(i, item);
    }
    list.insert(QLatin1String("items"), items);
    return list;
}

} // namespace

ApiRequest::ApiRequest(ApiClient *client, Spec spec, QObject *parent)
    : ApiJob(parent)
    , m_client(client)
    , m_connection(client ? client->connection() : nullptr)
    , m_spec(std::move(spec))
    , m_timer(new QTimer(this))
    , m_retryTimer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_retryTimer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ApiRequest::onTimeout);
    connect(m_retryTimer, &QTimer::timeout, this, &ApiRequest::send);
}

ApiRequest::~ApiRequest()
{
    dropReply();
}

QString ApiRequest::verb() const
{
    return ApiError::verbFor(m_spec.method, m_spec.resource,
        m_spec.query.queryItemValue(QStringLiteral("watch")) == QLatin1String("1"));
}

ApiError::Request ApiRequest::errorRequest() const
{
    return {verb(), m_spec.resource};
}

void ApiRequest::start()
{
    if (m_started || isFinished())
        return;
    m_started = true;
    if (!m_connection) {
        finishLater(Error {ErrorCode::Internal,
            tr("No cluster connection for %1 %2.").arg(verb(), m_spec.resource.displayName()), {},
            {}});
        return;
    }
    send();
}

void ApiRequest::send()
{
    ++m_attempt;
    m_sslErrors.clear();
    m_timer->start(m_spec.timeout);
    const QPointer<ApiRequest> guard(this);
    // prepareRequest may answer at once (even with an error), or later after an exec plugin ran.
    m_connection->prepareRequest(url(), [guard](Result<QNetworkRequest> request) {
        if (guard && !guard->isFinished())
            guard->onRequestReady(std::move(request));
    });
}

QUrl ApiRequest::url() const
{
    QUrlQuery query = m_spec.query;
    if (m_spec.allPages) {
        if (m_pagingRestarted)
            query.removeAllQueryItems(QStringLiteral("limit"));
        query.removeAllQueryItems(QStringLiteral("continue"));
        if (!m_continue.isEmpty())
            query.addQueryItem(QStringLiteral("continue"), m_continue);
    }
    return m_connection->url(m_spec.resource.path(), query);
}

void ApiRequest::onRequestReady(Result<QNetworkRequest> prepared)
{
    if (!prepared) {
        m_timer->stop();
        Error error = prepared.error();
        error.message = tr("Cannot %1 %2: %3")
                            .arg(verb(), m_spec.resource.displayName(), prepared.error().message);
        finishLater(error);
        return;
    }
    QNetworkRequest request = std::move(prepared).value();
    if (!m_spec.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_spec.contentType);
    QNetworkAccessManager *network = m_client ? m_client->network() : m_connection->network();
    m_reply = m_spec.method == "GET"
        ? network->get(request)
        : network->sendCustomRequest(request, m_spec.method, m_spec.body);
    connect(m_reply, &QNetworkReply::finished, this, &ApiRequest::onReplyFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this,
        [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
}

void ApiRequest::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_timer->stop();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QByteArray body = reply->readAll();
    const QNetworkReply::NetworkError error = reply->error();
    const QString errorString = reply->errorString();
    const QByteArray retryAfterHeader = reply->rawHeader("Retry-After");
    QNetworkAccessManager *network = reply->manager();
    dropReply();
    if (m_client && status.toInt() == 401)
        m_client->credentialsRejectedOn(network);

    if (!status.isValid() || status.toInt() == 0) {
        finish(ApiError::fromNetwork(
            error, errorString, m_sslErrors, errorRequest(), m_connection->config()));
        return;
    }
    m_httpStatus = status.toInt();
    // An answer cut off mid-body (connection reset) carries a 200 but a network error.
    if (m_httpStatus < 300 && error != QNetworkReply::NoError) {
        finish(ApiError::fromNetwork(
            error, errorString, m_sslErrors, errorRequest(), m_connection->config()));
        return;
    }
    handleAnswer(m_httpStatus, body, retryAfterHeader);
}

void ApiRequest::handleAnswer(
    int httpStatus, const QByteArray &body, const QByteArray &retryAfterHeader)
{
    const ClientConfig &config = m_connection->config();
    if (httpStatus >= 200 && httpStatus < 300) {
        if (body.trimmed().isEmpty()) {
            finish(QJsonObject());
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            finish(ApiError::protocol(tr("the answer is not valid JSON (%1 at byte %2)")
                                          .arg(parseError.errorString())
                                          .arg(parseError.offset),
                errorRequest(), config));
            return;
        }
        if (!document.isObject()) {
            finish(
                ApiError::protocol(tr("the answer is not a JSON object"), errorRequest(), config));
            return;
        }
        if (m_spec.allPages)
            handleListPage(document.object());
        else
            finish(withItemKinds(document.object()));
        return;
    }

    if (httpStatus == 401 && !m_authRetried && m_connection->credentialsRejected()) {
        qCInfo(ktKube) << "401 for" << verb() << m_spec.resource.path()
                       << ": asking the credential plugin again";
        m_authRetried = true;
        send();
        return;
    }
    if (httpStatus == 410 && m_spec.allPages && !m_continue.isEmpty() && !m_pagingRestarted) {
        qCInfo(ktKube) << "The continue token of" << m_spec.resource.path()
                       << "expired; listing again without paging";
        m_pagingRestarted = true;
        m_continue.clear();
        m_items = {};
        m_firstPage = {};
        m_attempt = 0;
        send();
        return;
    }
    const bool retryable
        = httpStatus == 429 || (httpStatus >= 500 && httpStatus != 501 && m_spec.idempotent);
    if (retryable && m_attempt < kMaxAttempts) {
        std::chrono::milliseconds delay = backoff(m_attempt + 1);
        if (const auto after = retryAfter(retryAfterHeader, QDateTime::currentDateTimeUtc())) {
            delay = *after;
        } else if (const auto status = ApiError::parseStatus(body);
                   status && status->retryAfterSeconds) {
            delay = std::min(
                std::chrono::milliseconds(*status->retryAfterSeconds * 1000), kMaxRetryAfter);
        }
        qCInfo(ktKube) << "API answered" << httpStatus << "to" << verb() << m_spec.resource.path()
                       << "; attempt" << m_attempt + 1 << "in" << delay.count() << "ms";
        m_retryTimer->start(delay);
        return;
    }
    finish(ApiError::fromHttp(httpStatus, body, errorRequest(), config));
}

void ApiRequest::handleListPage(const QJsonObject &page)
{
    if (m_firstPage.isEmpty())
        m_firstPage = page;
    for (const QJsonValue &item : page.value(QLatin1String("items")).toArray())
        m_items.append(item);
    QJsonObject metadata = page.value(QLatin1String("metadata")).toObject();
    const QString next = metadata.value(QLatin1String("continue")).toString();
    if (!next.isEmpty()) {
        m_continue = next;
        m_attempt = 0;
        send();
        return;
    }
    QJsonObject list = m_firstPage;
    metadata.remove(QLatin1String("continue"));
    metadata.remove(QLatin1String("remainingItemCount"));
    list.insert(QLatin1String("metadata"), metadata);
    list.insert(QLatin1String("items"), m_items);
    finish(withItemKinds(list));
}

void ApiRequest::onTimeout()
{
    dropReply();
    finish(ApiError::timeout(m_spec.timeout, errorRequest(), m_connection->config()));
}

void ApiRequest::abortWork()
{
    m_timer->stop();
    m_retryTimer->stop();
    dropReply();
}

void ApiRequest::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

std::chrono::milliseconds ApiRequest::backoff(int attempt)
{
    const int exponent = std::clamp(attempt - 2, 0, 4);
    return std::chrono::milliseconds(500 << exponent);
}

std::optional<std::chrono::milliseconds> ApiRequest::retryAfter(
    const QByteArray &header, const QDateTime &now)
{
    const QByteArray text = header.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    std::chrono::milliseconds wait {0};
    if (isNumber) {
        if (seconds < 0)
            return std::nullopt;
        wait = std::chrono::milliseconds(
            std::min<qint64>(seconds, kMaxRetryAfter.count() / 1000) * 1000);
    } else {
        // An HTTP date ("Wed, 01 May 2024 10:00:05 GMT"); Qt reads RFC 2822 with a numeric zone.
        QString date = QString::fromLatin1(text);
        if (date.endsWith(QLatin1String(" GMT")))
            date = date.chopped(4) + QStringLiteral(" +0000");
        const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
        if (!when.isValid())
            return std::nullopt;
        wait = std::chrono::milliseconds(std::max<qint64>(0, now.msecsTo(when)));
    }
    return std::min(wait, kMaxRetryAfter);
}

} // namespace Kt::Kube
