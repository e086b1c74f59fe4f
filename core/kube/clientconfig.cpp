#include "clientconfig.h"

#include "common/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSslCertificate>

namespace Kt::Kube {

namespace {

const QLatin1String kExecV1("client.authentication.k8s.io/v1");
const QLatin1String kExecV1Beta1("client.authentication.k8s.io/v1beta1");
const QLatin1String kExecExtension("client.authentication.k8s.io/exec");

QString filesText(const Kubeconfig &config)
{
    const QStringList files = config.files();
    return files.isEmpty() ? ClientConfig::tr("none was found") : files.join(QStringLiteral(", "));
}

Error invalid(const QString &message, const QString &hint = {})
{
    return Error {ErrorCode::InvalidInput, message, {}, hint};
}

QString missingFileHint(const QString &written)
{
    return QDir::isAbsolutePath(written)
        ? ClientConfig::tr("Fix the path or restore the file.")
        : ClientConfig::tr("A relative path is resolved against the directory of the kubeconfig "
                           "file that names it; fix the path or restore the file.");
}

// Reads a file a kubeconfig entry points at. `what` names the field for the message.
Result<QByteArray> readReferencedFile(const QString &path, const QString &written,
    const QString &what, const QString &owner, const QString &origin)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error {file.exists() ? ErrorCode::Io : ErrorCode::NotFound,
            ClientConfig::tr("Cannot read %1 %2 of %3 (named in %4): %5")
                .arg(what, path, owner, origin, file.errorString()),
            {}, missingFileHint(written)};
    }
    return file.readAll();
}

bool looksLikePemCertificate(const QByteArray &data)
{
    return data.contains("-----BEGIN CERTIFICATE-----");
}

bool looksLikePemKey(const QByteArray &data)
{
    return data.contains("-----BEGIN") && data.contains("PRIVATE KEY-----");
}

// The `exp` claim of a JWT, if the token is one.
std::optional<QDateTime> jwtExpiry(const QString &token, bool *isJwt)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    *isJwt = false;
    if (parts.size() != 3)
        return std::nullopt;
    const auto payload = QByteArray::fromBase64Encoding(parts.at(1).toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
            | QByteArray::AbortOnBase64DecodingErrors);
    if (!payload)
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*payload, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    *isJwt = true;
    const QJsonValue exp = document.object().value(QLatin1String("exp"));
    if (!exp.isDouble())
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(exp.toDouble()), Qt::UTC);
}

} // namespace

QString ClientConfig::resolvePath(const QString &path, const QString &origin)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path) || origin.isEmpty())
        return path;
    return QDir::cleanPath(QFileInfo(origin).absolutePath() + QLatin1Char('/') + path);
}

