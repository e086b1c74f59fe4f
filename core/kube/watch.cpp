#include "watch.h"

#include "common/logging.h"
#include "kube/apiclient.h"
#include "kube/apirequest.h"
#include "kube/clusterconnection.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

namespace Kt::Kube {

namespace {

constexpr qsizetype kMaxErrorBody = 1024 * 1024;
// A watch call that ends cleanly sooner than this without delivering anything is not trusted to
// be a normal end: the next one waits out the backoff, so a misbehaving server is not hammered.
constexpr qint64 kShortWatchMs = 1000;

// Failures that the same request will meet again, whatever the wait.
bool isPermanent(const Error &error)
{
    switch (error.code) {
    case ErrorCode::Unauthorized:
    case ErrorCode::Forbidden:
    case ErrorCode::InvalidInput:
    case ErrorCode::NotFound:
    case ErrorCode::Internal:
        return true;
    default:
        return false;
    }
}

// `delay` with up to ±20 % jitter, so that many watches of one client do not retry together.
std::chrono::milliseconds jittered(std::chrono::milliseconds delay)
{
    const qint64 spread = delay.count() / 5;
    if (spread <= 0)
        return delay;
    return std::chrono::milliseconds(
        delay.count() - spread + QRandomGenerator::global()->bounded(2 * spread + 1));
}

} // namespace

Watch::Watch(ApiClient *client, ResourceRef collection, WatchOptions options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_resource(collection.collection())
    , m_options(std::move(options))
    , m_inactivityTimer(new QTimer(this))
    , m_retryTimer(new QTimer(this))
    , m_backoff(m_options.initialBackoff)
{
    m_inactivityTimer->setSingleShot(true);
    m_retryTimer->setSingleShot(true);
    connect(m_inactivityTimer, &QTimer::timeout, this, &Watch::onInactivity);
    connect(m_retryTimer, &QTimer::timeout, this, &Watch::retry);
}

Watch::~Watch()
{
    abortAll();
}

ApiError::Request Watch::errorRequest() const
{
    return {QStringLiteral("watch"), m_resource};
}

void Watch::setState(State state)
{
    if (m_state == state)
        return;
    if (m_state == State::Stopped) {
        qCWarning(ktKube) << "Watch of" << m_resource.path() << ": illegal transition from Stopped"
                          << "to" << state;
        return;
    }
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Watch::start()
{
    if (m_state != State::Idle) {
        qCWarning(ktKube) << "Watch::start() in state" << m_state << "ignored";
        return;
    }
    m_resourceVersion = m_options.resourceVersion;
    const Next first = m_resourceVersion.isEmpty() ? Next::List : Next::Watch;
    setState(first == Next::List ? State::Listing : State::Watching);
    // From the event loop: whatever happens (even an error at once) comes after start() returned.
    QMetaObject::invokeMethod(
        this,
        [this, first] {
            if (m_state == State::Stopped)
                return;
            if (first == Next::List)
                beginList();
            else
                beginWatch();
        },
        Qt::QueuedConnection);
}

void Watch::stop()
{
    if (m_state == State::Stopped)
        return;
    stopWith(Error {ErrorCode::Cancelled,
        tr("The watch of %1 was stopped.").arg(m_resource.displayName()), {}, {}});
}

void Watch::stopWith(const Error &error)
{
    abortAll();
    setState(State::Stopped);
    Q_EMIT finished(error);
}

void Watch::abortAll()
{
    m_inactivityTimer->stop();
    m_retryTimer->stop();
    dropReply();
    if (m_listJob) {
        ApiRequest *job = m_listJob;
        m_listJob = nullptr;
        disconnect(job, nullptr, this, nullptr);
        job->cancel();
    }
}

void Watch::dropReply()
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

void Watch::beginList()
{
    setState(State::Listing);
    ListOptions options;
    options.labelSelector = m_options.labelSelector;
    options.fieldSelector = m_options.fieldSelector;
    options.limit = m_options.listLimit;
    options.allPages = true;
    ApiRequest *job = m_client->list(m_resource, options);
    m_listJob = job;
    connect(job, &ApiJob::finished, this, [this](const Result<QJsonObject> &result) {
        m_listJob = nullptr;
        onListFinished(result);
    });
}

void Watch::onListFinished(const Result<QJsonObject> &result)
{
    if (!result) {
        fail(result.error(), Next::List);
        return;
    }
    const QJsonObject list = result.value();
    const QString version = list.value(QLatin1String("metadata"))
                                .toObject()
                                .value(QLatin1String("resourceVersion"))
                                .toString();
    if (version.isEmpty()) {
        fail(ApiError::protocol(tr("the list carries no resourceVersion"), errorRequest(),
                 m_client->connection()->config()),
            Next::List);
        return;
    }
    m_resourceVersion = version;
    m_backoff = m_options.initialBackoff;
    const QJsonArray items = list.value(QLatin1String("items")).toArray();
    qCDebug(ktKube) << "Listed" << items.size() << m_resource.path() << "at" << version;
    Q_EMIT listed(items, version);
    if (m_state == State::Stopped) // stopped by a slot
        return;
    beginWatch();
}

void Watch::beginWatch()
{
    setState(State::Watching);
    dropReply();
    m_parser.reset();
    m_httpStatus = 0;
    m_errorBody.clear();
    m_sslErrors.clear();
    m_sawEvent = false;
    m_watchAge.start();
    const quint64 attempt = ++m_attempt;

    QUrlQuery query;
    query.addQueryItem(QStringLiteral("watch"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("allowWatchBookmarks"), QStringLiteral("true"));
    if (!m_resourceVersion.isEmpty())
        query.addQueryItem(QStringLiteral("resourceVersion"), m_resourceVersion);
    const qint64 timeout = m_options.serverTimeout.count();
    const qint64 jitter = timeout > 10 ? QRandomGenerator::global()->bounded(timeout / 10) : 0;
    query.addQueryItem(QStringLiteral("timeoutSeconds"), QString::number(timeout + jitter));
    if (!m_options.labelSelector.isEmpty())
        query.addQueryItem(QStringLiteral("labelSelector"), m_options.labelSelector);
    if (!m_options.fieldSelector.isEmpty())
        query.addQueryItem(QStringLiteral("fieldSelector"), m_options.fieldSelector);

    m_inactivityTimer->start(m_options.connectTimeout);
    ClusterConnection *connection = m_client->connection();
    const QPointer<Watch> guard(this);
    connection->prepareRequest(connection->url(m_resource.path(), query),
        [guard, attempt](Result<QNetworkRequest> request) {
            if (guard && guard->m_state == State::Watching && guard->m_attempt == attempt)
                guard->onWatchRequestReady(std::move(request));
        });
}

void Watch::onWatchRequestReady(Result<QNetworkRequest> request)
{
    if (!request) {
        m_inactivityTimer->stop();
        Error error = request.error();
        // prepareRequest can answer synchronously: fail from the event loop, not inside it.
        QMetaObject::invokeMethod(
            this,
            [this, error, attempt = m_attempt] {
                if (m_state == State::Watching && m_attempt == attempt)
                    fail(error, Next::Watch);
            },
            Qt::QueuedConnection);
        return;
    }
    QNetworkRequest networkRequest = std::move(request).value();
    // Events must arrive as they happen, not when a buffer fills.
    networkRequest.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    m_reply = m_client->network()->get(networkRequest);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &Watch::onWatchHeaders);
    connect(m_reply, &QNetworkReply::readyRead, this, &Watch::onWatchData);
    connect(m_reply, &QNetworkReply::finished, this, &Watch::onWatchFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this,
        [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
}

void Watch::onWatchHeaders()
{
    if (!m_reply)
        return;
    // Connected: from now on silence, not the connection, is what times out.
    m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_inactivityTimer->start(m_options.inactivityTimeout);
}

void Watch::onWatchData()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_inactivityTimer->start(m_options.inactivityTimeout);
    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->readAll();
    if (m_httpStatus != 200) {
        if (m_errorBody.size() < kMaxErrorBody)
            m_errorBody.append(data.left(kMaxErrorBody - m_errorBody.size()));
        return;
    }
    Result<QList<WatchEvent>> events = m_parser.feed(data);
    if (!events) {
        dropReply();
        fail(ApiError::protocol(
                 events.error().message, errorRequest(), m_client->connection()->config()),
            Next::Watch);
        return;
    }
    for (const WatchEvent &event : events.value()) {
        handleEvent(event);
        // A slot may have stopped the watch, or the event may have started a new list.
        if (m_state != State::Watching || m_reply != reply)
            return;
    }
}

void Watch::handleEvent(const WatchEvent &event)
{
    if (event.type == WatchEvent::Type::Error) {
        const QJsonObject status = event.object;
        const int code = status.value(QLatin1String("code")).toInt();
        const QByteArray json = QJsonDocument(status).toJson(QJsonDocument::Compact);
        if (code == 410) {
            qCInfo(ktKube).noquote()
                << "Watch of" << m_resource.path() << "from version" << m_resourceVersion
                << "expired; listing again:" << QString::fromUtf8(json);
            relist();
            return;
        }
        dropReply();
        fail(ApiError::fromHttp(
                 code > 0 ? code : 500, json, errorRequest(), m_client->connection()->config()),
            Next::Watch);
        return;
    }
    const QString version = event.resourceVersion();
    if (!version.isEmpty())
        m_resourceVersion = version;
    m_sawEvent = true;
    m_backoff = m_options.initialBackoff;
    m_authRetried = false;
    Q_EMIT eventReceived(event);
}

void Watch::relist()
{
    dropReply();
    m_inactivityTimer->stop();
    m_resourceVersion.clear();
    beginList();
}

void Watch::onWatchFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    if (reply->bytesAvailable() > 0) {
        onWatchData();
        if (m_reply != reply)
            return;
    }
    m_inactivityTimer->stop();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.toInt();
    const QNetworkReply::NetworkError error = reply->error();
    const QString errorString = reply->errorString();
    QNetworkAccessManager *network = reply->manager();
    dropReply();
    const ClientConfig &config = m_client->connection()->config();
    if (status == 401)
        m_client->credentialsRejectedOn(network);

    if (status == 200) {
        if (error != QNetworkReply::NoError) {
            fail(ApiError::fromNetwork(error, errorString, m_sslErrors, errorRequest(), config),
                Next::Watch);
            return;
        }
        if (!m_parser.isIdle()) {
            fail(ApiError::protocol(
                     tr("the watch stream ended inside an event"), errorRequest(), config),
                Next::Watch);
            return;
        }
        // The server's timeoutSeconds ran out: the normal end of a watch call.
        qCDebug(ktKube) << "Watch call of" << m_resource.path() << "ended at version"
                        << m_resourceVersion;
        if (m_sawEvent || m_watchAge.elapsed() >= kShortWatchMs) {
            beginWatch();
        } else {
            setState(State::Reconnecting);
            m_next = Next::Watch;
            m_retryTimer->start(jittered(m_backoff));
            m_backoff = std::min(m_backoff * 2, m_options.maxBackoff);
        }
        return;
    }
    if (!statusAttribute.isValid() || status == 0) {
        fail(ApiError::fromNetwork(error, errorString, m_sslErrors, errorRequest(), config),
            Next::Watch);
        return;
    }
    if (status == 410) {
        qCInfo(ktKube) << "Watch of" << m_resource.path() << "answered 410; listing again";
        relist();
        return;
    }
    if (status == 401 && !m_authRetried && m_client->connection()->credentialsRejected()) {
        m_authRetried = true;
        beginWatch();
        return;
    }
    fail(ApiError::fromHttp(status, m_errorBody, errorRequest(), config), Next::Watch);
}

void Watch::onInactivity()
{
    const bool connected = m_httpStatus != 0;
    dropReply();
    const std::chrono::milliseconds silence
        = connected ? m_options.inactivityTimeout : m_options.connectTimeout;
    qCInfo(ktKube) << "Watch of" << m_resource.path() << "was silent for" << silence.count()
                   << "ms; reconnecting";
    fail(ApiError::timeout(silence, errorRequest(), m_client->connection()->config()), Next::Watch);
}

void Watch::fail(const Error &error, Next next)
{
    if (m_state == State::Stopped)
        return;
    if (isPermanent(error)) {
        qCInfo(ktKube).noquote() << "Watch of" << m_resource.path() << "stops:" << error.toString();
        stopWith(error);
        return;
    }
    m_next = m_resourceVersion.isEmpty() || m_options.relistAfterError ? Next::List : next;
    const std::chrono::milliseconds delay = jittered(m_backoff);
    m_backoff = std::min(m_backoff * 2, m_options.maxBackoff);
    qCInfo(ktKube).noquote() << "Watch of" << m_resource.path() << "failed, retrying in"
                             << delay.count() << "ms:" << error.toString();
    setState(State::Reconnecting);
    m_retryTimer->start(delay);
    Q_EMIT errorOccurred(error);
}

void Watch::retry()
{
    if (m_state != State::Reconnecting)
        return;
    if (m_next == Next::List)
        beginList();
    else
        beginWatch();
}

} // namespace Kt::Kube
