#include "clusterconnection.h"

#include "common/logging.h"
#include "kube/execcredentialprovider.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSslKey>

#include <openssl/crypto.h>

namespace {

// OpenSSL without its exit-time cleanup, for every program that talks to a cluster (the apps and
// every test): that cleanup deletes OpenSSL's thread key, and a thread that a QThread::wait()
// already let go of may still be running its thread-local destructors then (Qt's network
// thread), which then never free their OpenSSL state (LeakSanitizer: 984 bytes from
// CRYPTO_zalloc). The process is ending anyway; the kernel takes the memory back. Runs before
// main(), so before anything has initialised OpenSSL with the cleanup.
[[maybe_unused]] const bool kNoOpenSslExitCleanup
    = OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr) == 1;

} // namespace

namespace Kt::Kube {

namespace {

QSslKey parsePrivateKey(const QByteArray &pem)
{
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return {};
}

} // namespace

ClusterConnection::ClusterConnection(ClientConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_network(new QNetworkAccessManager(this))
{
    // Kubernetes API servers speak HTTP/2 over TLS; watches and many parallel requests share it.
    m_network->setAutoDeleteReplies(false);
    if (qEnvironmentVariable("KTDESK_PORTFORWARD_PROTOCOL")
            .compare(QLatin1String("websocket"), Qt::CaseInsensitive)
        == 0)
        m_portForwardProtocol = StreamProtocol::WebSocket;
    if (Result<void> tls = setUpTls(); !tls)
        m_tlsError = tls.error();
    setUpProxy();
    if (m_config.exec()) {
        m_exec = new ExecCredentialProvider(*m_config.exec(), m_config.execClusterInfo(), this);
        connect(m_exec, &ExecCredentialProvider::finished, this,
            [this](const Result<ExecCredential> &result) {
                auto waiting = std::exchange(m_waitingForExec, {});
                for (auto &[url, ready] : waiting) {
                    if (!result)
                        ready(result.error());
                    else
                        ready(buildRequest(url, result->token, result->clientCertificatePem,
                            result->clientKeyPem));
                }
            });
    }
}

ClusterConnection::~ClusterConnection() = default;

Result<void> ClusterConnection::setUpTls()
{
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.setProtocol(QSsl::TlsV1_2OrLater);
    if (!m_config.certificateAuthorityPem().isEmpty()) {
        const QList<QSslCertificate> cas
            = QSslCertificate::fromData(m_config.certificateAuthorityPem(), QSsl::Pem);
        if (cas.isEmpty()) {
            const QString where = m_config.certificateAuthorityFile().isEmpty()
                ? tr("certificate-authority-data of cluster %1").arg(m_config.clusterName())
                : m_config.certificateAuthorityFile();
            return Error {ErrorCode::InvalidInput,
                tr("The CA certificate in %1 cannot be read.").arg(where), {},
                tr("Check that it holds a PEM certificate.")};
        }
        m_ssl.setCaCertificates(cas); // like kubectl: the given CA only, not the system's
    }
    if (m_config.insecureSkipTlsVerify()) {
        // The front ends show this to the user (ClusterAccess::tlsWarning); here only the log.
        qCInfo(ktKube) << "TLS verification is off for cluster" << m_config.clusterName()
                       << "(insecure-skip-tls-verify in the kubeconfig)";
        m_ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    }
    if (!m_config.clientCertificatePem().isEmpty()) {
        const QList<QSslCertificate> chain
            = QSslCertificate::fromData(m_config.clientCertificatePem(), QSsl::Pem);
        const QSslKey key = parsePrivateKey(m_config.clientKeyPem());
        if (chain.isEmpty() || key.isNull()) {
            return Error {ErrorCode::InvalidInput,
                tr("The client certificate or key of user %1 cannot be read.")
                    .arg(m_config.userName()),
                {}, tr("Check client-certificate and client-key in the kubeconfig.")};
        }
        m_ssl.setLocalCertificateChain(chain);
        m_ssl.setPrivateKey(key);
    }
    return {};
}

void ClusterConnection::setUpProxy()
{
    const QUrl proxy = m_config.proxyUrl();
    if (proxy.isEmpty()) {
        // kubectl honours HTTPS_PROXY/NO_PROXY from the environment; so does Qt's system proxy.
        m_network->setProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
        return;
    }
    const QString scheme = proxy.scheme().toLower();
    const auto type = scheme.startsWith(QLatin1String("socks5")) ? QNetworkProxy::Socks5Proxy
                                                                 : QNetworkProxy::HttpProxy;
    m_network->setProxy(QNetworkProxy(type, proxy.host(),
        static_cast<quint16>(proxy.port(scheme == QLatin1String("https") ? 443 : 1080)),
        proxy.userName(), proxy.password()));
}

QUrl ClusterConnection::url(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_config.server();
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QUrl ClusterConnection::webSocketUrl(const QString &path, const QUrlQuery &query) const
{
    QUrl ws = url(path, query);
    ws.setScheme(
        ws.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    return ws;
}

QNetworkRequest ClusterConnection::buildRequest(const QUrl &url, const QString &bearer,
    const QByteArray &certPem, const QByteArray &keyPem) const
{
    QNetworkRequest request(url);
    QSslConfiguration ssl = m_ssl;
    if (!certPem.isEmpty()) {
        ssl.setLocalCertificateChain(QSslCertificate::fromData(certPem, QSsl::Pem));
        ssl.setPrivateKey(parsePrivateKey(keyPem));
    }
    request.setSslConfiguration(ssl);
    if (!m_config.tlsServerName().isEmpty())
        request.setPeerVerifyName(m_config.tlsServerName());
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("ktdesk"));
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    if (!bearer.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
    } else if (!m_config.username().isEmpty()) {
        const QByteArray pair
            = (m_config.username() + QLatin1Char(':') + m_config.password()).toUtf8();
        request.setRawHeader("Authorization", "Basic " + pair.toBase64());
    }
    return request;
}

void ClusterConnection::prepareRequest(const QUrl &url, RequestCallback ready)
{
    if (m_tlsError)
        return ready(*m_tlsError);
    if (m_config.authProvider() && m_config.authProvider()->name != QLatin1String("oidc")) {
        return ready(Error {ErrorCode::Unauthorized,
            tr("The auth-provider \"%1\" of user %2 is not supported.")
                .arg(m_config.authProvider()->name, m_config.userName()),
            {}, tr("Use an exec credential plugin instead (e.g. kubelogin or your cloud's CLI).")});
    }
    if (!m_exec)
        return ready(buildRequest(url, m_config.token(), {}, {}));
    if (const auto cached = m_exec->cachedCredential())
        return ready(
            buildRequest(url, cached->token, cached->clientCertificatePem, cached->clientKeyPem));
    m_waitingForExec.emplace_back(url, std::move(ready));
    m_exec->request();
}

bool ClusterConnection::credentialsRejected()
{
    if (!m_exec)
        return false;
    m_exec->invalidate();
    return true;
}

} // namespace Kt::Kube
