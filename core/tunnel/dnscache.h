#pragma once

#include "tunnel/dnsmessage.h"

#include <QHash>

#include <functional>
#include <optional>

namespace Kt::Tunnel {

// Answers from the cluster DNS and the upstream resolvers, kept for their TTL. Positive answers
// live as long as their shortest record TTL; NXDOMAIN and NODATA answers as long as their SOA
// says (min of the SOA's TTL and MINIMUM, RFC 2308), or kDefaultNegativeTtl without an SOA.
// Lookups give the records with the elapsed time taken off their TTLs. Time comes from an
// injectable clock (milliseconds, monotonic), so tests can move it.
class DnsCache
{
public:
    using Clock = std::function<qint64()>;

    static constexpr quint32 kDefaultNegativeTtl = 5;
    static constexpr quint32 kMaxTtl = 3600; // longer TTLs are cut: the cluster changes
    static constexpr int kDefaultCapacity = 4096;

    struct Answer
    {
        DnsRcode rcode = DnsRcode::NoError;
        QList<DnsRecord> answers;
        QList<DnsRecord> authorities;
        QList<DnsRecord> additionals;
    };

    explicit DnsCache(Clock clock = {}, int capacity = kDefaultCapacity);

    void setClock(Clock clock);

    // Stores the answer part of `response` to `question` if it can be cached (NOERROR or
    // NXDOMAIN, not truncated, a non-zero TTL). Returns whether it was stored.
    bool insert(const DnsQuestion &question, const DnsMessage &response);
    std::optional<Answer> lookup(const DnsQuestion &question);
    void clear();
    int size() const { return static_cast<int>(m_entries.size()); }

    // How long `response` may be cached, in seconds; 0 = not at all.
    static quint32 cacheTtl(const DnsMessage &response);

private:
    struct Key
    {
        QByteArray name;
        quint16 type = 0;
        quint16 klass = 0;
        bool operator==(const Key &other) const = default;
    };
    friend size_t qHash(const Key &key, size_t seed) noexcept
    {
        return qHashMulti(seed, key.name, key.type, key.klass);
    }
    struct Entry
    {
        Answer answer;
        qint64 storedAtMs = 0;
        qint64 expiresAtMs = 0;
    };

    static Key keyOf(const DnsQuestion &question);
    void evictOne(qint64 now);

    Clock m_clock;
    int m_capacity;
    QHash<Key, Entry> m_entries;
};

} // namespace Kt::Tunnel
