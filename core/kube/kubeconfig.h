#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Kt::Kube {

// The data model of a kubeconfig, as kubectl reads it (client-go's clientcmd API, v1). Values are
// kept as written: relative paths stay relative and `origin` says which file to resolve them
// against (ClientConfig does that). These are plain values; they are in one header because they
// only make sense together.

// `users[].user.exec.env[]`
struct ExecEnvVar
{
    QString name;
    QString value;

    friend bool operator==(const ExecEnvVar &, const ExecEnvVar &) = default;
};

// `users[].user.exec`: a client-go credential plugin.
struct ExecConfig
{
    QString apiVersion; // client.authentication.k8s.io/v1 or /v1beta1
    QString command; // as written; ClientConfig resolves it when it contains a '/'
    QStringList args;
    QList<ExecEnvVar> env;
    QString installHint;
    bool provideClusterInfo = false;
    // Never, IfAvailable or Always. Like kubectl, "IfAvailable" when the file leaves it out and
    // apiVersion is v1beta1 (v1 requires it to be written).
    QString interactiveMode;

    friend bool operator==(const ExecConfig &, const ExecConfig &) = default;
};

// `users[].user.auth-provider`: the legacy in-tree auth providers (oidc, gcp, azure, ...).
struct AuthProvider
{
    QString name;
    QMap<QString, QString> config; // may hold secrets (id-token, refresh-token): never log values

    friend bool operator==(const AuthProvider &, const AuthProvider &) = default;
};

// `clusters[].cluster`
struct Cluster
{
    QString name;
    QString origin; // absolute path of the kubeconfig file that defined this cluster
    QString server;
    QString certificateAuthority; // a path, as written
    QByteArray certificateAuthorityData; // decoded PEM bytes
    bool insecureSkipTlsVerify = false;
    QString tlsServerName;
    QString proxyUrl;
    bool disableCompression = false;
    QJsonObject extensions; // extension name -> its value

    friend bool operator==(const Cluster &, const Cluster &) = default;
};

// `users[].user`: how to authenticate. kubectl calls it AuthInfo.
struct AuthInfo
{
    QString name;
    QString origin;
    QString clientCertificate; // a path, as written
    QByteArray clientCertificateData;
    QString clientKey; // a path, as written
    QByteArray clientKeyData;
    QString token;
    QString tokenFile; // a path, as written
    QString username;
    QString password;
    std::optional<ExecConfig> exec;
    std::optional<AuthProvider> authProvider;

    // How this user authenticates, judged from what is written (no file is read):
    // "token-file", "token", "basic", "client-certificate", "exec", "auth-provider:<name>" or
    // "none", in kubectl's order of precedence (a static credential makes kubectl skip exec).
    QString authKind() const;

    friend bool operator==(const AuthInfo &, const AuthInfo &) = default;
};

// `contexts[].context`
struct Context
{
    QString name;
    QString origin;
    QString cluster;
    QString user;
    QString namespaceName; // empty when the file sets none (kubectl then uses "default")

    friend bool operator==(const Context &, const Context &) = default;
};

// One kubeconfig file, or several merged the way kubectl merges $KUBECONFIG.
class Kubeconfig
{
public:
    Kubeconfig() = default;

    // Clusters, users and contexts by name; kubectl lists them sorted by name, so does QMap.
    const QMap<QString, Cluster> &clusters() const { return m_clusters; }
    const QMap<QString, AuthInfo> &users() const { return m_users; }
    const QMap<QString, Context> &contexts() const { return m_contexts; }
    QString currentContext() const { return m_currentContext; }
    bool colors() const { return m_colors; }
    // The files this configuration was read from, highest priority first.
    QStringList files() const { return m_files; }

    void insertCluster(const Cluster &cluster) { m_clusters.insert(cluster.name, cluster); }
    void insertUser(const AuthInfo &user) { m_users.insert(user.name, user); }
    void insertContext(const Context &context) { m_contexts.insert(context.name, context); }
    void setCurrentContext(const QString &name) { m_currentContext = name; }
    void setColors(bool colors) { m_colors = colors; }
    void setFiles(const QStringList &files) { m_files = files; }

    // Merges a file of lower priority into this one, with kubectl's rules: a cluster, user or
    // context whose name is already here is skipped as a whole (no field-by-field merge), and
    // current-context and preferences are taken only when not set yet.
    void mergeLowerPriority(const Kubeconfig &other);

    bool isEmpty() const;

    friend bool operator==(const Kubeconfig &, const Kubeconfig &) = default;

private:
    QMap<QString, Cluster> m_clusters;
    QMap<QString, AuthInfo> m_users;
    QMap<QString, Context> m_contexts;
    QString m_currentContext;
    bool m_colors = false;
    QStringList m_files;
};

} // namespace Kt::Kube
