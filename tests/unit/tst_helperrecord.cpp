#include "platform/helperrecord.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Kt::Platform;

class TestHelperRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        HelperRecord record;
        record.pid = 4242;
        record.nftables = true;
        record.hosts = HelperRecord::FileChange {QStringLiteral("/etc/hosts"),
            BlockEdit {QByteArray("a\x00\xff", 3), "a\n# Kt Hosts Begin\n# Kt Hosts End\n", true}};
        auto parsed = HelperRecord::fromJson(record.toJson());
        QVERIFY(parsed.ok());
        QVERIFY(*parsed == record);
    }

    void saveLoadAndRemove()
    {
        QTemporaryDir dir;
        const QString sub = dir.filePath(QStringLiteral("run/ktdesk"));
        auto empty = HelperRecord::load(sub);
        QVERIFY(empty.ok());
        QVERIFY(empty->isEmpty());

        HelperRecord record;
        record.resolvedLink = true;
        QVERIFY(record.save(sub).ok());
        const QString path = QDir(sub).filePath(HelperRecord::fileName());
        QVERIFY(QFile::exists(path));
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
            QFileDevice::Permissions());
        auto loaded = HelperRecord::load(sub);
        QVERIFY(loaded.ok());
        QVERIFY(loaded->resolvedLink);

        QVERIFY(HelperRecord {}.save(sub).ok());
        QVERIFY(!QFile::exists(path));
    }

    void damagedRecordIsAnError()
    {
        QVERIFY(!HelperRecord::fromJson("{").ok());
        QVERIFY(!HelperRecord::fromJson(R"({"format":99})").ok());
        QVERIFY(!HelperRecord::fromJson(
            R"({"format":1,"hosts":{"path":"/etc/hosts","original":"!!","written":""}})")
                     .ok());
    }
};

QTEST_GUILESS_MAIN(TestHelperRecord)
#include "tst_helperrecord.moc"
