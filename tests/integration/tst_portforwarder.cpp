#include "kube/portforwarder.h"
#include "kube/portforwardstream.h"
#include "kubetestenv.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using Kt::Kube::PortForwarder;
using Kt::Kube::PortMapping;

namespace {

constexpr qint64 kMiB = 1024 * 1024;
constexpr qint64 kLargeTransfer = 100 * kMiB;

// Local TCP servers that pods' ports are backed by (through `ktcluster forward`).
class EchoServer : public QTcpServer
{
public:
    EchoServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket,
                    [socket] { socket->write(socket->readAll()); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        listen(QHostAddress::LocalHost);
    }
};

class HashingSink : public QTcpServer
{
public:
    HashingSink()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    const QByteArray data = socket->readAll();
                    hash.addData(data);
                    received += data.size();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        listen(QHostAddress::LocalHost);
    }
    QCryptographicHash hash {QCryptographicHash::Sha256};
    qint64 received = 0;
};

QString target(const QTcpServer &server)
{
    return QStringLiteral("127.0.0.1:") + QString::number(server.serverPort());
}

double mibPerSecond(qint64 bytes, qint64 ms)
{
    return ms > 0 ? static_cast<double>(bytes) / kMiB / (static_cast<double>(ms) / 1000.0) : 0.0;
}

} // namespace

