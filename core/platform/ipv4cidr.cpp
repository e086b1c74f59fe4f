#include "ipv4cidr.h"

#include <QHostAddress>
#include <QStringList>

#include <algorithm>

namespace Kt::Platform {

namespace {

quint32 maskFor(int prefix)
{
    return prefix <= 0 ? 0u : ~quint32(0) << (32 - prefix);
}

Error invalid(const QString &text, const QString &why)
{
    // The text may come from anywhere: quote it short and printable.
    QString shown = text.left(64);
    for (QChar &c : shown) {
        if (!c.isPrint())
            c = QChar(u'?');
    }
    return Error {ErrorCode::InvalidInput,
        Ipv4Cidr::tr("\"%1\" is not an IPv4 network: %2.").arg(shown, why), {},
        Ipv4Cidr::tr("Write it like 10.96.0.0/12.")};
}

} // namespace

Ipv4Cidr::Ipv4Cidr(quint32 address, int prefixLength)
    : m_network(address & maskFor(std::clamp(prefixLength, 0, 32)))
    , m_prefix(std::clamp(prefixLength, 0, 32))
{ }

std::optional<quint32> Ipv4Cidr::parseAddress(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return std::nullopt;
    quint32 address = 0;
    for (const QString &part : parts) {
        if (part.isEmpty() || part.size() > 3 || (part.size() > 1 && part.front() == u'0'))
            return std::nullopt;
        if (!std::all_of(part.cbegin(), part.cend(), [](QChar c) { return c.isDigit(); }))
            return std::nullopt;
        // isDigit() accepts other scripts' digits; only ASCII ones are octets.
        if (!std::all_of(part.cbegin(), part.cend(), [](QChar c) { return c.unicode() < 128; }))
            return std::nullopt;
        const uint octet = part.toUInt();
        if (octet > 255)
            return std::nullopt;
        address = (address << 8) | octet;
    }
    return address;
}

QString Ipv4Cidr::addressToString(quint32 address)
{
    return QStringLiteral("%1.%2.%3.%4")
        .arg(address >> 24)
        .arg((address >> 16) & 0xff)
        .arg((address >> 8) & 0xff)
        .arg(address & 0xff);
}

Result<Ipv4Cidr> Ipv4Cidr::parse(const QString &text, Syntax syntax)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    const QString addressText = slash < 0 ? text : text.left(slash);
    if (slash < 0 && syntax == Syntax::Canonical)
        return invalid(text, tr("the prefix length (\"/n\") is missing"));
    const std::optional<quint32> address = parseAddress(addressText);
    if (!address)
        return invalid(text, tr("the address is not four decimal numbers from 0 to 255"));
    if (slash < 0)
        return Ipv4Cidr(*address, 32);

    // The address part is plain dotted decimal (checked above), so Qt's subnet parser cannot
    // read it in another way (octal, short forms); it still checks the prefix for us.
    const QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(text);
    if (subnet.first.protocol() != QAbstractSocket::IPv4Protocol || subnet.second < 0
        || subnet.second > 32)
        return invalid(text, tr("the prefix length must be a number from 0 to 32"));
    const QString prefixText = text.mid(slash + 1);
    if (prefixText != QString::number(subnet.second))
        return invalid(text, tr("the prefix length must be a number from 0 to 32"));
    const Ipv4Cidr cidr(*address, subnet.second);
    if (syntax == Syntax::Canonical && cidr.network() != *address)
        return invalid(text, tr("host bits are set (the network is %1)").arg(cidr.toString()));
    return cidr;
}

quint32 Ipv4Cidr::mask() const
{
    return maskFor(m_prefix);
}

bool Ipv4Cidr::contains(const Ipv4Cidr &other) const
{
    return other.m_prefix >= m_prefix && contains(other.m_network);
}

bool Ipv4Cidr::overlaps(const Ipv4Cidr &other) const
{
    return contains(other) || other.contains(*this);
}

QString Ipv4Cidr::toString() const
{
    return addressToString(m_network) + QLatin1Char('/') + QString::number(m_prefix);
}

QList<Ipv4Cidr> Ipv4Cidr::subtract(const Ipv4Cidr &hole) const
{
    if (!overlaps(hole))
        return {*this};
    if (hole.contains(*this))
        return {};
    // Halve the network until the half that holds the hole is the hole; keep the other halves.
    QList<Ipv4Cidr> rest;
    Ipv4Cidr current = *this;
    while (current.m_prefix < hole.m_prefix) {
        const Ipv4Cidr lower(current.m_network, current.m_prefix + 1);
        const Ipv4Cidr upper(
            current.m_network | (quint32(1) << (31 - current.m_prefix)), current.m_prefix + 1);
        if (lower.contains(hole)) {
            rest.append(upper);
            current = lower;
        } else {
            rest.append(lower);
            current = upper;
        }
    }
    std::sort(rest.begin(), rest.end(),
        [](const Ipv4Cidr &a, const Ipv4Cidr &b) { return a.network() < b.network(); });
    return rest;
}

QList<Ipv4Cidr> Ipv4Cidr::normalized(QList<Ipv4Cidr> cidrs)
{
    // Wider networks first at the same address, so that a covered one always follows its cover.
    std::sort(cidrs.begin(), cidrs.end(), [](const Ipv4Cidr &a, const Ipv4Cidr &b) {
        return a.m_network != b.m_network ? a.m_network < b.m_network : a.m_prefix < b.m_prefix;
    });
    QList<Ipv4Cidr> result;
    for (const Ipv4Cidr &cidr : std::as_const(cidrs)) {
        if (!result.isEmpty() && result.constLast().contains(cidr))
            continue;
        result.append(cidr);
    }
    return result;
}

} // namespace Kt::Platform
