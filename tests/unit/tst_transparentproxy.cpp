// TransparentProxy without a redirect in front: a connection made straight to it has no other
// original destination than the proxy itself, and must be dropped, not looped back. The
// forwarding path is tested end to end in tst_vpn (nftables, real tunnel).
#include "tunnel/transparentproxy.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Kt::Tunnel;

class TestTransparentProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listensOnLoopbackByDefault()
    {
        TransparentProxy proxy(nullptr);
        QVERIFY(proxy.listen().ok());
        QCOMPARE(proxy.address(), QHostAddress(QHostAddress::LocalHost));
        QVERIFY(proxy.port() != 0);
        TransparentProxy other(nullptr);
        auto clash = other.listen(QHostAddress::LocalHost, proxy.port());
        QVERIFY(!clash.ok());
        QCOMPARE(clash.error().code, Kt::ErrorCode::Conflict);
    }

    void directConnectionIsDropped()
    {
        TransparentProxy proxy(nullptr);
        QVERIFY(proxy.listen().ok());
        QSignalSpy failed(&proxy, &TransparentProxy::connectionFailed);
        QTcpSocket client;
        QSignalSpy disconnected(&client, &QTcpSocket::disconnected);
        client.connectToHost(QHostAddress::LocalHost, proxy.port());
        QTRY_COMPARE(failed.size(), 1);
        QTRY_COMPARE(disconnected.size(), 1);
        QCOMPARE(proxy.counters().accepted, quint64(1));
        QCOMPARE(proxy.counters().failed, quint64(1));
        QCOMPARE(proxy.counters().forwarded, quint64(0));
    }
};

QTEST_GUILESS_MAIN(TestTransparentProxy)
#include "tst_transparentproxy.moc"
