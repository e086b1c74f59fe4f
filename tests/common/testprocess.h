#pragma once

// Child processes that die with the test: a test that ends early (QFATAL, a crash, ctest killing
// it at its timeout) must not leave a ktdesk-cli holding the cluster changed, or a local server
// holding a port, for the tests after it.

#include <QProcess>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace TestProcess {

// Before `process.start(…)`: the child gets SIGTERM when the test process ends, however it ends
// (ktdesk-cli then undoes its changes as on Ctrl-C). Linux's parent-death signal belongs to the
// thread that started the child: start it from the test's main thread.
inline void dieWithTest(QProcess &process)
{
    const pid_t test = ::getpid();
    process.setChildProcessModifier([test] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != test) // the test ended before the line above
            ::raise(SIGTERM);
    });
}

} // namespace TestProcess
