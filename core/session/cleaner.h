#pragma once

#include "common/error.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

namespace Kt::Session {

class ClusterAccess;

// kt-connect's `clean` and `recover`, for objects left by KtDesk or by ktctl alike: finds what is
// stale in the cluster and how to put it back, then does it.
//  - kt objects (label control-by=kt: shadow and router pods, their ConfigMaps, stuntman/mesh
//    Services) whose kt-last-heart-beat is older than the threshold are deleted; objects without
//    the annotation are left alone, as kt-connect does;
//  - Services that carry kt-selector while no live shadow serves them get their selector back;
//  - Deployments scaled to zero by a stale scale-mode exchange (kt-config app=…,replicas=n on
//    the shadow) are scaled back.
// `recover <svc>` does the same for one Service regardless of heartbeats.
class Cleaner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Cleaner)

public:
    struct Action
    {
        QString description; // "delete pod shop/cart-kt-exchange-abcde (heartbeat 12 min ago)"
        QJsonObject undo; // an UndoAction
    };

    Cleaner(ClusterAccess *access, QObject *parent = nullptr);

    // Plans a clean of the whole cluster (or the namespace when listing cluster-wide is
    // forbidden). `service` non-empty: plan `recover <service>` in the access's namespace.
    void plan(qint64 thresholdSeconds, const QString &service = {});
    // Carries out a plan.
    void run(const QList<Action> &actions);

Q_SIGNALS:
    void planned(const Kt::Result<QList<Kt::Session::Cleaner::Action>> &actions);
    void finished(int done, const QStringList &problems);

private:
    void listNext();
    void makePlan();
    void runNext();

    ClusterAccess *m_access;
    qint64 m_threshold = 300;
    QString m_service;
    QStringList m_kinds;
    QList<QJsonObject> m_objects; // every listed object, with "kind" set
    QList<Action> m_pending;
    int m_done = 0;
    QStringList m_problems;
    bool m_namespaceOnly = false;
};

} // namespace Kt::Session
