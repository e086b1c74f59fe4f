// SPDY/3 framing for port-forward (core/kube/spdyframe.*): the bytes on the wire, checked
// against the SPDY/3 draft's layouts; interoperation with the real server (moby/spdystream in
// kube-apiserver and kwok) is what tst_portforwardstream and tst_portforwarder check.
#include "kube/spdyframe.h"

#include <QTest>

#include <zlib.h>

using namespace Kt::Kube::Spdy;

namespace {

// Decodes one whole frame; a frame of raw type 0xFFFF when that fails.
Frame decodeWhole(const QByteArray &bytes, QByteArray *error = nullptr)
{
    Frame failed;
    failed.rawType = 0xFFFF;
    const FrameHeader header = FrameHeader::parse(bytes.constData());
    if (bytes.size() != FrameHeader::kSize + static_cast<qsizetype>(header.length))
        return failed;
    auto frame = Frame::decode(header, bytes.sliced(FrameHeader::kSize), error);
    return frame ? *frame : failed;
}

} // namespace

class TestSpdyFrame : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dictionaryIsSpdy3s()
    {
        // The zlib dictionary id every SPDY/3 peer expects in the first header block.
        const QByteArrayView dictionary = headerDictionary();
        QCOMPARE(dictionary.size(), 1423);
        QCOMPARE(adler32(1, reinterpret_cast<const Bytef *>(dictionary.data()),
                     static_cast<uInt>(dictionary.size())),
            0xe3c6a7c2UL);
    }

    void synStreamLayoutAndHeaders()
    {
        FrameWriter writer;
        const FrameWriter::Headers headers {
            {"streamtype", "data"}, {"port", "8080"}, {"requestid", "0"}};
        const QByteArray first = writer.synStream(3, headers);
        // Control bit, version 3, type 1; flags 0; then stream id 3, associated 0, priority, slot.
        QCOMPARE(first.left(4), QByteArray("\x80\x03\x00\x01", 4));
        QCOMPARE(static_cast<quint8>(first[4]), quint8 {0});
        QCOMPARE(first.mid(8, 10), QByteArray("\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00", 10));
        const Frame frame = decodeWhole(first);
        QCOMPARE(frame.type, std::optional<ControlType>(ControlType::SynStream));
        QCOMPARE(frame.streamId, 3u);
        // The receiver inflates with the same dictionary, one zlib stream for the connection.
        HeaderDecoder decoder;
        QCOMPARE(decoder.decode(frame.payload), std::optional<FrameWriter::Headers>(headers));
        const FrameWriter::Headers more {{"streamtype", "error"}, {"port", "22"}};
        const Frame second = decodeWhole(writer.synStream(5, more, kFlagFin));
        QVERIFY(second.fin());
        QCOMPARE(decoder.decode(second.payload), std::optional<FrameWriter::Headers>(more));
        // A block from a fresh stream does not continue this one.
        FrameWriter other;
        QVERIFY(!decoder.decode(decodeWhole(other.synStream(7, more)).payload));
    }

    void headerBlockLayout()
    {
        QCOMPARE(FrameWriter::headerBlock({{"port", "22"}}),
            QByteArray("\x00\x00\x00\x01\x00\x00\x00\x04port\x00\x00\x00\x02"
                       "22",
                18));
    }

    void dataFrames()
    {
        const QByteArray header = FrameWriter::dataHeader(3, 70000, kFlagFin);
        QCOMPARE(header, QByteArray("\x00\x00\x00\x03\x01\x01\x11\x70", 8));
        const FrameHeader parsed = FrameHeader::parse(header.constData());
        QVERIFY(!parsed.control);
        QCOMPARE(parsed.streamId, 3u);
        QCOMPARE(parsed.length, 70000u);
        QCOMPARE(parsed.flags, kFlagFin);
        const Frame frame = decodeWhole(FrameWriter::dataHeader(1, 5) + "hello");
        QVERIFY(frame.isData());
        QCOMPARE(frame.streamId, 1u);
        QCOMPARE(frame.payload, QByteArray("hello"));
        QVERIFY(!frame.fin());
    }

    void controlFrames()
    {
        const Frame ping = decodeWhole(FrameWriter::ping(0x12345678));
        QCOMPARE(ping.type, std::optional<ControlType>(ControlType::Ping));
        QCOMPARE(ping.value, 0x12345678u);
        const Frame rst = decodeWhole(FrameWriter::rstStream(3, 5));
        QCOMPARE(rst.type, std::optional<ControlType>(ControlType::RstStream));
        QCOMPARE(rst.streamId, 3u);
        QCOMPARE(rst.value, 5u);
        const Frame goAway = decodeWhole(FrameWriter::goAway(9, 1));
        QCOMPARE(goAway.type, std::optional<ControlType>(ControlType::GoAway));
        QCOMPARE(goAway.streamId, 9u);
        QCOMPARE(goAway.value, 1u);
        // SYN_REPLY: stream id, then the header block.
        const Frame reply = decodeWhole(QByteArray("\x80\x03\x00\x02\x00\x00\x00\x06"
                                                   "\x00\x00\x00\x03zz",
            14));
        QCOMPARE(reply.type, std::optional<ControlType>(ControlType::SynReply));
        QCOMPARE(reply.streamId, 3u);
        QCOMPARE(reply.payload, QByteArray("zz"));
    }

    void unknownTypesAreIgnoredNotErrors()
    {
        QByteArray error;
        const Frame frame
            = decodeWhole(QByteArray("\x80\x03\x00\x0a\x00\x00\x00\x02xy", 10), &error);
        QVERIFY(!frame.type);
        QCOMPARE(frame.rawType, quint16 {10});
        QVERIFY(!frame.isData());
        QVERIFY(error.isEmpty());
        // Control type 0 is not a type, and not data either (found by the fuzz target).
        const Frame zero = decodeWhole(QByteArray("\x80\x03\x00\x00\x00\x00\x00\x02xy", 10));
        QVERIFY(zero.control);
        QVERIFY(!zero.isData());
    }

    void brokenControlFramesAreErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("version 2")
            << QByteArray("\x80\x02\x00\x06\x00\x00\x00\x04\x00\x00\x00\x01", 12);
        QTest::newRow("short ping") << QByteArray("\x80\x03\x00\x06\x00\x00\x00\x02\x00\x01", 10);
        QTest::newRow("short rst")
            << QByteArray("\x80\x03\x00\x03\x00\x00\x00\x04\x00\x00\x00\x01", 12);
        QTest::newRow("short syn_stream")
            << QByteArray("\x80\x03\x00\x01\x00\x00\x00\x02\x00\x01", 10);
        QTest::newRow("short syn_reply")
            << QByteArray("\x80\x03\x00\x02\x00\x00\x00\x02\x00\x01", 10);
    }

    void brokenControlFramesAreErrors()
    {
        QFETCH(QByteArray, bytes);
        const FrameHeader header = FrameHeader::parse(bytes.constData());
        QByteArray error;
        QVERIFY(!Frame::decode(header, bytes.sliced(FrameHeader::kSize), &error));
        QVERIFY(!error.isEmpty());
    }

    void garbageHeaderBlocksAreRejected()
    {
        HeaderDecoder decoder;
        QVERIFY(!decoder.decode(QByteArray("not zlib at all")));
        HeaderDecoder fresh;
        QVERIFY(!fresh.decode({}));
    }
};

QTEST_GUILESS_MAIN(TestSpdyFrame)
#include "tst_spdyframe.moc"
