#include "common/error.h"

#include <QTest>

#include <memory>

using Kt::Error;
using Kt::ErrorCode;
using Kt::Result;

class TestResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valueAndError()
    {
        Result<int> good(42);
        QVERIFY(good.ok());
        QCOMPARE(*good, 42);

        Result<int> bad(Error {
            ErrorCode::NotFound, QStringLiteral("gone"), {}, QStringLiteral("look elsewhere")});
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::NotFound);
        QCOMPARE(bad.error().toString(), QStringLiteral("gone — look elsewhere"));
    }

    void moveOnlyValue()
    {
        Result<std::unique_ptr<int>> result(std::make_unique<int>(7));
        std::unique_ptr<int> taken = std::move(result).value();
        QCOMPARE(*taken, 7);
    }

    void voidResult()
    {
        Result<void> fine;
        QVERIFY(fine.ok());
        Result<void> failed(Error {ErrorCode::Timeout, QStringLiteral("slow"), {}, {}});
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().message, QStringLiteral("slow"));
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
