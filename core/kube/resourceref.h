#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace Kt::Kube {

// Which objects a request is about: a resource type (API group, version, plural name, whether
// it lives in namespaces), optionally narrowed to a namespace, one object by name, and a
// subresource ("status", "scale", "log"). A plain value; the helpers name the kinds KtDesk uses.
//
//   ResourceRef::deployments(QStringLiteral("shop"), QStringLiteral("web"))
//       -> /apis/apps/v1/namespaces/shop/deployments/web
//   ResourceRef::pods()  (no namespace: across all namespaces)
//       -> /api/v1/pods
class ResourceRef
{
    Q_DECLARE_TR_FUNCTIONS(ResourceRef)

public:
    ResourceRef() = default;
    // `group` is empty for the core API ("v1"); `namespaced` is false for cluster-wide kinds.
    ResourceRef(QString group, QString version, QString resource, bool namespaced,
        QString namespaceName = {}, QString name = {});

    static ResourceRef namespaces(const QString &name = {});
    static ResourceRef nodes(const QString &name = {});
    static ResourceRef pods(const QString &namespaceName = {}, const QString &name = {});
    static ResourceRef services(const QString &namespaceName = {}, const QString &name = {});
    static ResourceRef endpoints(const QString &namespaceName = {}, const QString &name = {});
    static ResourceRef endpointSlices(const QString &namespaceName = {}, const QString &name = {});
    static ResourceRef configMaps(const QString &namespaceName = {}, const QString &name = {});
    static ResourceRef secrets(const QString &namespaceName = {}, const QString &name = {});
    static ResourceRef events(const QString &namespaceName = {}, const QString &name = {});
    static ResourceRef deployments(const QString &namespaceName = {}, const QString &name = {});
    static ResourceRef replicaSets(const QString &namespaceName = {}, const QString &name = {});

    QString group() const { return m_group; }
    QString version() const { return m_version; }
    // "v1" or "apps/v1": what objects of this type carry as apiVersion.
    QString apiVersion() const;
    // The plural resource name as the URL and RBAC use it ("deployments").
    QString resource() const { return m_resource; }
    bool isNamespaced() const { return m_namespaced; }
    // Empty: all namespaces (for a list or watch) or a cluster-wide kind.
    QString namespaceName() const { return m_namespace; }
    // Empty: the collection.
    QString name() const { return m_name; }
    QString subresource() const { return m_subresource; }

    ResourceRef withNamespace(const QString &namespaceName) const;
    ResourceRef withName(const QString &name) const;
    ResourceRef withSubresource(const QString &subresource) const;
    // The collection this object belongs to (name and subresource dropped).
    ResourceRef collection() const;

    // The URL path below the server, e.g. "/apis/apps/v1/namespaces/shop/deployments/web/scale".
    QString path() const;
    // "deployments.apps" (kubectl's resource.group), or "configmaps" for the core group.
    QString qualifiedResource() const;
    // For messages: `deployments.apps "web" in namespace "shop"`, `configmaps in all namespaces`.
    QString displayName() const;

    friend bool operator==(const ResourceRef &, const ResourceRef &) = default;

private:
    QString m_group;
    QString m_version;
    QString m_resource;
    bool m_namespaced = true;
    QString m_namespace;
    QString m_name;
    QString m_subresource;
};

} // namespace Kt::Kube

Q_DECLARE_METATYPE(Kt::Kube::ResourceRef)
