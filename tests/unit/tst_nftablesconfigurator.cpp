// The nft script KtDesk generates (applying it is tested as root in a network namespace of the
// test's own, tst_privilegedhelper).
#include "platform/nftablesconfigurator.h"

#include <QTest>

using namespace Kt::Platform;

class TestNftablesConfigurator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redirectScript()
    {
        NftablesConfigurator::Redirect redirect;
        redirect.cidrs = {*Ipv4Cidr::parse(QStringLiteral("10.244.0.0/16")),
            *Ipv4Cidr::parse(QStringLiteral("10.96.0.0/12"))};
        redirect.excludes = {*Ipv4Cidr::parse(QStringLiteral("10.96.0.1/32"))};
        redirect.port = 2224;
        const QByteArray script = NftablesConfigurator::script(redirect, std::nullopt);
        QCOMPARE(script,
            QByteArray("table ip ktdesk\n"
                       "delete table ip ktdesk\n"
                       "table ip ktdesk {\n"
                       "\tset redirected {\n\t\ttype ipv4_addr\n\t\tflags interval\n"
                       "\t\telements = { 10.96.0.0/12, 10.244.0.0/16 }\n\t}\n"
                       "\tset excluded {\n\t\ttype ipv4_addr\n\t\tflags interval\n"
                       "\t\telements = { 10.96.0.1/32, 127.0.0.0/8 }\n\t}\n"
                       "\tchain output {\n"
                       "\t\ttype nat hook output priority -100; policy accept;\n"
                       "\t\tip daddr @excluded return\n"
                       "\t\tmeta l4proto tcp ip daddr @redirected redirect to :2224\n"
                       "\t}\n"
                       "}\n"));
    }

    void dnsRedirectComesBeforeTheLoopbackExclusion()
    {
        NftablesConfigurator::Redirect redirect;
        redirect.cidrs = {*Ipv4Cidr::parse(QStringLiteral("10.96.0.0/12"))};
        redirect.port = 2224;
        const QByteArray script = NftablesConfigurator::script(
            redirect, NftablesConfigurator::DnsRedirect {0x7f000002, 10053});
        const qsizetype udp
            = script.indexOf("ip daddr 127.0.0.2 udp dport 53 redirect to :10053\n");
        const qsizetype tcp
            = script.indexOf("ip daddr 127.0.0.2 tcp dport 53 redirect to :10053\n");
        const qsizetype excluded = script.indexOf("ip daddr @excluded return");
        QVERIFY(udp > 0);
        QVERIFY(tcp > 0);
        QVERIFY(udp < excluded && tcp < excluded);
    }

    void dnsOnly()
    {
        const QByteArray script = NftablesConfigurator::script(
            std::nullopt, NftablesConfigurator::DnsRedirect {0x7f000001, 5353});
        QVERIFY(!script.contains("set "));
        QVERIFY(!script.contains("@"));
        QVERIFY(script.contains("udp dport 53 redirect to :5353"));
    }

    void removal()
    {
        QCOMPARE(NftablesConfigurator::script(std::nullopt, std::nullopt),
            QByteArray("table ip ktdesk\ndelete table ip ktdesk\n"));
    }
};

QTEST_GUILESS_MAIN(TestNftablesConfigurator)
#include "tst_nftablesconfigurator.moc"
