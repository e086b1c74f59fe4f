#include "dnscache.h"

#include <QElapsedTimer>

#include <algorithm>
#include <memory>

namespace Kt::Tunnel {

namespace {

DnsCache::Clock monotonicClock()
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return [timer] { return timer->elapsed(); };
}

} // namespace

DnsCache::DnsCache(Clock clock, int capacity)
    : m_clock(clock ? std::move(clock) : monotonicClock())
    , m_capacity(std::max(1, capacity))
{ }

void DnsCache::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : monotonicClock();
    m_entries.clear(); // times from another clock mean nothing
}

DnsCache::Key DnsCache::keyOf(const DnsQuestion &question)
{
    return Key {DnsMessage::canonicalName(question.name), question.type, question.klass};
}

quint32 DnsCache::cacheTtl(const DnsMessage &response)
{
    if (response.truncated)
        return 0;
    const bool negative = response.rcode == DnsRcode::NxDomain
        || (response.rcode == DnsRcode::NoError && response.answers.isEmpty());
    if (response.rcode != DnsRcode::NoError && !negative)
        return 0; // SERVFAIL, REFUSED, ...: ask again next time
    if (negative) {
        for (const DnsRecord &record : response.authorities) {
            if (const auto minimum = record.soaMinimum())
                return std::min({record.ttl, *minimum, kMaxTtl});
        }
        return kDefaultNegativeTtl;
    }
    quint32 ttl = kMaxTtl;
    for (const DnsRecord &record : response.answers)
        ttl = std::min(ttl, record.ttl);
    return ttl;
}

bool DnsCache::insert(const DnsQuestion &question, const DnsMessage &response)
{
    const quint32 ttl = cacheTtl(response);
    if (ttl == 0)
        return false;
    const qint64 now = m_clock();
    const Key key = keyOf(question);
    if (!m_entries.contains(key) && m_entries.size() >= m_capacity)
        evictOne(now);
    Entry entry;
    entry.answer.rcode = response.rcode;
    entry.answer.answers = response.answers;
    entry.answer.authorities = response.authorities;
    entry.answer.additionals = response.additionals;
    entry.storedAtMs = now;
    entry.expiresAtMs = now + qint64(ttl) * 1000;
    m_entries.insert(key, entry);
    return true;
}

std::optional<DnsCache::Answer> DnsCache::lookup(const DnsQuestion &question)
{
    const auto found = m_entries.find(keyOf(question));
    if (found == m_entries.end())
        return std::nullopt;
    const qint64 now = m_clock();
    if (now >= found->expiresAtMs) {
        m_entries.erase(found);
        return std::nullopt;
    }
    const auto elapsed = static_cast<quint32>((now - found->storedAtMs) / 1000);
    Answer answer = found->answer;
    for (auto *section : {&answer.answers, &answer.authorities, &answer.additionals}) {
        for (DnsRecord &record : *section)
            record.ttl = record.ttl > elapsed ? record.ttl - elapsed : 0;
    }
    return answer;
}

void DnsCache::clear()
{
    m_entries.clear();
}

void DnsCache::evictOne(qint64 now)
{
    // Drop what has expired; if nothing has, the entry closest to expiry.
    m_entries.removeIf([now](const auto &entry) { return now >= entry.value().expiresAtMs; });
    if (m_entries.size() < m_capacity)
        return;
    auto soonest = m_entries.begin();
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->expiresAtMs < soonest->expiresAtMs)
            soonest = it;
    }
    if (soonest != m_entries.end())
        m_entries.erase(soonest);
}

} // namespace Kt::Tunnel
