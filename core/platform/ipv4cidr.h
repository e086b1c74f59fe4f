#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Kt::Platform {

// An IPv4 network in CIDR form (10.96.0.0/12): a network address with its host bits clear and a
// prefix length. A value; the parsers are strict so that text which reaches a privileged program
// means exactly one thing.
class Ipv4Cidr
{
    Q_DECLARE_TR_FUNCTIONS(Kt::Platform::Ipv4Cidr)

public:
    enum class Syntax {
        Canonical, // exactly "a.b.c.d/n" as toString() writes it: no leading zeros, host bits clear
        UserInput, // also "a.b.c.d" (a /32) and set host bits (cleared); still dotted-quad only
    };

    Ipv4Cidr() = default;
    Ipv4Cidr(quint32 address, int prefixLength); // host bits of `address` are cleared

    static Result<Ipv4Cidr> parse(const QString &text, Syntax syntax = Syntax::Canonical);
    // "a.b.c.d" with four decimal octets and no leading zeros, or nothing.
    static std::optional<quint32> parseAddress(const QString &text);
    static QString addressToString(quint32 address);

    quint32 network() const { return m_network; }
    int prefixLength() const { return m_prefix; }
    quint32 mask() const;
    quint32 lastAddress() const { return m_network | ~mask(); }
    bool contains(quint32 address) const { return (address & mask()) == m_network; }
    bool contains(const Ipv4Cidr &other) const;
    bool overlaps(const Ipv4Cidr &other) const;
    QString toString() const;

    // The addresses of this network that are not in `hole`, as the fewest CIDRs (ascending).
    QList<Ipv4Cidr> subtract(const Ipv4Cidr &hole) const;
    // Sorted by address, with every network that another one in the list covers removed.
    static QList<Ipv4Cidr> normalized(QList<Ipv4Cidr> cidrs);

    friend bool operator==(const Ipv4Cidr &, const Ipv4Cidr &) = default;

private:
    quint32 m_network = 0;
    int m_prefix = 0;
};

} // namespace Kt::Platform
