#include "kube/portmapping.h"

#include <QTest>

using Kt::Kube::PortMapping;

class TestPortMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("local");
        QTest::addColumn<int>("remote");
        QTest::newRow("local:remote") << QStringLiteral("8080:80") << true << 8080 << 80;
        QTest::newRow("same port") << QStringLiteral("22") << true << 22 << 22;
        QTest::newRow("free local port") << QStringLiteral(":80") << true << 0 << 80;
        QTest::newRow("zero local port") << QStringLiteral("0:80") << true << 0 << 80;
        QTest::newRow("spaces") << QStringLiteral(" 5000:6000 ") << true << 5000 << 6000;
        QTest::newRow("remote zero") << QStringLiteral("8080:0") << false << 0 << 0;
        QTest::newRow("only zero") << QStringLiteral("0") << false << 0 << 0;
        QTest::newRow("too big") << QStringLiteral("70000:80") << false << 0 << 0;
        QTest::newRow("three parts") << QStringLiteral("1:2:3") << false << 0 << 0;
        QTest::newRow("name") << QStringLiteral("http") << false << 0 << 0;
        QTest::newRow("empty") << QString() << false << 0 << 0;
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        const Kt::Result<PortMapping> mapping = PortMapping::parse(text);
        QCOMPARE(mapping.ok(), ok);
        if (!ok) {
            QCOMPARE(mapping.error().code, Kt::ErrorCode::InvalidInput);
            QVERIFY(mapping.error().message.contains(text));
            return;
        }
        QFETCH(int, local);
        QFETCH(int, remote);
        QCOMPARE(int(mapping->localPort), local);
        QCOMPARE(int(mapping->remotePort), remote);
    }
};

QTEST_GUILESS_MAIN(TestPortMapping)
#include "tst_portmapping.moc"
