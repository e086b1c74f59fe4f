// Fuzz target: decoding of API server JSON: every resource type KtDesk reads (resources/), one
// object and a list of them, and the watch stream parser fed in chunks whose sizes come from the
// input.
#include "kube/resources/configmap.h"
#include "kube/resources/deployment.h"
#include "kube/resources/endpoints.h"
#include "kube/resources/endpointslice.h"
#include "kube/resources/event.h"
#include "kube/resources/namespace.h"
#include "kube/resources/node.h"
#include "kube/resources/pod.h"
#include "kube/resources/replicaset.h"
#include "kube/resources/secret.h"
#include "kube/resources/service.h"
#include "kube/watchstreamparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace Kt::Kube;

namespace {

void decodeObject(const QJsonObject &object)
{
    (void)ConfigMap::fromJson(object);
    (void)Deployment::fromJson(object);
    (void)Endpoints::fromJson(object);
    (void)EndpointSlice::fromJson(object);
    (void)Event::fromJson(object);
    (void)Namespace::fromJson(object);
    (void)Node::fromJson(object);
    (void)Pod::fromJson(object);
    (void)ReplicaSet::fromJson(object);
    (void)Secret::fromJson(object);
    (void)Service::fromJson(object);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (document.isObject()) {
        const QJsonObject object = document.object();
        decodeObject(object);
        for (const QJsonValue &item : object.value(QStringLiteral("items")).toArray())
            decodeObject(item.toObject());
    }

    // The same bytes as a watch stream, cut where the first byte says.
    WatchStreamParser parser;
    const qsizetype step = size > 0 ? 1 + data[0] % 64 : 1;
    for (qsizetype pos = 0; pos < bytes.size(); pos += step) {
        const auto events = parser.feed(bytes.mid(pos, step));
        if (!events)
            break;
        for (const WatchEvent &event : *events)
            decodeObject(event.object);
    }
    return 0;
}
