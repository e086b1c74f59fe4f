#include "workspace/workloadrow.h"

namespace Kt::Workspace {

QString WorkloadRow::key() const
{
    return keyOf(kind, namespaceName, name);
}

QString WorkloadRow::keyOf(WorkloadKind kind, const QString &namespaceName, const QString &name)
{
    const QString prefix = kind == WorkloadKind::Deployment ? QStringLiteral("Deployment/")
                                                            : QStringLiteral("Service/");
    return prefix + namespaceName + QLatin1Char('/') + name;
}

} // namespace Kt::Workspace
