#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QString>

namespace Kt::Kube {

// One local:remote pair of a port-forward, in kubectl port-forward's syntax: "8080:80" (local
// 8080 to the pod's 80), "80" (the same port on both sides) or ":80" / "0:80" (a free local
// port, chosen when listening).
struct PortMapping
{
    Q_DECLARE_TR_FUNCTIONS(PortMapping)

public:
    quint16 localPort = 0; // 0: pick a free port
    quint16 remotePort = 0;

    static Result<PortMapping> parse(const QString &text);
    QString toString() const;

    friend bool operator==(const PortMapping &, const PortMapping &) = default;
};

} // namespace Kt::Kube
