#include "appsettings.h"

#include "platform/ipv4cidr.h"
#include "platform/xdgpaths.h"

#include <QMetaEnum>
#include <QRegularExpression>
#include <QSettings>

namespace Kt::Settings {

namespace {

namespace Key {
const QString ShadowImage = QStringLiteral("cluster/shadowImage");
const QString RouterImage = QStringLiteral("cluster/routerImage");
const QString Heartbeat = QStringLiteral("cluster/heartbeatSeconds");
const QString ProxyPort = QStringLiteral("connect/proxyPort");
const QString DnsPort = QStringLiteral("connect/dnsPort");
const QString ConnectModeKey = QStringLiteral("connect/mode");
const QString DnsModeKey = QStringLiteral("connect/dnsMode");
const QString IncludeCidrs = QStringLiteral("connect/includeCidrs");
const QString ExcludeCidrs = QStringLiteral("connect/excludeCidrs");
const QString Language = QStringLiteral("ui/language");
const QString StartMinimized = QStringLiteral("ui/startMinimized");
const QString Autostart = QStringLiteral("ui/autostart");
} // namespace Key

// Enums are stored by name ("Proxy"), so that the file stays readable and survives reordering.
template<typename E>
E readEnum(const QSettings &settings, const QString &key, E fallback)
{
    const QMetaEnum meta = QMetaEnum::fromType<E>();
    bool ok = false;
    const int value = meta.keyToValue(settings.value(key).toString().toLatin1().constData(), &ok);
    return ok ? static_cast<E>(value) : fallback;
}

template<typename E>
QString enumName(E value)
{
    return QString::fromLatin1(QMetaEnum::fromType<E>().valueToKey(static_cast<int>(value)));
}

quint16 readPort(const QSettings &settings, const QString &key, quint16 fallback)
{
    bool ok = false;
    const uint port = settings.value(key).toUInt(&ok);
    return ok && port > 0 && port <= 65535 ? static_cast<quint16>(port) : fallback;
}

// Image references as a registry accepts them: no spaces, no shell characters.
bool validImage(const QString &image)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[a-z0-9]([a-zA-Z0-9._\\-/:@]*[a-zA-Z0-9_\\-])?$"));
    return image.isEmpty() || pattern.match(image).hasMatch();
}

} // namespace

QString AppSettings::defaultPath()
{
    return Platform::XdgPaths::configDir() + QStringLiteral("/ktdesk.conf");
}

AppSettings AppSettings::load(const QString &path)
{
    const QSettings file(path.isEmpty() ? defaultPath() : path, QSettings::IniFormat);
    AppSettings settings;
    settings.shadowImage = file.value(Key::ShadowImage).toString().trimmed();
    settings.routerImage = file.value(Key::RouterImage).toString().trimmed();
    settings.proxyPort = readPort(file, Key::ProxyPort, kDefaultProxyPort);
    settings.dnsPort = readPort(file, Key::DnsPort, kDefaultDnsPort);
    settings.connectMode = readEnum(file, Key::ConnectModeKey, ConnectMode::Proxy);
    settings.dnsMode = readEnum(file, Key::DnsModeKey, DnsMode::LocalDns);
    settings.includeCidrs = file.value(Key::IncludeCidrs).toStringList();
    settings.excludeCidrs = file.value(Key::ExcludeCidrs).toStringList();
    bool ok = false;
    const int heartbeat = file.value(Key::Heartbeat).toInt(&ok);
    settings.heartbeatSeconds = ok && heartbeat >= 10 ? heartbeat : kDefaultHeartbeatSeconds;
    settings.language = file.value(Key::Language).toString();
    settings.startMinimized = file.value(Key::StartMinimized, false).toBool();
    settings.autostart = file.value(Key::Autostart, false).toBool();
    return settings;
}

