#pragma once

#include "common/error.h"

#include <QList>
#include <QString>

namespace Kt::Session {

// One --expose entry: the shadow listens on `remote` (a target port of the Service) and every
// connection to it comes to `local` on the laptop.
struct PortPair
{
    quint16 local = 0;
    quint16 remote = 0;

    // kt-connect's syntax: "8080" (same on both sides) or "local:remote", comma-separated.
    static Result<QList<PortPair>> parseList(const QString &text);
};

} // namespace Kt::Session
