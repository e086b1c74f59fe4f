#pragma once

#include <QString>

#include <chrono>

namespace Kt::Kube {

// The knobs of ApiClient's operations. Plain values, in one header because they are only ever
// used together with ApiClient.

// How a PATCH body is to be read (its Content-Type).
enum class PatchType {
    Merge, // RFC 7386 JSON merge patch: application/merge-patch+json
    StrategicMerge, // Kubernetes' strategic merge patch (lists merged by key), built-in kinds only
    Json, // RFC 6902 JSON patch, a list of operations: application/json-patch+json
};

// A list: `limit` asks for pages of that many objects; `allPages` follows the `continue` tokens
// and returns every object in one list (else the one page, with metadata.continue when more
// follow). A continuation that expired (410) restarts the list once without paging.
struct ListOptions
{
    QString labelSelector;
    QString fieldSelector;
    int limit = 500; // 0: no paging
    QString continueToken;
    bool allPages = true;
};

// What happens to dependents (a Deployment's ReplicaSets and Pods) when an object is deleted.
enum class PropagationPolicy {
    Default, // the resource's own default (background for most kinds)
    Background, // delete now, dependents are collected afterwards
    Foreground, // dependents first; the object stays (with a deletionTimestamp) until then
    Orphan, // leave dependents
};

struct DeleteOptions
{
    PropagationPolicy propagationPolicy = PropagationPolicy::Default;
    int gracePeriodSeconds = -1; // -1: the object's default
    QString preconditionResourceVersion; // delete only this version (409 otherwise)
};

// A list + watch. The server ends each watch call after about `serverTimeout` (a little jitter is
// added so that many watches do not reconnect together) and the Watch reconnects from the last
// resourceVersion it saw. `inactivityTimeout`: a connection that delivers nothing (not even a
// bookmark, which kube-apiserver sends about once a minute) for that long is taken for dead (a
// half-open TCP connection after a network change) and replaced; a false alarm costs one
// reconnect.
struct WatchOptions
{
    QString labelSelector;
    QString fieldSelector;
    // Start from here; empty: list first (and emit the list), then watch from the list's version.
    QString resourceVersion;
    std::chrono::seconds serverTimeout {290};
    std::chrono::milliseconds inactivityTimeout {std::chrono::seconds(120)};
    std::chrono::milliseconds connectTimeout {std::chrono::seconds(30)};
    std::chrono::milliseconds initialBackoff {500};
    std::chrono::milliseconds maxBackoff {std::chrono::seconds(15)};
    int listLimit = 500;
    // After a failure (connection lost, server error, silence) list again instead of resuming
    // from the last version: the consumer gets the complete state back, whatever the server kept
    // of its history. The Informer sets it; a 410 always leads to a new list.
    bool relistAfterError = false;
};

} // namespace Kt::Kube
