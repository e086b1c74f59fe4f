#pragma once

#include "common/error.h"
#include "session/connectsession.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Kt::Settings {

Q_NAMESPACE

// How `connect` reaches the cluster network.
enum class ConnectMode {
    Proxy, // SOCKS5 + HTTP proxy on the laptop; no privileges
    Vpn, // nftables + local DNS through the privileged helper
};
Q_ENUM_NS(ConnectMode)

// How cluster names resolve in vpn mode (kt-connect's --dnsMode).
enum class DnsMode {
    LocalDns, // KtDesk's DNS server for the cluster domains
    Hosts, // a marked block in /etc/hosts
};
Q_ENUM_NS(DnsMode)

// The user's choices that outlive a run, typed and validated. Stored as an INI file
// ($XDG_CONFIG_HOME/ktdesk/ktdesk.conf) through QSettings; the GUI edits them, sessions read them.
// A plain value: load() and save() do the file work.
struct AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(Kt::Settings::AppSettings)

public:
    static constexpr quint16 kDefaultProxyPort = 2223;
    static constexpr quint16 kDefaultDnsPort = 10053;
    static constexpr int kDefaultHeartbeatSeconds = 120;

    QString shadowImage; // empty: kt-connect's shadow image
    QString routerImage; // empty: the mesh router's default
    quint16 proxyPort = kDefaultProxyPort; // connect, proxy mode
    quint16 dnsPort = kDefaultDnsPort; // connect, vpn mode with localDNS
    ConnectMode connectMode = ConnectMode::Proxy;
    DnsMode dnsMode = DnsMode::LocalDns;
    QStringList includeCidrs; // added to the detected cluster CIDRs (vpn mode)
    QStringList excludeCidrs; // removed from them
    int heartbeatSeconds = kDefaultHeartbeatSeconds;
    QString language; // empty: the system's; else a locale name such as "zh_CN" or "en"
    bool startMinimized = false; // start in the tray, without the window
    bool autostart = false; // start at login (an XDG autostart entry)

    // The settings file KtDesk uses.
    static QString defaultPath();
    // Reads `path` (defaultPath() when empty); missing or unreadable values keep their defaults.
    static AppSettings load(const QString &path = {});
    // Validates, then writes every value to `path` (defaultPath() when empty).
    Result<void> save(const QString &path = {}) const;
    // Ports, CIDRs, images and the heartbeat; the first problem, in words.
    Result<void> validate() const;

    // connect's options for `target` from these settings.
    Session::ConnectSession::Options connectOptions(const Session::ClusterTarget &target) const;

    bool operator==(const AppSettings &other) const = default;
};

} // namespace Kt::Settings
