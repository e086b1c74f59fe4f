#pragma once

#include "kube/resources/jsonreader.h"

namespace Kt::Kube {

// A label selector (a Deployment's spec.selector): matchLabels and matchExpressions.
struct LabelSelector
{
    struct Requirement
    {
        QString key;
        QString op; // In, NotIn, Exists, DoesNotExist
        QStringList values;
    };

    QMap<QString, QString> matchLabels;
    QList<Requirement> matchExpressions;

    bool isEmpty() const { return matchLabels.isEmpty() && matchExpressions.isEmpty(); }
    // Whether objects with `labels` are selected (an empty selector selects everything).
    bool matches(const QMap<QString, QString> &labels) const;
    // The `labelSelector` query form: "app=web,tier in (a,b),!canary".
    QString toString() const;

    static LabelSelector read(const JsonReader &reader);
};

} // namespace Kt::Kube
