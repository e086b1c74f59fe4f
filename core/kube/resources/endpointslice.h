#pragma once

#include "kube/resources/objectmeta.h"
#include "kube/resources/objectreference.h"

namespace Kt::Kube {

// An EndpointSlice (discovery.k8s.io/v1): a part of a Service's endpoints.
struct EndpointSlice
{
    struct Endpoint
    {
        QStringList addresses;
        // conditions: an absent `ready` means ready (the API's rule); serving follows ready.
        bool ready = true;
        bool serving = true;
        bool terminating = false;
        QString hostname;
        QString nodeName;
        ObjectReference targetRef;
    };
    struct Port
    {
        QString name;
        int port = 0;
        QString protocol = QStringLiteral("TCP");
        QString appProtocol;
    };

    ObjectMeta metadata;
    QString serviceName; // label kubernetes.io/service-name
    QString addressType; // IPv4, IPv6, FQDN
    QList<Endpoint> endpoints;
    QList<Port> ports;
    QJsonObject raw;

    QStringList readyAddresses() const;

    static Result<EndpointSlice> fromJson(const QJsonObject &object);
};

} // namespace Kt::Kube
