#include "autostart.h"

#include "platform/xdgpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace Kt::Ui {

namespace {

constexpr char kDesktopId[] = "io.github.ktdesk.KtDesk.desktop";

// The value of `key` in the [Desktop Entry] group, lower-cased; empty when absent.
QString desktopEntryValue(const QByteArray &text, const QByteArray &key)
{
    bool inMainGroup = false;
    const QList<QByteArray> lines = text.split('\n');
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        if (line.startsWith('[')) {
            inMainGroup = line == "[Desktop Entry]";
            continue;
        }
        const qsizetype equals = line.indexOf('=');
        if (!inMainGroup || equals < 0 || line.left(equals).trimmed() != key)
            continue;
        return QString::fromUtf8(line.mid(equals + 1).trimmed()).toLower();
    }
    return {};
}

} // namespace

Autostart::Autostart(QString entryPath, QString program)
    : m_entryPath(std::move(entryPath))
    , m_program(std::move(program))
{ }

QString Autostart::defaultEntryPath()
{
    // XdgPaths::configDir() is $XDG_CONFIG_HOME/ktdesk (with the spec's fallback); autostart/
    // sits beside it.
    return QFileInfo(Platform::XdgPaths::configDir()).absolutePath() + QStringLiteral("/autostart/")
        + QLatin1String(kDesktopId);
}

QString Autostart::defaultProgram()
{
    const QString running = QFileInfo(QCoreApplication::applicationFilePath()).canonicalFilePath();
    const QString name = QFileInfo(running).fileName();
    const QString onPath = QStandardPaths::findExecutable(name);
    if (!running.isEmpty() && !onPath.isEmpty() && QFileInfo(onPath).canonicalFilePath() == running)
        return name;
    return running.isEmpty() ? QStringLiteral("ktdesk") : running;
}

bool Autostart::isEnabled() const
{
    QFile file(m_entryPath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = file.readAll();
    return desktopEntryValue(text, "Hidden") != QLatin1String("true")
        && desktopEntryValue(text, "X-GNOME-Autostart-enabled") != QLatin1String("false");
}

Result<void> Autostart::setEnabled(bool enabled)
{
    if (!enabled) {
        if (!QFileInfo::exists(m_entryPath) || QFile::remove(m_entryPath))
            return {};
        return Error {ErrorCode::Io,
            tr("Could not remove the autostart entry %1.")
                .arg(QDir::toNativeSeparators(m_entryPath)),
            QString(), tr("Check the permissions of that file and its folder.")};
    }
    const QString dir = QFileInfo(m_entryPath).absolutePath();
    if (!QDir().mkpath(dir)) {
        return Error {ErrorCode::Io,
            tr("Could not create the folder %1 for the autostart entry.")
                .arg(QDir::toNativeSeparators(dir)),
            QString(), tr("Check that your configuration folder is writable.")};
    }
    QSaveFile file(m_entryPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(entryText()) < 0 || !file.commit()) {
        return Error {ErrorCode::Io,
            tr("Could not write the autostart entry %1.")
                .arg(QDir::toNativeSeparators(m_entryPath)),
            file.errorString(), tr("Check that your configuration folder is writable.")};
    }
    return {};
}

QByteArray Autostart::entryText() const
{
    const QString exec
        = quoteExecArgument(m_program) + QLatin1Char(' ') + QLatin1String(kMinimizedFlag);
    // Plain English: the entry is read by the session manager, not shown to the user as text.
    // X-KDE-autostart-after / X-GNOME-Autostart-Delay give the panel (and its tray) time to
    // appear, so that KtDesk finds a tray to go to.
    return QByteArrayLiteral("[Desktop Entry]\n"
                             "Type=Application\n"
                             "Version=1.4\n"
                             "Name=KtDesk\n"
                             "Comment=Start KtDesk in the tray at login\n")
        + "Exec=" + exec.toUtf8() + '\n'
        + QByteArrayLiteral("Icon=ktdesk\n"
                            "Terminal=false\n"
                            "X-GNOME-Autostart-enabled=true\n"
                            "X-GNOME-Autostart-Delay=2\n"
                            "X-KDE-autostart-after=panel\n");
}

QString Autostart::quoteExecArgument(const QString &argument)
{
    // Field codes start with %: a literal % is written %%.
    QString value = argument;
    value.replace(QLatin1Char('%'), QStringLiteral("%%"));
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool needsQuotes = value.isEmpty();
    for (QChar c : std::as_const(value))
        needsQuotes = needsQuotes || reserved.contains(c);
    if (needsQuotes) {
        // Inside double quotes ", `, $ and \ are escaped with a backslash...
        QString quoted;
        for (QChar c : std::as_const(value)) {
            if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$')
                || c == QLatin1Char('\\'))
                quoted += QLatin1Char('\\');
            quoted += c;
        }
        value = QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    // ...and the whole value is a desktop-file string, where a backslash is written \\.
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    return value;
}

} // namespace Kt::Ui
