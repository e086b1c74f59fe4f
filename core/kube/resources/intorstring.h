#pragma once

#include "kube/resources/jsonreader.h"

namespace Kt::Kube {

// Kubernetes' IntOrString, e.g. a Service port's targetPort: a number (8080) or the name of a
// container port ("http").
struct IntOrString
{
    bool isInt = true;
    int intValue = 0;
    QString stringValue;

    static IntOrString fromInt(int value) { return {true, value, {}}; }
    static IntOrString fromString(const QString &value) { return {false, 0, value}; }

    bool isEmpty() const { return isInt ? intValue == 0 : stringValue.isEmpty(); }
    QString toString() const { return isInt ? QString::number(intValue) : stringValue; }

    // `key` of `reader`; absent: empty (0).
    static IntOrString read(const JsonReader &reader, const QString &key);

    friend bool operator==(const IntOrString &, const IntOrString &) = default;
};

} // namespace Kt::Kube
