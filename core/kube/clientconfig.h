#pragma once

#include "common/error.h"
#include "kube/kubeconfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QUrl>

#include <optional>

namespace Kt::Kube {

// What the user chose on the command line (or in the UI) over the kubeconfig: kubectl's
// --context and -n/--namespace. (--kubeconfig picks files; see KubeconfigLocator.)
struct ConfigOverrides
{
    QString context;
    QString namespaceName;
};

// Everything needed to talk to one cluster as one user: the kubeconfig's context after the
// overrides, with relative paths resolved against the file that named them, referenced files
// read, and kubectl's checks applied. resolve() fails with a sentence that says which context,
// cluster, user or file is at fault and what to do; loading never fails for these reasons.
class ClientConfig
{
    Q_DECLARE_TR_FUNCTIONS(ClientConfig)

public:
    static Result<ClientConfig> resolve(const Kubeconfig &config,
        const ConfigOverrides &overrides = {},
        const QDateTime &now = QDateTime::currentDateTimeUtc());

    // kubectl's path rule: an absolute path stays, a relative one is joined to the directory of
    // the kubeconfig file it was written in, and cleaned ("~" is not expanded).
    static QString resolvePath(const QString &path, const QString &origin);

    QString contextName() const { return m_contextName; }
    QString clusterName() const { return m_clusterName; }
    QString userName() const { return m_userName; }
    // The context's namespace, -n when given, else "default".
    QString namespaceName() const { return m_namespaceName; }

    QUrl server() const { return m_server; }
    QString tlsServerName() const { return m_tlsServerName; }
    bool insecureSkipTlsVerify() const { return m_insecureSkipTlsVerify; }
    QUrl proxyUrl() const { return m_proxyUrl; }
    bool disableCompression() const { return m_disableCompression; }
    // PEM bytes of the CA bundle (from certificate-authority-data or the file), and the file's
    // resolved path when it came from one.
    QByteArray certificateAuthorityPem() const { return m_certificateAuthorityPem; }
    QString certificateAuthorityFile() const { return m_certificateAuthorityFile; }

    QByteArray clientCertificatePem() const { return m_clientCertificatePem; }
    QString clientCertificateFile() const { return m_clientCertificateFile; }
    QByteArray clientKeyPem() const { return m_clientKeyPem; }
    QString clientKeyFile() const { return m_clientKeyFile; }
    // The bearer token: a readable tokenFile's trimmed content wins over `token`, as in kubectl.
    QString token() const { return m_token; }
    QString tokenFile() const { return m_tokenFile; }
    QString username() const { return m_username; }
    QString password() const { return m_password; }
    // Set only when the plugin is what authenticates (kubectl skips it when a token, basic auth
    // or a client certificate is configured); a command containing '/' is resolved.
    std::optional<ExecConfig> exec() const { return m_exec; }
    std::optional<AuthProvider> authProvider() const { return m_authProvider; }
    // For auth-provider oidc: when the id-token expires (invalid when it carries no exp).
    QDateTime idTokenExpiry() const { return m_idTokenExpiry; }

    // "token-file", "token", "basic", "client-certificate", "exec", "auth-provider:oidc" or "none".
    // Always "none" for a plain http server: kubectl sends no credentials there.
    QString authKind() const { return m_authKind; }

    // The ExecCredential `spec.cluster` object kubectl gives an exec plugin with
    // provideClusterInfo: server, tls-server-name, insecure-skip-tls-verify,
    // certificate-authority-data, proxy-url, disable-compression and the cluster's
    // client.authentication.k8s.io/exec extension as `config`.
    QJsonObject execClusterInfo() const;

private:
    Result<void> resolveCluster(const Cluster &cluster);
    Result<void> resolveUser(const AuthInfo &user, const QDateTime &now);
    Result<void> resolveExec(const AuthInfo &user);
    Result<void> resolveAuthProvider(const AuthInfo &user, const QDateTime &now);
    void dropCredentials();

    QString m_contextName;
    QString m_clusterName;
    QString m_userName;
    QString m_namespaceName;
    QUrl m_server;
    QString m_tlsServerName;
    bool m_insecureSkipTlsVerify = false;
    QUrl m_proxyUrl;
    bool m_disableCompression = false;
    QByteArray m_certificateAuthorityPem;
    QString m_certificateAuthorityFile;
    QByteArray m_clientCertificatePem;
    QString m_clientCertificateFile;
    QByteArray m_clientKeyPem;
    QString m_clientKeyFile;
    QString m_token;
    QString m_tokenFile;
    QString m_username;
    QString m_password;
    std::optional<ExecConfig> m_exec;
    std::optional<AuthProvider> m_authProvider;
    QDateTime m_idTokenExpiry;
    QJsonObject m_clusterExtensions;
    QString m_authKind;
};

} // namespace Kt::Kube
