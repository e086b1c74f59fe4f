#pragma once

#include "kube/resources/jsonreader.h"

#include <optional>

namespace Kt::Kube {

// `metadata` of every API object: what KtDesk shows, keys caches by, and follows owners with.
struct ObjectMeta
{
    // metadata.ownerReferences[]: a Pod's ReplicaSet, a ReplicaSet's Deployment.
    struct OwnerReference
    {
        QString apiVersion;
        QString kind;
        QString name;
        QString uid;
        bool controller = false;
    };

    QString name;
    QString generateName;
    QString namespaceName;
    QString uid;
    QString resourceVersion;
    qint64 generation = 0;
    QMap<QString, QString> labels;
    QMap<QString, QString> annotations;
    QDateTime creationTimestamp;
    QDateTime deletionTimestamp; // valid while the object is being deleted
    QList<OwnerReference> ownerReferences;
    QStringList finalizers;

    // "namespace/name", or "name" for cluster-wide objects (the Informer's key).
    QString key() const;
    bool isBeingDeleted() const { return deletionTimestamp.isValid(); }
    // The owner with controller: true (the ReplicaSet of a Pod).
    std::optional<OwnerReference> controller() const;

    // Reads the `metadata` object of `object`; a missing name is a problem.
    static ObjectMeta read(const JsonReader &object);
};

} // namespace Kt::Kube
