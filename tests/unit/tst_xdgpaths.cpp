#include "platform/xdgpaths.h"

#include <QDir>
#include <QTest>

using Kt::Platform::XdgPaths;

class TestXdgPaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void honoursVariables()
    {
        qputenv("XDG_STATE_HOME", "/tmp/kt-state");
        qputenv("XDG_CONFIG_HOME", "/tmp/kt-config");
        QCOMPARE(XdgPaths::stateDir(), QStringLiteral("/tmp/kt-state/ktdesk"));
        QCOMPARE(XdgPaths::journalDir(), QStringLiteral("/tmp/kt-state/ktdesk/journal"));
        QCOMPARE(XdgPaths::configDir(), QStringLiteral("/tmp/kt-config/ktdesk"));
    }

    void ignoresRelativeAndEmpty()
    {
        qputenv("XDG_STATE_HOME", "relative/path");
        QCOMPARE(XdgPaths::stateDir(), QDir::homePath() + QStringLiteral("/.local/state/ktdesk"));
        qunsetenv("XDG_CACHE_HOME");
        QCOMPARE(XdgPaths::cacheDir(), QDir::homePath() + QStringLiteral("/.cache/ktdesk"));
    }
};

QTEST_GUILESS_MAIN(TestXdgPaths)
#include "tst_xdgpaths.moc"
