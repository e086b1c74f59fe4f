// The hosts-file block written into and removed from real files (temporary ones): byte-exact
// restore, kt-connect's layout, symlinks and permissions kept.
#include "platform/hostsfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Kt;
using namespace Kt::Platform;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

bool writeAll(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(content) == content.size();
}

QList<HostsEntry> entries()
{
    return {HostsEntry {
                0x0a60000a, {QStringLiteral("kube-dns"), QStringLiteral("kube-dns.kube-system")}},
        HostsEntry {0x0a600c07, {QStringLiteral("web")}}};
}

} // namespace

class TestHostsFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void render()
    {
        QCOMPARE(HostsFile::render(entries()),
            (QByteArrayList {
                "10.96.0.10 kube-dns", "10.96.0.10 kube-dns.kube-system", "10.96.12.7 web"}));
    }

    void writeAndRestore_data()
    {
        QTest::addColumn<QByteArray>("original");
        QTest::newRow("debian") << QByteArray(
            "127.0.0.1\tlocalhost\n127.0.1.1\tlaptop\n\n# The following lines are desirable for "
            "IPv6 capable hosts\n::1     localhost ip6-localhost ip6-loopback\n");
        QTest::newRow("no final newline") << QByteArray("127.0.0.1 localhost");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("crlf") << QByteArray("127.0.0.1 localhost\r\n");
    }

    void writeAndRestore()
    {
        QFETCH(QByteArray, original);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hosts"));
        QVERIFY(writeAll(path, original));
        QFile::setPermissions(path,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                | QFileDevice::ReadOther);
        const auto permissions = QFile::permissions(path);
        const BlockFile file = HostsFile::open(path);
        auto edit = file.plan(HostsFile::render(entries()));
        QVERIFY2(edit.ok(), qPrintable(edit.error().message));
        QVERIFY(file.apply(*edit).ok());
        const QByteArray written = readAll(path);
        QVERIFY(written.startsWith(original));
        QVERIFY(written.endsWith("# Kt Hosts Begin\n10.96.0.10 kube-dns\n10.96.0.10 "
                                 "kube-dns.kube-system\n10.96.12.7 web\n# Kt Hosts End\n"));
        QCOMPARE(QFile::permissions(path), permissions);
        QVERIFY(file.undo(*edit).ok());
        QCOMPARE(readAll(path), original);
        // A second undo finds nothing to do and changes nothing.
        QVERIFY(file.undo(*edit).ok());
        QCOMPARE(readAll(path), original);
    }

    void changedMeanwhile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hosts"));
        QVERIFY(writeAll(path, "127.0.0.1 localhost\n"));
        const BlockFile file = HostsFile::open(path);
        auto edit = file.plan(HostsFile::render(entries()));
        QVERIFY(file.apply(*edit).ok());
        QVERIFY(writeAll(path, readAll(path) + "192.168.1.9 nas\n"));
        QVERIFY(file.undo(*edit).ok());
        QCOMPARE(readAll(path), QByteArray("127.0.0.1 localhost\n192.168.1.9 nas\n"));
    }

    void symlinkStaysALink()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("real-hosts"));
        const QString link = dir.filePath(QStringLiteral("hosts"));
        QVERIFY(writeAll(target, "127.0.0.1 localhost\n"));
        QVERIFY(QFile::link(target, link));
        const BlockFile file = HostsFile::open(link);
        auto edit = file.plan(HostsFile::render(entries()));
        QVERIFY(file.apply(*edit).ok());
        QVERIFY(QFileInfo(link).isSymLink());
        QVERIFY(readAll(target).contains("# Kt Hosts Begin"));
        QVERIFY(file.undo(*edit).ok());
        QCOMPARE(readAll(target), QByteArray("127.0.0.1 localhost\n"));
        QVERIFY(QFileInfo(link).isSymLink());
    }

    void unpairedMarkerIsReportedWithThePath()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hosts"));
        QVERIFY(writeAll(path, "127.0.0.1 localhost\n# Kt Hosts Begin\n10.0.0.1 x\n"));
        auto edit = HostsFile::open(path).plan(HostsFile::render(entries()));
        QVERIFY(!edit.ok());
        QVERIFY(edit.error().message.contains(path));
        QVERIFY(!edit.error().hint.isEmpty());
        QCOMPARE(readAll(path), QByteArray("127.0.0.1 localhost\n# Kt Hosts Begin\n10.0.0.1 x\n"));
    }

    void missingFile()
    {
        QTemporaryDir dir;
        auto edit = HostsFile::open(dir.filePath(QStringLiteral("nope"))).plan({"10.0.0.1 a"});
        QVERIFY(!edit.ok());
        QCOMPARE(edit.error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestHostsFile)
#include "tst_hostsfile.moc"
