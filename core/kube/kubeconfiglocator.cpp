#include "kubeconfiglocator.h"

#include <QDir>
#include <QFileInfo>

namespace Kt::Kube {

KubeconfigLocator::KubeconfigLocator(QString explicitPath)
    : m_explicitPath(std::move(explicitPath))
{ }

QStringList KubeconfigLocator::candidatePaths() const
{
    if (!m_explicitPath.isEmpty())
        return {m_explicitPath};
    const QString fromEnv = qEnvironmentVariable("KUBECONFIG");
    if (!fromEnv.isEmpty()) {
        QStringList paths;
        for (const QString &entry : fromEnv.split(QDir::listSeparator(), Qt::SkipEmptyParts)) {
            if (!paths.contains(entry))
                paths.append(entry);
        }
        if (!paths.isEmpty())
            return paths;
    }
    return {QDir::homePath() + QStringLiteral("/.kube/config")};
}

QStringList KubeconfigLocator::existingPaths() const
{
    QStringList paths;
    for (const QString &path : candidatePaths()) {
        if (QFileInfo(path).isFile())
            paths.append(path);
    }
    return paths;
}

bool KubeconfigLocator::isExplicit() const
{
    return !m_explicitPath.isEmpty() || !qEnvironmentVariable("KUBECONFIG").isEmpty();
}

} // namespace Kt::Kube
