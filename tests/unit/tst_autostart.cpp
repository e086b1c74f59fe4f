// "Start at login": the XDG autostart entry that the settings' switch writes and removes, checked
// in a temporary $XDG_CONFIG_HOME, and (when installed) by desktop-file-validate.
#include "autostart.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Kt::Ui::Autostart;

class TestAutostart : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString configHome() const { return m_dir.filePath(QStringLiteral("config")); }

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static void write(const QString &path, const QByteArray &text)
    {
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(configHome()).removeRecursively();
        qputenv("XDG_CONFIG_HOME", configHome().toUtf8());
    }

    void entryPathFollowsXdgConfigHome()
    {
        QCOMPARE(Autostart::defaultEntryPath(),
            configHome() + QStringLiteral("/autostart/io.github.ktdesk.KtDesk.desktop"));
        QCOMPARE(Autostart().entryPath(), Autostart::defaultEntryPath());
        qunsetenv("XDG_CONFIG_HOME");
        QCOMPARE(Autostart::defaultEntryPath(),
            QDir::homePath()
                + QStringLiteral("/.config/autostart/io.github.ktdesk.KtDesk.desktop"));
    }

    void enableWritesAnEntryThatStartsMinimized()
    {
        Autostart autostart(
            Autostart::defaultEntryPath(), QStringLiteral("/opt/kt desk/bin/ktdesk"));
        QVERIFY(!autostart.isEnabled());
        const Kt::Result<void> enabled = autostart.setEnabled(true);
        QVERIFY2(enabled.ok(), qPrintable(enabled.error().toString()));
        QVERIFY(autostart.isEnabled());
        QVERIFY(Autostart(autostart.entryPath()).isEnabled()); // a fresh reader agrees
        const QByteArray text = read(autostart.entryPath());
        QVERIFY(text.startsWith("[Desktop Entry]\n"));
        QVERIFY2(
            text.contains("\nExec=\"/opt/kt desk/bin/ktdesk\" --minimized\n"), text.constData());
        QVERIFY(text.contains("\nType=Application\n"));

        // Enabling again rewrites the entry for the program now running.
        Autostart moved(autostart.entryPath(), QStringLiteral("ktdesk"));
        QVERIFY(moved.setEnabled(true).ok());
        QVERIFY(read(autostart.entryPath()).contains("\nExec=ktdesk --minimized\n"));
    }

    void disableRemovesTheEntry()
    {
        Autostart autostart;
        QVERIFY(autostart.setEnabled(false).ok()); // nothing to remove is fine
        QVERIFY(autostart.setEnabled(true).ok());
        QVERIFY(QFile::exists(autostart.entryPath()));
        QVERIFY(autostart.setEnabled(false).ok());
        QVERIFY(!QFile::exists(autostart.entryPath()));
        QVERIFY(!autostart.isEnabled());
    }

    void entrySwitchedOffByTheDesktopCountsAsDisabled_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("enabled");
        QTest::newRow("plain") << QByteArray("[Desktop Entry]\nType=Application\nExec=ktdesk\n")
                               << true;
        QTest::newRow("Hidden=true")
            << QByteArray("[Desktop Entry]\nExec=ktdesk\nHidden=true\n") << false;
        QTest::newRow("Hidden=false") << QByteArray("[Desktop Entry]\nHidden=false\n") << true;
        QTest::newRow("GNOME off")
            << QByteArray("[Desktop Entry]\nX-GNOME-Autostart-enabled=false\n") << false;
        QTest::newRow("other group ignored")
            << QByteArray("[Desktop Entry]\nExec=ktdesk\n[Desktop Action x]\nHidden=true\n")
            << true;
    }

    void entrySwitchedOffByTheDesktopCountsAsDisabled()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, enabled);
        const Autostart autostart;
        write(autostart.entryPath(), text);
        QCOMPARE(autostart.isEnabled(), enabled);
    }

    void unwritableFolderIsAnError()
    {
        // A file where the autostart folder should be: the folder cannot be made.
        write(configHome() + QStringLiteral("/autostart"), "not a folder");
        Autostart autostart;
        const Kt::Result<void> enabled = autostart.setEnabled(true);
        QVERIFY(!enabled.ok());
        QCOMPARE(enabled.error().code, Kt::ErrorCode::Io);
        QVERIFY(enabled.error().message.contains(QStringLiteral("autostart")));
        QVERIFY(!autostart.isEnabled());
    }

    void quoting_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << QStringLiteral("/usr/bin/ktdesk")
                               << QStringLiteral("/usr/bin/ktdesk");
        QTest::newRow("space") << QStringLiteral("/a b/ktdesk")
                               << QStringLiteral("\"/a b/ktdesk\"");
        QTest::newRow("dollar") << QStringLiteral("/a$b") << QStringLiteral("\"/a\\\\$b\"");
        QTest::newRow("double quote") << QStringLiteral("/a\"b") << QStringLiteral("\"/a\\\\\"b\"");
        QTest::newRow("backslash") << QStringLiteral("/a\\b") << QStringLiteral("\"/a\\\\\\\\b\"");
        QTest::newRow("percent") << QStringLiteral("/100%/kt") << QStringLiteral("/100%%/kt");
        QTest::newRow("single quote") << QStringLiteral("/it's") << QStringLiteral("\"/it's\"");
        QTest::newRow("empty") << QString() << QStringLiteral("\"\"");
    }

    void quoting()
    {
        QFETCH(QString, argument);
        QFETCH(QString, quoted);
        QCOMPARE(Autostart::quoteExecArgument(argument), quoted);
    }

    void defaultProgramIsThisProgram()
    {
        // The test program is not on PATH: the entry names it by its absolute path...
        const QString self = QFileInfo(QCoreApplication::applicationFilePath()).canonicalFilePath();
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", "/nonexistent");
        QCOMPARE(Autostart::defaultProgram(), self);
        // ...and by its bare name once PATH finds it (as for an installed /usr/bin/ktdesk).
        qputenv("PATH", QFileInfo(self).absolutePath().toUtf8());
        QCOMPARE(Autostart::defaultProgram(), QFileInfo(self).fileName());
        qputenv("PATH", path);
    }

    void entryIsValidForDesktopFileValidate()
    {
        const QString validator
            = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (validator.isEmpty())
            QSKIP("desktop-file-validate (Debian: desktop-file-utils) is not installed");
        for (const QString &program :
            {QStringLiteral("ktdesk"), QStringLiteral("/home/me/my \"kt\" $build/bin/ktdesk")}) {
            Autostart autostart(Autostart::defaultEntryPath(), program);
            QVERIFY(autostart.setEnabled(true).ok());
            QProcess process;
            process.start(validator, {autostart.entryPath()});
            QVERIFY(process.waitForFinished());
            const QByteArray output
                = process.readAllStandardOutput() + process.readAllStandardError();
            QVERIFY2(process.exitCode() == 0 && output.trimmed().isEmpty(), output.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
