#include "kube/portforwardprotocol.h"

#include <QTest>

using Kt::Kube::PortForwardProtocol;
using Kind = PortForwardProtocol::Event::Kind;

Q_DECLARE_METATYPE(PortForwardProtocol::Event::Kind)

namespace {

QByteArray message(char channel, const QByteArray &payload)
{
    return QByteArray(1, channel) + payload;
}

// Port 22 as the server announces it: little-endian.
const QByteArray kPort22("\x16\x00", 2);

} // namespace

class TestPortForwardProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Each row: messages fed in order; the kinds, offsets and texts expected for each.
    void sequences_data()
    {
        QTest::addColumn<QList<QByteArray>>("messages");
        QTest::addColumn<QList<Kind>>("kinds");
        QTest::addColumn<QList<qsizetype>>("offsets");
        QTest::addColumn<QStringList>("texts");

        QTest::newRow("prefixes then data")
            << QList<QByteArray> {message(0, kPort22), message(1, kPort22), message(0, "SSH-2.0")}
            << QList<Kind> {Kind::None, Kind::None, Kind::Data} << QList<qsizetype> {0, 0, 1}
            << QStringList {{}, {}, {}};
        QTest::newRow("prefix and data in one message")
            << QList<QByteArray> {message(0, kPort22 + "hello")} << QList<Kind> {Kind::Data}
            << QList<qsizetype> {3} << QStringList {{}};
        QTest::newRow("prefix split over two messages")
            << QList<QByteArray> {message(0, "\x16"), message(0, QByteArray("\x00", 1) + "x")}
            << QList<Kind> {Kind::None, Kind::Data} << QList<qsizetype> {0, 2}
            << QStringList {{}, {}};
        QTest::newRow("empty data message after prefix")
            << QList<QByteArray> {message(0, kPort22), message(0, {})}
            << QList<Kind> {Kind::None, Kind::None} << QList<qsizetype> {0, 0}
            << QStringList {{}, {}};
        QTest::newRow("error channel message")
            << QList<QByteArray> {message(0, kPort22), message(1, kPort22),
                   message(
                       1, "error forwarding port 22 to pod x/ns: dial tcp: connection refused\n")}
            << QList<Kind> {Kind::None, Kind::None, Kind::Error} << QList<qsizetype> {0, 0, 1}
            << QStringList {{}, {},
                   QStringLiteral(
                       "error forwarding port 22 to pod x/ns: dial tcp: connection refused")};
        QTest::newRow("error with prefix in one message")
            << QList<QByteArray> {message(1, kPort22 + "boom")} << QList<Kind> {Kind::Error}
            << QList<qsizetype> {3} << QStringList {QStringLiteral("boom")};
        QTest::newRow("wrong port on data channel")
            << QList<QByteArray> {message(0, QByteArray("\x50\x00", 2))}
            << QList<Kind> {Kind::ProtocolError} << QList<qsizetype> {0}
            << QStringList {QStringLiteral("The server announced port 80 instead of 22.")};
        QTest::newRow("unknown channel")
            << QList<QByteArray> {message(2, "x")} << QList<Kind> {Kind::ProtocolError}
            << QList<qsizetype> {0}
            << QStringList {QStringLiteral(
                   "The server sent a message on channel 2, which this forward does not use.")};
        QTest::newRow("empty message")
            << QList<QByteArray> {QByteArray()} << QList<Kind> {Kind::ProtocolError}
            << QList<qsizetype> {0}
            << QStringList {QStringLiteral("The server sent an empty message.")};
    }

    void sequences()
    {
        QFETCH(QList<QByteArray>, messages);
        QFETCH(QList<Kind>, kinds);
        QFETCH(QList<qsizetype>, offsets);
        QFETCH(QStringList, texts);
        PortForwardProtocol protocol(22);
        for (int i = 0; i < messages.size(); ++i) {
            const PortForwardProtocol::Event event = protocol.handleMessage(messages[i]);
            QCOMPARE(event.kind, kinds[i]);
            QCOMPARE(event.offset, offsets[i]);
            QCOMPARE(event.text, texts[i]);
        }
    }

    void dataChannelReady()
    {
        PortForwardProtocol protocol(8080);
        QVERIFY(!protocol.dataChannelReady());
        protocol.handleMessage(message(1, QByteArray("\x90\x1f", 2)));
        QVERIFY(!protocol.dataChannelReady());
        protocol.handleMessage(message(0, QByteArray("\x90\x1f", 2)));
        QVERIFY(protocol.dataChannelReady());
        const auto event = protocol.handleMessage(message(0, "abc"));
        QCOMPARE(event.kind, Kind::Data);
        QCOMPARE(message(0, "abc").sliced(event.offset), QByteArray("abc"));
    }
};

QTEST_GUILESS_MAIN(TestPortForwardProtocol)
#include "tst_portforwardprotocol.moc"
