#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QString>

namespace Kt::Platform {

// Moves the calling thread into a named network namespace (/run/netns/<name>, as `ip netns add`
// makes them) until the scope ends. Sockets created and processes started meanwhile belong to
// that namespace; threads that already exist are not affected. Used to put the laptop side of
// connect's vpn mode (its listeners and the helper) into a namespace of its own while the
// cluster connection stays where it is — the tests' stand-in for a laptop. Needs CAP_SYS_ADMIN.
// An empty name is a scope that changes nothing.
class NetnsScope
{
    Q_DECLARE_TR_FUNCTIONS(Kt::Platform::NetnsScope)

public:
    NetnsScope() = default;
    ~NetnsScope();
    NetnsScope(NetnsScope &&other) noexcept;
    NetnsScope &operator=(NetnsScope &&) = delete;
    NetnsScope(const NetnsScope &) = delete;
    NetnsScope &operator=(const NetnsScope &) = delete;

    static Result<NetnsScope> enter(const QString &name);

    // A namespace name as `ip netns` takes it (no slashes, not "." or "..").
    static bool isValidName(const QString &name);

private:
    int m_previous = -1; // the thread's namespace before enter(), to go back to
};

} // namespace Kt::Platform
