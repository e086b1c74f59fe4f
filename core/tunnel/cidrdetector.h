#pragma once

#include "common/error.h"
#include "platform/ipv4cidr.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Kt::Tunnel {

// Which networks connect's vpn mode sends into the cluster, found the way kt-connect (0.3.x,
// ClusterCidrs) finds them, from the addresses the API shows:
//
// 1. Service cluster IPs, then pod IPs (kt-connect's order; "None", "" and non-IPv4 skipped).
// 2. Grouped in order of appearance: an address joins the first group whose address shares at
//    least its first 16 bits with it (the group's prefix shrinks to the common bits), else it
//    starts a new group; a group is then widened to /16 (common prefix 16..23 bits), /24
//    (24..31) or kept as /32 (one address).
// 3. The API server's address is kept out. kt-connect drops every range that holds it (losing
//    e.g. a whole service range); KtDesk splits the range around the one address instead.
// 4. --includeIps ranges are added (ones already covered are not repeated).
// 5. --excludeIps ranges are taken out. kt-connect only drops a detected range written exactly
//    like the exclude; KtDesk subtracts it from every range it overlaps.
//
// Pure logic on lists, so that the rules are tested case by case.
class CidrDetector
{
    Q_DECLARE_TR_FUNCTIONS(Kt::Tunnel::CidrDetector)

public:
    struct Input
    {
        QStringList serviceIps; // spec.clusterIP of every Service
        QStringList podIps; // status.podIP of every Pod (empty with --disablePodIp)
        QString apiServerAddress; // the API server URL's host, when it is an IPv4 address
        QList<Platform::Ipv4Cidr> includeIps;
        QList<Platform::Ipv4Cidr> excludeIps;
    };

    static QList<Platform::Ipv4Cidr> detect(const Input &input);

    // Steps 2: kt-connect's grouping and widening.
    static QList<Platform::Ipv4Cidr> group(const QList<quint32> &addresses);
    // Every range minus `hole`, in order, split where needed.
    static QList<Platform::Ipv4Cidr> subtract(
        const QList<Platform::Ipv4Cidr> &ranges, const Platform::Ipv4Cidr &hole);

    // "10.10.0.0/16,10.20.1.5" as --includeIps/--excludeIps take it (a bare address is a /32).
    static Result<QList<Platform::Ipv4Cidr>> parseList(const QString &commaSeparated);
};

} // namespace Kt::Tunnel
