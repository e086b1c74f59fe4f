// The marked-block editing behind the hosts file and resolv.conf: inserting and removing must give
// back the original bytes exactly, whatever the file looked like.
#include "platform/markedblock.h"

#include <QTest>

using namespace Kt::Platform;

class TestMarkedBlock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("original");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one line") << QByteArray("127.0.0.1 localhost\n");
        QTest::newRow("no final newline") << QByteArray("127.0.0.1 localhost");
        QTest::newRow("only a newline") << QByteArray("\n");
        QTest::newRow("blank lines at the end") << QByteArray("a\n\n\n");
        QTest::newRow("crlf") << QByteArray("127.0.0.1 localhost\r\n::1 localhost\r\n");
        QTest::newRow("crlf without final newline") << QByteArray("a\r\nb");
        QTest::newRow("tabs and comments")
            << QByteArray("# hosts\n127.0.0.1\tlocalhost\t# me\n\n192.168.1.5 nas\n");
        QTest::newRow("marker-like text")
            << QByteArray("# Kt Hosts Begins here\n#  KtDesk begin\nx # Kt Hosts End\n");
        QTest::newRow("binary") << QByteArray("\x00\x01\xff\n\x7f", 5);
    }

    void roundTrip()
    {
        QFETCH(QByteArray, original);
        for (const MarkedBlock &block : {MarkedBlock::hosts(), MarkedBlock::resolvConf()}) {
            auto edit
                = block.plan(original, {"10.96.0.10 kube-dns", "10.96.0.10 kube-dns.kube-system"});
            QVERIFY2(edit.ok(), qPrintable(edit.error().message));
            QCOMPARE(edit->original, original);
            QVERIFY(edit->written.contains(
                QByteArray(block.beginMarker() + "\n10.96.0.10 kube-dns\n")));
            QVERIFY(edit->written.contains(QByteArray(block.endMarker() + "\n")));
            // Undone with the record: byte for byte.
            QCOMPARE(block.restored(edit->written, *edit), original);
            // Undone without it (someone else changed the file meanwhile; here: nothing),
            // by taking the block out: also the original.
            BlockEdit forgotten = *edit;
            forgotten.written = "something else";
            QCOMPARE(block.restored(edit->written, forgotten), original);
            // Planned again over its own block: the same result, not two blocks.
            auto again = block.plan(edit->written, {"10.96.0.11 web"}, *edit);
            QVERIFY(again.ok());
            QCOMPARE(again->original, original);
            QCOMPARE(again->written.count(QByteArray(block.beginMarker() + '\n')), 1);
            QVERIFY(again->written.contains("10.96.0.11 web\n"));
            QVERIFY(!again->written.contains("kube-dns"));
            QCOMPARE(block.restored(again->written, *again), original);
        }
    }

    void placement()
    {
        auto hosts = MarkedBlock::hosts().plan("127.0.0.1 localhost\n", {"10.0.0.1 web"});
        QCOMPARE(hosts->written,
            QByteArray("127.0.0.1 localhost\n# Kt Hosts Begin\n10.0.0.1 web\n# Kt Hosts End\n"));
        auto noNewline = MarkedBlock::hosts().plan("127.0.0.1 localhost", {"10.0.0.1 web"});
        QCOMPARE(noNewline->written,
            QByteArray("127.0.0.1 localhost\n# Kt Hosts Begin\n10.0.0.1 web\n# Kt Hosts End\n"));
        QVERIFY(noNewline->addedNewline);
        auto resolv = MarkedBlock::resolvConf().plan(
            "search lan\nnameserver 192.168.1.1\n", {"nameserver 127.0.0.1"});
        QCOMPARE(resolv->written,
            QByteArray("# KtDesk begin\nnameserver 127.0.0.1\n# KtDesk end\nsearch lan\n"
                       "nameserver 192.168.1.1\n"));
    }

    void othersChangesSurvive()
    {
        const MarkedBlock block = MarkedBlock::hosts();
        auto edit = block.plan("127.0.0.1 localhost", {"10.0.0.1 web"});
        // Another program appends a line after our block, and one before it.
        const QByteArray changed = "192.168.1.2 printer\n" + edit->written + "192.168.1.3 nas\n";
        QCOMPARE(block.restored(changed, *edit),
            QByteArray("192.168.1.2 printer\n127.0.0.1 localhost\n192.168.1.3 nas\n"));
        // Someone removed our block by hand: nothing else is touched.
        QCOMPARE(
            block.restored("127.0.0.1 localhost\n", *edit), QByteArray("127.0.0.1 localhost\n"));
    }

    void staleBlocksAreDropped()
    {
        const MarkedBlock block = MarkedBlock::hosts();
        // What a killed ktctl leaves (its own layout: a blank line, then the block).
        const QByteArray stale
            = "127.0.0.1 localhost\n\n# Kt Hosts Begin\n10.1.1.1 old\n# Kt Hosts End\n\n";
        auto edit = block.plan(stale, {"10.0.0.1 web"});
        QVERIFY(edit.ok());
        QCOMPARE(edit->original, QByteArray("127.0.0.1 localhost\n\n\n"));
        QVERIFY(!edit->written.contains("old"));
        QCOMPARE(edit->written.count("# Kt Hosts Begin"), 1);
        // CRLF markers (a file edited on Windows) are recognised too.
        auto crlf = block.plan("a\r\n# Kt Hosts Begin\r\nx\r\n# Kt Hosts End\r\nb\r\n", {});
        QCOMPARE(crlf->original, QByteArray("a\r\nb\r\n"));
        QCOMPARE(crlf->written, crlf->original);
    }

    void unpairedMarkersAreRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("begin only") << QByteArray("a\n# Kt Hosts Begin\n10.0.0.1 x\n");
        QTest::newRow("end only") << QByteArray("a\n# Kt Hosts End\n");
        QTest::newRow("end before begin")
            << QByteArray("# Kt Hosts End\n# Kt Hosts Begin\n# Kt Hosts End\n");
        QTest::newRow("begin twice")
            << QByteArray("# Kt Hosts Begin\n# Kt Hosts Begin\n# Kt Hosts End\n");
        QTest::newRow("second block unpaired")
            << QByteArray("# Kt Hosts Begin\n# Kt Hosts End\n# Kt Hosts Begin\n");
    }

    void unpairedMarkersAreRefused()
    {
        QFETCH(QByteArray, content);
        auto edit = MarkedBlock::hosts().plan(content, {"10.0.0.1 web"});
        QVERIFY(!edit.ok());
        QCOMPARE(edit.error().code, Kt::ErrorCode::Conflict);
        QVERIFY(edit.error().message.contains(QStringLiteral("# Kt Hosts")));
    }

    void noLinesMeansNoBlock()
    {
        auto edit = MarkedBlock::hosts().plan("a\n", {});
        QCOMPARE(edit->written, QByteArray("a\n"));
        QCOMPARE(edit->original, QByteArray("a\n"));
    }
};

QTEST_GUILESS_MAIN(TestMarkedBlock)
#include "tst_markedblock.moc"
