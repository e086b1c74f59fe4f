#include "helpersettings.h"

#include "platform/dnsconfigurator.h"
#include "platform/helperrecord.h"
#include "platform/hostsfile.h"

#include <QDir>

using namespace Kt;
using namespace Kt::Platform;

Result<HelperSettings> HelperSettings::fromEnvironment()
{
    const char *const overrides[] = {"KTDESK_HELPER_STATE_DIR", "KTDESK_HELPER_HOSTS_FILE",
        "KTDESK_HELPER_RESOLV_CONF", "KTDESK_HELPER_DNS_BACKEND"};
    const bool viaPkexec = qEnvironmentVariableIsSet("PKEXEC_UID");
    HelperSettings settings;
    settings.stateDir = HelperRecord::defaultDirectory();
    settings.hostsFile = HostsFile::defaultPath();
    settings.resolvConf = DnsConfigurator::defaultResolvConfPath();
    for (const char *name : overrides) {
        if (!qEnvironmentVariableIsSet(name))
            continue;
        if (viaPkexec)
            return Error {ErrorCode::Forbidden,
                tr("%1 is not honoured when started through pkexec.").arg(QLatin1StringView(name)),
                {}, {}};
        const QString value = qEnvironmentVariable(name);
        const QLatin1StringView key(name);
        if (key != QLatin1StringView("KTDESK_HELPER_DNS_BACKEND") && !QDir::isAbsolutePath(value))
            return Error {
                ErrorCode::InvalidInput, tr("%1 must be an absolute path.").arg(key), {}, {}};
        if (key == QLatin1StringView("KTDESK_HELPER_STATE_DIR"))
            settings.stateDir = value;
        else if (key == QLatin1StringView("KTDESK_HELPER_HOSTS_FILE"))
            settings.hostsFile = value;
        else if (key == QLatin1StringView("KTDESK_HELPER_RESOLV_CONF"))
            settings.resolvConf = value;
        else if (value == QLatin1StringView("resolv.conf"))
            settings.dnsBackend = DnsBackend::ResolvConf;
        else if (value == QLatin1StringView("resolved"))
            settings.dnsBackend = DnsBackend::Resolved;
        else if (value != QLatin1StringView("auto"))
            return Error {ErrorCode::InvalidInput,
                tr("KTDESK_HELPER_DNS_BACKEND must be auto, resolv.conf or resolved."), {}, {}};
    }
    return settings;
}
