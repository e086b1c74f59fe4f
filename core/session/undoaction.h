#pragma once

#include "common/error.h"
#include "kube/resourceref.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

namespace Kt::Kube {
class ApiClient;
}

namespace Kt::Session {

// One undo step of the crash journal, as JSON: what to do to put the cluster back.
//   {"op": "delete", "ref": {...}}                       an object KtDesk created
//   {"op": "merge-patch", "ref": {...}, "patch": {...}}   restore fields KtDesk changed
//   {"op": "release-shared", "refs": [...]}              one user less of a shared shadow: the
//                                                         ref count goes down, the last one out
//                                                         deletes the objects
//   {"op": "laptop-restore", "helper": path, "pkexec": b, "netns": name}
//                                                         this machine: ktdesk-helper --restore
//                                                         undoes what a helper left (nftables
//                                                         table, DNS, hosts block)
//   {"op": "mesh-leave", "namespace", "service", "version"} take one user out of a shared mesh
//                                                          router (MeshRouter::leave)
struct UndoAction
{
    Q_DECLARE_TR_FUNCTIONS(Kt::Session::UndoAction)

public:
    static QJsonObject deleteObject(const Kube::ResourceRef &ref);
    static QJsonObject mergePatch(const Kube::ResourceRef &ref, const QJsonObject &patch);
    // `refs`: the shared objects, the first (the pod) carrying kt-ref-count.
    static QJsonObject releaseShared(const QList<Kube::ResourceRef> &refs);
    static QJsonObject restoreLaptop(
        const QString &helperPath, bool viaPkexec, const QString &netns = {});

    // One line for a person: what running `action` would do ("delete pods shop/web-kt-abcde").
    static QString describe(const QJsonObject &action);

    // Whether `action` changes the cluster (else `api` may be null in run()).
    static bool needsCluster(const QJsonObject &action);

    static QJsonObject refToJson(const Kube::ResourceRef &ref);
    static Kube::ResourceRef refFromJson(const QJsonObject &object);

    // Runs `action`; a delete of an object that is already gone counts as done.
    static void run(
        Kube::ApiClient *api, const QJsonObject &action, std::function<void(Result<void>)> done);
};

} // namespace Kt::Session
