#pragma once

#include "kube/resources/deployment.h"
#include "kube/resources/service.h"
#include "workspace/workloadrow.h"

#include <QJsonObject>
#include <QList>

namespace Kt::Workspace {

// Turns the Deployments, Services and kt pods (label control-by=kt) of one namespace into the
// rows of the resource table, with each row's kt status read the way ktctl writes it:
//  - a kt pod's kt-config `service=<svc>` marks the Service by its kt-role (shadow-exchange:
//    exchanged, shadow-mesh and router: meshed, shadow-preview: previewed) and kt-user;
//    `app=<deploy>,replicas=n` marks a Deployment exchanged in scale mode; mesh shadows and
//    routers without kt-config are recognised by kt-connect's names (<svc>-kt-mesh-<v>,
//    <svc>-kt-router);
//  - a Deployment carries the mark of a Service that selects its pods (by the Service's original
//    selector, which kt-selector keeps while the Service points at a shadow);
//  - a Service with kt-selector but no live kt pod for it is stale: a crashed session's leftover.
class WorkloadRowBuilder
{
public:
    static QList<WorkloadRow> build(const QList<Kube::Deployment> &deployments,
        const QList<Kube::Service> &services, const QList<QJsonObject> &ktPods);

    // The selector a Service had before kt pointed it at a shadow (kt-selector), else its own.
    static QMap<QString, QString> originalSelector(const Kube::Service &service);
};

} // namespace Kt::Workspace
