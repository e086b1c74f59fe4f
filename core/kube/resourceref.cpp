#include "resourceref.h"

#include <QUrl>

namespace Kt::Kube {

namespace {

// Names are DNS labels or subdomains, but a path segment must survive any string.
QString segment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

ResourceRef::ResourceRef(QString group, QString version, QString resource, bool namespaced,
    QString namespaceName, QString name)
    : m_group(std::move(group))
    , m_version(std::move(version))
    , m_resource(std::move(resource))
    , m_namespaced(namespaced)
    , m_namespace(namespaced ? std::move(namespaceName) : QString())
    , m_name(std::move(name))
{ }

ResourceRef ResourceRef::namespaces(const QString &name)
{
    return ResourceRef({}, QStringLiteral("v1"), QStringLiteral("namespaces"), false, {}, name);
}

ResourceRef ResourceRef::nodes(const QString &name)
{
    return ResourceRef({}, QStringLiteral("v1"), QStringLiteral("nodes"), false, {}, name);
}

ResourceRef ResourceRef::pods(const QString &namespaceName, const QString &name)
{
    return ResourceRef({}, QStringLiteral("v1"), QStringLiteral("pods"), true, namespaceName, name);
}

ResourceRef ResourceRef::services(const QString &namespaceName, const QString &name)
{
    return ResourceRef(
        {}, QStringLiteral("v1"), QStringLiteral("services"), true, namespaceName, name);
}

ResourceRef ResourceRef::endpoints(const QString &namespaceName, const QString &name)
{
    return ResourceRef(
        {}, QStringLiteral("v1"), QStringLiteral("endpoints"), true, namespaceName, name);
}

ResourceRef ResourceRef::endpointSlices(const QString &namespaceName, const QString &name)
{
    return ResourceRef(QStringLiteral("discovery.k8s.io"), QStringLiteral("v1"),
        QStringLiteral("endpointslices"), true, namespaceName, name);
}

ResourceRef ResourceRef::configMaps(const QString &namespaceName, const QString &name)
{
    return ResourceRef(
        {}, QStringLiteral("v1"), QStringLiteral("configmaps"), true, namespaceName, name);
}

ResourceRef ResourceRef::secrets(const QString &namespaceName, const QString &name)
{
    return ResourceRef(
        {}, QStringLiteral("v1"), QStringLiteral("secrets"), true, namespaceName, name);
}

ResourceRef ResourceRef::events(const QString &namespaceName, const QString &name)
{
    return ResourceRef(
        {}, QStringLiteral("v1"), QStringLiteral("events"), true, namespaceName, name);
}

ResourceRef ResourceRef::deployments(const QString &namespaceName, const QString &name)
{
    return ResourceRef(QStringLiteral("apps"), QStringLiteral("v1"), QStringLiteral("deployments"),
        true, namespaceName, name);
}

ResourceRef ResourceRef::replicaSets(const QString &namespaceName, const QString &name)
{
    return ResourceRef(QStringLiteral("apps"), QStringLiteral("v1"), QStringLiteral("replicasets"),
        true, namespaceName, name);
}

QString ResourceRef::apiVersion() const
{
    return m_group.isEmpty() ? m_version : m_group + QLatin1Char('/') + m_version;
}

ResourceRef ResourceRef::withNamespace(const QString &namespaceName) const
{
    ResourceRef copy = *this;
    if (m_namespaced)
        copy.m_namespace = namespaceName;
    return copy;
}

ResourceRef ResourceRef::withName(const QString &name) const
{
    ResourceRef copy = *this;
    copy.m_name = name;
    return copy;
}

ResourceRef ResourceRef::withSubresource(const QString &subresource) const
{
    ResourceRef copy = *this;
    copy.m_subresource = subresource;
    return copy;
}

ResourceRef ResourceRef::collection() const
{
    ResourceRef copy = *this;
    copy.m_name.clear();
    copy.m_subresource.clear();
    return copy;
}

QString ResourceRef::path() const
{
    QString path = m_group.isEmpty()
        ? QString(QStringLiteral("/api/") + m_version)
        : QString(QStringLiteral("/apis/") + m_group + QLatin1Char('/') + m_version);
    if (m_namespaced && !m_namespace.isEmpty())
        path += QStringLiteral("/namespaces/") + segment(m_namespace);
    path += QLatin1Char('/') + m_resource;
    if (!m_name.isEmpty()) {
        path += QLatin1Char('/') + segment(m_name);
        if (!m_subresource.isEmpty())
            path += QLatin1Char('/') + m_subresource;
    }
    return path;
}

QString ResourceRef::qualifiedResource() const
{
    return m_group.isEmpty() ? m_resource : m_resource + QLatin1Char('.') + m_group;
}

QString ResourceRef::displayName() const
{
    QString what = qualifiedResource();
    if (!m_name.isEmpty())
        what += QStringLiteral(" \"%1\"").arg(m_name);
    if (!m_subresource.isEmpty())
        what = tr("%1 (subresource %2)").arg(what, m_subresource);
    if (!m_namespaced)
        return what;
    if (m_namespace.isEmpty())
        return tr("%1 in all namespaces").arg(what);
    return tr("%1 in namespace \"%2\"").arg(what, m_namespace);
}

} // namespace Kt::Kube
