#include "portpair.h"

#include "session/session.h"

namespace Kt::Session {

Result<QList<PortPair>> PortPair::parseList(const QString &text)
{
    QList<PortPair> pairs;
    const auto port = [](const QString &value, quint16 &out) {
        bool ok = false;
        const uint parsed = value.trimmed().toUInt(&ok);
        if (!ok || parsed == 0 || parsed > 65535)
            return false;
        out = static_cast<quint16>(parsed);
        return true;
    };
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList parts = item.split(QLatin1Char(':'));
        PortPair pair;
        const bool ok = parts.size() == 1
            ? port(parts.at(0), pair.local) && port(parts.at(0), pair.remote)
            : parts.size() == 2 ? port(parts.at(0), pair.local) && port(parts.at(1), pair.remote)
                                : false;
        if (!ok) {
            return Error {ErrorCode::InvalidInput,
                Session::tr("\"%1\" is not a port or local:remote pair of ports (1-65535).")
                    .arg(item),
                {}, Session::tr("Write --expose 8080 or --expose 8080:80,9090:9090.")};
        }
        pairs.append(pair);
    }
    if (pairs.isEmpty())
        return Error {ErrorCode::InvalidInput, Session::tr("--expose names no port."), {}, {}};
    return pairs;
}

} // namespace Kt::Session
