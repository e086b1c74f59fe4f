#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHostAddress>
#include <QList>

#include <optional>

namespace Kt::Tunnel {

// Record types and classes the DNS server looks at; any other value passes through as a number.
namespace DnsType {
constexpr quint16 A = 1;
constexpr quint16 NS = 2;
constexpr quint16 CNAME = 5;
constexpr quint16 SOA = 6;
constexpr quint16 PTR = 12;
constexpr quint16 MX = 15;
constexpr quint16 TXT = 16;
constexpr quint16 AAAA = 28;
constexpr quint16 SRV = 33;
constexpr quint16 OPT = 41;
constexpr quint16 ANY = 255;
} // namespace DnsType

namespace DnsClass {
constexpr quint16 IN = 1;
} // namespace DnsClass

// Response codes (RFC 1035, 6891); values above 15 need an OPT record to travel.
enum class DnsRcode : quint16 {
    NoError = 0,
    FormErr = 1,
    ServFail = 2,
    NxDomain = 3,
    NotImp = 4,
    Refused = 5,
    BadVers = 16,
};

// Names are kept in presentation form without the trailing dot ("web.default.svc.cluster.local",
// the root is ""), in the case they arrived in. A label that itself contains a '.' cannot be
// written that way and makes a message malformed for us.
struct DnsQuestion
{
    QByteArray name;
    quint16 type = DnsType::A;
    quint16 klass = DnsClass::IN;

    bool operator==(const DnsQuestion &other) const = default;
};

// RDATA is held uncompressed: the parser expands the names inside the types that may carry
// compressed names (NS, CNAME, PTR, MX, SOA, SRV), so a record can be written into any message.
struct DnsRecord
{
    QByteArray name;
    quint16 type = DnsType::A;
    quint16 klass = DnsClass::IN;
    quint32 ttl = 0;
    QByteArray rdata;

    bool operator==(const DnsRecord &other) const = default;

    // An A or AAAA record, by the protocol of `address`.
    static DnsRecord address(const QByteArray &name, const QHostAddress &address, quint32 ttl);
    // An SOA record for negative answers: `minimum` is the negative-caching TTL (RFC 2308).
    static DnsRecord soa(const QByteArray &zone, const QByteArray &mname, const QByteArray &rname,
        quint32 serial, quint32 minimum, quint32 ttl);
    // The address in an A/AAAA record; null for anything else.
    QHostAddress toAddress() const;
    // The MINIMUM field of an SOA record; nullopt for anything else or a short RDATA.
    std::optional<quint32> soaMinimum() const;
};

// EDNS(0) as carried by the OPT pseudo-record (RFC 6891).
struct DnsEdns
{
    quint16 udpPayloadSize = 512;
    quint8 version = 0;
    bool dnssecOk = false;
    QByteArray options; // raw option TLVs, kept as they came

    bool operator==(const DnsEdns &other) const = default;
};

// One DNS message: a pure parser and builder with no I/O, so it can be fed anything (fuzzed).
// parse() never reads outside the input: compression pointers must point strictly before the
// name part that holds them, labels are at most 63 bytes, names at most 255, counts are checked
// against the bytes actually present.
struct DnsMessage
{
    Q_DECLARE_TR_FUNCTIONS(Kt::Tunnel::DnsMessage)

public:
    static constexpr qsizetype kHeaderSize = 12;
    static constexpr qsizetype kMaxNameLength = 255; // wire form, with length bytes
    static constexpr qsizetype kMaxLabelLength = 63;
    static constexpr qsizetype kClassicUdpSize = 512;
    static constexpr qsizetype kMaxSize = 65535;
    static constexpr quint8 kOpcodeQuery = 0;

    quint16 id = 0;
    bool response = false; // QR
    quint8 opcode = kOpcodeQuery;
    bool authoritative = false; // AA
    bool truncated = false; // TC
    bool recursionDesired = false; // RD
    bool recursionAvailable = false; // RA
    bool authenticData = false; // AD
    bool checkingDisabled = false; // CD
    DnsRcode rcode = DnsRcode::NoError; // the full 12-bit code; the upper bits go into the OPT
    QList<DnsQuestion> questions;
    QList<DnsRecord> answers;
    QList<DnsRecord> authorities;
    QList<DnsRecord> additionals; // without the OPT record, which is `edns`
    std::optional<DnsEdns> edns;

    bool operator==(const DnsMessage &other) const = default;

    // The whole message, or why it is malformed (ErrorCode::Protocol).
    static Result<DnsMessage> parse(const QByteArray &wire);

    // The wire form. If it would be longer than maxSize, the records are left out and TC is set
    // (RFC 2181 9): header, question and OPT only. Empty if a name cannot be written (a label
    // empty or over 63 bytes, a name over 255).
    QByteArray encode(qsizetype maxSize = kMaxSize) const;

    // A response to `query`: same id, opcode, RD, CD and question; RA set; an OPT record if the
    // query had one (advertising `ourUdpSize`).
    static DnsMessage replyTo(
        const DnsMessage &query, DnsRcode rcode = DnsRcode::NoError, quint16 ourUdpSize = 1232);

    // For bytes that do not parse: a reply carrying `rcode` with the id and opcode of the
    // header and no question. Empty when there is no reply to give — shorter than a header, or
    // itself a response (answering those invites loops).
    static QByteArray errorReplyFor(const QByteArray &wire, DnsRcode rcode);

    // Lower-case ASCII, no trailing dot: the form names are compared and cached in.
    static QByteArray canonicalName(const QByteArray &name);
    // Whether `name` can be written: labels 1..63 bytes, at most 255 bytes on the wire.
    static bool isValidName(const QByteArray &name);
};

} // namespace Kt::Tunnel
