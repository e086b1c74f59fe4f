// Fuzz target: the DNS message parser (what any local program sends KtDesk's DNS server, and what
// upstream servers answer). A message that parses must encode, and its encoding must parse again.
#include "tunnel/dnsmessage.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using Kt::Tunnel::DnsMessage;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray wire(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto parsed = DnsMessage::parse(wire);
    if (!parsed) {
        (void)DnsMessage::errorReplyFor(wire, Kt::Tunnel::DnsRcode::FormErr);
        return 0;
    }
    (void)DnsMessage::replyTo(*parsed).encode(DnsMessage::kClassicUdpSize);
    const QByteArray encoded = parsed->encode();
    if (!encoded.isEmpty() && !DnsMessage::parse(encoded))
        std::abort(); // our own encoding must be readable by our own parser
    for (const auto &question : parsed->questions)
        (void)DnsMessage::canonicalName(question.name);
    return 0;
}
