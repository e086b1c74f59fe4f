#include "models/ageformat.h"

namespace Kt::Ui {

QString AgeFormat::format(const QDateTime &since, const QDateTime &now)
{
    if (!since.isValid())
        return {};
    const qint64 seconds = std::max<qint64>(0, since.secsTo(now));
    if (seconds < 120)
        return tr("%1s", "age in seconds").arg(seconds);
    if (seconds < 120 * 60)
        return tr("%1m", "age in minutes").arg(seconds / 60);
    if (seconds < 48 * 3600)
        return tr("%1h", "age in hours").arg(seconds / 3600);
    return tr("%1d", "age in days").arg(seconds / 86400);
}

} // namespace Kt::Ui
