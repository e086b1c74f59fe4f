// ktdesk-helper's request parser: every form it accepts, and hostile or sloppy input that it
// must refuse before anything reaches nft, resolvectl or a file.
#include "platform/helperprotocol.h"

#include <QJsonArray>
#include <QTest>

using namespace Kt;
using namespace Kt::Platform;
using Op = HelperRequest::Op;

class TestHelperProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepts_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("op");
        QTest::addColumn<qint64>("id");

        QTest::newRow("hello") << QByteArray(R"({"id":1,"op":"hello"})") << int(Op::Hello)
                               << qint64(1);
        QTest::newRow("id zero") << QByteArray(R"({"id":0,"op":"bye"})") << int(Op::Bye)
                                 << qint64(0);
        QTest::newRow("big id") << QByteArray(R"({"id":9007199254740991,"op":"restore"})")
                                << int(Op::Restore) << qint64(9007199254740991LL);
        QTest::newRow("redirect") << QByteArray(
            R"({"id":2,"op":"redirect","cidrs":["10.96.0.0/12","10.244.0.0/16"],"excludeCidrs":["10.96.0.1/32"],"port":2224})")
                                  << int(Op::Redirect) << qint64(2);
        QTest::newRow("redirect without excludes")
            << QByteArray(R"({"op":"redirect","id":3,"port":1,"cidrs":["172.16.0.0/12"]})")
            << int(Op::Redirect) << qint64(3);
        QTest::newRow("dns") << QByteArray(
            R"({"id":4,"op":"dns","domains":["cluster.local","default","kube-system"],"server":"127.0.0.1","port":10053})")
                             << int(Op::Dns) << qint64(4);
        QTest::newRow("hosts") << QByteArray(
            R"({"id":5,"op":"hosts","entries":[{"ip":"10.96.0.10","names":["kube-dns","kube-dns.kube-system"]}]})")
                               << int(Op::Hosts) << qint64(5);
        QTest::newRow("hosts empty (remove the block)")
            << QByteArray(R"({"id":6,"op":"hosts","entries":[]})") << int(Op::Hosts) << qint64(6);
        QTest::newRow("whitespace around")
            << QByteArray(" { \"id\" : 7 , \"op\" : \"hello\" } ") << int(Op::Hello) << qint64(7);
    }

    void accepts()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, op);
        QFETCH(qint64, id);
        qint64 readId = -2;
        auto request = HelperProtocol::parseRequest(line, &readId);
        QVERIFY2(request.ok(), qPrintable(request.error().message));
        QCOMPARE(int(request->op), op);
        QCOMPARE(request->id, id);
        QCOMPARE(readId, id);
        // What the client encodes parses back to the same request.
        auto again
            = HelperProtocol::parseRequest(HelperProtocol::encodeRequest(*request).trimmed());
        QVERIFY2(again.ok(), qPrintable(again.error().message));
        QVERIFY(*again == *request);
    }

    void redirectValues()
    {
        auto request = HelperProtocol::parseRequest(
            R"({"id":2,"op":"redirect","cidrs":["10.244.0.0/16","10.96.0.0/12","10.96.5.0/24"],"excludeCidrs":[],"port":2224})");
        QVERIFY(request.ok());
        // Sorted, and a network inside another one dropped.
        QCOMPARE(request->cidrs.size(), 2);
        QCOMPARE(request->cidrs.at(0).toString(), QStringLiteral("10.96.0.0/12"));
        QCOMPARE(request->cidrs.at(1).toString(), QStringLiteral("10.244.0.0/16"));
        QCOMPARE(request->port, quint16(2224));
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<qint64>("id"); // what the error reply can carry
        QTest::addColumn<QString>("mentions");

        const auto redirect = [](const QByteArray &cidr) -> QByteArray {
            return "{\"id\":9,\"op\":\"redirect\",\"cidrs\":[\"" + cidr + "\"],\"port\":2224}";
        };
        // Shell and nft injection through values.
        QTest::newRow("nft injection in cidr")
            << redirect("10.0.0.0/8; flush ruleset") << qint64(9) << QStringLiteral("IPv4");
        QTest::newRow("newline in cidr")
            << redirect("10.0.0.0/8\\nflush ruleset") << qint64(9) << QStringLiteral("IPv4");
        QTest::newRow("brace in cidr")
            << redirect("10.0.0.0/8 }") << qint64(9) << QStringLiteral("IPv4");
        QTest::newRow("shell in cidr")
            << redirect("$(reboot)") << qint64(9) << QStringLiteral("IPv4");
        QTest::newRow("nul in cidr")
            << redirect("10.0.0.0/8\\u0000") << qint64(9) << QStringLiteral("IPv4");
        // Sloppy CIDRs that other parsers read differently.
        QTest::newRow("octal-looking octet")
            << redirect("010.0.0.0/8") << qint64(9) << QStringLiteral("IPv4");
        QTest::newRow("short form") << redirect("10/8") << qint64(9) << QStringLiteral("IPv4");
        QTest::newRow("three octets")
            << redirect("10.1.2/24") << qint64(9) << QStringLiteral("IPv4");
        QTest::newRow("hex") << redirect("0x0a.0.0.0/8") << qint64(9) << QStringLiteral("IPv4");
        QTest::newRow("no prefix") << redirect("10.0.0.0") << qint64(9) << QStringLiteral("prefix");
        QTest::newRow("prefix 33")
            << redirect("10.0.0.0/33") << qint64(9) << QStringLiteral("prefix");
        QTest::newRow("negative prefix")
            << redirect("10.0.0.0/-1") << qint64(9) << QStringLiteral("prefix");
        QTest::newRow("prefix with plus")
            << redirect("10.0.0.0/+8") << qint64(9) << QStringLiteral("prefix");
        QTest::newRow("netmask form")
            << redirect("10.0.0.0/255.0.0.0") << qint64(9) << QStringLiteral("prefix");
        QTest::newRow("host bits")
            << redirect("10.0.0.1/8") << qint64(9) << QStringLiteral("host bits");
        QTest::newRow("octet 256")
            << redirect("10.256.0.0/16") << qint64(9) << QStringLiteral("IPv4");
        QTest::newRow("ipv6") << redirect("fd00::/8") << qint64(9) << QStringLiteral("IPv4");
        QTest::newRow("too wide") << redirect("0.0.0.0/0") << qint64(9) << QStringLiteral("wider");
        QTest::newRow("arabic digits")
            << redirect("١٠.0.0.0/8") << qint64(9) << QStringLiteral("IPv4");
        QTest::newRow("cidr not a string")
            << QByteArray(R"({"id":9,"op":"redirect","cidrs":[167772160],"port":2224})")
            << qint64(9) << QStringLiteral("list of strings");
        QTest::newRow("cidrs not a list")
            << QByteArray(R"({"id":9,"op":"redirect","cidrs":"10.0.0.0/8","port":2224})")
            << qint64(9) << QStringLiteral("list of strings");
        QTest::newRow("no cidrs") << QByteArray(
            R"({"id":9,"op":"redirect","cidrs":[],"port":2224})")
                                  << qint64(9) << QStringLiteral("at least one");
        // Ports.
        const auto port = [](const QByteArray &value) -> QByteArray {
            return R"({"id":9,"op":"redirect","cidrs":["10.0.0.0/8"],"port":)" + value + "}";
        };
        QTest::newRow("port 0") << port("0") << qint64(9) << QStringLiteral("port");
        QTest::newRow("port 65536") << port("65536") << qint64(9) << QStringLiteral("port");
        QTest::newRow("port negative") << port("-22") << qint64(9) << QStringLiteral("port");
        QTest::newRow("port fraction") << port("22.5") << qint64(9) << QStringLiteral("port");
        QTest::newRow("port string") << port("\"22\"") << qint64(9) << QStringLiteral("port");
        QTest::newRow("port missing")
            << QByteArray(R"({"id":9,"op":"redirect","cidrs":["10.0.0.0/8"]})") << qint64(9)
            << QStringLiteral("port");
        // Unknown members and ops: the protocol is closed.
        QTest::newRow("unknown member") << QByteArray(
            R"({"id":9,"op":"redirect","cidrs":["10.0.0.0/8"],"port":1,"table":"filter"})")
                                        << qint64(9) << QStringLiteral("table");
        QTest::newRow("member of another op") << QByteArray(R"({"id":9,"op":"hello","port":1})")
                                              << qint64(9) << QStringLiteral("port");
        QTest::newRow("unknown op") << QByteArray(R"({"id":9,"op":"exec","cmd":"sh"})") << qint64(9)
                                    << QStringLiteral("op");
        QTest::newRow("op case") << QByteArray(R"({"id":9,"op":"Hello"})") << qint64(9)
                                 << QStringLiteral("op");
        QTest::newRow("op not a string")
            << QByteArray(R"({"id":9,"op":1})") << qint64(9) << QStringLiteral("op");
        // Ids.
        QTest::newRow("no id") << QByteArray(R"({"op":"hello"})") << qint64(-1)
                               << QStringLiteral("id");
        QTest::newRow("string id")
            << QByteArray(R"({"id":"1","op":"hello"})") << qint64(-1) << QStringLiteral("id");
        QTest::newRow("negative id")
            << QByteArray(R"({"id":-1,"op":"hello"})") << qint64(-1) << QStringLiteral("id");
        QTest::newRow("fraction id")
            << QByteArray(R"({"id":1.5,"op":"hello"})") << qint64(-1) << QStringLiteral("id");
        QTest::newRow("huge id") << QByteArray(R"({"id":1e300,"op":"hello"})") << qint64(-1)
                                 << QStringLiteral("id");
        // Not JSON objects.
        QTest::newRow("empty") << QByteArray() << qint64(-1) << QStringLiteral("JSON");
        QTest::newRow("array") << QByteArray(R"([{"id":1,"op":"hello"}])") << qint64(-1)
                               << QStringLiteral("JSON");
        QTest::newRow("two objects") << QByteArray(R"({"id":1,"op":"hello"}{"id":2,"op":"bye"})")
                                     << qint64(-1) << QStringLiteral("JSON");
        QTest::newRow("truncated")
            << QByteArray("{\"id\":1,\"op\":\"hel") << qint64(-1) << QStringLiteral("JSON");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4) << qint64(-1)
                                << QStringLiteral("JSON");
        QTest::newRow("shell line")
            << QByteArray("rm -rf /") << qint64(-1) << QStringLiteral("JSON");
        // DNS.
        const auto dns = [](const QByteArray &domains, const QByteArray &server) -> QByteArray {
            return R"({"id":9,"op":"dns","domains":)" + domains + ",\"server\":\"" + server
                + "\",\"port\":10053}";
        };
        QTest::newRow("domain with space") << dns(R"(["cluster.local evil.com"])", "127.0.0.1")
                                           << qint64(9) << QStringLiteral("domain");
        QTest::newRow("domain with newline") << dns(R"(["cluster.local\nnameserver 6.6.6.6"])",
            "127.0.0.1") << qint64(9) << QStringLiteral("domain");
        QTest::newRow("domain with tilde")
            << dns(R"(["~."])", "127.0.0.1") << qint64(9) << QStringLiteral("domain");
        QTest::newRow("domain trailing dot")
            << dns(R"(["cluster.local."])", "127.0.0.1") << qint64(9) << QStringLiteral("domain");
        QTest::newRow("domain leading hyphen")
            << dns(R"(["-x.local"])", "127.0.0.1") << qint64(9) << QStringLiteral("domain");
        QTest::newRow("domain label too long") << dns("[\"" + QByteArray(64, 'a') + ".local\"]",
            "127.0.0.1") << qint64(9) << QStringLiteral("domain");
        QTest::newRow("domain underscore")
            << dns(R"(["my_ns"])", "127.0.0.1") << qint64(9) << QStringLiteral("domain");
        QTest::newRow("domain unicode")
            << dns(R"(["clüster.local"])", "127.0.0.1") << qint64(9) << QStringLiteral("domain");
        QTest::newRow("no domains")
            << dns("[]", "127.0.0.1") << qint64(9) << QStringLiteral("at least one");
        QTest::newRow("server not loopback")
            << dns(R"(["cluster.local"])", "8.8.8.8") << qint64(9) << QStringLiteral("loopback");
        QTest::newRow("server with port") << dns(R"(["cluster.local"])", "127.0.0.1:53")
                                          << qint64(9) << QStringLiteral("loopback");
        QTest::newRow("server ipv6")
            << dns(R"(["cluster.local"])", "::1") << qint64(9) << QStringLiteral("loopback");
        // Hosts.
        const auto hosts = [](const QByteArray &entry) -> QByteArray {
            return R"({"id":9,"op":"hosts","entries":[)" + entry + "]}";
        };
        QTest::newRow("name with space") << hosts(R"({"ip":"10.96.0.1","names":["web evil"]})")
                                         << qint64(9) << QStringLiteral("host name");
        QTest::newRow("name with newline")
            << hosts(R"({"ip":"10.96.0.1","names":["web\n1.2.3.4 bank.com"]})") << qint64(9)
            << QStringLiteral("host name");
        QTest::newRow("name with hash") << hosts("{\"ip\":\"10.96.0.1\",\"names\":[\"web#\"]}")
                                        << qint64(9) << QStringLiteral("host name");
        QTest::newRow("empty name") << hosts(R"({"ip":"10.96.0.1","names":[""]})") << qint64(9)
                                    << QStringLiteral("host name");
        QTest::newRow("no names") << hosts(R"({"ip":"10.96.0.1","names":[]})") << qint64(9)
                                  << QStringLiteral("no names");
        QTest::newRow("localhost") << hosts(R"({"ip":"10.96.0.1","names":["localhost"]})")
                                   << qint64(9) << QStringLiteral("localhost");
        QTest::newRow("ip with newline") << hosts(R"({"ip":"10.96.0.1\n1.2.3.4","names":["web"]})")
                                         << qint64(9) << QStringLiteral("IPv4");
        QTest::newRow("ip not a string")
            << hosts(R"({"ip":1,"names":["web"]})") << qint64(9) << QStringLiteral("IPv4");
        QTest::newRow("extra entry member")
            << hosts(R"({"ip":"10.96.0.1","names":["web"],"comment":"x"})") << qint64(9)
            << QStringLiteral("exactly");
        QTest::newRow("entry not an object")
            << hosts("\"10.96.0.1 web\"") << qint64(9) << QStringLiteral("exactly");
        QByteArray manyNames = R"({"ip":"10.96.0.1","names":[)";
        for (int i = 0; i < 17; ++i)
            manyNames += (i ? ",\"n" : "\"n") + QByteArray::number(i) + '"';
        manyNames += "]}";
        QTest::newRow("too many names")
            << hosts(manyNames) << qint64(9) << QStringLiteral("at most");
    }

    void refuses()
    {
        QFETCH(QByteArray, line);
        QFETCH(qint64, id);
        QFETCH(QString, mentions);
        qint64 readId = -2;
        auto request = HelperProtocol::parseRequest(line, &readId);
        QVERIFY(!request.ok());
        QCOMPARE(request.error().code, ErrorCode::InvalidInput);
        QCOMPARE(readId, id);
        QVERIFY2(request.error().message.contains(mentions, Qt::CaseInsensitive),
            qPrintable(request.error().message));
        // The message quotes hostile text only in a short, printable form.
        QVERIFY(!request.error().message.contains(QLatin1Char('\n')));
    }

    void sizesAreBounded()
    {
        QByteArray cidrs;
        for (int i = 0; i < HelperProtocol::kMaxCidrs + 1; ++i)
            cidrs += (i ? ",\"10." : "\"10.") + QByteArray::number(i / 256) + '.'
                + QByteArray::number(i % 256) + ".0/24\"";
        auto tooMany = HelperProtocol::parseRequest(
            R"({"id":1,"op":"redirect","cidrs":[)" + cidrs + R"(],"port":1})");
        QVERIFY(!tooMany.ok());
        QVERIFY(tooMany.error().message.contains(QStringLiteral("at most")));

        const QByteArray huge = "{\"id\":1,\"op\":\"hello\",\"x\":\""
            + QByteArray(HelperProtocol::kMaxLineBytes, 'a') + "\"}";
        auto tooLong = HelperProtocol::parseRequest(huge);
        QVERIFY(!tooLong.ok());
        QVERIFY(tooLong.error().message.contains(QStringLiteral("longer")));

        QByteArray entries;
        for (int i = 0; i < HelperProtocol::kMaxHostsEntries + 1; ++i)
            entries += (i ? "," : "") + QByteArray(R"({"ip":"10.96.0.1","names":["a"]})");
        auto tooManyEntries
            = HelperProtocol::parseRequest(R"({"id":1,"op":"hosts","entries":[)" + entries + "]}");
        QVERIFY(!tooManyEntries.ok());
        QVERIFY(tooManyEntries.error().message.contains(QStringLiteral("at most")));
    }

    void hostNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("label") << QStringLiteral("web") << true;
        QTest::newRow("fqdn") << QStringLiteral("web.default.svc.cluster.local") << true;
        QTest::newRow("digits first (RFC 1123)") << QStringLiteral("1web.ns") << true;
        QTest::newRow("inner hyphen") << QStringLiteral("kube-dns") << true;
        QTest::newRow("63 chars") << QString(63, u'a') << true;
        QTest::newRow("64 chars") << QString(64, u'a') << false;
        QTest::newRow("253 total") << (QString(63, u'a') + u'.' + QString(63, u'b') + u'.'
            + QString(63, u'c') + u'.' + QString(61, u'd'))
                                   << true;
        QTest::newRow("254 total") << (QString(63, u'a') + u'.' + QString(63, u'b') + u'.'
            + QString(63, u'c') + u'.' + QString(62, u'd'))
                                   << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("double dot") << QStringLiteral("a..b") << false;
        QTest::newRow("trailing hyphen") << QStringLiteral("web-.ns") << false;
        QTest::newRow("star") << QStringLiteral("*.ns") << false;
        QTest::newRow("slash") << QStringLiteral("a/b") << false;
    }

    void hostNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(HelperProtocol::isValidHostName(name), valid);
    }

    void replies()
    {
        HelperReply ok;
        ok.id = 3;
        ok.ok = true;
        ok.data.insert(QStringLiteral("backend"), QStringLiteral("resolv.conf"));
        const QByteArray line = HelperProtocol::encodeReply(ok);
        QVERIFY(line.endsWith('\n'));
        QCOMPARE(line.count('\n'), 1);
        auto parsed = HelperProtocol::parseReply(line.trimmed());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->id, qint64(3));
        QVERIFY(parsed->ok);
        QCOMPARE(parsed->data.value(QStringLiteral("backend")).toString(),
            QStringLiteral("resolv.conf"));

        HelperReply refused;
        refused.id = -1;
        refused.error = QStringLiteral("no\nnewline escapes");
        const QByteArray refusedLine = HelperProtocol::encodeReply(refused);
        QCOMPARE(refusedLine.count('\n'), 1); // JSON escapes it
        QVERIFY(refusedLine.contains("\"id\":null"));
        auto parsedRefusal = HelperProtocol::parseReply(refusedLine.trimmed());
        QVERIFY(parsedRefusal.ok());
        QCOMPARE(parsedRefusal->id, qint64(-1));
        QVERIFY(!parsedRefusal->ok);
        QCOMPARE(parsedRefusal->error, refused.error);

        QVERIFY(!HelperProtocol::parseReply("{\"ok\":true}").ok());
        QVERIFY(!HelperProtocol::parseReply("not json").ok());
    }
};

QTEST_GUILESS_MAIN(TestHelperProtocol)
#include "tst_helperprotocol.moc"
