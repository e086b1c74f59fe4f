#pragma once

#include "platform/blockfile.h"
#include "platform/helperprotocol.h"

namespace Kt::Platform {

// The hosts-file block in kt-connect's form, so that ktctl and KtDesk clean each other's:
//
//   # Kt Hosts Begin
//   10.96.12.7 web
//   10.96.12.7 web.default
//   # Kt Hosts End
//
// appended at the end, so that entries the user wrote earlier in the file win.
struct HostsFile
{
    static QString defaultPath() { return QStringLiteral("/etc/hosts"); }
    static BlockFile open(const QString &path = defaultPath());
    static QByteArrayList render(const QList<HostsEntry> &entries); // one "ip name" per name
};

} // namespace Kt::Platform
