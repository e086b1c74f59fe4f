#pragma once

#include "common/error.h"
#include "platform/ipv4cidr.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace Kt::Platform {

// One line of the hosts-file block: an address and the names that resolve to it.
struct HostsEntry
{
    quint32 address = 0;
    QStringList names;
    friend bool operator==(const HostsEntry &, const HostsEntry &) = default;
};

// One request to ktdesk-helper, validated. Only the members of `op` are meaningful.
struct HelperRequest
{
    enum class Op {
        Hello, // {}                                  -> {version, protocol, restored}
        Redirect, // {cidrs, excludeCidrs, port}         nftables table ktdesk -> 127.0.0.1:port
        Dns, // {domains, server, port}              cluster domains -> KtDesk's DNS server
        Hosts, // {entries: [{ip, names}]}             marked block in the hosts file
        Restore, // {}                                  undo everything
        Bye, // {}                                  undo everything and exit
    };

    qint64 id = 0;
    Op op = Op::Hello;
    QList<Ipv4Cidr> cidrs; // Redirect: normalized (sorted, no covered entries), 1..kMaxCidrs
    QList<Ipv4Cidr> excludeCidrs; // Redirect: normalized, 0..kMaxCidrs
    quint16 port = 0; // Redirect, Dns: 1..65535
    QStringList domains; // Dns: RFC 1123 names, 1..kMaxDomains
    quint32 server = 0; // Dns: a loopback address (127.0.0.0/8)
    QList<HostsEntry> entries; // Hosts: 0..kMaxHostsEntries (0 = remove the block)

    friend bool operator==(const HelperRequest &, const HelperRequest &) = default;
};

// A reply: {"id":N,"ok":true,...data} or {"id":N,"ok":false,"error":"..."}.
struct HelperReply
{
    qint64 id = -1; // -1: the request had no readable id
    bool ok = false;
    QString error;
    QJsonObject data; // members besides id/ok/error (e.g. "version", "backend", "upstreams")
};

// The helper's closed JSON-lines protocol: one JSON object per line each way. Parsing is pure
// and strict (unknown members, wrong types, out-of-range values and anything that is not exactly
// one of the known forms are refused with a sentence saying which), so it can be fuzzed and so
// that nothing a client sends can reach nft, resolvectl or a file as anything but the values
// validated here.
class HelperProtocol
{
    Q_DECLARE_TR_FUNCTIONS(Kt::Platform::HelperProtocol)

public:
    static constexpr int kVersion = 1;
    static constexpr qsizetype kMaxLineBytes = 1024 * 1024;
    static constexpr qsizetype kMaxCidrs = 256;
    static constexpr qsizetype kMaxDomains = 64;
    static constexpr qsizetype kMaxHostsEntries = 8192;
    static constexpr qsizetype kMaxNamesPerEntry = 16;
    static constexpr int kMinPrefixLength = 8; // wider ranges would capture the tunnel itself

    // `line` without its newline. On failure `*id` is the request's id when it could be read
    // (so the error reply can carry it), else -1.
    static Result<HelperRequest> parseRequest(const QByteArray &line, qint64 *id = nullptr);
    static QByteArray encodeRequest(const HelperRequest &request); // ends with '\n'

    static Result<HelperReply> parseReply(const QByteArray &line);
    static QByteArray encodeReply(const HelperReply &reply); // ends with '\n'

    static QString opName(HelperRequest::Op op);
    static std::optional<HelperRequest::Op> opFromName(const QString &name);

    // A DNS name of RFC 1123 labels (letters, digits, inner hyphens; 1..63 per label, 253 in
    // all), without a trailing dot.
    static bool isValidHostName(const QString &name);
};

} // namespace Kt::Platform