Result<ClientConfig> ClientConfig::resolve(
    const Kubeconfig &config, const ConfigOverrides &overrides, const QDateTime &now)
{
    ClientConfig result;
    const bool contextFromFlag = !overrides.context.isEmpty();
    result.m_contextName = contextFromFlag ? overrides.context : config.currentContext();
    if (result.m_contextName.isEmpty() && config.files().isEmpty()) {
        return Error {ErrorCode::NotFound,
            tr("No kubeconfig file was found, so there is no cluster to use."), {},
            tr("Point $KUBECONFIG or --kubeconfig at one, or create ~/.kube/config (your "
               "cluster's provider has a command that writes it).")};
    }
    if (result.m_contextName.isEmpty()) {
        return Error {ErrorCode::NotFound,
            tr("No context is selected: none of the kubeconfig files (%1) sets current-context.")
                .arg(filesText(config)),
            {},
            tr("Choose one with --context NAME (ktdesk-cli contexts lists them), or run kubectl "
               "config use-context NAME.")};
    }
    const auto contextIt = config.contexts().constFind(result.m_contextName);
    if (contextIt == config.contexts().constEnd()) {
        const QString message = contextFromFlag
            ? tr("The context \"%1\" given with --context is not defined in the kubeconfig "
                 "files (%2).")
            : tr("The current context \"%1\" is not defined in the kubeconfig files (%2).");
        return Error {ErrorCode::NotFound, message.arg(result.m_contextName, filesText(config)), {},
            tr("Known contexts: %1. Pick one with --context NAME.")
                .arg(config.contexts().isEmpty()
                        ? tr("none")
                        : QStringList(config.contexts().keys()).join(QStringLiteral(", ")))};
    }
    const Context &context = *contextIt;
    result.m_clusterName = context.cluster;
    result.m_userName = context.user;
    result.m_namespaceName = !overrides.namespaceName.isEmpty() ? overrides.namespaceName
        : !context.namespaceName.isEmpty()                      ? context.namespaceName
                                                                : QStringLiteral("default");

    if (context.cluster.isEmpty()) {
        return invalid(
            tr("The context \"%1\" (in %2) names no cluster.").arg(context.name, context.origin),
            tr("Add \"cluster: NAME\" to the context."));
    }
    const auto clusterIt = config.clusters().constFind(context.cluster);
    if (clusterIt == config.clusters().constEnd()) {
        return Error {ErrorCode::NotFound,
            tr("The context \"%1\" (in %2) uses the cluster \"%3\", which none of the "
               "kubeconfig files (%4) defines.")
                .arg(context.name, context.origin, context.cluster, filesText(config)),
            {},
            tr("Add the cluster to a kubeconfig file, or point the context at a defined "
               "cluster.")};
    }
    if (const Result<void> cluster = result.resolveCluster(*clusterIt); !cluster)
        return cluster.error();

    if (context.user.isEmpty()) {
        result.m_authKind = QStringLiteral("none");
    } else {
        const auto userIt = config.users().constFind(context.user);
        if (userIt == config.users().constEnd()) {
            return Error {ErrorCode::NotFound,
                tr("The context \"%1\" (in %2) uses the user \"%3\", which none of the "
                   "kubeconfig files (%4) defines.")
                    .arg(context.name, context.origin, context.user, filesText(config)),
                {},
                tr("Add the user to a kubeconfig file, or point the context at a defined "
                   "user.")};
        }
        if (const Result<void> user = result.resolveUser(*userIt, now); !user)
            return user.error();
    }
    if (result.m_server.scheme() == QLatin1String("http")
        && result.m_authKind != QLatin1String("none")) {
        // kubectl reads credentials only for https servers; over plain http it sends none.
        qCInfo(ktKube) << "Context" << result.m_contextName << "talks plain http to"
                       << result.m_server.host() << "- its credentials are not used";
        result.dropCredentials();
    }
    qCDebug(ktKube) << "Resolved context" << result.m_contextName << "cluster"
                    << result.m_clusterName << "user" << result.m_userName << "auth"
                    << result.m_authKind;
    return result;
}

