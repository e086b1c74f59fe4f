#include "secrets/keychainsecretstore.h"

#include <QTest>
#include <QUuid>

using namespace Kt;

namespace {
// QVERIFY2 evaluates its message even on success: only touch error() when there is one.
template<typename R>
QByteArray describe(const R &result)
{
    return result.ok()
        ? QByteArray()
        : (result.error().toString() + QLatin1Char(' ') + result.error().detail).toUtf8();
}
} // namespace

// Talks to the real Secret Service (gnome-keyring-daemon in a private D-Bus session, started by
// installer/dev.sh test). KT_REQUIRE_SECRET_SERVICE=1 turns a missing service into a failure.
class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            if (qEnvironmentVariableIntValue("KT_REQUIRE_SECRET_SERVICE"))
                QFAIL("KT_REQUIRE_SECRET_SERVICE is set but no D-Bus session bus is running");
            QSKIP("No D-Bus session bus: run through installer/dev.sh test for a real Secret "
                  "Service");
        }
    }

    void writeReadDelete()
    {
        Secrets::KeychainSecretStore store(QStringLiteral("ktdesk-test"));
        const QString key
            = QStringLiteral("ssh/test/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray value("-----BEGIN OPENSSH PRIVATE KEY-----\n\x01\x02 binary\n");

        std::optional<Result<void>> written;
        store.writeSecret(key, value, [&](Result<void> r) { written = r; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 15000);
        QVERIFY2(written->ok(), describe(*written).constData());

        std::optional<Result<QByteArray>> read;
        store.readSecret(key, [&](Result<QByteArray> r) { read = r; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 15000);
        QVERIFY2(read->ok(), describe(*read).constData());
        QCOMPARE(read->value(), value);

        std::optional<Result<void>> removed;
        store.removeSecret(key, [&](Result<void> r) { removed = r; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 15000);
        QVERIFY(removed->ok());

        std::optional<Result<QByteArray>> gone;
        store.readSecret(key, [&](Result<QByteArray> r) { gone = r; });
        QTRY_VERIFY_WITH_TIMEOUT(gone.has_value(), 15000);
        QVERIFY(!gone->ok());
        QCOMPARE(gone->error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
