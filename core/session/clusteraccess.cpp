#include "clusteraccess.h"

#include "kube/apiclient.h"
#include "kube/clientconfig.h"
#include "kube/clusterconnection.h"
#include "kube/kubeconfigloader.h"
#include "kube/kubeconfiglocator.h"

namespace Kt::Session {

QJsonObject ClusterTarget::toJson() const
{
    return QJsonObject {{QStringLiteral("kubeconfig"), kubeconfig},
        {QStringLiteral("context"), context}, {QStringLiteral("namespace"), namespaceName}};
}

ClusterTarget ClusterTarget::fromJson(const QJsonObject &object)
{
    return {object.value(QStringLiteral("kubeconfig")).toString(),
        object.value(QStringLiteral("context")).toString(),
        object.value(QStringLiteral("namespace")).toString()};
}

Result<ClusterAccess *> ClusterAccess::open(const ClusterTarget &target, QObject *parent)
{
    const Result<Kube::Kubeconfig> config
        = Kube::KubeconfigLoader::load(Kube::KubeconfigLocator(target.kubeconfig));
    if (!config)
        return config.error();
    const Result<Kube::ClientConfig> client = Kube::ClientConfig::resolve(
        *config, Kube::ConfigOverrides {target.context, target.namespaceName});
    if (!client)
        return client.error();
    auto *access = new ClusterAccess(parent);
    // Recorded as resolved, so that recovery after a crash reaches this very context even if
    // the kubeconfig's current-context changed meanwhile.
    access->m_target = {target.kubeconfig, client->contextName(), client->namespaceName()};
    access->m_namespace = client->namespaceName();
    access->m_context = client->contextName();
    access->m_cluster = client->clusterName();
    access->m_tlsVerificationOff = client->insecureSkipTlsVerify();
    access->m_connection = new Kube::ClusterConnection(*client, access);
    access->m_api = new Kube::ApiClient(access->m_connection, access);
    return access;
}

QString ClusterAccess::tlsWarning() const
{
    if (!m_tlsVerificationOff)
        return {};
    return tr("TLS verification is OFF for cluster %1 (insecure-skip-tls-verify in the kubeconfig, "
              "context %2): the API server's identity is not checked, so anyone on the network "
              "path could read or change what KtDesk sends, credentials included. Set "
              "certificate-authority(-data) instead.")
        .arg(m_cluster, m_context);
}

} // namespace Kt::Session
