// DnsMessage: parsing and building of DNS messages, including every kind of malformed input the
// DNS server may be sent (it faces any process on the machine and answers from upstreams).
#include "tunnel/dnsmessage.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Kt;
using namespace Kt::Tunnel;

namespace {

QByteArray u16(quint16 value)
{
    QByteArray out;
    out.append(static_cast<char>(value >> 8));
    out.append(static_cast<char>(value & 0xFF));
    return out;
}

QByteArray u32(quint32 value)
{
    return u16(static_cast<quint16>(value >> 16)) + u16(static_cast<quint16>(value & 0xFFFF));
}

QByteArray header(
    quint16 id, quint16 flags, quint16 qd, quint16 an = 0, quint16 ns = 0, quint16 ar = 0)
{
    return u16(id) + u16(flags) + u16(qd) + u16(an) + u16(ns) + u16(ar);
}

QByteArray bytes(const char *data, qsizetype size)
{
    return QByteArray(data, size);
}

// "www.example.com" A IN at offset 12.
const QByteArray kQuestion = bytes("\x03www\x07"
                                   "example\x03"
                                   "com\x00",
                                 17)
    + u16(1) + u16(1);

// A record header (name given) with the rdata appended.
QByteArray record(
    const QByteArray &name, quint16 type, quint32 ttl, const QByteArray &rdata, quint16 klass = 1)
{
    return name + u16(type) + u16(klass) + u32(ttl) + u16(static_cast<quint16>(rdata.size()))
        + rdata;
}

QByteArray opt(quint16 payload, quint32 ttl = 0, const QByteArray &options = {})
{
    return record(bytes("\x00", 1), DnsType::OPT, ttl, options, payload);
}

DnsMessage sampleResponse()
{
    DnsMessage message;
    message.id = 0xBEEF;
    message.response = true;
    message.recursionDesired = true;
    message.recursionAvailable = true;
    message.questions = {DnsQuestion {"Web.Default.svc.cluster.local", DnsType::A, DnsClass::IN}};
    DnsRecord cname;
    cname.name = "Web.Default.svc.cluster.local";
    cname.type = DnsType::CNAME;
    cname.ttl = 30;
    cname.rdata = bytes("\x04real\x07"
                        "default\x03svc\x07"
                        "cluster\x05local\x00",
        32);
    message.answers = {cname,
        DnsRecord::address(
            "real.default.svc.cluster.local", QHostAddress(QStringLiteral("10.96.0.20")), 30),
        DnsRecord::address(
            "real.default.svc.cluster.local", QHostAddress(QStringLiteral("fd00::20")), 30)};
    message.authorities = {DnsRecord::soa(
        "cluster.local", "ns.dns.cluster.local", "hostmaster.cluster.local", 7, 5, 60)};
    DnsRecord txt;
    txt.name = "real.default.svc.cluster.local";
    txt.type = DnsType::TXT;
    txt.ttl = 10;
    txt.rdata = bytes("\x05hello", 6);
    message.additionals = {txt};
    DnsEdns edns;
    edns.udpPayloadSize = 1232;
    message.edns = edns;
    return message;
}

} // namespace

class TestDnsMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAQueryLikeDigSendsIt()
    {
        // dig's query: RD and AD set, an OPT with a cookie option.
        const QByteArray cookie = u16(10) + u16(8) + QByteArray("\x01\x02\x03\x04\x05\x06\x07\x08");
        const QByteArray wire
            = header(0x1234, 0x0120, 1, 0, 0, 1) + kQuestion + opt(1232, 0, cookie);
        const auto message = DnsMessage::parse(wire);
        QVERIFY2(message.ok(), qPrintable(message.error().message));
        QCOMPARE(message->id, quint16(0x1234));
        QVERIFY(!message->response);
        QVERIFY(message->recursionDesired);
        QVERIFY(message->authenticData);
        QCOMPARE(message->questions.size(), 1);
        QCOMPARE(message->questions.first().name, QByteArray("www.example.com"));
        QCOMPARE(message->questions.first().type, DnsType::A);
        QVERIFY(message->edns.has_value());
        QCOMPARE(message->edns->udpPayloadSize, quint16(1232));
        QCOMPARE(message->edns->options, cookie);
        QVERIFY(message->additionals.isEmpty());
        // And it is written back byte for byte.
        QCOMPARE(message->encode(), wire);
    }

    void roundTripsEveryRecordKind()
    {
        const DnsMessage message = sampleResponse();
        const QByteArray wire = message.encode();
        QVERIFY(!wire.isEmpty());
        const auto parsed = DnsMessage::parse(wire);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QVERIFY(*parsed == message);
        QCOMPARE(parsed->answers.at(1).toAddress(), QHostAddress(QStringLiteral("10.96.0.20")));
        QCOMPARE(parsed->answers.at(2).toAddress(), QHostAddress(QStringLiteral("fd00::20")));
        QCOMPARE(parsed->authorities.first().soaMinimum(), std::optional<quint32>(5));
    }

    void compressesOwnerNames()
    {
        const DnsMessage message = sampleResponse();
        const QByteArray wire = message.encode();
        // Owner names after the first occurrence are two-byte pointers.
        QCOMPARE(wire.count("real"), 2); // in the CNAME's RDATA and in the first A record
        QCOMPARE(wire.count("Default"), 1); // the question; every owner name after it points
        QCOMPARE(wire.count("hostmaster"), 1);
    }

    void expandsCompressedNamesInRecordData()
    {
        // A response as a server writes it: CNAME RDATA and owner names point into the question.
        QByteArray wire = header(7, 0x8180, 1, 2) + kQuestion;
        wire += record(bytes("\xC0\x0C", 2), DnsType::CNAME, 60,
            bytes("\x03"
                  "cdn\xC0\x10",
                6));
        wire += record(bytes("\xC0\x2D", 2), DnsType::A, 60, bytes("\x5D\xB8\xD8\x22", 4));
        const auto parsed = DnsMessage::parse(wire);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(parsed->answers.size(), 2);
        QCOMPARE(parsed->answers.at(0).name, QByteArray("www.example.com"));
        QCOMPARE(parsed->answers.at(0).rdata,
            bytes("\x03"
                  "cdn\x07"
                  "example\x03"
                  "com\x00",
                17));
        QCOMPARE(parsed->answers.at(1).name, QByteArray("cdn.example.com"));
        QCOMPARE(parsed->answers.at(1).toAddress(), QHostAddress(QStringLiteral("93.184.216.34")));
        // Written elsewhere, the records still mean the same.
        DnsMessage moved;
        moved.answers = parsed->answers;
        QCOMPARE(DnsMessage::parse(moved.encode())->answers, parsed->answers);
    }

    void acceptsLongestLegalNames()
    {
        // Four labels: 63+63+63+61 with their length bytes and the root make 255 bytes.
        const QByteArray name = QByteArray(63, 'a') + '.' + QByteArray(63, 'b') + '.'
            + QByteArray(63, 'c') + '.' + QByteArray(61, 'd');
        QVERIFY(DnsMessage::isValidName(name));
        QVERIFY(!DnsMessage::isValidName(name + 'd'));
        DnsMessage message;
        message.questions = {DnsQuestion {name, DnsType::AAAA, DnsClass::IN}};
        const auto parsed = DnsMessage::parse(message.encode());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(parsed->questions.first().name, name);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<bool>("answerable"); // a query with a header: FORMERR; responses: nothing

        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("eleven bytes") << header(1, 0, 0).left(11) << false;
        QTest::newRow("a question count without a question") << header(2, 0x0100, 1) << true;
        QTest::newRow("name cut off inside a label")
            << header(3, 0x0100, 1) + bytes("\x03ww", 3) << true;
        QTest::newRow("name without its root label")
            << header(4, 0x0100, 1) + bytes("\x03www", 4) << true;
        QTest::newRow("question without type and class")
            << header(5, 0x0100, 1) + bytes("\x03www\x00", 5) << true;
        QTest::newRow("label of 64 bytes (reserved type 01)") << header(6, 0x0100, 1) + '\x40'
                + QByteArray(64, 'a')
                + bytes("\x00\x00\x01\x00\x01", 5) << true;
        QTest::newRow("label type 10")
            << header(7, 0x0100, 1) + bytes("\x80\x01\x00\x01\x00\x01", 6) << true;
        QByteArray longName;
        for (int i = 0; i < 5; ++i)
            longName += '\x3F' + QByteArray(63, 'x');
        QTest::newRow("name of 321 bytes")
            << header(8, 0x0100, 1) + longName + bytes("\x00\x00\x01\x00\x01", 5) << true;
        QTest::newRow("pointer to itself")
            << header(9, 0x0100, 1) + bytes("\xC0\x0C\x00\x01\x00\x01", 6) << true;
        QTest::newRow("pointer forward") << header(10, 0x0100, 1)
                + bytes("\xC0\x0E\x01"
                        "a\x00\x00\x01\x00\x01",
                    9) << true;
        QTest::newRow("loop through a label") << header(11, 0x0100, 1)
                + bytes("\x01"
                        "a\xC0\x0C\x00\x01\x00\x01",
                    8) << true;
        QTest::newRow("two pointers in a loop") << header(12, 0x8180, 1, 1)
                + bytes("\x01"
                        "a\x00\x00\x01\x00\x01",
                    7)
                + bytes("\xC0\x15\xC0\x13", 4) + u16(1) + u16(1) + u32(1)
                + u16(0) << false;
        QTest::newRow("pointer into the middle of a label") << header(13, 0x8180, 1, 1)
                + bytes("\x05"
                        "abcde\x00\x00\x01\x00\x01",
                    11)
                + record(bytes("\xC0\x0E", 2), DnsType::A, 1, bytes("\x01\x02\x03\x04", 4))
                                                            << false;
        QTest::newRow("pointer cut off") << header(14, 0x0100, 1)
                + bytes("\x01"
                        "a\xC0",
                    3) << true;
        QTest::newRow("pointer chain of a hundred names") << [] {
            // Each name points to the one before it: legal, but past 255 bytes.
            QByteArray wire = header(15, 0x8180, 0, 100);
            qsizetype previous = -1;
            for (int i = 0; i < 100; ++i) {
                const qsizetype here = wire.size();
                QByteArray name = bytes("\x03"
                                        "abc",
                    4);
                name += previous < 0 ? bytes("\x00", 1)
                                     : u16(static_cast<quint16>(0xC000 | previous));
                wire += record(name, DnsType::TXT, 1, bytes("\x00", 1));
                previous = here;
            }
            return wire;
        }() << false;
        QTest::newRow("record data past the end") << header(16, 0x8180, 1, 1) + kQuestion
                + bytes("\xC0\x0C", 2) + u16(1) + u16(1) + u32(5) + u16(100)
                + bytes("\x01\x02\x03\x04", 4) << false;
        QTest::newRow("A record of three bytes") << header(17, 0x8180, 1, 1) + kQuestion
                + record(bytes("\xC0\x0C", 2), DnsType::A, 5, bytes("\x01\x02\x03", 3))
                                                 << false;
        QTest::newRow("AAAA record of four bytes") << header(18, 0x8180, 1, 1) + kQuestion
                + record(bytes("\xC0\x0C", 2), DnsType::AAAA, 5, bytes("\x01\x02\x03\x04", 4))
                                                   << false;
        QTest::newRow("CNAME data longer than its name") << header(19, 0x8180, 1, 1) + kQuestion
                + record(bytes("\xC0\x0C", 2), DnsType::CNAME, 5,
                    bytes("\x01"
                          "a\x00junk",
                        7)) << false;
        QTest::newRow("CNAME name running past its data") << header(20, 0x8180, 1, 1) + kQuestion
                + bytes("\xC0\x0C", 2) + u16(DnsType::CNAME) + u16(1) + u32(5) + u16(2)
                + bytes("\x03www\x00", 5) << false;
        QTest::newRow("SOA without its numbers") << header(21, 0x8180, 1, 0, 1) + kQuestion
                + record(bytes("\xC0\x10", 2), DnsType::SOA, 5, bytes("\x00\x00\x01\x02", 4))
                                                 << false;
        QTest::newRow("MX without a name") << header(22, 0x8180, 1, 1) + kQuestion
                + record(bytes("\xC0\x0C", 2), DnsType::MX, 5, bytes("\x00\x0A", 2))
                                           << false;
        QTest::newRow("two OPT records")
            << header(23, 0x0100, 1, 0, 0, 2) + kQuestion + opt(1232) + opt(4096) << true;
        QTest::newRow("OPT in the answer section")
            << header(24, 0x8180, 1, 1) + kQuestion + opt(1232) << false;
        QTest::newRow("OPT with a name") << header(25, 0x0100, 1, 0, 0, 1) + kQuestion
                + record(bytes("\x01"
                               "a\x00",
                             3),
                    DnsType::OPT, 0, {}, 1232)
                                         << true;
        QTest::newRow("OPT data past the end") << header(26, 0x0100, 1, 0, 0, 1) + kQuestion
                + bytes("\x00", 1) + u16(DnsType::OPT) + u16(1232) + u32(0) + u16(20)
                + bytes("\x00\x0A", 2) << true;
        QTest::newRow("counts far beyond the data")
            << header(27, 0x8180, 1, 0xFFFF, 0xFFFF, 0xFFFF) + kQuestion << false;
        QTest::newRow("a label holding a dot") << header(28, 0x0100, 1)
                + bytes("\x03"
                        "a.b\x00\x00\x01\x00\x01",
                    9) << true;
        QTest::newRow("longer than 65535 bytes")
            << header(29, 0x0100, 1) + kQuestion + QByteArray(65536, '\0') << true;
        QTest::newRow("a response, malformed") << header(30, 0x8180, 1) << false;
    }

    void malformed()
    {
        QFETCH(QByteArray, wire);
        QFETCH(bool, answerable);
        const auto parsed = DnsMessage::parse(wire);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, ErrorCode::Protocol);
        QVERIFY(!parsed.error().message.isEmpty());
        const QByteArray reply = DnsMessage::errorReplyFor(wire, DnsRcode::FormErr);
        QCOMPARE(!reply.isEmpty(), answerable);
        if (answerable) {
            const auto message = DnsMessage::parse(reply);
            QVERIFY(message.ok());
            QVERIFY(message->response);
            QCOMPARE(message->rcode, DnsRcode::FormErr);
            QCOMPARE(
                message->id, static_cast<quint16>((quint8(wire.at(0)) << 8) | quint8(wire.at(1))));
            QVERIFY(message->questions.isEmpty());
        }
    }

    void ignoresTrailingBytes()
    {
        const auto parsed = DnsMessage::parse(header(1, 0x0100, 1) + kQuestion + "junk");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->questions.size(), 1);
    }

    void extendedRcodeTravelsInOpt()
    {
        DnsMessage message;
        message.response = true;
        message.rcode = DnsRcode::BadVers;
        message.edns = DnsEdns {};
        const auto parsed = DnsMessage::parse(message.encode());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->rcode, DnsRcode::BadVers);
    }

    void truncatesWhatDoesNotFit()
    {
        DnsMessage message = DnsMessage::replyTo(
            *DnsMessage::parse(header(5, 0x0100, 1, 0, 0, 1) + kQuestion + opt(512)));
        for (int i = 0; i < 100; ++i) {
            message.answers.append(DnsRecord::address(
                "www.example.com", QHostAddress(QStringLiteral("10.0.0.%1").arg(i)), 5));
        }
        QVERIFY(message.encode().size() > 1000);
        const QByteArray cut = message.encode(512);
        QVERIFY(cut.size() <= 512);
        const auto parsed = DnsMessage::parse(cut);
        QVERIFY(parsed.ok());
        QVERIFY(parsed->truncated);
        QVERIFY(parsed->answers.isEmpty());
        QCOMPARE(parsed->questions, message.questions);
        QVERIFY(parsed->edns.has_value());
        // Whatever fits is not truncated.
        QVERIFY(!DnsMessage::parse(message.encode(65535))->truncated);
    }

    void replyEchoesTheQuery()
    {
        const auto query = DnsMessage::parse(header(0x4242, 0x0110, 1) + kQuestion);
        QVERIFY(query.ok());
        QVERIFY(query->checkingDisabled);
        const DnsMessage reply = DnsMessage::replyTo(*query, DnsRcode::NxDomain);
        QCOMPARE(reply.id, quint16(0x4242));
        QVERIFY(reply.response);
        QVERIFY(reply.recursionDesired);
        QVERIFY(reply.recursionAvailable);
        QVERIFY(reply.checkingDisabled);
        QCOMPARE(reply.questions, query->questions);
        QCOMPARE(reply.rcode, DnsRcode::NxDomain);
        QVERIFY(!reply.edns.has_value()); // only when the query had one
    }

    void refusesToWriteInvalidNames()
    {
        DnsMessage message;
        message.questions = {DnsQuestion {"a..b", DnsType::A, DnsClass::IN}};
        QVERIFY(message.encode().isEmpty());
        message.questions = {DnsQuestion {QByteArray(64, 'a'), DnsType::A, DnsClass::IN}};
        QVERIFY(message.encode().isEmpty());
    }

    void canonicalNames()
    {
        QCOMPARE(DnsMessage::canonicalName("Web.Default.SVC.cluster.local."),
            QByteArray("web.default.svc.cluster.local"));
        QCOMPARE(DnsMessage::canonicalName(""), QByteArray());
    }

    // Random damage to valid messages: never a crash or an endless loop, and whatever still
    // parses is written back into something that parses to the same message.
    void randomDamageNeverCrashes()
    {
        const QList<QByteArray> seeds {sampleResponse().encode(),
            header(0x1234, 0x0120, 1, 0, 0, 1) + kQuestion + opt(1232),
            header(7, 0x8180, 1, 2) + kQuestion
                + record(bytes("\xC0\x0C", 2), DnsType::CNAME, 60,
                    bytes("\x03"
                          "cdn\xC0\x10",
                        6))
                + record(bytes("\xC0\x2D", 2), DnsType::A, 60, bytes("\x5D\xB8\xD8\x22", 4))};
        QRandomGenerator random(20240605); // fixed: a failure can be replayed
        int parsedCount = 0;
        for (int round = 0; round < 30000; ++round) {
            QByteArray wire = seeds.at(round % seeds.size());
            const int edits = 1 + random.bounded(4);
            for (int e = 0; e < edits && !wire.isEmpty(); ++e) {
                const auto at = random.bounded(wire.size());
                switch (random.bounded(4)) {
                case 0:
                    wire[at] = static_cast<char>(random.bounded(256));
                    break;
                case 1:
                    wire.truncate(at);
                    break;
                case 2:
                    wire.insert(at, static_cast<char>(random.bounded(256)));
                    break;
                default:
                    wire[at] = static_cast<char>(0xC0 | random.bounded(64)); // a pointer
                    break;
                }
            }
            const auto parsed = DnsMessage::parse(wire);
            if (!parsed)
                continue;
            ++parsedCount;
            const QByteArray again = parsed->encode();
            QVERIFY2(!again.isEmpty(), qPrintable(QString::number(round)));
            const auto reparsed = DnsMessage::parse(again);
            QVERIFY2(reparsed.ok(), qPrintable(reparsed.error().message));
            QVERIFY2(*reparsed == *parsed, qPrintable(QString::number(round)));
        }
        QVERIFY(parsedCount > 100); // the damage left some messages intact enough to check
    }
};

QTEST_GUILESS_MAIN(TestDnsMessage)
#include "tst_dnsmessage.moc"
