#pragma once

#include "kube/resources/objectmeta.h"
#include "kube/resources/objectreference.h"

namespace Kt::Kube {

// Endpoints (v1) of a Service: its ready and not-ready pod addresses, per subset of ports.
struct Endpoints
{
    struct Address
    {
        QString ip;
        QString hostname;
        QString nodeName;
        ObjectReference targetRef; // usually the Pod
    };
    struct Port
    {
        QString name;
        int port = 0;
        QString protocol = QStringLiteral("TCP");
    };
    struct Subset
    {
        QList<Address> addresses;
        QList<Address> notReadyAddresses;
        QList<Port> ports;
    };

    ObjectMeta metadata;
    QList<Subset> subsets;
    QJsonObject raw;

    // Every ready IP, in order, each once.
    QStringList readyIps() const;

    static Result<Endpoints> fromJson(const QJsonObject &object);
};

} // namespace Kt::Kube
