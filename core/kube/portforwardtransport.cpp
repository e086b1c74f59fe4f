#include "portforwardtransport.h"

namespace Kt::Kube {

QString PortForwardTransport::path(const QString &namespaceName, const QString &podName)
{
    return QStringLiteral("/api/v1/namespaces/%1/pods/%2/portforward").arg(namespaceName, podName);
}

} // namespace Kt::Kube
