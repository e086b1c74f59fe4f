#pragma once

#include "common/error.h"
#include "kube/resourceref.h"

#include <QJsonObject>

#include <functional>

namespace Kt::Kube {
class ApiClient;
}

namespace Kt::Session {

// One undo step of the crash journal, as JSON: what to do to put the cluster back.
//   {"op": "delete", "ref": {...}}                       an object KtDesk created
//   {"op": "merge-patch", "ref": {...}, "patch": {...}}   restore fields KtDesk changed
struct UndoAction
{
    static QJsonObject deleteObject(const Kube::ResourceRef &ref);
    static QJsonObject mergePatch(const Kube::ResourceRef &ref, const QJsonObject &patch);

    static QJsonObject refToJson(const Kube::ResourceRef &ref);
    static Kube::ResourceRef refFromJson(const QJsonObject &object);

    // Runs `action`; a delete of an object that is already gone counts as done.
    static void run(
        Kube::ApiClient *api, const QJsonObject &action, std::function<void(Result<void>)> done);
};

} // namespace Kt::Session
