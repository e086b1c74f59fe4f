#pragma once

#include "kube/resources/condition.h"
#include "kube/resources/labelselector.h"
#include "kube/resources/objectmeta.h"
#include "kube/resources/podtemplate.h"

namespace Kt::Kube {

// A Deployment (apps/v1).
struct Deployment
{
    ObjectMeta metadata;
    int replicas = 1; // spec.replicas (the API's default when absent)
    LabelSelector selector;
    PodTemplate podTemplate;
    QString strategy; // RollingUpdate or Recreate
    bool paused = false;
    // status
    int statusReplicas = 0;
    int readyReplicas = 0;
    int availableReplicas = 0;
    int updatedReplicas = 0;
    qint64 observedGeneration = 0;
    QList<Condition> conditions;
    QJsonObject raw;

    // Every wanted replica is updated and ready, and the controller saw the latest spec.
    bool isRolledOut() const;

    static Result<Deployment> fromJson(const QJsonObject &object);
};

} // namespace Kt::Kube
