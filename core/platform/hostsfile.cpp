#include "hostsfile.h"

namespace Kt::Platform {

BlockFile HostsFile::open(const QString &path)
{
    return BlockFile(path, MarkedBlock::hosts());
}

QByteArrayList HostsFile::render(const QList<HostsEntry> &entries)
{
    QByteArrayList lines;
    for (const HostsEntry &entry : entries) {
        const QByteArray address = Ipv4Cidr::addressToString(entry.address).toLatin1();
        for (const QString &name : entry.names)
            lines.append(address + ' ' + name.toLatin1());
    }
    return lines;
}

} // namespace Kt::Platform
