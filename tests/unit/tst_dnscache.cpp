// DnsCache: positive and negative answers kept for their TTL, against a clock the test moves.
#include "tunnel/dnscache.h"

#include <QTest>

using namespace Kt::Tunnel;

namespace {

const DnsQuestion kQuestion {"www.example.test", DnsType::A, DnsClass::IN};

DnsMessage answer(QList<quint32> ttls)
{
    DnsMessage message;
    message.response = true;
    message.questions = {kQuestion};
    int i = 0;
    for (const quint32 ttl : ttls) {
        message.answers.append(DnsRecord::address(
            kQuestion.name, QHostAddress(QStringLiteral("192.0.2.%1").arg(++i)), ttl));
    }
    return message;
}

DnsMessage negative(DnsRcode rcode, std::optional<std::pair<quint32, quint32>> soaTtlAndMinimum)
{
    DnsMessage message;
    message.response = true;
    message.rcode = rcode;
    message.questions = {kQuestion};
    if (soaTtlAndMinimum) {
        message.authorities = {DnsRecord::soa("example.test", "ns.example.test",
            "hostmaster.example.test", 1, soaTtlAndMinimum->second, soaTtlAndMinimum->first)};
    }
    return message;
}

} // namespace

class TestDnsCache : public QObject
{
    Q_OBJECT

private:
    qint64 m_now = 1000000;
    DnsCache::Clock clock()
    {
        return [this] { return m_now; };
    }

private Q_SLOTS:
    void init() { m_now = 1000000; }

    void positiveAnswerAgesAndExpires()
    {
        DnsCache cache(clock());
        QVERIFY(cache.insert(kQuestion, answer({30, 30})));
        auto hit = cache.lookup(kQuestion);
        QVERIFY(hit.has_value());
        QCOMPARE(hit->rcode, DnsRcode::NoError);
        QCOMPARE(hit->answers.size(), 2);
        QCOMPARE(hit->answers.first().ttl, quint32(30));
        m_now += 10500;
        hit = cache.lookup(kQuestion);
        QVERIFY(hit.has_value());
        QCOMPARE(hit->answers.first().ttl, quint32(20));
        m_now += 19499; // 29.999 s after insertion
        QVERIFY(cache.lookup(kQuestion).has_value());
        m_now += 1;
        QVERIFY(!cache.lookup(kQuestion).has_value());
        QCOMPARE(cache.size(), 0);
    }

    void shortestRecordTtlWins()
    {
        DnsCache cache(clock());
        QVERIFY(cache.insert(kQuestion, answer({300, 7, 60})));
        m_now += 6999;
        QVERIFY(cache.lookup(kQuestion).has_value());
        m_now += 1;
        QVERIFY(!cache.lookup(kQuestion).has_value());
    }

    void longTtlsAreCapped()
    {
        DnsCache cache(clock());
        QCOMPARE(DnsCache::cacheTtl(answer({86400 * 7})), DnsCache::kMaxTtl);
        QVERIFY(cache.insert(kQuestion, answer({86400 * 7})));
        m_now += qint64(DnsCache::kMaxTtl) * 1000;
        QVERIFY(!cache.lookup(kQuestion).has_value());
    }

    void negativeTtl_data()
    {
        QTest::addColumn<int>("rcode");
        QTest::addColumn<bool>("withSoa");
        QTest::addColumn<quint32>("soaTtl");
        QTest::addColumn<quint32>("soaMinimum");
        QTest::addColumn<quint32>("expected");
        QTest::newRow("NXDOMAIN, SOA minimum below its TTL")
            << int(DnsRcode::NxDomain) << true << quint32(60) << quint32(15) << quint32(15);
        QTest::newRow("NXDOMAIN, SOA TTL below its minimum")
            << int(DnsRcode::NxDomain) << true << quint32(8) << quint32(900) << quint32(8);
        QTest::newRow("NXDOMAIN without SOA") << int(DnsRcode::NxDomain) << false << quint32(0)
                                              << quint32(0) << DnsCache::kDefaultNegativeTtl;
        QTest::newRow("NODATA with SOA")
            << int(DnsRcode::NoError) << true << quint32(30) << quint32(20) << quint32(20);
        QTest::newRow("NODATA without SOA") << int(DnsRcode::NoError) << false << quint32(0)
                                            << quint32(0) << DnsCache::kDefaultNegativeTtl;
        QTest::newRow("SERVFAIL is not cached")
            << int(DnsRcode::ServFail) << false << quint32(0) << quint32(0) << quint32(0);
        QTest::newRow("REFUSED is not cached")
            << int(DnsRcode::Refused) << true << quint32(60) << quint32(60) << quint32(0);
    }

