#include "kubeconfig.h"

namespace Kt::Kube {

QString AuthInfo::authKind() const
{
    // kubectl puts a bearer token (the file's content wins over an inline token when the file can
    // be read) or basic auth in the Authorization header; a client certificate goes into TLS; exec
    // plugins run only when none of those is set.
    if (!tokenFile.isEmpty())
        return QStringLiteral("token-file");
    if (!token.isEmpty())
        return QStringLiteral("token");
    if (!username.isEmpty() || !password.isEmpty())
        return QStringLiteral("basic");
    if (!clientCertificate.isEmpty() || !clientCertificateData.isEmpty())
        return QStringLiteral("client-certificate");
    if (exec)
        return QStringLiteral("exec");
    if (authProvider)
        return QStringLiteral("auth-provider:") + authProvider->name;
    return QStringLiteral("none");
}

void Kubeconfig::mergeLowerPriority(const Kubeconfig &other)
{
    for (const Cluster &cluster : other.m_clusters) {
        if (!m_clusters.contains(cluster.name))
            m_clusters.insert(cluster.name, cluster);
    }
    for (const AuthInfo &user : other.m_users) {
        if (!m_users.contains(user.name))
            m_users.insert(user.name, user);
    }
    for (const Context &context : other.m_contexts) {
        if (!m_contexts.contains(context.name))
            m_contexts.insert(context.name, context);
    }
    if (m_currentContext.isEmpty())
        m_currentContext = other.m_currentContext;
    // A boolean preference is "set" only when true: false is Go's zero value, which mergo never
    // copies over a true.
    m_colors = m_colors || other.m_colors;
    for (const QString &file : other.m_files) {
        if (!m_files.contains(file))
            m_files.append(file);
    }
}

bool Kubeconfig::isEmpty() const
{
    return m_clusters.isEmpty() && m_users.isEmpty() && m_contexts.isEmpty()
        && m_currentContext.isEmpty();
}

} // namespace Kt::Kube
