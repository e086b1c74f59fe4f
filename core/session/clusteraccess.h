#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>

#include <functional>

namespace Kt::Kube {
class ApiClient;
class ClientConfig;
class ClusterConnection;
} // namespace Kt::Kube

namespace Kt::Session {

// Which cluster, as the user chose it: kubectl's --kubeconfig, --context and -n. Stored in the
// crash journal so that recovery reaches the same cluster again.
struct ClusterTarget
{
    QString kubeconfig; // empty: $KUBECONFIG or ~/.kube/config
    QString context; // empty: current-context
    QString namespaceName; // empty: the context's namespace

    QJsonObject toJson() const;
    static ClusterTarget fromJson(const QJsonObject &object);
};

// The connection and API client for one ClusterTarget, made once and shared by a session's steps.
class ClusterAccess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterAccess)

public:
    // Reads the kubeconfig now, on the calling thread (the CLI, engine threads).
    static Result<ClusterAccess *> open(const ClusterTarget &target, QObject *parent = nullptr);
    // The same without blocking the calling thread (the GUI thread): the kubeconfig (and the
    // files it names) is read on a pool thread, then the ClusterAccess is made on `context`'s
    // thread, with `context` as its parent, and handed to `done` there. Once `context` is gone,
    // `done` is never called.
    static void openLater(const ClusterTarget &target, QObject *context,
        std::function<void(Result<ClusterAccess *>)> done);

    Kube::ClusterConnection *connection() const { return m_connection; }
    Kube::ApiClient *api() const { return m_api; }
    QString namespaceName() const { return m_namespace; }
    QString contextName() const { return m_context; }
    ClusterTarget target() const { return m_target; }
    // insecure-skip-tls-verify is set for this context's cluster: the API server's certificate
    // is not checked. Never silent: the CLI prints tlsWarning(), sessions flag their SessionInfo.
    bool tlsVerificationOff() const { return m_tlsVerificationOff; }
    QString tlsWarning() const;

private:
    explicit ClusterAccess(QObject *parent)
        : QObject(parent)
    { }
    static ClusterAccess *make(
        const ClusterTarget &target, const Kube::ClientConfig &client, QObject *parent);

    ClusterTarget m_target;
    Kube::ClusterConnection *m_connection = nullptr;
    Kube::ApiClient *m_api = nullptr;
    QString m_namespace;
    QString m_context;
    QString m_cluster;
    bool m_tlsVerificationOff = false;
};

} // namespace Kt::Session
