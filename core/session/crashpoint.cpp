#include "crashpoint.h"

#include "common/logging.h"

#include <QDir>
#include <QFile>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace Kt::Session::CrashPoint {

namespace {

// Every direct child of this process, found by the parent pid in /proc/<pid>/stat.
void killChildren()
{
    const QString self = QString::number(::getpid());
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool number = false;
        const pid_t pid = static_cast<pid_t>(entry.toInt(&number));
        if (!number)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (comm) state ppid ...": comm may hold spaces and parentheses; ppid follows the last
        // ')'.
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1) == self.toLatin1())
            ::kill(pid, SIGKILL);
    }
}

} // namespace

void reached(const QString &step)
{
    static const QString target = qEnvironmentVariable("KT_TEST_CRASH_AFTER");
    if (target.isEmpty())
        return;
    qCDebug(ktSession) << "crash point" << step;
    if (step != target)
        return;
    qCWarning(ktSession) << "KT_TEST_CRASH_AFTER:" << step << "- killing this process";
    std::fflush(nullptr);
    if (qEnvironmentVariableIntValue("KT_TEST_CRASH_CHILDREN") == 1)
        killChildren();
    std::raise(SIGKILL);
}

QString kindOf(const QString &journalKey)
{
    return journalKey.section(QLatin1Char('/'), 0, 0);
}

} // namespace Kt::Session::CrashPoint
