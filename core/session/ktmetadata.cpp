#include "ktmetadata.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <pwd.h>
#include <unistd.h>

namespace Kt::Session {

QString KtMetadata::randomLetters(int count)
{
    QString letters;
    letters.reserve(count);
    for (int i = 0; i < count; ++i)
        letters.append(
            QLatin1Char(static_cast<char>('a' + QRandomGenerator::global()->bounded(26))));
    return letters;
}

QString KtMetadata::localUser()
{
    for (const char *variable : {"SUDO_USER", "USER", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty())
            return value;
    }
    if (const passwd *entry = ::getpwuid(::getuid()))
        return QString::fromLocal8Bit(entry->pw_name);
    return QStringLiteral("unknown");
}

QString KtMetadata::unixNow()
{
    return QString::number(QDateTime::currentSecsSinceEpoch());
}

} // namespace Kt::Session
