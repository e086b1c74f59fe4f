// Every listener KtDesk opens is on loopback: the SOCKS/HTTP proxy, the transparent proxy, the
// port-forward listeners and the DNS server, each with its defaults. The check does not trust
// what the classes say about themselves: it reads the kernel's socket tables for every socket
// this process holds, so a listener added later without a loopback address fails here too.
#include "kube/clientconfig.h"
#include "kube/clusterconnection.h"
#include "kube/kubeconfigloader.h"
#include "kube/portforwarder.h"
#include "tunnel/dnsserver.h"
#include "tunnel/proxyserver.h"
#include "tunnel/servicedirectory.h"
#include "tunnel/sshtunnel.h"
#include "tunnel/transparentproxy.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QSet>
#include <QTest>
#include <QtEndian>

using namespace Kt;

namespace {

struct OpenSocket
{
    QString table; // tcp, tcp6, udp, udp6
    QHostAddress address;
    quint16 port = 0;
};

QHostAddress decodeAddress(const QByteArray &hex)
{
    if (hex.size() == 8) { // IPv4, in host (little-endian) byte order
        bool ok = false;
        const quint32 raw = hex.toUInt(&ok, 16);
        return QHostAddress(qbswap(raw)); // printed as a native (little-endian) int
    }
    Q_IPV6ADDR bytes;
    for (int word = 0; word < 4; ++word) {
        bool ok = false;
        const quint32 raw = hex.mid(word * 8, 8).toUInt(&ok, 16);
        for (int i = 0; i < 4; ++i)
            bytes[word * 4 + i] = static_cast<quint8>(raw >> (8 * i));
    }
    return QHostAddress(bytes);
}

// The listening TCP and bound UDP sockets that belong to this process.
QList<OpenSocket> ownListeners()
{
    QSet<QByteArray> inodes;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &fd : fds.entryList(QDir::System | QDir::NoDotAndDotDot)) {
        const QByteArray target = QFile::symLinkTarget(fds.filePath(fd)).toLatin1();
        if (target.contains("socket:["))
            inodes.insert(target.mid(target.indexOf('[') + 1).chopped(1));
    }
    QList<OpenSocket> found;
    for (const QString &table : {QStringLiteral("tcp"), QStringLiteral("tcp6"),
             QStringLiteral("udp"), QStringLiteral("udp6")}) {
        QFile file(QStringLiteral("/proc/self/net/") + table);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        file.readLine(); // header
        while (!file.atEnd()) {
            const QList<QByteArray> fields = file.readLine().simplified().split(' ');
            if (fields.size() < 10 || !inodes.contains(fields.at(9)))
                continue;
            const QByteArray state = fields.at(3);
            const bool listening
                = table.startsWith(QLatin1String("tcp")) ? state == "0A" : state == "07";
            if (!listening)
                continue;
            const QList<QByteArray> local = fields.at(1).split(':');
            bool ok = false;
            found.append({table, decodeAddress(local.at(0)),
                static_cast<quint16>(local.at(1).toUInt(&ok, 16))});
        }
    }
    return found;
}

} // namespace

class TestListeners : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyListenerIsOnLoopback()
    {
        const auto before = ownListeners();
        QVERIFY2(before.isEmpty(), "the test process listens on something already");

        Tunnel::ProxyServer proxy(nullptr);
        QVERIFY(proxy.listen(QHostAddress::LocalHost, 0).ok());
        Tunnel::TransparentProxy transparent(nullptr);
        QVERIFY(transparent.listen().ok());

        Tunnel::ServiceDirectory directory;
        Tunnel::DnsServer dns(&directory);
        Tunnel::DnsServer::Config dnsConfig;
        dnsConfig.port = 0;
        dnsConfig.upstreams = {{QHostAddress(QStringLiteral("127.0.0.53")), 53}};
        const auto dnsStarted = dns.start(dnsConfig);
        QVERIFY2(dnsStarted.ok(), qPrintable(dnsStarted.error().message));

        const auto kubeconfig = Kube::KubeconfigLoader::parse(
            "apiVersion: v1\nkind: Config\ncurrent-context: c\n"
            "clusters: [{name: k, cluster: {server: 'https://127.0.0.1:1'}}]\n"
            "users: [{name: u, user: {token: t}}]\n"
            "contexts: [{name: c, context: {cluster: k, user: u}}]\n",
            QStringLiteral("listeners.yaml"));
        QVERIFY(kubeconfig.ok());
        const auto client = Kube::ClientConfig::resolve(*kubeconfig);
        QVERIFY2(client.ok(), qPrintable(client.error().message));
        Kube::ClusterConnection connection(*client);
        Kube::PortForwarder forwarder(&connection, QStringLiteral("default"), QStringLiteral("web"),
            {Kube::PortMapping {0, 80}, Kube::PortMapping {0, 443}});
        QVERIFY(forwarder.start().ok());

        const auto listeners = ownListeners();
        // proxy, transparent proxy, DNS over UDP and TCP, two port-forward ports
        QVERIFY2(listeners.size() >= 6, qPrintable(QString::number(listeners.size())));
        for (const OpenSocket &socket : listeners) {
            QVERIFY2(socket.address.isLoopback(),
                qPrintable(QStringLiteral("%1 listens on %2 port %3")
                               .arg(socket.table, socket.address.toString())
                               .arg(socket.port)));
        }
    }

    void dnsServerRefusesOtherAddresses()
    {
        Tunnel::ServiceDirectory directory;
        Tunnel::DnsServer dns(&directory);
        Tunnel::DnsServer::Config config;
        config.port = 0;
        config.address = QHostAddress(QHostAddress::AnyIPv4);
        config.upstreams = {{QHostAddress(QStringLiteral("127.0.0.53")), 53}};
        QVERIFY(!dns.start(config).ok());
        QVERIFY(ownListeners().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestListeners)
#include "tst_listeners.moc"
