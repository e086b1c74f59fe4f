#include "kube/kubeconfiglocator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Kt::Kube::KubeconfigLocator;

class TestKubeconfigLocator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultPath()
    {
        qunsetenv("KUBECONFIG");
        KubeconfigLocator locator;
        QCOMPARE(locator.candidatePaths(),
            QStringList {QDir::homePath() + QStringLiteral("/.kube/config")});
        QVERIFY(!locator.isExplicit());
    }

    void environmentListIsSplitAndDeduplicated()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a"));
        QFile file(a);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString b = dir.filePath(QStringLiteral("b"));
        qputenv("KUBECONFIG", (a + QStringLiteral("::") + b + QLatin1Char(':') + a).toLocal8Bit());
        KubeconfigLocator locator;
        QCOMPARE(locator.candidatePaths(), (QStringList {a, b}));
        QCOMPARE(locator.existingPaths(), QStringList {a});
        QVERIFY(locator.isExplicit());
    }

    void explicitFileWins()
    {
        qputenv("KUBECONFIG", "/nowhere/a");
        KubeconfigLocator locator(QStringLiteral("/elsewhere/config"));
        QCOMPARE(locator.candidatePaths(), QStringList {QStringLiteral("/elsewhere/config")});
    }
};

QTEST_GUILESS_MAIN(TestKubeconfigLocator)
#include "tst_kubeconfiglocator.moc"
