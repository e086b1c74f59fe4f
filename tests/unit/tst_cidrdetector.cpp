// CIDR detection as kt-connect 0.3.x does it (pkg/kt/service/cluster/cidr.go and its tests),
// with the two places where KtDesk deliberately does better: the API server's address is cut
// out of its range instead of dropping the range, and --excludeIps subtracts instead of only
// removing an identical string.
#include "tunnel/cidrdetector.h"

#include <QTest>

using namespace Kt::Platform;
using Kt::Tunnel::CidrDetector;

namespace {

QStringList texts(const QList<Ipv4Cidr> &cidrs)
{
    QStringList list;
    for (const Ipv4Cidr &cidr : cidrs)
        list.append(cidr.toString());
    return list;
}

QList<Ipv4Cidr> cidrs(const QStringList &list)
{
    QList<Ipv4Cidr> result;
    for (const QString &text : list)
        result.append(*Ipv4Cidr::parse(text, Ipv4Cidr::Syntax::UserInput));
    return result;
}

} // namespace

class TestCidrDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_data()
    {
        QTest::addColumn<QStringList>("services");
        QTest::addColumn<QStringList>("pods");
        QTest::addColumn<QString>("apiServer");
        QTest::addColumn<QStringList>("include");
        QTest::addColumn<QStringList>("exclude");
        QTest::addColumn<QStringList>("expected");

        const QStringList none;
        // kt-connect's Test_calculateMinimalIpRange.
        QTest::newRow("kt: one range")
            << none << QStringList {QStringLiteral("1.2.3.4"), QStringLiteral("1.2.3.100")}
            << QString() << none << none << QStringList {QStringLiteral("1.2.3.0/24")};
        QTest::newRow("kt: two ranges")
            << none
            << QStringList {QStringLiteral("1.2.3.4"), QStringLiteral("2.3.4.5"),
                   QStringLiteral("1.2.3.100"), QStringLiteral("2.3.5.5")}
            << QString() << none << none
            << QStringList {QStringLiteral("1.2.3.0/24"), QStringLiteral("2.3.0.0/16")};
        QTest::newRow("kt: duplicate address")
            << none
            << QStringList {QStringLiteral("1.2.3.4"), QStringLiteral("1.2.3.4"),
                   QStringLiteral("1.2.3.4"), QStringLiteral("1.2.3.4")}
            << QString() << none << none << QStringList {QStringLiteral("1.2.3.4/32")};
        // kt-connect's TestKubernetes_ClusterCidrs: services first, then pods, then includes.
        QTest::newRow("kt: cluster cidrs")
            << QStringList {QStringLiteral("192.168.0.18"), QStringLiteral("192.168.1.18")}
            << QStringList {QStringLiteral("172.168.0.7"), QStringLiteral("172.168.0.8"),
                   QStringLiteral("172.167.0.7"), QStringLiteral("172.167.0.8")}
            << QString() << QStringList {QStringLiteral("10.10.10.0/24")} << none
            << QStringList {QStringLiteral("192.168.0.0/16"), QStringLiteral("172.168.0.0/24"),
                   QStringLiteral("172.167.0.0/24"), QStringLiteral("10.10.10.0/24")};
        // Grouping rules.
        QTest::newRow("16 common bits group")
            << QStringList {QStringLiteral("10.96.0.1"), QStringLiteral("10.96.255.1")} << none
            << QString() << none << none << QStringList {QStringLiteral("10.96.0.0/16")};
        QTest::newRow("15 common bits do not")
            << QStringList {QStringLiteral("10.96.0.1"), QStringLiteral("10.97.0.1")} << none
            << QString() << none << none
            << QStringList {QStringLiteral("10.96.0.1/32"), QStringLiteral("10.97.0.1/32")};
        QTest::newRow("a group only grows")
            << QStringList {QStringLiteral("10.0.1.1"), QStringLiteral("10.1.1.1"),
                   QStringLiteral("10.0.2.1")}
            << none << QString() << none << none
            << QStringList {QStringLiteral("10.0.0.0/16"), QStringLiteral("10.1.1.1/32")};
        QTest::newRow("typical cluster")
            << QStringList {QStringLiteral("10.96.0.1"), QStringLiteral("10.96.0.10"),
                   QStringLiteral("10.96.140.3")}
            << QStringList {QStringLiteral("10.244.0.5"), QStringLiteral("10.244.1.9"),
                   QStringLiteral("10.244.2.11")}
            << QString() << none << none
            << QStringList {QStringLiteral("10.96.0.0/16"), QStringLiteral("10.244.0.0/16")};
        QTest::newRow("headless and junk skipped")
            << QStringList {QStringLiteral("None"), QString(), QStringLiteral("10.96.0.1"),
                   QStringLiteral("fd00::1"), QStringLiteral("10.96.0.2")}
            << QStringList {QStringLiteral("127.0.0.1"), QStringLiteral("0.0.0.0")} << QString()
            << none << none << QStringList {QStringLiteral("10.96.0.0/24")};
        QTest::newRow("nothing") << none << none << QString() << none << none << none;
        // The API server's address (KtDesk splits; kt-connect would drop 10.96.0.0/24).
        QTest::newRow("api server inside a range")
            << QStringList {QStringLiteral("10.96.0.1"), QStringLiteral("10.96.0.200")} << none
            << QStringLiteral("10.96.0.1") << none << none
            << QStringList {QStringLiteral("10.96.0.0/32"), QStringLiteral("10.96.0.2/31"),
                   QStringLiteral("10.96.0.4/30"), QStringLiteral("10.96.0.8/29"),
                   QStringLiteral("10.96.0.16/28"), QStringLiteral("10.96.0.32/27"),
                   QStringLiteral("10.96.0.64/26"), QStringLiteral("10.96.0.128/25")};
        QTest::newRow("api server elsewhere")
            << QStringList {QStringLiteral("10.96.0.1")} << none << QStringLiteral("192.168.5.5")
            << none << none << QStringList {QStringLiteral("10.96.0.1/32")};
        QTest::newRow("api server is the only address")
            << QStringList {QStringLiteral("10.96.0.1")} << none << QStringLiteral("10.96.0.1")
            << none << none << none;
        QTest::newRow("api server host name ignored")
            << QStringList {QStringLiteral("10.96.0.1")} << none
            << QStringLiteral("api.example.com") << none << none
            << QStringList {QStringLiteral("10.96.0.1/32")};
        // --includeIps / --excludeIps.
        QTest::newRow("include already covered")
            << QStringList {QStringLiteral("10.96.0.1"), QStringLiteral("10.96.3.1")} << none
            << QString() << QStringList {QStringLiteral("10.96.2.0/24")} << none
            << QStringList {QStringLiteral("10.96.0.0/16")};
        QTest::newRow("include single address")
            << none << none << QString() << QStringList {QStringLiteral("172.20.0.9")} << none
            << QStringList {QStringLiteral("172.20.0.9/32")};
        QTest::newRow("exclude exact range (kt-connect's only case)")
            << QStringList {QStringLiteral("10.96.0.1"), QStringLiteral("10.96.3.1")}
            << QStringList {QStringLiteral("10.244.0.1"), QStringLiteral("10.244.0.2")} << QString()
            << none << QStringList {QStringLiteral("10.244.0.0/24")}
            << QStringList {QStringLiteral("10.96.0.0/16")};
        QTest::newRow("exclude part of a range")
            << QStringList {QStringLiteral("10.96.0.1"), QStringLiteral("10.96.200.1")} << none
            << QString() << none << QStringList {QStringLiteral("10.96.128.0/17")}
            << QStringList {QStringLiteral("10.96.0.0/17")};
        QTest::newRow("exclude wider than the range")
            << QStringList {QStringLiteral("10.96.0.1"), QStringLiteral("10.96.0.2")} << none
            << QString() << none << QStringList {QStringLiteral("10.0.0.0/8")} << none;
        QTest::newRow("exclude applies to includes")
            << none << none << QString() << QStringList {QStringLiteral("10.10.0.0/16")}
            << QStringList {QStringLiteral("10.10.0.0/17")}
            << QStringList {QStringLiteral("10.10.128.0/17")};
    }

    void detect()
    {
        QFETCH(QStringList, services);
        QFETCH(QStringList, pods);
        QFETCH(QString, apiServer);
        QFETCH(QStringList, include);
        QFETCH(QStringList, exclude);
        QFETCH(QStringList, expected);
        CidrDetector::Input input;
        input.serviceIps = services;
        input.podIps = pods;
        input.apiServerAddress = apiServer;
        input.includeIps = cidrs(include);
        input.excludeIps = cidrs(exclude);
        QCOMPARE(texts(CidrDetector::detect(input)), expected);
    }

    void parseList()
    {
        auto list = CidrDetector::parseList(QStringLiteral("10.10.0.0/16, 10.20.1.5,,"));
        QVERIFY(list.ok());
        QCOMPARE(texts(*list),
            (QStringList {QStringLiteral("10.10.0.0/16"), QStringLiteral("10.20.1.5/32")}));
        auto bad = CidrDetector::parseList(QStringLiteral("10.10.0.0/16,10.300.0.0/16"));
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QStringLiteral("10.300.0.0/16")));
    }
};

QTEST_GUILESS_MAIN(TestCidrDetector)
#include "tst_cidrdetector.moc"