Result<void> ClientConfig::resolveCluster(const Cluster &cluster)
{
    m_tlsServerName = cluster.tlsServerName;
    m_insecureSkipTlsVerify = cluster.insecureSkipTlsVerify;
    m_disableCompression = cluster.disableCompression;
    m_clusterExtensions = cluster.extensions;

    if (!cluster.certificateAuthority.isEmpty() && !cluster.certificateAuthorityData.isEmpty()) {
        return invalid(tr("The cluster \"%1\" (in %2) sets both certificate-authority and "
                          "certificate-authority-data.")
                           .arg(cluster.name, cluster.origin),
            tr("Keep only one of them (kubectl refuses this too)."));
    }
    if (cluster.insecureSkipTlsVerify
        && (!cluster.certificateAuthority.isEmpty()
            || !cluster.certificateAuthorityData.isEmpty())) {
        return invalid(
            tr("The cluster \"%1\" (in %2) sets insecure-skip-tls-verify together with a "
               "certificate authority.")
                .arg(cluster.name, cluster.origin),
            tr("Remove insecure-skip-tls-verify to verify the server with the CA, or remove the "
               "CA (kubectl refuses this too)."));
    }
    if (!cluster.certificateAuthority.isEmpty()) {
        m_certificateAuthorityFile = resolvePath(cluster.certificateAuthority, cluster.origin);
        Result<QByteArray> data = readReferencedFile(m_certificateAuthorityFile,
            cluster.certificateAuthority, QStringLiteral("certificate-authority"),
            tr("cluster \"%1\"").arg(cluster.name), cluster.origin);
        if (!data)
            return data.error();
        m_certificateAuthorityPem = *data;
    } else {
        m_certificateAuthorityPem = cluster.certificateAuthorityData;
    }
    if (!m_certificateAuthorityPem.isEmpty()
        && !looksLikePemCertificate(m_certificateAuthorityPem)) {
        return invalid(tr("The certificate authority of cluster \"%1\" (in %2) holds no PEM "
                          "certificate.")
                           .arg(cluster.name, cluster.origin),
            tr("It must contain a -----BEGIN CERTIFICATE----- block."));
    }

    if (cluster.server.isEmpty()) {
        return invalid(
            tr("The cluster \"%1\" (in %2) has no server.").arg(cluster.name, cluster.origin),
            tr("Add \"server: https://HOST:PORT\" to the cluster."));
    }
    QString serverText = cluster.server;
    if (!serverText.contains(QLatin1String("://"))) {
        // kubectl decides the scheme of a bare host:port before it looks at any TLS setting, so
        // it is always plain http.
        serverText.prepend(QStringLiteral("http://"));
    }
    m_server = QUrl(serverText, QUrl::StrictMode);
    const QString scheme = m_server.scheme();
    if (!m_server.isValid() || m_server.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        return invalid(tr("The server \"%1\" of cluster \"%2\" (in %3) is not an http or https "
                          "URL.")
                           .arg(cluster.server, cluster.name, cluster.origin),
            tr("Write it as https://HOST:PORT."));
    }

    if (!cluster.proxyUrl.isEmpty()) {
        m_proxyUrl = QUrl(cluster.proxyUrl, QUrl::StrictMode);
        const QString proxyScheme = m_proxyUrl.scheme();
        if (!m_proxyUrl.isValid()
            || (proxyScheme != QLatin1String("http") && proxyScheme != QLatin1String("https")
                && proxyScheme != QLatin1String("socks5"))) {
            return invalid(tr("The proxy-url \"%1\" of cluster \"%2\" (in %3) is not supported: it "
                              "must start with http://, https:// or socks5://.")
                               .arg(cluster.proxyUrl, cluster.name, cluster.origin),
                tr("Fix the proxy-url or remove it."));
        }
        if (m_proxyUrl.host().isEmpty()) {
            return invalid(tr("The proxy-url \"%1\" of cluster \"%2\" (in %3) names no host.")
                               .arg(cluster.proxyUrl, cluster.name, cluster.origin),
                tr("Write it as socks5://HOST:PORT or http://HOST:PORT."));
        }
    }
    return {};
}

