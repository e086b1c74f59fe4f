#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QList>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <utility>

class QSslSocket;

namespace Kt::Kube {

// The HTTP/1.1 upgrade that starts a streaming subresource (pods/portforward, pods/exec) on
// a socket the caller owns: connect (through the proxy, with TLS for wss/https), send the GET
// with the request's headers (credentials) and the protocol's own upgrade headers, read the
// response. On "101 Switching Protocols" it emits upgraded() and lets go of the socket: bytes
// the server sent after the response headers stay in the socket's buffer for the protocol. Any
// other answer fails with the API server's Status message (the body says why: `pods "x" not
// found`) and an error code for the HTTP status; so do a timeout, a connect error and a close
// during the upgrade. Either way it is done with the socket and may be deleted.
class HttpUpgrade final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpUpgrade)

public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    struct Response
    {
        int status = 0;
        Headers headers; // names in lower case
        QByteArray header(const QByteArray &lowerName) const;
    };

    // `protocolName` names the upgrade in messages ("WebSocket", "SPDY").
    HttpUpgrade(QSslSocket *socket, const QString &protocolName, QObject *parent = nullptr);
    ~HttpUpgrade() override;

    // `upgradeHeaders` replace whatever the request has under the same names.
    void start(const QNetworkRequest &request, const Headers &upgradeHeaders,
        const QNetworkProxy &proxy, std::chrono::milliseconds timeout);
    // Stops without a signal (the caller gave up).
    void cancel();
    // host:port, for messages.
    QString target() const { return m_target; }

Q_SIGNALS:
    void upgraded(const Kt::Kube::HttpUpgrade::Response &response);
    void failed(const Kt::Error &error);

private:
    void onReadyRead();
    void onDisconnected();
    void finishRefused();
    void fail(Error error);
    void release();

    QSslSocket *m_socket;
    QString m_protocolName;
    QString m_target;
    QTimer m_timer;
    std::chrono::milliseconds m_timeout {10000};
    bool m_active = false;
    Response m_response;
    bool m_headersDone = false;
    QByteArray m_body;
    qint64 m_bodyExpected = -1;
};

} // namespace Kt::Kube
