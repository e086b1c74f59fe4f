#include "crashpoint.h"

#include "common/logging.h"

#include <csignal>
#include <cstdio>

namespace Kt::Session::CrashPoint {

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
    std::raise(SIGKILL);
}

QString kindOf(const QString &journalKey)
{
    return journalKey.section(QLatin1Char('/'), 0, 0);
}

} // namespace Kt::Session::CrashPoint
