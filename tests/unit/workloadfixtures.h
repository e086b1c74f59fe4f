#pragma once

// Objects shaped like the API server sends them, for tst_workloadrowbuilder (kept out of the
// test's .cpp: moc reads that one and trips over raw string literals).
#include "workspace/workloadrowbuilder.h"

#include <QJsonDocument>

using namespace Kt::Workspace;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

Kt::Kube::Deployment deployment(const char *name, const char *app, int replicas = 2)
{
    const QByteArray text = QStringLiteral(R"({"apiVersion":"apps/v1","kind":"Deployment",
        "metadata":{"name":"%1","namespace":"shop","creationTimestamp":"2024-05-01T10:00:00Z"},
        "spec":{"replicas":%3,"selector":{"matchLabels":{"app":"%2"}},
          "template":{"metadata":{"labels":{"app":"%2","tier":"web"}},
            "spec":{"containers":[{"name":"c","image":"example/%1:1","ports":[{"name":"http",
              "containerPort":8080}]}]}}},
        "status":{"replicas":%3,"readyReplicas":1}})")
                                .arg(QLatin1String(name), QLatin1String(app))
                                .arg(replicas)
                                .toUtf8();
    return Kt::Kube::Deployment::fromJson(QJsonDocument::fromJson(text).object()).value();
}

Kt::Kube::Service service(const char *name, const char *selector, const char *annotations = "{}")
{
    const QByteArray text
        = QStringLiteral(R"({"apiVersion":"v1","kind":"Service",
        "metadata":{"name":"%1","namespace":"shop","annotations":%3},
        "spec":{"selector":%2,"ports":[{"port":80,"targetPort":"http","protocol":"TCP"},
          {"port":9090,"protocol":"TCP"}]}})")
              .arg(QLatin1String(name), QLatin1String(selector), QLatin1String(annotations))
              .toUtf8();
    return Kt::Kube::Service::fromJson(QJsonDocument::fromJson(text).object()).value();
}

QJsonObject ktPod(const char *name, const char *role, const char *config, const char *user)
{
    return json(QStringLiteral(R"({"metadata":{"name":"%1","namespace":"shop",
        "labels":{"control-by":"kt","kt-role":"%2"},
        "annotations":{"kt-config":"%3","kt-user":"%4"}}})")
                    .arg(QLatin1String(name), QLatin1String(role), QLatin1String(config),
                        QLatin1String(user))
                    .toUtf8()
                    .constData());
}

const WorkloadRow *find(const QList<WorkloadRow> &rows, WorkloadKind kind, const QString &name)
{
    for (const WorkloadRow &row : rows) {
        if (row.kind == kind && row.name == name)
            return &row;
    }
    return nullptr;
}

} // namespace
