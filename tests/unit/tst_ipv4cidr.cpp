#include "platform/ipv4cidr.h"

#include <QTest>

using namespace Kt::Platform;

namespace {

QStringList texts(const QList<Ipv4Cidr> &cidrs)
{
    QStringList list;
    for (const Ipv4Cidr &cidr : cidrs)
        list.append(cidr.toString());
    return list;
}

QList<Ipv4Cidr> parseAll(const QStringList &list)
{
    QList<Ipv4Cidr> cidrs;
    for (const QString &text : list)
        cidrs.append(*Ipv4Cidr::parse(text));
    return cidrs;
}

} // namespace

class TestIpv4Cidr : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("userInput");
        QTest::addColumn<QString>("expected"); // empty: refused

        QTest::newRow("canonical")
            << QStringLiteral("10.96.0.0/12") << false << QStringLiteral("10.96.0.0/12");
        QTest::newRow("/32") << QStringLiteral("10.1.2.3/32") << false
                             << QStringLiteral("10.1.2.3/32");
        QTest::newRow("/0") << QStringLiteral("0.0.0.0/0") << false << QStringLiteral("0.0.0.0/0");
        QTest::newRow("host bits refused") << QStringLiteral("10.96.0.1/12") << false << QString();
        QTest::newRow("host bits cleared for users")
            << QStringLiteral("10.96.0.1/12") << true << QStringLiteral("10.96.0.0/12");
        QTest::newRow("bare address refused") << QStringLiteral("10.1.2.3") << false << QString();
        QTest::newRow("bare address for users")
            << QStringLiteral("10.1.2.3") << true << QStringLiteral("10.1.2.3/32");
        QTest::newRow("leading zero") << QStringLiteral("10.01.0.0/16") << true << QString();
        QTest::newRow("leading zero prefix") << QStringLiteral("10.0.0.0/08") << true << QString();
        QTest::newRow("space") << QStringLiteral(" 10.0.0.0/8") << true << QString();
        QTest::newRow("empty") << QString() << true << QString();
        QTest::newRow("slash only") << QStringLiteral("/8") << true << QString();
        QTest::newRow("empty prefix") << QStringLiteral("10.0.0.0/") << true << QString();
        QTest::newRow("two slashes") << QStringLiteral("10.0.0.0/8/8") << true << QString();
        QTest::newRow("ipv6") << QStringLiteral("::1/128") << true << QString();
        QTest::newRow("five octets") << QStringLiteral("1.2.3.4.5/32") << true << QString();
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, userInput);
        QFETCH(QString, expected);
        auto cidr = Ipv4Cidr::parse(
            text, userInput ? Ipv4Cidr::Syntax::UserInput : Ipv4Cidr::Syntax::Canonical);
        if (expected.isEmpty()) {
            QVERIFY(!cidr.ok());
            QCOMPARE(cidr.error().code, Kt::ErrorCode::InvalidInput);
        } else {
            QVERIFY2(cidr.ok(), qPrintable(cidr.error().message));
            QCOMPARE(cidr->toString(), expected);
        }
    }

    void containment()
    {
        const Ipv4Cidr services = *Ipv4Cidr::parse(QStringLiteral("10.96.0.0/12"));
        QVERIFY(services.contains(*Ipv4Cidr::parseAddress(QStringLiteral("10.111.255.255"))));
        QVERIFY(!services.contains(*Ipv4Cidr::parseAddress(QStringLiteral("10.112.0.0"))));
        QVERIFY(services.contains(*Ipv4Cidr::parse(QStringLiteral("10.100.0.0/16"))));
        QVERIFY(!services.contains(*Ipv4Cidr::parse(QStringLiteral("10.0.0.0/8"))));
        QVERIFY(services.overlaps(*Ipv4Cidr::parse(QStringLiteral("10.0.0.0/8"))));
        QCOMPARE(services.lastAddress(), *Ipv4Cidr::parseAddress(QStringLiteral("10.111.255.255")));
        QVERIFY(Ipv4Cidr(0, 0).contains(services));
    }

    void subtract_data()
    {
        QTest::addColumn<QString>("range");
        QTest::addColumn<QString>("hole");
        QTest::addColumn<QStringList>("rest");
        QTest::newRow("disjoint") << QStringLiteral("10.0.0.0/24") << QStringLiteral("10.0.1.0/24")
                                  << QStringList {QStringLiteral("10.0.0.0/24")};
        QTest::newRow("covered") << QStringLiteral("10.0.0.0/24") << QStringLiteral("10.0.0.0/16")
                                 << QStringList {};
        QTest::newRow("same") << QStringLiteral("10.0.0.0/24") << QStringLiteral("10.0.0.0/24")
                              << QStringList {};
        QTest::newRow("half") << QStringLiteral("10.0.0.0/24") << QStringLiteral("10.0.0.128/25")
                              << QStringList {QStringLiteral("10.0.0.0/25")};
        QTest::newRow("one address of a /24")
            << QStringLiteral("10.0.0.0/24") << QStringLiteral("10.0.0.1/32")
            << QStringList {QStringLiteral("10.0.0.0/32"), QStringLiteral("10.0.0.2/31"),
                   QStringLiteral("10.0.0.4/30"), QStringLiteral("10.0.0.8/29"),
                   QStringLiteral("10.0.0.16/28"), QStringLiteral("10.0.0.32/27"),
                   QStringLiteral("10.0.0.64/26"), QStringLiteral("10.0.0.128/25")};
    }

    void subtract()
    {
        QFETCH(QString, range);
        QFETCH(QString, hole);
        QFETCH(QStringList, rest);
        const auto result = Ipv4Cidr::parse(range)->subtract(*Ipv4Cidr::parse(hole));
        QCOMPARE(texts(result), rest);
        // The pieces cover exactly the range minus the hole.
        quint64 size = 0;
        for (const Ipv4Cidr &piece : result) {
            QVERIFY(!piece.overlaps(*Ipv4Cidr::parse(hole)));
            size += quint64(1) << (32 - piece.prefixLength());
        }
        const Ipv4Cidr whole = *Ipv4Cidr::parse(range);
        const Ipv4Cidr gap = *Ipv4Cidr::parse(hole);
        const quint64 removed = whole.overlaps(gap)
            ? quint64(1) << (32 - std::max(whole.prefixLength(), gap.prefixLength()))
            : 0;
        QCOMPARE(size, (quint64(1) << (32 - whole.prefixLength())) - removed);
    }

    void normalized()
    {
        const auto result = Ipv4Cidr::normalized(parseAll({QStringLiteral("10.244.0.0/16"),
            QStringLiteral("10.96.0.0/12"), QStringLiteral("10.96.3.0/24"),
            QStringLiteral("10.244.0.0/16"), QStringLiteral("10.244.1.7/32")}));
        QCOMPARE(texts(result),
            (QStringList {QStringLiteral("10.96.0.0/12"), QStringLiteral("10.244.0.0/16")}));
    }
};

QTEST_GUILESS_MAIN(TestIpv4Cidr)
#include "tst_ipv4cidr.moc"
