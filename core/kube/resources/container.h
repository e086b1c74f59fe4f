#pragma once

#include "kube/resources/jsonreader.h"

namespace Kt::Kube {

// A container of a pod spec or pod template: what runs and which ports it names.
struct Container
{
    struct Port
    {
        QString name;
        int containerPort = 0;
        QString protocol = QStringLiteral("TCP");
    };

    QString name;
    QString image;
    QStringList command;
    QStringList args;
    QList<Port> ports;

    // The port named `name` (for a Service's targetPort by name).
    std::optional<Port> port(const QString &name) const;

    static Container read(const JsonReader &reader);
    static QList<Container> readAll(const JsonReader &spec, const QString &key);
};

} // namespace Kt::Kube
