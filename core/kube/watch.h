#pragma once

#include "common/error.h"
#include "kube/apierror.h"
#include "kube/apioptions.h"
#include "kube/resourceref.h"
#include "kube/watchevent.h"
#include "kube/watchstreamparser.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

#include <chrono>

class QNetworkReply;
class QTimer;

namespace Kt::Kube {

class ApiClient;
class ApiRequest;

// List + watch of one collection (a resource type in one namespace or all), kept alive: what
// client-go calls a reflector.
//
// Without a starting resourceVersion it lists first (every page) and emits listed(); then it
// watches from the list's version (allowWatchBookmarks, timeoutSeconds) and emits each event as
// the stream delivers it. When the server ends a watch call (timeoutSeconds), it watches again from
// the last version seen. When the connection drops or the server fails (5xx, unreachable, a
// silent connection past inactivityTimeout), it emits errorOccurred() and retries after an
// exponential backoff, from the last version (or with a new list, WatchOptions::relistAfterError).
// When that version is too old (410 Gone, or an ERROR
// event with code 410, e.g. after an API server restart) it lists again and emits listed() with
// the complete current state, which the consumer compares with what it had (see Informer).
// Failures retrying cannot fix (401 after a fresh credential, 403, 404, 400) stop it: finished()
// with the error. stop() ends it with ErrorCode::Cancelled. finished() is emitted exactly once,
// never synchronously from start(). The Watch does not delete itself.
class Watch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Watch)

public:
    enum class State {
        Idle, // created, start() not called yet
        Listing, // a (paged) list is under way; listed() follows
        Watching, // a watch call is open or being opened; events flow
        Reconnecting, // the last attempt failed; waiting out the backoff before the next
        Stopped, // stop() was called or a failure ended it; finished() was emitted
    };
    Q_ENUM(State)

    Watch(ApiClient *client, ResourceRef collection, WatchOptions options = {},
        QObject *parent = nullptr);
    ~Watch() override;

    const ResourceRef &resource() const { return m_resource; }
    State state() const { return m_state; }
    // The last resourceVersion seen (list, event or bookmark); the next watch starts from it.
    QString resourceVersion() const { return m_resourceVersion; }

    void start();
    void stop();

Q_SIGNALS:
    // The complete state of the collection at `resourceVersion` (the first list, and each list
    // after a 410). Items carry kind and apiVersion.
    void listed(const QJsonArray &items, const QString &resourceVersion);
    // Added, Modified, Deleted and Bookmark events (Error events are handled inside).
    void eventReceived(const Kt::Kube::WatchEvent &event);
    // A failure it recovers from by retrying (the state is Reconnecting until the next attempt).
    void errorOccurred(const Kt::Error &error);
    void stateChanged(Kt::Kube::Watch::State state);
    void finished(const Kt::Result<void> &result);

private:
    enum class Next { List, Watch };

    void beginList();
    void onListFinished(const Result<QJsonObject> &result);
    void beginWatch();
    void onWatchRequestReady(Result<QNetworkRequest> request);
    void onWatchHeaders();
    void onWatchData();
    void onWatchFinished();
    void onInactivity();
    void handleEvent(const WatchEvent &event);
    void relist();
    void fail(const Error &error, Next next);
    void retry();
    void stopWith(const Error &error);
    void setState(State state);
    void dropReply();
    void abortAll();
    ApiError::Request errorRequest() const;

    ApiClient *m_client;
    ResourceRef m_resource;
    WatchOptions m_options;
    State m_state = State::Idle;
    QString m_resourceVersion;
    QPointer<ApiRequest> m_listJob;
    QPointer<QNetworkReply> m_reply;
    QList<QSslError> m_sslErrors;
    int m_httpStatus = 0;
    QByteArray m_errorBody;
    WatchStreamParser m_parser;
    QElapsedTimer m_watchAge;
    quint64 m_attempt = 0; // counts watch calls; a late answer to an old one is ignored
    bool m_sawEvent = false;
    bool m_authRetried = false;
    QTimer *m_inactivityTimer;
    QTimer *m_retryTimer;
    std::chrono::milliseconds m_backoff;
    Next m_next = Next::List;
};

} // namespace Kt::Kube
