#include "cidrdetector.h"

#include <bit>

namespace Kt::Tunnel {

using Platform::Ipv4Cidr;

namespace {

constexpr int kGroupThreshold = 16; // kt-connect: addresses sharing 16+ leading bits group

// Leading bits `a` and `b` share (32 when equal).
int commonPrefix(quint32 a, quint32 b)
{
    return std::countl_zero(a ^ b);
}

// kt-connect aligns a group's prefix down to a whole octet.
int alignedPrefix(int prefix)
{
    return prefix >= 32 ? 32 : (prefix / 8) * 8;
}

bool isUsable(quint32 address)
{
    return address != 0 && (address >> 24) != 127;
}

} // namespace

QList<Ipv4Cidr> CidrDetector::group(const QList<quint32> &addresses)
{
    struct Group
    {
        quint32 address;
        int prefix;
    };
    QList<Group> groups;
    for (const quint32 address : addresses) {
        bool matched = false;
        for (Group &group : groups) {
            const int common = std::min(commonPrefix(group.address, address), group.prefix);
            if (common == group.prefix) {
                matched = true; // already inside the group
            } else if (common >= kGroupThreshold) {
                group.prefix = common;
                matched = true;
            }
            if (matched)
                break;
        }
        if (!matched)
            groups.append(Group {address, 32});
    }
    QList<Ipv4Cidr> ranges;
    for (const Group &group : std::as_const(groups))
        ranges.append(Ipv4Cidr(group.address, alignedPrefix(group.prefix)));
    return ranges;
}

QList<Ipv4Cidr> CidrDetector::subtract(const QList<Ipv4Cidr> &ranges, const Ipv4Cidr &hole)
{
    QList<Ipv4Cidr> result;
    for (const Ipv4Cidr &range : ranges)
        result.append(range.subtract(hole));
    return result;
}

QList<Ipv4Cidr> CidrDetector::detect(const Input &input)
{
    QList<quint32> addresses;
    for (const QStringList *list : {&input.serviceIps, &input.podIps}) {
        for (const QString &text : *list) {
            const std::optional<quint32> address = Ipv4Cidr::parseAddress(text);
            if (address && isUsable(*address))
                addresses.append(*address);
        }
    }
    QList<Ipv4Cidr> ranges = group(addresses);

    if (const auto api = Ipv4Cidr::parseAddress(input.apiServerAddress))
        ranges = subtract(ranges, Ipv4Cidr(*api, 32));

    for (const Ipv4Cidr &include : input.includeIps) {
        const bool covered = std::any_of(ranges.cbegin(), ranges.cend(),
            [&include](const Ipv4Cidr &range) { return range.contains(include); });
        if (!covered)
            ranges.append(include);
    }
    for (const Ipv4Cidr &exclude : input.excludeIps)
        ranges = subtract(ranges, exclude);
    return ranges;
}

Result<QList<Ipv4Cidr>> CidrDetector::parseList(const QString &commaSeparated)
{
    QList<Ipv4Cidr> cidrs;
    const QStringList parts = commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        auto cidr = Ipv4Cidr::parse(part.trimmed(), Ipv4Cidr::Syntax::UserInput);
        if (!cidr)
            return cidr.error();
        cidrs.append(*cidr);
    }
    return cidrs;
}

} // namespace Kt::Tunnel
