#pragma once

#include <QString>

namespace Kt::Session {

// A test-only hook for the crash-matrix tests: when the environment variable
// KT_TEST_CRASH_AFTER names `step`, the process kills itself with SIGKILL right there, as a crash
// or an `kill -9` would, leaving the cluster and the journal exactly as they are at that point.
// The journal calls it at every mutating step, so a step is named once here and nowhere else:
//   "journalled:<kind>"  the undo of a change is on disk, the change is not made yet
//   "<kind>"             the change is made in the cluster (Journal::done)
//   "undone:<kind>"      while stopping: that change is undone and forgotten
//   "<kind>:<part>"      one API call of a change that takes several under one undo (mesh's
//                        "mesh-route:config", connect vpn's "laptop:redirect", ...)
// where <kind> is the journal key up to its first '/' ("configmap", "pod", "service-lock",
// "service-selector", "service", ...). Unset (always, outside tests): nothing happens.
// With KT_TEST_CRASH_CHILDREN=1 the process's children (ktdesk-helper) are killed first, as a
// power loss would: what they would have undone on their own is then left to the journal.
namespace CrashPoint {

void reached(const QString &step);
// The step kind of a journal key: "pod/kt-connect-daemon-x" -> "pod".
QString kindOf(const QString &journalKey);

} // namespace CrashPoint

} // namespace Kt::Session
