#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QString>

// Where ktdesk-helper keeps its record and which files it edits. The defaults are the system's;
// tests point them at temporary files through KTDESK_HELPER_* environment variables. Under pkexec
// (PKEXEC_UID set) those variables are refused: whoever may run the helper as root must not be
// able to choose which file it writes.
struct HelperSettings
{
    Q_DECLARE_TR_FUNCTIONS(HelperSettings)

public:
    enum class DnsBackend { Auto, ResolvConf, Resolved };

    QString stateDir;
    QString hostsFile;
    QString resolvConf;
    DnsBackend dnsBackend = DnsBackend::Auto;

    static Kt::Result<HelperSettings> fromEnvironment();
};