Result<void> ClientConfig::resolveUser(const AuthInfo &user, const QDateTime &now)
{
    const QString owner = tr("user \"%1\"").arg(user.name);
    const bool hasToken = !user.token.isEmpty() || !user.tokenFile.isEmpty();
    const bool hasBasic = !user.username.isEmpty() || !user.password.isEmpty();
    if (hasToken && hasBasic) {
        return invalid(tr("The user \"%1\" (in %2) sets both a token and a username/password; "
                          "only one authentication method is allowed.")
                           .arg(user.name, user.origin),
            tr("Remove one of them (kubectl refuses this too)."));
    }

    // Client certificate: either the file or the data, and always with a key.
    const bool hasCert = !user.clientCertificate.isEmpty() || !user.clientCertificateData.isEmpty();
    const bool hasKey = !user.clientKey.isEmpty() || !user.clientKeyData.isEmpty();
    if (!user.clientCertificate.isEmpty() && !user.clientCertificateData.isEmpty()) {
        return invalid(tr("The user \"%1\" (in %2) sets both client-certificate and "
                          "client-certificate-data.")
                           .arg(user.name, user.origin),
            tr("Keep only one of them (kubectl refuses this too)."));
    }
    if (!user.clientKey.isEmpty() && !user.clientKeyData.isEmpty()) {
        return invalid(tr("The user \"%1\" (in %2) sets both client-key and client-key-data.")
                           .arg(user.name, user.origin),
            tr("Keep only one of them (kubectl refuses this too)."));
    }
    if (hasCert && !hasKey) {
        return invalid(tr("The user \"%1\" (in %2) has a client certificate but no client key.")
                           .arg(user.name, user.origin),
            tr("Add client-key or client-key-data."));
    }
    if (hasKey && !hasCert) {
        return invalid(tr("The user \"%1\" (in %2) has a client key but no client certificate.")
                           .arg(user.name, user.origin),
            tr("Add client-certificate or client-certificate-data."));
    }
    if (hasCert) {
        if (!user.clientCertificate.isEmpty()) {
            m_clientCertificateFile = resolvePath(user.clientCertificate, user.origin);
            Result<QByteArray> data = readReferencedFile(m_clientCertificateFile,
                user.clientCertificate, QStringLiteral("client-certificate"), owner, user.origin);
            if (!data)
                return data.error();
            m_clientCertificatePem = *data;
        } else {
            m_clientCertificatePem = user.clientCertificateData;
        }
        if (!user.clientKey.isEmpty()) {
            m_clientKeyFile = resolvePath(user.clientKey, user.origin);
            Result<QByteArray> data = readReferencedFile(
                m_clientKeyFile, user.clientKey, QStringLiteral("client-key"), owner, user.origin);
            if (!data)
                return data.error();
            m_clientKeyPem = *data;
        } else {
            m_clientKeyPem = user.clientKeyData;
        }
        if (!looksLikePemCertificate(m_clientCertificatePem)) {
            return invalid(tr("The client certificate of user \"%1\" (in %2) holds no PEM "
                              "certificate.")
                               .arg(user.name, user.origin),
                tr("It must contain a -----BEGIN CERTIFICATE----- block."));
        }
        if (!looksLikePemKey(m_clientKeyPem)) {
            return invalid(tr("The client key of user \"%1\" (in %2) holds no PEM private key.")
                               .arg(user.name, user.origin),
                tr("It must contain a -----BEGIN ... PRIVATE KEY----- block."));
        }
        // An expired certificate only earns a bare 401 from the API server: say it here.
        const QList<QSslCertificate> chain
            = QSslCertificate::fromData(m_clientCertificatePem, QSsl::Pem);
        if (!chain.isEmpty() && !chain.first().isNull()) {
            const QSslCertificate &leaf = chain.first();
            const QString where
                = m_clientCertificateFile.isEmpty() ? user.origin : m_clientCertificateFile;
            if (leaf.expiryDate().isValid() && leaf.expiryDate() < now) {
                return Error {ErrorCode::Unauthorized,
                    tr("The client certificate of user \"%1\" (%2) expired on %3.")
                        .arg(user.name, where, leaf.expiryDate().toString(Qt::ISODate)),
                    {},
                    tr("Get a new certificate (from the cluster's admin or your cloud's CLI) and "
                       "update client-certificate and client-key.")};
            }
            if (leaf.effectiveDate().isValid() && leaf.effectiveDate() > now) {
                return Error {ErrorCode::Unauthorized,
                    tr("The client certificate of user \"%1\" (%2) is not valid before %3.")
                        .arg(user.name, where, leaf.effectiveDate().toString(Qt::ISODate)),
                    {}, tr("Check this computer's clock.")};
            }
        }
    }

    // Bearer token: kubectl re-reads tokenFile on every request and prefers its trimmed content
    // over an inline token; an unreadable file falls back to the inline token when there is one.
    bool tokenFromFile = false;
    if (!user.tokenFile.isEmpty()) {
        m_tokenFile = resolvePath(user.tokenFile, user.origin);
        QFile file(m_tokenFile);
        if (file.open(QIODevice::ReadOnly)) {
            m_token = QString::fromUtf8(file.readAll()).trimmed();
            tokenFromFile = !m_token.isEmpty();
            if (!tokenFromFile && user.token.isEmpty()) {
                return invalid(tr("The token file %1 of user \"%2\" (named in %3) is empty.")
                                   .arg(m_tokenFile, user.name, user.origin),
                    tr("Write the token into the file, or use \"token\" instead."));
            }
        } else if (user.token.isEmpty()) {
            return Error {file.exists() ? ErrorCode::Io : ErrorCode::NotFound,
                tr("Cannot read tokenFile %1 of user \"%2\" (named in %3): %4")
                    .arg(m_tokenFile, user.name, user.origin, file.errorString()),
                {}, missingFileHint(user.tokenFile)};
        } else {
            qCDebug(ktKube) << "tokenFile of user" << user.name
                            << "cannot be read; using its inline token";
        }
    }
    if (!tokenFromFile)
        m_token = user.token;
    m_username = user.username;
    m_password = user.password;

    if (user.exec && user.authProvider) {
        return invalid(tr("The user \"%1\" (in %2) sets both an exec plugin and an auth-provider.")
                           .arg(user.name, user.origin),
            tr("Keep only the exec plugin (kubectl refuses this too)."));
    }
    if (const Result<void> exec = resolveExec(user); !exec)
        return exec;
    if (const Result<void> provider = resolveAuthProvider(user, now); !provider)
        return provider;

    if (!m_token.isEmpty())
        m_authKind = tokenFromFile ? QStringLiteral("token-file") : QStringLiteral("token");
    else if (hasBasic)
        m_authKind = QStringLiteral("basic");
    else if (hasCert)
        m_authKind = QStringLiteral("client-certificate");
    else if (user.exec)
        m_authKind = QStringLiteral("exec");
    else if (user.authProvider)
        m_authKind = QStringLiteral("auth-provider:") + user.authProvider->name;
    else
        m_authKind = QStringLiteral("none");
    // kubectl runs the plugin only when no static credential is configured.
    if (m_authKind != QLatin1String("exec"))
        m_exec.reset();
    return {};
}

