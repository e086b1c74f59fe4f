#pragma once

#include <QtGlobal>

namespace Kt::Platform {

// Whether something on this computer listens on a TCP port of the loopback address: what the
// exchange, mesh and preview dialogs check before they start a session whose traffic goes there.
// Tries to bind the port (instant, no connection is made); a port it cannot bind is taken.
struct LocalPort
{
    static bool isListening(quint16 port);
};

} // namespace Kt::Platform
