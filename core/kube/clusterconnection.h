#pragma once

#include "common/error.h"
#include "kube/clientconfig.h"

#include <QNetworkRequest>
#include <QObject>
#include <QSslConfiguration>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Kt::Kube {

class ExecCredentialProvider;

// How to reach one cluster as one user: TLS (CA, client certificate, server name), credentials
// (token, basic auth, exec plugin, oidc id-token) and the proxy, turned into ready
// QNetworkRequests. Lives on the engine thread and owns that cluster's QNetworkAccessManager (a
// proxy-url is per cluster, and a QNetworkAccessManager has one proxy). Shared by the ApiClient,
// port-forward and exec.
class ClusterConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterConnection)

public:
    using RequestCallback = std::function<void(Result<QNetworkRequest>)>;

    explicit ClusterConnection(ClientConfig config, QObject *parent = nullptr);
    ~ClusterConnection() override;

    const ClientConfig &config() const { return m_config; }
    QNetworkAccessManager *network() const { return m_network; }

    // The server URL with `path` (e.g. "/api/v1/namespaces") and `query` appended.
    QUrl url(const QString &path, const QUrlQuery &query = {}) const;
    // Same, with the scheme switched to ws/wss for WebSocket upgrades.
    QUrl webSocketUrl(const QString &path, const QUrlQuery &query = {}) const;

    // Builds an authenticated request for `url`. Completes asynchronously when an exec plugin has
    // to run first; at once otherwise. The request carries its QSslConfiguration.
    void prepareRequest(const QUrl &url, RequestCallback ready);

    // The server rejected our credentials (401): forget cached plugin credentials so the next
    // request runs the plugin again. Returns true when retrying can help.
    bool credentialsRejected();

    // What port-forwards speak to the API server. SPDY first (the kubelet serves it with less
    // work than its WebSocket side); WebSocket when KTDESK_PORTFORWARD_PROTOCOL=websocket, or
    // for the rest of this connection's life once a SPDY upgrade was refused in a way that says
    // the path does not carry SPDY (a proxy, or a server without it).
    enum class StreamProtocol { Spdy, WebSocket };
    StreamProtocol portForwardProtocol() const { return m_portForwardProtocol; }
    void setPortForwardProtocol(StreamProtocol protocol) { m_portForwardProtocol = protocol; }

    // The TLS settings without per-request credentials (CA, verification, static client cert).
    QSslConfiguration baseSslConfiguration() const { return m_ssl; }

private:
    Result<void> setUpTls();
    void setUpProxy();
    QNetworkRequest buildRequest(const QUrl &url, const QString &bearer, const QByteArray &certPem,
        const QByteArray &keyPem) const;

    ClientConfig m_config;
    QNetworkAccessManager *m_network = nullptr;
    QSslConfiguration m_ssl;
    std::optional<Error> m_tlsError;
    ExecCredentialProvider *m_exec = nullptr;
    std::vector<std::pair<QUrl, RequestCallback>> m_waitingForExec;
    StreamProtocol m_portForwardProtocol = StreamProtocol::Spdy;
};

} // namespace Kt::Kube