Result<void> ClientConfig::resolveExec(const AuthInfo &user)
{
    if (!user.exec)
        return {};
    ExecConfig exec = *user.exec;
    const QString hintVersion = tr("Set apiVersion: %1 in the exec section.").arg(kExecV1);
    if (exec.apiVersion.isEmpty()) {
        return invalid(tr("The exec plugin of user \"%1\" (in %2) has no apiVersion.")
                           .arg(user.name, user.origin),
            hintVersion);
    }
    if (exec.apiVersion != kExecV1 && exec.apiVersion != kExecV1Beta1) {
        return invalid(tr("The exec plugin of user \"%1\" (in %2) uses apiVersion \"%3\", which is "
                          "not supported; use %4 or %5.")
                           .arg(user.name, user.origin, exec.apiVersion, kExecV1, kExecV1Beta1),
            tr("Update the plugin, or change the apiVersion if the plugin supports a newer "
               "one."));
    }
    if (exec.command.isEmpty()) {
        return invalid(tr("The exec plugin of user \"%1\" (in %2) has no command.")
                           .arg(user.name, user.origin),
            tr("Set \"command\" to the plugin's program."));
    }
    if (exec.interactiveMode.isEmpty()) {
        return invalid(tr("The exec plugin of user \"%1\" (in %2) has no interactiveMode, which "
                          "apiVersion %3 requires.")
                           .arg(user.name, user.origin, exec.apiVersion),
            tr("Add \"interactiveMode: Never\" (or IfAvailable) to the exec section."));
    }
    if (exec.interactiveMode != QLatin1String("Never")
        && exec.interactiveMode != QLatin1String("IfAvailable")
        && exec.interactiveMode != QLatin1String("Always")) {
        return invalid(tr("The exec plugin of user \"%1\" (in %2) has interactiveMode \"%3\"; it "
                          "must be Never, IfAvailable or Always.")
                           .arg(user.name, user.origin, exec.interactiveMode),
            tr("Fix the interactiveMode value."));
    }
    for (const ExecEnvVar &var : std::as_const(exec.env)) {
        if (var.name.isEmpty()) {
            return invalid(tr("The exec plugin of user \"%1\" (in %2) has an env entry without a "
                              "name.")
                               .arg(user.name, user.origin),
                tr("Give every env entry a name."));
        }
    }
    // kubectl resolves the command only when it is a path, not a name looked up in $PATH.
    if (exec.command.contains(QLatin1Char('/')))
        exec.command = resolvePath(exec.command, user.origin);
    m_exec = exec;
    return {};
}