class TestPortForwarder : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Kt::Kube::ClusterConnection> m_connection;
    QString m_namespace;
    EchoServer m_echo;
    HashingSink m_sink;

    // pod "app": ports reach the netlab HTTP server (22: sshd); pod "local": ports backed by
    // this program's servers.
    static constexpr quint16 kHttpPort = 8080;
    static constexpr quint16 kEchoPort = 9000;
    static constexpr quint16 kSinkPort = 9001;

    // One attempt: does a new stream to `port` of pod "local" reach the echo server? (kwok
    // applies PortForward objects once its watch delivers them; until then the pod's ports go
    // to the netlab HTTP server.)
    bool echoesThrough(quint16 port)
    {
        Kt::Kube::PortForwardStream stream(
            m_connection.get(), m_namespace, QStringLiteral("local"), port);
        QSignalSpy closed(&stream, &Kt::Kube::PortForwardStream::closed);
        QSignalSpy readable(&stream, &Kt::Kube::PortForwardStream::readyRead);
        stream.start();
        const QByteArray token = "probe " + QByteArray::number(port) + '\n';
        stream.write(token);
        QByteArray answer;
        while (answer.size() < token.size() && closed.isEmpty() && readable.wait(5000))
            answer += stream.readAll();
        return answer == token;
    }

    std::unique_ptr<PortForwarder> startForwarder(const QString &pod, quint16 remotePort)
    {
        auto forwarder = std::make_unique<PortForwarder>(
            m_connection.get(), m_namespace, pod, QList<PortMapping> {{0, remotePort}});
        const Kt::Result<void> started = forwarder->start();
        if (!started)
            qWarning().noquote() << started.error().toString();
        return started ? std::move(forwarder) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (KubeTestEnv::kubeconfigPath().isEmpty())
            QSKIP("KUBECONFIG is not set: run through CTest (fixture `cluster`) or export it.");
        m_connection = KubeTestEnv::connectToCluster();
        QVERIFY(m_connection);
        QVERIFY(m_echo.isListening() && m_sink.isListening());
        m_namespace = KubeTestEnv::uniqueNamespace(QStringLiteral("kt-pf"));
        QVERIFY(KubeTestEnv::createNamespace(m_namespace));
        QVERIFY(KubeTestEnv::runPod(m_namespace, QStringLiteral("app")));
        QVERIFY(KubeTestEnv::runPod(m_namespace, QStringLiteral("local")));
        QVERIFY(KubeTestEnv::ktcluster(QStringLiteral("forward"),
            {m_namespace + QStringLiteral("/local"),
                QStringLiteral("%1=%2").arg(kEchoPort).arg(target(m_echo)),
                QStringLiteral("%1=%2").arg(kSinkPort).arg(target(m_sink))}));
        QTRY_VERIFY_WITH_TIMEOUT(echoesThrough(kEchoPort), 60000);
    }

    void cleanupTestCase()
    {
        if (!m_namespace.isEmpty())
            KubeTestEnv::deleteNamespace(m_namespace);
    }

    void listensOnLoopbackAndReportsPickedPort()
    {
        auto forwarder = startForwarder(QStringLiteral("app"), kHttpPort);
        QVERIFY(forwarder);
        QCOMPARE(forwarder->state(), PortForwarder::State::Listening);
        QCOMPARE(forwarder->listenAddress(), QHostAddress(QHostAddress::LocalHost));
        QVERIFY(forwarder->localPort(kHttpPort) != 0);
        QCOMPARE(forwarder->mappings().front().remotePort, kHttpPort);

        // The same port again cannot be bound: start() fails and says which port.
        const quint16 taken = forwarder->localPort(kHttpPort);
        PortForwarder second(m_connection.get(), m_namespace, QStringLiteral("app"),
            {PortMapping {taken, kHttpPort}});
        QSignalSpy states(&second, &PortForwarder::stateChanged);
        const Kt::Result<void> result = second.start();
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(QString::number(taken)),
            qPrintable(result.error().message));
        QCOMPARE(second.state(), PortForwarder::State::Failed);
        QCOMPARE(states.size(), 1);

        QSignalSpy stopped(forwarder.get(), &PortForwarder::stateChanged);
        forwarder->stop();
        QCOMPARE(forwarder->state(), PortForwarder::State::Stopped);
        QCOMPARE(stopped.size(), 1);
    }

    // 100 MiB from the pod's HTTP server (/bytes/N) through the forwarder, SHA-256 compared.
    void download100MiB()
    {
        auto forwarder = startForwarder(QStringLiteral("app"), kHttpPort);
        QVERIFY(forwarder);
        QTcpSocket client;
        QByteArray header;
        bool inBody = false;
        qint64 body = 0;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        connect(&client, &QTcpSocket::readyRead, this, [&] {
            QByteArray data = client.readAll();
            if (!inBody) {
                header += data;
                const qsizetype end = header.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                inBody = true;
                data = header.mid(end + 4);
                header.truncate(end);
            }
            hash.addData(data);
            body += data.size();
        });
        QElapsedTimer timer;
        timer.start();
        client.connectToHost(QHostAddress::LocalHost, forwarder->localPort(kHttpPort));
        client.write("GET /bytes/" + QByteArray::number(kLargeTransfer)
            + " HTTP/1.1\r\nHost: app\r\nConnection: close\r\n\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(body, kLargeTransfer, 240000);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(header.startsWith("HTTP/1.1 200") || header.startsWith("HTTP/1.0 200"),
            header.constData());
        QCOMPARE(hash.result().toHex(), KubeTestEnv::patternSha256(kLargeTransfer));
        qInfo("download: %lld MiB in %lld ms = %.1f MiB/s", kLargeTransfer / kMiB, elapsed,
            mibPerSecond(kLargeTransfer, elapsed));
        QVERIFY(forwarder->bytesReceived() >= static_cast<quint64>(kLargeTransfer));
        QCOMPARE(forwarder->totalConnections(), 1u);
        client.disconnectFromHost();
        QTRY_COMPARE(forwarder->activeConnections(), 0);
    }

    // 100 MiB to a local hashing sink behind the pod's port, SHA-256 compared at the sink.
    void upload100MiB()
    {
        auto forwarder = startForwarder(QStringLiteral("local"), kSinkPort);
        QVERIFY(forwarder);
        m_sink.hash.reset();
        m_sink.received = 0;
        const QByteArray block = KubeTestEnv::pattern(0, kMiB); // pattern repeats every 256
        QTcpSocket client;
        qint64 written = 0;
        const auto feed = [&] {
            while (written < kLargeTransfer && client.bytesToWrite() < 4 * kMiB) {
                const qint64 n = qMin<qint64>(block.size(), kLargeTransfer - written);
                client.write(block.constData(), n);
                written += n;
            }
        };
        connect(&client, &QTcpSocket::connected, this, feed);
        connect(&client, &QTcpSocket::bytesWritten, this, feed);
        QElapsedTimer timer;
        timer.start();
        client.connectToHost(QHostAddress::LocalHost, forwarder->localPort(kSinkPort));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.received, kLargeTransfer, 240000);
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(m_sink.hash.result().toHex(), KubeTestEnv::patternSha256(kLargeTransfer));
        qInfo("upload: %lld MiB in %lld ms = %.1f MiB/s", kLargeTransfer / kMiB, elapsed,
            mibPerSecond(kLargeTransfer, elapsed));
        QCOMPARE(forwarder->bytesSent(), static_cast<quint64>(kLargeTransfer));
        client.disconnectFromHost();
        QTRY_COMPARE(forwarder->activeConnections(), 0);
    }

    // 50 connections at once, each with its own payload echoed back by a local echo server.
    void fiftyConcurrentEchoes()
    {
        auto forwarder = startForwarder(QStringLiteral("local"), kEchoPort);
        QVERIFY(forwarder);
        constexpr int kClients = 50;
        std::vector<std::unique_ptr<QTcpSocket>> clients;
        std::vector<QByteArray> sent(kClients);
        std::vector<QByteArray> echoed(kClients);
        qint64 total = 0;
        for (int i = 0; i < kClients; ++i) {
            // Distinct content and length per client.
            QByteArray payload = "client " + QByteArray::number(i) + ": ";
            payload += KubeTestEnv::pattern(i * 7, 20000 + i * 1000);
            sent[i] = payload;
            total += payload.size();
            auto client = std::make_unique<QTcpSocket>();
            QTcpSocket *raw = client.get();
            connect(raw, &QTcpSocket::readyRead, this,
                [&echoed, raw, i] { echoed[i] += raw->readAll(); });
            raw->connectToHost(QHostAddress::LocalHost, forwarder->localPort(kEchoPort));
            raw->write(payload);
            clients.push_back(std::move(client));
        }
        QTRY_VERIFY_WITH_TIMEOUT(forwarder->activeConnections() == kClients, 30000);
        for (int i = 0; i < kClients; ++i) {
            QTRY_COMPARE_WITH_TIMEOUT(echoed[i].size(), sent[i].size(), 60000);
            QVERIFY2(echoed[i] == sent[i],
                qPrintable(QStringLiteral("client %1 got other bytes").arg(i)));
        }
        QCOMPARE(forwarder->totalConnections(), static_cast<quint64>(kClients));
        QCOMPARE(forwarder->failedConnections(), 0u);
        QCOMPARE(forwarder->bytesSent(), static_cast<quint64>(total));
        QCOMPARE(forwarder->bytesReceived(), static_cast<quint64>(total));
        for (auto &client : clients)
            client->disconnectFromHost();
        QTRY_COMPARE_WITH_TIMEOUT(forwarder->activeConnections(), 0, 30000);
    }

    // A pod that does not exist: the connection fails with a message naming the pod, the local
    // client is disconnected, and the forwarder keeps listening.
    void missingPod()
    {
        auto forwarder = startForwarder(QStringLiteral("no-such-pod"), 22);
        QVERIFY(forwarder);
        QList<Kt::Error> errors;
        connect(forwarder.get(), &PortForwarder::connectionFailed, this,
            [&](const Kt::Error &error) { errors.append(error); });
        QTcpSocket client;
        QSignalSpy disconnected(&client, &QTcpSocket::disconnected);
        client.connectToHost(QHostAddress::LocalHost, forwarder->localPort(22));
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 20000);
        QCOMPARE(errors.front().code, Kt::ErrorCode::NotFound);
        QVERIFY2(errors.front().message.contains(m_namespace + QStringLiteral("/no-such-pod")),
            qPrintable(errors.front().message));
        QVERIFY2(errors.front().message.contains(QStringLiteral("not found")),
            qPrintable(errors.front().message));
        QVERIFY(!errors.front().hint.isEmpty());
        QTRY_VERIFY(disconnected.size() == 1);
        QCOMPARE(forwarder->state(), PortForwarder::State::Listening);
        QCOMPARE(forwarder->failedConnections(), 1u);
        QTRY_COMPARE(forwarder->activeConnections(), 0);
    }

    // The kubelet side cannot forward (kwok: the pod's PortForward has no rule for the port):
    // the text it sends on the error channel becomes the error, naming pod and port.
    void errorChannelFailure()
    {
        Kt::Kube::PortForwardStream stream(
            m_connection.get(), m_namespace, QStringLiteral("local"), 7777);
        QList<Kt::Error> errors;
        connect(&stream, &Kt::Kube::PortForwardStream::errorOccurred, this,
            [&](const Kt::Error &error) { errors.append(error); });
        QSignalSpy closed(&stream, &Kt::Kube::PortForwardStream::closed);
        stream.start();
        stream.write("hello\n");
        QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 20000);
        QCOMPARE(errors.size(), 1);
        const QString message = errors.front().message;
        QVERIFY2(
            message.startsWith(
                QStringLiteral("Port-forward to pod %1/local port 7777 failed: ").arg(m_namespace)),
            qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("forward not found for port 7777")),
            qPrintable(message));
        QCOMPARE(errors.front().code, Kt::ErrorCode::Unavailable);
        QCOMPARE(stream.state(), Kt::Kube::PortForwardStream::State::Failed);
    }

    // The remote side goes away (the API server restarts and drops its connections; kwok
    // would not pass on a target's close while the client side stays open): the local
    // client's connection is closed, a PortForwardStream closes without an error, and the
    // forwarder keeps listening.
    void remoteCloseClosesLocalSide()
    {
        auto forwarder = startForwarder(QStringLiteral("local"), kEchoPort);
        QVERIFY(forwarder);
        QTcpSocket client;
        QByteArray got;
        connect(&client, &QTcpSocket::readyRead, this, [&] { got += client.readAll(); });
        QSignalSpy disconnected(&client, &QTcpSocket::disconnected);
        client.connectToHost(QHostAddress::LocalHost, forwarder->localPort(kEchoPort));
        client.write("ping\n");

        Kt::Kube::PortForwardStream stream(
            m_connection.get(), m_namespace, QStringLiteral("local"), kEchoPort);
        QSignalSpy streamClosed(&stream, &Kt::Kube::PortForwardStream::closed);
        QSignalSpy streamFinished(&stream, &Kt::Kube::PortForwardStream::readChannelFinished);
        QSignalSpy streamErrors(&stream, &Kt::Kube::PortForwardStream::errorOccurred);
        QByteArray streamGot;
        connect(&stream, &Kt::Kube::PortForwardStream::readyRead, this,
            [&] { streamGot += stream.readAll(); });
        stream.start();
        stream.write("pong\n");

        QTRY_COMPARE_WITH_TIMEOUT(got, QByteArray("ping\n"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(streamGot, QByteArray("pong\n"), 20000);
        QVERIFY(KubeTestEnv::restartApiServer());
        QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, 30000);
        QTRY_COMPARE(forwarder->activeConnections(), 0);
        QCOMPARE(forwarder->failedConnections(), 0u);
        QCOMPARE(forwarder->state(), PortForwarder::State::Listening);
        QTRY_COMPARE_WITH_TIMEOUT(streamClosed.size(), 1, 30000);
        QCOMPARE(streamFinished.size(), 1);
        QCOMPARE(streamErrors.size(), 0);
        QCOMPARE(stream.state(), Kt::Kube::PortForwardStream::State::Closed);
        QVERIFY(!stream.isOpen());

        // Leave the cluster as found: kwok's watches are back once a PortForward changed after
        // the restart takes effect (later tests rely on `ktcluster forward`).
        constexpr quint16 kProbePort = 9003;
        QVERIFY(KubeTestEnv::ktcluster(QStringLiteral("forward"),
            {m_namespace + QStringLiteral("/local"),
                QStringLiteral("%1=%2").arg(kEchoPort).arg(target(m_echo)),
                QStringLiteral("%1=%2").arg(kSinkPort).arg(target(m_sink)),
                QStringLiteral("%1=%2").arg(kProbePort).arg(target(m_echo))}));
        QTRY_VERIFY_WITH_TIMEOUT(echoesThrough(kProbePort), 90000);
        // And the forwarder, still listening, serves new connections again.
        QTcpSocket again;
        QByteArray answer;
        connect(&again, &QTcpSocket::readyRead, this, [&] { answer += again.readAll(); });
        again.connectToHost(QHostAddress::LocalHost, forwarder->localPort(kEchoPort));
        again.write("again\n");
        QTRY_COMPARE_WITH_TIMEOUT(answer, QByteArray("again\n"), 20000);
    }
};

QTEST_GUILESS_MAIN(TestPortForwarder)
#include "tst_portforwarder.moc"
