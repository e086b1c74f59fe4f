#pragma once

#include "common/error.h"
#include "platform/blockfile.h"

#include <QCoreApplication>
#include <QStringList>

namespace Kt::Platform {

// Points the cluster's DNS domains at KtDesk's DNS server, in one of two ways:
//
// - systemd-resolved (when /etc/resolv.conf is its stub): a dummy link `ktdesk0` gets KtDesk's
//   server as its DNS server and the cluster domains as routing-only domains (~cluster.local), so
//   only those names go to KtDesk; undo = `resolvectl revert` and deleting the link.
// - resolv.conf: a marked block (# KtDesk begin / # KtDesk end) at the top with KtDesk's server
//   as the first nameserver. resolv.conf cannot route by domain, so KtDesk's DNS server gets
//   every query and forwards the non-cluster ones to the upstreams that were there before
//   (upstreams()). resolv.conf has no port: a server off port 53 is reached through the
//   nftables table (NftablesConfigurator::DnsRedirect).
class DnsConfigurator
{
    Q_DECLARE_TR_FUNCTIONS(Kt::Platform::DnsConfigurator)

public:
    enum class Backend { ResolvConf, Resolved };
    static constexpr QLatin1StringView kResolvedLink {"ktdesk0"};

    static QString defaultResolvConfPath() { return QStringLiteral("/etc/resolv.conf"); }

    explicit DnsConfigurator(QString resolvConfPath = defaultResolvConfPath());

    // Resolved when resolvectl exists and resolv.conf is resolved's (a link into
    // /run/systemd/resolve, or the stub nameserver 127.0.0.53); otherwise ResolvConf.
    Backend detectBackend() const;
    static QString backendName(Backend backend);

    // Pure helpers for the resolv.conf backend.
    static QStringList nameservers(const QByteArray &resolvConf); // in file order
    static QByteArrayList resolvConfLines(quint32 server);
    BlockFile resolvConf() const;

    Result<void> applyResolved(const QStringList &domains, quint32 server, quint16 port);
    Result<void> undoResolved(); // idempotent

private:
    QString m_resolvConfPath;
};

} // namespace Kt::Platform
