// Port-forward falls back from SPDY to a WebSocket where the path refuses SPDY (a proxy or a
// server without it), and remembers that for the connection. The refusal is injected by a
// loopback HTTP server (tests/common/fakehttpserver.h); both transports against the real
// cluster are tst_portforwardstream and tst_portforwarder (and their _websocket runs).
#include "fakehttpserver.h"
#include "kube/clusterconnection.h"
#include "kube/portforwardstream.h"
#include "kubeapitest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Kt;
using Kt::Kube::ClusterConnection;
using Kt::Kube::PortForwardStream;

namespace {

// API server Status bodies (kept out of raw strings: moc does not read those).
QByteArray status(int code, const char *reason, const QString &message)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("kind"), QStringLiteral("Status")},
                             {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                             {QStringLiteral("status"), QStringLiteral("Failure")},
                             {QStringLiteral("message"), message},
                             {QStringLiteral("reason"), QString::fromLatin1(reason)},
                             {QStringLiteral("code"), code}})
        .toJson(QJsonDocument::Compact);
}

const QByteArray kForbidden = status(403, "Forbidden", QStringLiteral("websocket reached"));
const QByteArray kNotFound = status(404, "NotFound", QStringLiteral("pods \"web\" not found"));

// Starts a stream to pod web port 22, writes `hello` at once, and waits for its end.
Error runStream(ClusterConnection *connection)
{
    PortForwardStream stream(connection, QStringLiteral("default"), QStringLiteral("web"), 22);
    QSignalSpy errors(&stream, &PortForwardStream::errorOccurred);
    QSignalSpy closed(&stream, &PortForwardStream::closed);
    stream.start();
    stream.write("hello"); // queued: must survive the switch of transport
    if (!closed.wait(10000) || errors.isEmpty())
        return Error {ErrorCode::Internal, QStringLiteral("no error"), {}, {}};
    return errors.first().first().value<Error>();
}

} // namespace

class TestPortForwardFallback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedSpdyRetriesOverWebSocketAndRemembers()
    {
        FakeHttpServer server;
        server.setHandler([](QTcpSocket *socket, const FakeHttpServer::Request &request) {
            if (request.headers.value("upgrade") == "SPDY/3.1")
                FakeHttpServer::respond(socket, 400, "unable to upgrade: SPDY is not supported");
            else
                FakeHttpServer::respond(socket, 403, kForbidden);
        });
        const auto config
            = KubeApiTest::clientConfigFromYaml(KubeApiTest::fakeServerKubeconfig(server.port()));
        QVERIFY(config.ok());
        ClusterConnection connection(config.value());
        QCOMPARE(connection.portForwardProtocol(), ClusterConnection::StreamProtocol::Spdy);

        const Error error = runStream(&connection);
        // The WebSocket's answer is what the user sees, not the proxy's refusal of SPDY.
        QCOMPARE(error.code, ErrorCode::Forbidden);
        QVERIFY2(
            error.message.contains(QLatin1String("websocket reached")), qPrintable(error.message));
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests().at(0).headers.value("upgrade"), QByteArray("SPDY/3.1"));
        QCOMPARE(server.requests().at(0).headers.value("x-stream-protocol-version"),
            QByteArray("portforward.k8s.io"));
        QCOMPARE(server.requests().at(0).path,
            QStringLiteral("/api/v1/namespaces/default/pods/web/portforward"));
        QCOMPARE(server.requests().at(0).query.queryItemValue(QStringLiteral("ports")),
            QStringLiteral("22"));
        QCOMPARE(server.requests().at(1).headers.value("upgrade"), QByteArray("websocket"));
        QCOMPARE(server.requests().at(1).headers.value("sec-websocket-protocol"),
            QByteArray("v4.channel.k8s.io"));
        QCOMPARE(connection.portForwardProtocol(), ClusterConnection::StreamProtocol::WebSocket);

        // The next stream of this connection goes straight to the WebSocket.
        runStream(&connection);
        QCOMPARE(server.requests().size(), 3);
        QCOMPARE(server.requests().at(2).headers.value("upgrade"), QByteArray("websocket"));
    }

    void answersAboutTheRequestDoNotFallBack()
    {
        FakeHttpServer server;
        server.setHandler([](QTcpSocket *socket, const FakeHttpServer::Request &) {
            FakeHttpServer::respond(socket, 404, kNotFound);
        });
        const auto config
            = KubeApiTest::clientConfigFromYaml(KubeApiTest::fakeServerKubeconfig(server.port()));
        QVERIFY(config.ok());
        ClusterConnection connection(config.value());
        const Error error = runStream(&connection);
        QCOMPARE(error.code, ErrorCode::NotFound);
        QVERIFY2(error.message.contains(QLatin1String("pods \"web\" not found")),
            qPrintable(error.message));
        QVERIFY(!error.hint.isEmpty()); // "Check the pod's name and namespace."
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(connection.portForwardProtocol(), ClusterConnection::StreamProtocol::Spdy);
    }

    void environmentChoosesWebSocket()
    {
        qputenv("KTDESK_PORTFORWARD_PROTOCOL", "websocket");
        FakeHttpServer server;
        server.setHandler([](QTcpSocket *socket, const FakeHttpServer::Request &) {
            FakeHttpServer::respond(socket, 403, kForbidden);
        });
        const auto config
            = KubeApiTest::clientConfigFromYaml(KubeApiTest::fakeServerKubeconfig(server.port()));
        QVERIFY(config.ok());
        ClusterConnection connection(config.value());
        qunsetenv("KTDESK_PORTFORWARD_PROTOCOL");
        QCOMPARE(connection.portForwardProtocol(), ClusterConnection::StreamProtocol::WebSocket);
        runStream(&connection);
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().at(0).headers.value("upgrade"), QByteArray("websocket"));
    }
};

QTEST_GUILESS_MAIN(TestPortForwardFallback)
#include "tst_portforwardfallback.moc"
