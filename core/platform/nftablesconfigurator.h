#pragma once

#include "common/error.h"
#include "platform/ipv4cidr.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

namespace Kt::Platform {

// KtDesk's nftables table `ktdesk` (family ip): a nat output chain that sends TCP for the
// cluster's networks to the local transparent proxy, and (resolv.conf DNS mode with a DNS server
// off port 53) DNS for KtDesk's nameserver address to its real port. The table is replaced in one
// `nft -f -` transaction each time, and deleted to undo. Runs nft with an argument list and the
// script on stdin; the script is built from validated values only.
class NftablesConfigurator
{
    Q_DECLARE_TR_FUNCTIONS(Kt::Platform::NftablesConfigurator)

public:
    static constexpr QLatin1StringView kTable {"ktdesk"};

    struct Redirect
    {
        QList<Ipv4Cidr> cidrs; // at least one
        QList<Ipv4Cidr> excludes; // loopback (127.0.0.0/8) is always excluded as well
        quint16 port = 0; // the transparent proxy on 127.0.0.1
    };
    struct DnsRedirect
    {
        quint32 server = 0; // a loopback address; its port 53 (UDP and TCP) goes to `port`
        quint16 port = 0;
    };

    // Pure: the script that replaces the table (or, with neither part, only deletes it).
    static QByteArray script(
        const std::optional<Redirect> &redirect, const std::optional<DnsRedirect> &dns);

    explicit NftablesConfigurator(QString nftProgram = {}); // empty: nft from the system

    Result<void> apply(
        const std::optional<Redirect> &redirect, const std::optional<DnsRedirect> &dns);
    Result<void> remove(); // idempotent

private:
    QString m_nft;
};

} // namespace Kt::Platform
