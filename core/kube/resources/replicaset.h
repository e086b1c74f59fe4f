#pragma once

#include "kube/resources/labelselector.h"
#include "kube/resources/objectmeta.h"
#include "kube/resources/podtemplate.h"

namespace Kt::Kube {

// A ReplicaSet (apps/v1): usually owned by a Deployment (metadata.controller()).
struct ReplicaSet
{
    ObjectMeta metadata;
    int replicas = 1;
    LabelSelector selector;
    PodTemplate podTemplate;
    int statusReplicas = 0;
    int readyReplicas = 0;
    int availableReplicas = 0;
    QJsonObject raw;

    // The Deployment revision (annotation deployment.kubernetes.io/revision); 0 when none.
    int revision() const;

    static Result<ReplicaSet> fromJson(const QJsonObject &object);
};

} // namespace Kt::Kube
