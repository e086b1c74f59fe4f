#include "secrets/memorysecretstore.h"

#include <QTest>

using namespace Kt;

class TestMemorySecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripIsAsynchronous()
    {
        Secrets::MemorySecretStore store;
        bool written = false;
        store.writeSecret(
            QStringLiteral("ssh/test"), "secret", [&](Result<void> r) { written = r.ok(); });
        QVERIFY(!written); // never completes inside the call
        QTRY_VERIFY(written);

        QByteArray read;
        store.readSecret(QStringLiteral("ssh/test"),
            [&](Result<QByteArray> r) { read = r.ok() ? *r : "failed"; });
        QTRY_COMPARE(read, QByteArray("secret"));

        bool removed = false;
        store.removeSecret(QStringLiteral("ssh/test"), [&](Result<void> r) { removed = r.ok(); });
        QTRY_VERIFY(removed);
        QCOMPARE(store.count(), 0);
    }

    void missingKeyIsNotFound()
    {
        Secrets::MemorySecretStore store;
        std::optional<ErrorCode> code;
        store.readSecret(QStringLiteral("nope"),
            [&](Result<QByteArray> r) { code = r.ok() ? ErrorCode::Internal : r.error().code; });
        QTRY_VERIFY(code.has_value());
        QCOMPARE(*code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
