#include "tunnel/proxyhandshake.h"

#include <QTest>

using Kt::Tunnel::ProxyHandshake;
using Status = ProxyHandshake::Status;

Q_DECLARE_METATYPE(ProxyHandshake::Status)

class TestProxyHandshake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<ProxyHandshake::Status>("status");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QByteArray>("pending");

        const QByteArray greeting = QByteArray::fromHex("050100");
        QTest::newRow("socks5 ipv4")
            << greeting + QByteArray::fromHex("050100010a600001") + QByteArray::fromHex("0050")
            << Status::Ready << QStringLiteral("10.96.0.1") << 80 << QByteArray();
        QTest::newRow("socks5 domain")
            << greeting + QByteArray::fromHex("0501000307") + "web.svc"
                + QByteArray::fromHex("1f90")
            << Status::Ready << QStringLiteral("web.svc") << 8080 << QByteArray();
        QTest::newRow("socks5 ipv6")
            << greeting + QByteArray::fromHex("05010004")
                + QByteArray::fromHex("fd000000000000000000000000000001")
                + QByteArray::fromHex("01bb")
            << Status::Ready << QStringLiteral("fd00::1") << 443 << QByteArray();
        QTest::newRow("socks5 early data")
            << greeting + QByteArray::fromHex("050100010a6000010050") + "GET /" << Status::Ready
            << QStringLiteral("10.96.0.1") << 80 << QByteArray("GET /");
        QTest::newRow("socks5 partial")
            << QByteArray::fromHex("0501") << Status::NeedMore << QString() << 0 << QByteArray();
        QTest::newRow("socks5 bind refused")
            << greeting + QByteArray::fromHex("050200010a6000010050") << Status::Failed << QString()
            << 0 << QByteArray();
        QTest::newRow("socks5 auth only")
            << QByteArray::fromHex("050102") << Status::Failed << QString() << 0 << QByteArray();
        QTest::newRow("socks5 bad atyp") << greeting + QByteArray::fromHex("050100090a6000010050")
                                         << Status::Failed << QString() << 0 << QByteArray();
        QTest::newRow("socks5 port 0") << greeting + QByteArray::fromHex("050100010a6000010000")
                                       << Status::Failed << QString() << 0 << QByteArray();
        QTest::newRow("connect") << QByteArray(
            "CONNECT web.ns:443 HTTP/1.1\r\nHost: web.ns:443\r\n\r\nTLS")
                                 << Status::Ready << QStringLiteral("web.ns") << 443
                                 << QByteArray("TLS");
        QTest::newRow("connect ipv6")
            << QByteArray("CONNECT [fd00::1]:80 HTTP/1.1\r\n\r\n") << Status::Ready
            << QStringLiteral("fd00::1") << 80 << QByteArray();
        QTest::newRow("connect no port") << QByteArray("CONNECT web HTTP/1.1\r\n\r\n")
                                         << Status::Failed << QString() << 0 << QByteArray();
        QTest::newRow("connect bad port") << QByteArray("CONNECT web:99999 HTTP/1.1\r\n\r\n")
                                          << Status::Failed << QString() << 0 << QByteArray();
        QTest::newRow("plain get")
            << QByteArray("GET http://web.ns:8080/a?b=1 HTTP/1.1\r\nHost: web.ns:8080\r\n\r\n")
            << Status::Ready << QStringLiteral("web.ns") << 8080
            << QByteArray("GET /a?b=1 HTTP/1.1\r\nHost: web.ns:8080\r\n\r\n");
        QTest::newRow("plain https refused") << QByteArray("GET https://web/ HTTP/1.1\r\n\r\n")
                                             << Status::Failed << QString() << 0 << QByteArray();
        QTest::newRow("http partial") << QByteArray("CONNECT web:80 HTTP/1.1\r\n")
                                      << Status::NeedMore << QString() << 0 << QByteArray();
        QTest::newRow("garbage") << QByteArray("\x16\x03\x01 hello\r\n\r\n") << Status::Failed
                                 << QString() << 0 << QByteArray();
    }

    void parse()
    {
        QFETCH(QByteArray, input);
        QFETCH(ProxyHandshake::Status, status);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QByteArray, pending);
        // Byte by byte and all at once must agree.
        for (const bool split : {false, true}) {
            ProxyHandshake handshake;
            Status got = Status::NeedMore;
            if (split) {
                for (char c : input) {
                    got = handshake.feed(QByteArray(1, c));
                    if (got != Status::NeedMore)
                        break;
                }
            } else {
                got = handshake.feed(input);
            }
            QCOMPARE(got, status);
            if (status == Status::Ready) {
                QCOMPARE(handshake.host(), host);
                QCOMPARE(int(handshake.port()), port);
                if (!split) // fed byte by byte, the bytes after the request are not fed yet
                    QCOMPARE(handshake.pendingData(), pending);
                QVERIFY(!handshake.failureReply().isEmpty());
            }
        }
    }

    void socksRepliesFollowTheRfc()
    {
        ProxyHandshake handshake;
        QCOMPARE(handshake.feed(QByteArray::fromHex("05020002")), Status::NeedMore);
        QCOMPARE(handshake.takeReply(), QByteArray::fromHex("0500"));
        QCOMPARE(handshake.feed(QByteArray::fromHex("050100010a6000010050")), Status::Ready);
        QCOMPARE(handshake.successReply(), QByteArray::fromHex("05000001000000000000"));
        QCOMPARE(handshake.failureReply().at(1), '\x05');

        ProxyHandshake unsupported;
        unsupported.feed(QByteArray::fromHex("050100050300010a6000010050"));
        QCOMPARE(unsupported.takeReply(),
            QByteArray::fromHex("0500") + QByteArray::fromHex("05070001000000000000"));
    }

    void oversizedHeaderFails()
    {
        ProxyHandshake handshake;
        QCOMPARE(handshake.feed(
                     "CONNECT a:1 HTTP/1.1\r\nX: " + QByteArray(ProxyHandshake::kMaxHeader, 'x')),
            Status::Failed);
        QVERIFY(handshake.takeReply().startsWith("HTTP/1.1 431"));
    }
};

QTEST_GUILESS_MAIN(TestProxyHandshake)
#include "tst_proxyhandshake.moc"