Result<void> AppSettings::save(const QString &path) const
{
    if (Result<void> valid = validate(); !valid)
        return valid;
    const QString target = path.isEmpty() ? defaultPath() : path;
    QSettings file(target, QSettings::IniFormat);
    file.setValue(Key::ShadowImage, shadowImage);
    file.setValue(Key::RouterImage, routerImage);
    file.setValue(Key::Heartbeat, heartbeatSeconds);
    file.setValue(Key::ProxyPort, proxyPort);
    file.setValue(Key::DnsPort, dnsPort);
    file.setValue(Key::ConnectModeKey, enumName(connectMode));
    file.setValue(Key::DnsModeKey, enumName(dnsMode));
    file.setValue(Key::IncludeCidrs, includeCidrs);
    file.setValue(Key::ExcludeCidrs, excludeCidrs);
    file.setValue(Key::Language, language);
    file.setValue(Key::StartMinimized, startMinimized);
    file.setValue(Key::Autostart, autostart);
    file.sync();
    if (file.status() != QSettings::NoError)
        return Error {ErrorCode::Io, tr("Could not write the settings to %1.").arg(target), {},
            tr("Check that the folder exists and is writable.")};
    return {};
}

Result<void> AppSettings::validate() const
{
    if (!validImage(shadowImage))
        return Error {ErrorCode::InvalidInput,
            tr("\"%1\" is not an image reference.").arg(shadowImage), {},
            tr("Use the form registry/name:tag, or leave it empty for the default.")};
    if (!validImage(routerImage))
        return Error {ErrorCode::InvalidInput,
            tr("\"%1\" is not an image reference.").arg(routerImage), {},
            tr("Use the form registry/name:tag, or leave it empty for the default.")};
    if (proxyPort == 0 || dnsPort == 0)
        return Error {ErrorCode::InvalidInput, tr("A port must be from 1 to 65535."), {}, {}};
    if (proxyPort == dnsPort)
        return Error {ErrorCode::InvalidInput,
            tr("The proxy and the DNS server cannot share port %1.").arg(proxyPort), {}, {}};
    if (heartbeatSeconds < 10 || heartbeatSeconds > 240)
        return Error {ErrorCode::InvalidInput, tr("The heartbeat must be from 10 to 240 seconds."),
            {}, tr("Sessions count as stale after 5 minutes without one (kt-connect's rule).")};
    for (const QStringList *list : {&includeCidrs, &excludeCidrs}) {
        for (const QString &cidr : *list) {
            const auto parsed
                = Platform::Ipv4Cidr::parse(cidr, Platform::Ipv4Cidr::Syntax::UserInput);
            if (!parsed)
                return parsed.error();
        }
    }
    return {};
}

Session::ConnectSession::Options AppSettings::connectOptions(
    const Session::ClusterTarget &target) const
{
    Session::ConnectSession::Options options;
    options.target = target;
    options.mode = connectMode == ConnectMode::Vpn ? Session::ConnectSession::Mode::Vpn
                                                   : Session::ConnectSession::Mode::Proxy;
    options.proxyPort = proxyPort;
    options.image = shadowImage;
    options.heartbeatInterval = std::chrono::seconds(heartbeatSeconds);
    options.vpn.dnsMode = dnsMode == DnsMode::Hosts ? Session::LaptopNetwork::DnsMode::Hosts
                                                    : Session::LaptopNetwork::DnsMode::LocalDns;
    options.vpn.dnsPort = dnsPort;
    // validate() refused what does not parse; a hand-edited file's bad entries are skipped.
    for (const QString &cidr : includeCidrs) {
        if (auto parsed = Platform::Ipv4Cidr::parse(cidr, Platform::Ipv4Cidr::Syntax::UserInput))
            options.vpn.includeIps.append(*parsed);
    }
    for (const QString &cidr : excludeCidrs) {
        if (auto parsed = Platform::Ipv4Cidr::parse(cidr, Platform::Ipv4Cidr::Syntax::UserInput))
            options.vpn.excludeIps.append(*parsed);
    }
    return options;
}

} // namespace Kt::Settings
