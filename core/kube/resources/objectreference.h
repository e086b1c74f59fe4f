#pragma once

#include "kube/resources/jsonreader.h"

namespace Kt::Kube {

// A reference to another object: an Event's involvedObject, an endpoint's targetRef.
struct ObjectReference
{
    QString kind;
    QString apiVersion;
    QString namespaceName;
    QString name;
    QString uid;
    QString fieldPath; // e.g. "spec.containers{web}"

    static ObjectReference read(const JsonReader &reader);
};

} // namespace Kt::Kube