    void negativeTtl()
    {
        QFETCH(int, rcode);
        QFETCH(bool, withSoa);
        QFETCH(quint32, soaTtl);
        QFETCH(quint32, soaMinimum);
        QFETCH(quint32, expected);
        const DnsMessage message = negative(static_cast<DnsRcode>(rcode),
            withSoa ? std::optional(std::pair(soaTtl, soaMinimum)) : std::nullopt);
        QCOMPARE(DnsCache::cacheTtl(message), expected);
        DnsCache cache(clock());
        QCOMPARE(cache.insert(kQuestion, message), expected > 0);
        if (expected == 0)
            return;
        m_now += qint64(expected) * 1000 - 1;
        const auto hit = cache.lookup(kQuestion);
        QVERIFY(hit.has_value());
        QCOMPARE(int(hit->rcode), rcode);
        QVERIFY(hit->answers.isEmpty());
        QCOMPARE(hit->authorities.size(), withSoa ? 1 : 0);
        m_now += 1;
        QVERIFY(!cache.lookup(kQuestion).has_value());
    }

    void uncacheableAnswers()
    {
        DnsCache cache(clock());
        QVERIFY(!cache.insert(kQuestion, answer({0, 30}))); // TTL 0: use once
        DnsMessage truncated = answer({30});
        truncated.truncated = true;
        QVERIFY(!cache.insert(kQuestion, truncated));
        QCOMPARE(cache.size(), 0);
    }

    void keyIgnoresCaseButNotType()
    {
        DnsCache cache(clock());
        QVERIFY(cache.insert(kQuestion, answer({30})));
        QVERIFY(cache.lookup(DnsQuestion {"WWW.Example.TEST", DnsType::A, DnsClass::IN}));
        QVERIFY(!cache.lookup(DnsQuestion {"www.example.test", DnsType::AAAA, DnsClass::IN}));
        QVERIFY(!cache.lookup(DnsQuestion {"www.example.test", DnsType::A, 3}));
    }

    void fullCacheDropsExpiredThenSoonest()
    {
        DnsCache cache(clock(), 2);
        const DnsQuestion a {"a.test", DnsType::A, DnsClass::IN};
        const DnsQuestion b {"b.test", DnsType::A, DnsClass::IN};
        const DnsQuestion c {"c.test", DnsType::A, DnsClass::IN};
        QVERIFY(cache.insert(a, answer({100})));
        QVERIFY(cache.insert(b, answer({10})));
        QVERIFY(cache.insert(c, answer({50}))); // b expires first: it goes
        QCOMPARE(cache.size(), 2);
        QVERIFY(cache.lookup(a));
        QVERIFY(!cache.lookup(b));
        QVERIFY(cache.lookup(c));
        m_now += 60000; // c has expired
        QVERIFY(cache.insert(b, answer({10})));
        QVERIFY(cache.lookup(a));
        QVERIFY(cache.lookup(b));
    }

    void replacingKeepsTheNewest()
    {
        DnsCache cache(clock());
        QVERIFY(cache.insert(kQuestion, answer({30})));
        m_now += 20000;
        QVERIFY(cache.insert(kQuestion, negative(DnsRcode::NxDomain, std::nullopt)));
        QCOMPARE(cache.lookup(kQuestion)->rcode, DnsRcode::NxDomain);
        m_now += 5000;
        QVERIFY(!cache.lookup(kQuestion));
    }
};

QTEST_GUILESS_MAIN(TestDnsCache)
#include "tst_dnscache.moc"
