#pragma once

#include "kube/resources/intorstring.h"
#include "kube/resources/objectmeta.h"

namespace Kt::Kube {

// A Service (v1).
struct Service
{
    struct Port
    {
        QString name;
        QString protocol = QStringLiteral("TCP");
        int port = 0;
        IntOrString targetPort; // a number, or a container port's name; empty means `port`
        int nodePort = 0;
        QString appProtocol;
    };

    ObjectMeta metadata;
    QString type = QStringLiteral("ClusterIP"); // ClusterIP, NodePort, LoadBalancer, ExternalName
    QString clusterIp; // "None" for a headless service
    QStringList clusterIps;
    QString externalName;
    QMap<QString, QString> selector;
    QList<Port> ports;
    QJsonObject raw;

    bool isHeadless() const { return clusterIp == QLatin1String("None"); }
    // The port the Service forwards `port` to: targetPort, or the port itself when unset.
    IntOrString targetPortOf(const Port &port) const;

    static Result<Service> fromJson(const QJsonObject &object);
};

} // namespace Kt::Kube
