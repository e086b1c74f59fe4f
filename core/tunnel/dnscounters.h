#pragma once

#include <QMetaType>
#include <QtGlobal>

namespace Kt::Tunnel {

// Live figures of the DNS server, for the session panels. A value: safe to copy across threads.
struct DnsCounters
{
    quint64 queries = 0; // every datagram or TCP message received
    quint64 answeredLocally = 0; // from the ServiceDirectory
    quint64 cacheHits = 0;
    quint64 forwardedToCluster = 0; // exchanges with the cluster DNS through the tunnel
    quint64 forwardedUpstream = 0; // exchanges with the system's resolvers
    quint64 failures = 0; // SERVFAIL answers: an upstream failed or did not answer in time
    quint64 malformed = 0; // queries answered FORMERR or dropped
};

} // namespace Kt::Tunnel

Q_DECLARE_METATYPE(Kt::Tunnel::DnsCounters)
