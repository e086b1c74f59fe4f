#pragma once

#include "kube/resources/condition.h"
#include "kube/resources/objectmeta.h"

namespace Kt::Kube {

// A Node (v1).
struct Node
{
    struct Address
    {
        QString type; // InternalIP, ExternalIP, Hostname
        QString address;
    };

    ObjectMeta metadata;
    QStringList podCidrs; // spec.podCIDRs, or spec.podCIDR alone
    bool unschedulable = false;
    QList<Address> addresses;
    QList<Condition> conditions;
    QString kubeletVersion;
    QString osImage;
    QString architecture;
    QJsonObject raw;

    bool isReady() const;
    // The first address of `type` (e.g. "InternalIP").
    QString address(const QString &type) const;

    static Result<Node> fromJson(const QJsonObject &object);
};

} // namespace Kt::Kube
