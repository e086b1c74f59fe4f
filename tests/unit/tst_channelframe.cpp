#include "kube/channelframe.h"

#include <QTest>

using Kt::Kube::ChannelFrame;

class TestChannelFrame : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encode_data()
    {
        QTest::addColumn<int>("channel");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("stdin, text") << 0 << QByteArray("ls\n") << QByteArray("\x00ls\n", 4);
        QTest::newRow("empty payload") << 1 << QByteArray() << QByteArray("\x01", 1);
        QTest::newRow("binary payload")
            << 2 << QByteArray("\x00\xff\x10", 3) << QByteArray("\x02\x00\xff\x10", 4);
        QTest::newRow("v5 close signal")
            << 255 << QByteArray("\x00", 1) << QByteArray("\xff\x00", 2);
    }

    void encode()
    {
        QFETCH(int, channel);
        QFETCH(QByteArray, payload);
        QFETCH(QByteArray, message);
        QCOMPARE(ChannelFrame::encode(static_cast<quint8>(channel), payload), message);
    }

    void decode_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("channel");
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("empty message") << QByteArray() << false << 0 << QByteArray();
        QTest::newRow("channel only") << QByteArray("\x03", 1) << true << 3 << QByteArray();
        QTest::newRow("port prefix")
            << QByteArray("\x00\x16\x00", 3) << true << 0 << QByteArray("\x16\x00", 2);
        QTest::newRow("high channel") << QByteArray("\xffxy", 3) << true << 255 << QByteArray("xy");
        const QByteArray big(70000, 'z');
        QTest::newRow("large payload") << (QByteArray(1, '\x02') + big) << true << 2 << big;
    }

    void decode()
    {
        QFETCH(QByteArray, message);
        QFETCH(bool, valid);
        const std::optional<ChannelFrame> frame = ChannelFrame::decode(message);
        QCOMPARE(frame.has_value(), valid);
        if (!valid)
            return;
        QFETCH(int, channel);
        QFETCH(QByteArray, payload);
        QCOMPARE(int(frame->channel), channel);
        QCOMPARE(frame->payload.toByteArray(), payload);
    }

    void roundTrip()
    {
        QByteArray payload(256, Qt::Uninitialized);
        for (int i = 0; i < payload.size(); ++i)
            payload[i] = static_cast<char>(i);
        for (int channel : {0, 1, 2, 3, 4, 254, 255}) {
            const QByteArray message = ChannelFrame::encode(static_cast<quint8>(channel), payload);
            const auto frame = ChannelFrame::decode(message);
            QVERIFY(frame);
            QCOMPARE(int(frame->channel), channel);
            QCOMPARE(frame->payload.toByteArray(), payload);
        }
    }
};

QTEST_GUILESS_MAIN(TestChannelFrame)
#include "tst_channelframe.moc"
