#pragma once

#include "kube/resources/jsonreader.h"

namespace Kt::Kube {

// One entry of status.conditions (Pod, Node, Deployment): e.g. Ready=True.
struct Condition
{
    QString type;
    QString status; // "True", "False" or "Unknown"
    QString reason;
    QString message;
    QDateTime lastTransitionTime;

    bool isTrue() const { return status == QLatin1String("True"); }

    static Condition read(const JsonReader &reader);
    static QList<Condition> readAll(const JsonReader &status);
    // The condition of `type` in `conditions`, if there.
    static std::optional<Condition> find(const QList<Condition> &conditions, const QString &type);
};

} // namespace Kt::Kube
