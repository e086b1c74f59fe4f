#pragma once

#include "kube/resources/container.h"

namespace Kt::Kube {

// spec.template of a Deployment or ReplicaSet: the labels and containers its pods get.
struct PodTemplate
{
    QMap<QString, QString> labels;
    QMap<QString, QString> annotations;
    QList<Container> containers;
    QList<Container> initContainers;

    // Reads the `template` object of `spec`.
    static PodTemplate read(const JsonReader &spec);
};

} // namespace Kt::Kube
