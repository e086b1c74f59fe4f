#pragma once

#include "common/error.h"

#include <QDateTime>
#include <QList>
#include <QObject>

namespace Kt::Session {

class ClusterAccess;

// Who is connected, exchanging, meshing or previewing in a cluster: every kt shadow and router
// pod (KtDesk's and ktctl's), as rows for `ktdesk-cli birdseye` and the dashboard window.
class Dashboard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Dashboard)

public:
    struct Row
    {
        QString namespaceName;
        QString name;
        QString user; // kt-user
        QString role; // kt-role: shadow-connect, shadow-exchange, ...
        QString target; // kt-config, e.g. "service=cart"
        QString phase; // the pod's phase
        QDateTime created;
        QDateTime lastHeartbeat; // invalid when the object has none
        bool stale = false; // heartbeat older than the threshold
    };

    explicit Dashboard(ClusterAccess *access, QObject *parent = nullptr);

    // Lists cluster-wide (the current namespace when that is forbidden).
    void refresh(qint64 staleAfterSeconds = 300);

Q_SIGNALS:
    void refreshed(const Kt::Result<QList<Kt::Session::Dashboard::Row>> &rows);

private:
    void list(bool allNamespaces);

    ClusterAccess *m_access;
    qint64 m_staleAfter = 300;
};

} // namespace Kt::Session
