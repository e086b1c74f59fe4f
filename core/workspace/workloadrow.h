#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

namespace Kt::Workspace {

Q_NAMESPACE

enum class WorkloadKind { Deployment, Service };
Q_ENUM_NS(WorkloadKind)

// What kt sessions (KtDesk's or ktctl's) do to a workload, read from kt-connect's labels and
// annotations on the objects in the cluster (ref/ktconnect-compat.md).
enum class KtStatus {
    None, // untouched
    Exchanged, // its traffic goes to someone's laptop (selector or scale mode)
    Meshed, // requests with someone's version header go to their laptop
    Previewed, // a Service made by `preview`/`run`: it leads to someone's laptop
    Stale, // kt changed it (kt-selector) but no live shadow serves it: clean or recover
};
Q_ENUM_NS(KtStatus)

// One row of the main window's resource table: a Deployment or a Service as the UI shows it.
// A value, made on the engine thread from the informers' caches.
struct WorkloadRow
{
    WorkloadKind kind = WorkloadKind::Deployment;
    QString namespaceName;
    QString name;
    int ready = 0; // Deployments: ready replicas
    int desired = 0; // Deployments: spec.replicas
    QDateTime created;
    QStringList images; // Deployments: the containers' images
    QStringList ports; // Services: "80→8080/TCP"
    // Ports the workload's traffic arrives on in the pods: a Service's target ports (named ones
    // resolved through the Deployments it selects); a Deployment's, those of the Services that
    // select it. What exchange and mesh accept as the remote port.
    QList<int> targetPorts;
    // The Services that carry its traffic (a Service: itself) and their ports (`port`, what
    // clients connect to): what forward offers.
    QStringList services;
    QList<int> servicePorts;
    // Which pods belong to it: a Deployment's matchLabels, a Service's (original) selector.
    QMap<QString, QString> selector;
    KtStatus ktStatus = KtStatus::None;
    QStringList ktUsers; // who exchanges / meshes / previews it (kt-user)

    // "Deployment/ns/name" or "Service/ns/name": unique in a cluster.
    QString key() const;
    static QString keyOf(WorkloadKind kind, const QString &namespaceName, const QString &name);

    friend bool operator==(const WorkloadRow &, const WorkloadRow &) = default;
};

} // namespace Kt::Workspace

Q_DECLARE_METATYPE(Kt::Workspace::WorkloadRow)
