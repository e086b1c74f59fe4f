#include "kube/portforwardstream.h"
#include "kubetestenv.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

using Kt::Kube::PortForwardStream;

class TestPortForwardStream : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Kt::Kube::ClusterConnection> m_connection;
    QString m_namespace;

private Q_SLOTS:
    void initTestCase()
    {
        if (KubeTestEnv::kubeconfigPath().isEmpty())
            QSKIP("KUBECONFIG is not set: run through CTest (fixture `cluster`) or export it.");
        m_connection = KubeTestEnv::connectToCluster();
        QVERIFY(m_connection);
        m_namespace = KubeTestEnv::uniqueNamespace(QStringLiteral("kt-pfs"));
        QVERIFY(KubeTestEnv::createNamespace(m_namespace));
        QVERIFY(KubeTestEnv::runPod(m_namespace, QStringLiteral("shadow")));
    }

    void cleanupTestCase()
    {
        if (!m_namespace.isEmpty())
            KubeTestEnv::deleteNamespace(m_namespace);
    }

    // Port 22 of a kt pod is the shadow sshd: the stream gets its banner, with no local listener.
    void sshBanner()
    {
        PortForwardStream stream(m_connection.get(), m_namespace, QStringLiteral("shadow"), 22);
        QSignalSpy states(&stream, &PortForwardStream::stateChanged);
        QSignalSpy opened(&stream, &PortForwardStream::opened);
        QSignalSpy closed(&stream, &PortForwardStream::closed);
        stream.start();
        QVERIFY(stream.isOpen());
        QCOMPARE(stream.state(), PortForwardStream::State::Connecting);
        // Written before the upgrade completes: queued, sent after it.
        stream.write("SSH-2.0-KtDeskTest\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(stream.canReadLine(), 20000);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(stream.state(), PortForwardStream::State::Open);
        const QByteArray banner = stream.readLine();
        QVERIFY2(banner.startsWith("SSH-2.0-OpenSSH"), banner.constData());
        QCOMPARE(closed.size(), 0);

        stream.close();
        QCOMPARE(stream.state(), PortForwardStream::State::Closed);
        QVERIFY(!stream.isOpen());
        QCOMPARE(closed.size(), 1);
        QCOMPARE(states.size(), 3); // Connecting, Open, Closed
    }

    // Unread data is bounded: past kReadBufferBound the WebSocket is not read, and the rest
    // arrives intact as the reader catches up.
    void boundedReadBuffer()
    {
        PortForwardStream stream(m_connection.get(), m_namespace, QStringLiteral("shadow"), 8080);
        constexpr qint64 kTotal = 32 * 1024 * 1024;
        stream.start();
        stream.write("GET /bytes/" + QByteArray::number(kTotal)
            + " HTTP/1.1\r\nHost: shadow\r\nConnection: close\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(
            stream.bytesAvailable() >= PortForwardStream::kReadBufferBound, 20000);
        // Nothing more is read while nobody reads: no readyRead within half a second.
        QSignalSpy more(&stream, &PortForwardStream::readyRead);
        QVERIFY(!more.wait(500));
        // One message past the bound at most (the kubelet side writes 32 KiB at a time).
        QVERIFY2(stream.bytesAvailable() <= PortForwardStream::kReadBufferBound + 64 * 1024,
            qPrintable(QString::number(stream.bytesAvailable())));

        QByteArray head;
        qint64 body = 0;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        const auto drain = [&] {
            QByteArray data = stream.readAll();
            if (body == 0 && !head.endsWith("\r\n\r\n")) {
                head += data;
                const qsizetype end = head.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                data = head.mid(end + 4);
                head.truncate(end + 4);
            }
            hash.addData(data);
            body += data.size();
        };
        connect(&stream, &PortForwardStream::readyRead, this, drain);
        drain();
        QTRY_COMPARE_WITH_TIMEOUT(body, kTotal, 60000);
        QCOMPARE(hash.result().toHex(), KubeTestEnv::patternSha256(kTotal));
    }

    void missingPod()
    {
        PortForwardStream stream(
            m_connection.get(), m_namespace, QStringLiteral("no-such-pod"), 22);
        QList<Kt::Error> errors;
        connect(&stream, &PortForwardStream::errorOccurred, this,
            [&](const Kt::Error &error) { errors.append(error); });
        QSignalSpy closed(&stream, &PortForwardStream::closed);
        stream.start();
        QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 20000);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.front().code, Kt::ErrorCode::NotFound);
        // "Port-forward to pod NS/no-such-pod port 22 failed: pods "no-such-pod" not found"
        QVERIFY2(
            errors.front().message.contains(m_namespace + QStringLiteral("/no-such-pod port 22")),
            qPrintable(errors.front().message));
        QVERIFY2(errors.front().message.contains(QStringLiteral("pods \"no-such-pod\" not found")),
            qPrintable(errors.front().message));
        QCOMPARE(stream.state(), PortForwardStream::State::Failed);
        QVERIFY(!stream.isOpen());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("device not open")));
        QCOMPARE(stream.write("late"), -1);
    }

    // The upgrade has to finish in time; a server that accepts TCP but never answers trips it.
    void upgradeTimeout()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        auto loaded = Kt::Kube::KubeconfigLoader::parse(
            QStringLiteral("apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n"
                           "    server: http://127.0.0.1:%1\nusers:\n- name: u\n  user: {}\n"
                           "contexts:\n- name: x\n  context: {cluster: c, user: u}\n"
                           "current-context: x\n")
                .arg(silent.serverPort())
                .toUtf8(),
            QStringLiteral("inline"));
        QVERIFY(loaded);
        auto client = Kt::Kube::ClientConfig::resolve(loaded.value());
        QVERIFY(client);
        Kt::Kube::ClusterConnection connection(client.value());
        PortForwardStream stream(&connection, QStringLiteral("ns"), QStringLiteral("pod"), 22);
        stream.setUpgradeTimeout(std::chrono::milliseconds(300));
        QList<Kt::Error> errors;
        connect(&stream, &PortForwardStream::errorOccurred, this,
            [&](const Kt::Error &error) { errors.append(error); });
        stream.start();
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 5000);
        QCOMPARE(errors.front().code, Kt::ErrorCode::Timeout);
        QVERIFY2(errors.front().message.contains(QStringLiteral("pod ns/pod port 22")),
            qPrintable(errors.front().message));
        QCOMPARE(stream.state(), PortForwardStream::State::Failed);
    }
};

QTEST_GUILESS_MAIN(TestPortForwardStream)
#include "tst_portforwardstream.moc"
