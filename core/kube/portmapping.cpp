#include "portmapping.h"

namespace Kt::Kube {

namespace {

// A port number 1..65535 (0 allowed for a local port).
std::optional<quint16> parsePort(const QString &text, bool allowZero)
{
    bool ok = false;
    const uint value = text.toUInt(&ok);
    if (!ok || value > 65535 || (value == 0 && !allowZero))
        return std::nullopt;
    return static_cast<quint16>(value);
}

} // namespace

Result<PortMapping> PortMapping::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QStringList parts = trimmed.split(QLatin1Char(':'));
    const auto invalid = [&] {
        return Error {ErrorCode::InvalidInput, tr("\"%1\" is not a port mapping.").arg(text), {},
            tr("Write LOCAL:REMOTE (8080:80), REMOTE (80) or :REMOTE (:80) for a free local "
               "port.")};
    };
    if (parts.size() == 1) {
        const auto port = parsePort(parts[0], false);
        if (!port)
            return invalid();
        return PortMapping {*port, *port};
    }
    if (parts.size() != 2)
        return invalid();
    const auto remote = parsePort(parts[1], false);
    const auto local = parts[0].isEmpty() ? std::optional<quint16>(0) : parsePort(parts[0], true);
    if (!remote || !local)
        return invalid();
    return PortMapping {*local, *remote};
}

QString PortMapping::toString() const
{
    return QString::number(localPort) + QLatin1Char(':') + QString::number(remotePort);
}

} // namespace Kt::Kube
