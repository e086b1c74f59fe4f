#include "clusteraccess.h"

#include "common/assert.h"
#include "kube/apiclient.h"
#include "kube/clientconfig.h"
#include "kube/clusterconnection.h"
#include "kube/kubeconfigloader.h"
#include "kube/kubeconfiglocator.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>

#include <memory>

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

namespace {

Result<Kube::ClientConfig> resolveTarget(const ClusterTarget &target)
{
    const Result<Kube::Kubeconfig> config
        = Kube::KubeconfigLoader::load(Kube::KubeconfigLocator(target.kubeconfig));
    if (!config)
        return config.error();
    return Kube::ClientConfig::resolve(
        *config, Kube::ConfigOverrides {target.context, target.namespaceName});
}

} // namespace

ClusterAccess *ClusterAccess::make(
    const ClusterTarget &target, const Kube::ClientConfig &client, QObject *parent)
{
    auto *access = new ClusterAccess(parent);
    // Recorded as resolved, so that recovery after a crash reaches this very context even if
    // the kubeconfig's current-context changed meanwhile.
    access->m_target = {target.kubeconfig, client.contextName(), client.namespaceName()};
    access->m_namespace = client.namespaceName();
    access->m_context = client.contextName();
    access->m_cluster = client.clusterName();
    access->m_tlsVerificationOff = client.insecureSkipTlsVerify();
    access->m_connection = new Kube::ClusterConnection(client, access);
    access->m_api = new Kube::ApiClient(access->m_connection, access);
    return access;
}

Result<ClusterAccess *> ClusterAccess::open(const ClusterTarget &target, QObject *parent)
{
    const Result<Kube::ClientConfig> client = resolveTarget(target);
    if (!client)
        return client.error();
    return make(target, *client, parent);
}

void ClusterAccess::openLater(const ClusterTarget &target, QObject *context,
    std::function<void(Result<ClusterAccess *>)> done)
{
    KT_ASSERT(context, return );
    // The watcher lives with `context`: when that goes, the answer has nobody to reach.
    using Resolved = std::shared_ptr<Result<Kube::ClientConfig>>;
    auto promise = std::make_shared<QPromise<Resolved>>();
    auto *watcher = new QFutureWatcher<Resolved>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
        [watcher, target, context, done = std::move(done)] {
            watcher->deleteLater();
            const Resolved resolved
                = watcher->future().resultCount() > 0 ? watcher->result() : Resolved();
            if (!resolved)
                return done(Error {
                    ErrorCode::Internal, tr("Reading the kubeconfig was interrupted."), {}, {}});
            if (!*resolved)
                return done(resolved->error());
            done(make(target, resolved->value(), context));
        });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, target] {
        promise->addResult(std::make_shared<Result<Kube::ClientConfig>>(resolveTarget(target)));
        promise->finish();
    });
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