Result<void> ClientConfig::resolveAuthProvider(const AuthInfo &user, const QDateTime &now)
{
    if (!user.authProvider)
        return {};
    const AuthProvider &provider = *user.authProvider;
    if (provider.name != QLatin1String("oidc")) {
        QString hint = tr("Switch this user to an exec credential plugin.");
        if (provider.name == QLatin1String("gcp"))
            hint = tr("Install gke-gcloud-auth-plugin and run \"gcloud container clusters "
                      "get-credentials\" again; it writes an exec plugin entry.");
        else if (provider.name == QLatin1String("azure"))
            hint = tr("Use kubelogin (https://github.com/Azure/kubelogin) and run \"kubelogin "
                      "convert-kubeconfig\"; it writes an exec plugin entry.");
        return Error {ErrorCode::Unauthorized,
            tr("The user \"%1\" (in %2) uses the auth-provider \"%3\", which KtDesk does not "
               "support (kubectl removed it too); use an exec plugin instead.")
                .arg(user.name, user.origin, provider.name),
            {}, hint};
    }
    const QString issuer = provider.config.value(QStringLiteral("idp-issuer-url"));
    const QString clientId = provider.config.value(QStringLiteral("client-id"));
    const QString idToken = provider.config.value(QStringLiteral("id-token"));
    if (issuer.isEmpty() || clientId.isEmpty()) {
        return invalid(tr("The oidc auth-provider of user \"%1\" (in %2) lacks idp-issuer-url or "
                          "client-id.")
                           .arg(user.name, user.origin),
            tr("Add both to the auth-provider config, as kubectl requires."));
    }
    if (idToken.isEmpty()) {
        return Error {ErrorCode::Unauthorized,
            tr("The oidc auth-provider of user \"%1\" (in %2) holds no id-token, and KtDesk "
               "cannot run the OIDC login itself.")
                .arg(user.name, user.origin),
            {},
            tr("Log in once with kubectl, or switch to an exec plugin such as kubelogin "
               "(kubectl oidc-login).")};
    }
    bool isJwt = false;
    const std::optional<QDateTime> expiry = jwtExpiry(idToken, &isJwt);
    if (!isJwt) {
        return invalid(tr("The id-token of user \"%1\" (in %2) is not a valid JWT.")
                           .arg(user.name, user.origin),
            tr("Log in again to get a fresh id-token."));
    }
    if (expiry && *expiry <= now) {
        return Error {ErrorCode::Unauthorized,
            tr("The id-token of user \"%1\" (in %2) expired at %3, and KtDesk does not refresh "
               "OIDC tokens.")
                .arg(user.name, user.origin, expiry->toString(Qt::ISODate)),
            {},
            tr("Run any kubectl command for this context to refresh it, or switch to an exec "
               "plugin such as kubelogin.")};
    }
    m_idTokenExpiry = expiry.value_or(QDateTime());
    m_authProvider = provider;
    return {};
}

void ClientConfig::dropCredentials()
{
    m_clientCertificatePem.clear();
    m_clientCertificateFile.clear();
    m_clientKeyPem.clear();
    m_clientKeyFile.clear();
    m_token.clear();
    m_tokenFile.clear();
    m_username.clear();
    m_password.clear();
    m_exec.reset();
    m_authProvider.reset();
    m_idTokenExpiry = QDateTime();
    m_authKind = QStringLiteral("none");
}

QJsonObject ClientConfig::execClusterInfo() const
{
    QJsonObject cluster;
    cluster.insert(QLatin1String("server"), m_server.toString());
    if (!m_tlsServerName.isEmpty())
        cluster.insert(QLatin1String("tls-server-name"), m_tlsServerName);
    if (m_insecureSkipTlsVerify)
        cluster.insert(QLatin1String("insecure-skip-tls-verify"), true);
    if (!m_certificateAuthorityPem.isEmpty()) {
        cluster.insert(QLatin1String("certificate-authority-data"),
            QString::fromLatin1(m_certificateAuthorityPem.toBase64()));
    }
    if (!m_proxyUrl.isEmpty())
        cluster.insert(QLatin1String("proxy-url"), m_proxyUrl.toString());
    if (m_disableCompression)
        cluster.insert(QLatin1String("disable-compression"), true);
    const QJsonValue config = m_clusterExtensions.value(kExecExtension);
    if (!config.isUndefined() && !config.isNull())
        cluster.insert(QLatin1String("config"), config);
    return cluster;
}

} // namespace Kt::Kube
