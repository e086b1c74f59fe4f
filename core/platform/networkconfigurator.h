#pragma once

#include "common/error.h"
#include "platform/helperprotocol.h"
#include "platform/ipv4cidr.h"

#include <QHostAddress>
#include <QObject>
#include <QStringList>

#include <functional>

namespace Kt::Platform {

// What connect's vpn mode changes on this machine, as values.
struct RedirectConfig
{
    QList<Ipv4Cidr> cidrs; // cluster networks whose TCP goes to the transparent proxy
    QList<Ipv4Cidr> excludeCidrs; // never redirected (the API server, --excludeIps)
    quint16 proxyPort = 0; // the transparent proxy on 127.0.0.1
};

struct DnsConfig
{
    QStringList domains; // e.g. cluster.local and the namespaces for "svc.ns" names
    QHostAddress server {QHostAddress::LocalHost}; // KtDesk's DNS server (a loopback address)
    quint16 port = 0;
};

struct DnsApplied
{
    QString backend; // "resolved" or "resolv.conf"
    // resolv.conf mode: the nameservers that were there before; KtDesk's DNS server must forward
    // every non-cluster name to them (resolv.conf cannot route by domain). Empty for resolved.
    QStringList upstreams;
};

// Changes the machine's network configuration for a session and undoes it. Linux: through
// ktdesk-helper (PrivilegedHelperClient); macOS (pf, /etc/resolver) and Windows (wintun, NRPT)
// implement the same interface later. Each call's `done` runs exactly once, on this object's
// thread. Whatever is applied is also undone by the platform side itself if KtDesk dies.
class NetworkConfigurator : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkConfigurator)

public:
    using Done = std::function<void(Result<void>)>;

    explicit NetworkConfigurator(QObject *parent = nullptr)
        : QObject(parent)
    { }
    ~NetworkConfigurator() override = default;

    // Each replaces what the same call set before.
    virtual void applyRedirect(const RedirectConfig &config, Done done) = 0;
    virtual void applyDns(const DnsConfig &config, std::function<void(Result<DnsApplied>)> done)
        = 0;
    virtual void applyHosts(const QList<HostsEntry> &entries, Done done) = 0;
    virtual void restore(Done done) = 0;

Q_SIGNALS:
    // The configurator can no longer change or keep the configuration (e.g. the helper
    // exited); what it had applied is being undone on the platform side.
    void errorOccurred(const Kt::Error &error);
};

} // namespace Kt::Platform
