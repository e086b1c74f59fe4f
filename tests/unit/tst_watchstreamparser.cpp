#include "kube/watchstreamparser.h"

#include <QTest>

using Kt::Kube::WatchEvent;
using Kt::Kube::WatchStreamParser;

namespace {

// A compact event line as kube-apiserver writes it.
QByteArray line(const char *type, const QByteArray &name, const QByteArray &version)
{
    return QByteArrayLiteral("{\"type\":\"") + type
        + QByteArrayLiteral("\",\"object\":{\"kind\":\"ConfigMap\",\"apiVersion\":\"v1\","
                            "\"metadata\":{\"name\":\"")
        + name + QByteArrayLiteral("\",\"resourceVersion\":\"") + version
        + QByteArrayLiteral("\"},\"data\":{\"k\":\"a \\\"quoted\\\" {brace} [x]\"}}}\n");
}

QString describe(const QList<WatchEvent> &events)
{
    QStringList parts;
    for (const WatchEvent &event : events) {
        QString type;
        switch (event.type) {
        case WatchEvent::Type::Added:
            type = QStringLiteral("ADDED");
            break;
        case WatchEvent::Type::Modified:
            type = QStringLiteral("MODIFIED");
            break;
        case WatchEvent::Type::Deleted:
            type = QStringLiteral("DELETED");
            break;
        case WatchEvent::Type::Bookmark:
            type = QStringLiteral("BOOKMARK");
            break;
        case WatchEvent::Type::Error:
            type = QStringLiteral("ERROR");
            break;
        }
        const QString name = event.object.value(QLatin1String("metadata"))
                                 .toObject()
                                 .value(QLatin1String("name"))
                                 .toString();
        QString part = type + QLatin1Char(':') + event.resourceVersion();
        if (!name.isEmpty())
            part += QLatin1Char(':') + name;
        if (event.type == WatchEvent::Type::Error)
            part += QLatin1Char(':')
                + QString::number(event.object.value(QLatin1String("code")).toInt());
        parts.append(part);
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestWatchStreamParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chunks_data();
    void chunks();
    void everySplitPoint();
    void utf8SplitInsideString();
    void failures_data();
    void failures();
    void failureIsFinal();
    void idleOnlyBetweenEvents();
};

void TestWatchStreamParser::chunks_data()
{
    QTest::addColumn<QList<QByteArray>>("chunks");
    QTest::addColumn<QString>("expected");

    const QByteArray added = line("ADDED", "a", "10");
    const QByteArray modified = line("MODIFIED", "a", "11");
    const QByteArray deleted = line("DELETED", "a", "12");
    const QByteArray bookmark = QByteArrayLiteral(
        "{\"type\":\"BOOKMARK\",\"object\":{\"kind\":\"ConfigMap\",\"apiVersion\":\"v1\","
        "\"metadata\":{\"resourceVersion\":\"20\",\"annotations\":{\"k8s.io/"
        "initial-events-end\":\"true\"}}}}\n");
    const QByteArray gone = QByteArrayLiteral(
        "{\"type\":\"ERROR\",\"object\":{\"kind\":\"Status\",\"apiVersion\":\"v1\","
        "\"metadata\":{},\"status\":\"Failure\",\"message\":\"too old resource version: 5 "
        "(20)\",\"reason\":\"Expired\",\"code\":410}}\n");

    QTest::newRow("one event, one chunk")
        << QList<QByteArray> {added} << QStringLiteral("ADDED:10:a");
    QTest::newRow("three events in one chunk") << QList<QByteArray> {
        added + modified + deleted} << QStringLiteral("ADDED:10:a MODIFIED:11:a DELETED:12:a");
    QTest::newRow("event split in three") << QList<QByteArray> {added.left(7), added.mid(7, 60),
        added.mid(67)} << QStringLiteral("ADDED:10:a");
    QTest::newRow("split right after the closing brace") << QList<QByteArray> {added.chopped(1),
        QByteArrayLiteral("\n") + modified} << QStringLiteral("ADDED:10:a MODIFIED:11:a");
    QTest::newRow("split inside an escaped quote") << QList<QByteArray> {
        added.left(added.indexOf("\\\"") + 1),
        added.mid(added.indexOf("\\\"") + 1)} << QStringLiteral("ADDED:10:a");
    QTest::newRow("bookmark") << QList<QByteArray> {added, bookmark}
                              << QStringLiteral("ADDED:10:a BOOKMARK:20");
    QTest::newRow("ERROR 410") << QList<QByteArray> {gone} << QStringLiteral("ERROR::410");
    QTest::newRow("no newline between objects") << QList<QByteArray> {
        added.chopped(1) + modified.chopped(1)} << QStringLiteral("ADDED:10:a MODIFIED:11:a");
    QTest::newRow("blank lines and CRLF") << QList<QByteArray> {QByteArrayLiteral("\r\n\n")
        + added.chopped(1) + QByteArrayLiteral("\r\n  \t") + modified}
                                          << QStringLiteral("ADDED:10:a MODIFIED:11:a");
    QTest::newRow("empty chunks") << QList<QByteArray> {QByteArray(), added, QByteArray()}
                                  << QStringLiteral("ADDED:10:a");
}

void TestWatchStreamParser::chunks()
{
    QFETCH(QList<QByteArray>, chunks);
    QFETCH(QString, expected);

    WatchStreamParser parser;
    QList<WatchEvent> events;
    for (const QByteArray &chunk : chunks) {
        const auto result = parser.feed(chunk);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        events += result.value();
    }
    QCOMPARE(describe(events), expected);
    QVERIFY(parser.isIdle());
}

// Whatever byte the network splits at, the same events come out.
void TestWatchStreamParser::everySplitPoint()
{
    const QByteArray stream = line("ADDED", "a", "1") + line("MODIFIED", "b", "2");
    for (qsizetype split = 0; split <= stream.size(); ++split) {
        WatchStreamParser parser;
        const auto first = parser.feed(stream.left(split));
        const auto second = parser.feed(stream.mid(split));
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(
            describe(first.value() + second.value()), QStringLiteral("ADDED:1:a MODIFIED:2:b"));
    }
}

void TestWatchStreamParser::utf8SplitInsideString()
{
    const QByteArray stream
        = QStringLiteral("{\"type\":\"ADDED\",\"object\":{\"metadata\":{\"name\":\"grüße-✓\","
                         "\"resourceVersion\":\"7\"}}}\n")
              .toUtf8();
    const qsizetype inside = stream.indexOf("\xc3") + 1; // between the two bytes of "ü"
    WatchStreamParser parser;
    const auto first = parser.feed(stream.left(inside));
    QVERIFY(first.ok());
    QVERIFY(first.value().isEmpty());
    const auto second = parser.feed(stream.mid(inside));
    QVERIFY(second.ok());
    QCOMPARE(second.value().size(), 1);
    QCOMPARE(second.value()
                 .first()
                 .object.value(QLatin1String("metadata"))
                 .toObject()
                 .value(QLatin1String("name")),
        QStringLiteral("grüße-✓"));
}

void TestWatchStreamParser::failures_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QString>("message");

    QTest::newRow("not JSON") << QByteArrayLiteral("<html>502 Bad Gateway</html>")
                              << QStringLiteral("other than JSON objects");
    QTest::newRow("broken JSON") << QByteArrayLiteral("{\"type\":\"ADDED\",\"object\":{]}\n")
                                 << QStringLiteral("not valid JSON");
    QTest::newRow("no object") << QByteArrayLiteral("{\"type\":\"ADDED\"}\n")
                               << QStringLiteral("carries no object");
    QTest::newRow("object not an object")
        << QByteArrayLiteral("{\"type\":\"ADDED\",\"object\":[1]}\n")
        << QStringLiteral("carries no object");
    QTest::newRow("unknown type") << QByteArrayLiteral("{\"type\":\"RENAMED\",\"object\":{}}\n")
                                  << QStringLiteral("unknown type \"RENAMED\"");
    QTest::newRow("array at top level")
        << QByteArrayLiteral("[{}]\n") << QStringLiteral("other than JSON objects");
}

void TestWatchStreamParser::failures()
{
    QFETCH(QByteArray, stream);
    QFETCH(QString, message);

    WatchStreamParser parser;
    const auto result = parser.feed(stream);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, Kt::ErrorCode::Protocol);
    QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
}

void TestWatchStreamParser::failureIsFinal()
{
    WatchStreamParser parser;
    QVERIFY(!parser.feed(QByteArrayLiteral("nonsense")).ok());
    QVERIFY(!parser.feed(line("ADDED", "a", "1")).ok());
    parser.reset();
    const auto result = parser.feed(line("ADDED", "a", "1"));
    QVERIFY(result.ok());
    QCOMPARE(result.value().size(), 1);
}

void TestWatchStreamParser::idleOnlyBetweenEvents()
{
    WatchStreamParser parser;
    QVERIFY(parser.isIdle());
    const QByteArray event = line("ADDED", "a", "1");
    QVERIFY(parser.feed(event.left(10)).ok());
    QVERIFY(!parser.isIdle());
    QVERIFY(parser.feed(event.mid(10)).ok());
    QVERIFY(parser.isIdle());
}

QTEST_GUILESS_MAIN(TestWatchStreamParser)
#include "tst_watchstreamparser.moc"
