#include "workspace/workloadrowbuilder.h"

#include "session/ktmetadata.h"

#include <QHash>
#include <QJsonDocument>

namespace Kt::Workspace {

namespace {

struct KtMark
{
    KtStatus status = KtStatus::None;
    QStringList users;
};

void mark(QHash<QString, KtMark> &marks, const QString &name, KtStatus status, const QString &user)
{
    KtMark &entry = marks[name];
    // Exchanged outranks meshed: a mesh router plus someone's exchange is still an exchange.
    if (entry.status == KtStatus::None || status == KtStatus::Exchanged)
        entry.status = status;
    if (!user.isEmpty() && !entry.users.contains(user))
        entry.users.append(user);
}

KtStatus statusOfRole(const QString &role)
{
    using namespace Kt::Session;
    if (role == KtRole::ShadowExchange)
        return KtStatus::Exchanged;
    if (role == KtRole::ShadowMesh || role == KtRole::Router)
        return KtStatus::Meshed;
    if (role == KtRole::ShadowPreview)
        return KtStatus::Previewed;
    return KtStatus::None;
}

// kt-config: "service=cart" or "app=cart,replicas=2".
QMap<QString, QString> parseConfig(const QString &config)
{
    QMap<QString, QString> values;
    for (const QString &pair : config.split(QLatin1Char(','), Qt::SkipEmptyParts))
        values.insert(pair.section(QLatin1Char('='), 0, 0).trimmed(),
            pair.section(QLatin1Char('='), 1).trimmed());
    return values;
}

bool isSubset(const QMap<QString, QString> &selector, const QMap<QString, QString> &labels)
{
    if (selector.isEmpty())
        return false; // a Service without selector selects nothing by labels
    for (auto it = selector.cbegin(); it != selector.cend(); ++it) {
        if (labels.value(it.key()) != it.value())
            return false;
    }
    return true;
}

} // namespace

QMap<QString, QString> WorkloadRowBuilder::originalSelector(const Kube::Service &service)
{
    const QString saved = service.metadata.annotations.value(Session::KtAnnotation::Selector);
    if (saved.isEmpty())
        return service.selector;
    const QJsonObject object = QJsonDocument::fromJson(saved.toUtf8()).object();
    QMap<QString, QString> selector;
    for (auto it = object.begin(); it != object.end(); ++it)
        selector.insert(it.key(), it.value().toString());
    return selector;
}

QList<WorkloadRow> WorkloadRowBuilder::build(const QList<Kube::Deployment> &deployments,
    const QList<Kube::Service> &services, const QList<QJsonObject> &ktPods)
{
    using namespace Kt::Session;
    QHash<QString, KtMark> serviceMarks;
    QHash<QString, KtMark> deploymentMarks;
    for (const QJsonObject &pod : ktPods) {
        const QJsonObject metadata = pod.value(QStringLiteral("metadata")).toObject();
        const QJsonObject labels = metadata.value(QStringLiteral("labels")).toObject();
        const QJsonObject annotations = metadata.value(QStringLiteral("annotations")).toObject();
        const KtStatus status = statusOfRole(labels.value(KtLabel::Role).toString());
        if (status == KtStatus::None)
            continue;
        const QString name = metadata.value(QStringLiteral("name")).toString();
        const QString user = labels.value(KtLabel::Role).toString() == KtRole::Router
            ? QString()
            : annotations.value(KtAnnotation::User).toString();
        const auto config = parseConfig(annotations.value(KtAnnotation::Config).toString());
        if (config.contains(QStringLiteral("service"))) {
            mark(serviceMarks, config.value(QStringLiteral("service")), status, user);
        } else if (config.contains(QStringLiteral("app"))) {
            mark(deploymentMarks, config.value(QStringLiteral("app")), status, user);
        } else if (name.contains(QLatin1String("-kt-mesh-"))) {
            mark(serviceMarks, name.section(QStringLiteral("-kt-mesh-"), 0, 0), status, user);
        } else if (name.endsWith(QLatin1String("-kt-router"))) {
            mark(serviceMarks, name.chopped(int(qstrlen("-kt-router"))), status, user);
        }
    }

    QList<WorkloadRow> rows;
    rows.reserve(deployments.size() + services.size());
    QList<WorkloadRow> serviceRows;
    for (const Kube::Service &service : services) {
        WorkloadRow row;
        row.kind = WorkloadKind::Service;
        row.namespaceName = service.metadata.namespaceName;
        row.name = service.metadata.name;
        row.created = service.metadata.creationTimestamp;
        row.selector = originalSelector(service);
        row.services = {row.name};
        for (const Kube::Service::Port &port : service.ports) {
            if (port.protocol == QLatin1String("TCP"))
                row.servicePorts.append(port.port);
            const Kube::IntOrString target = service.targetPortOf(port);
            row.ports.append(target.isInt && target.intValue == port.port
                    ? QStringLiteral("%1/%2").arg(port.port).arg(port.protocol)
                    : QStringLiteral("%1→%2/%3")
                          .arg(port.port)
                          .arg(target.toString(), port.protocol));
            if (target.isInt) {
                row.targetPorts.append(target.intValue);
                continue;
            }
            // A named target port: the container port of that name in the pods it selects.
            for (const Kube::Deployment &deployment : deployments) {
                if (!isSubset(row.selector, deployment.podTemplate.labels))
                    continue;
                for (const Kube::Container &container : deployment.podTemplate.containers) {
                    if (const auto named = container.port(target.stringValue)) {
                        if (!row.targetPorts.contains(named->containerPort))
                            row.targetPorts.append(named->containerPort);
                    }
                }
            }
        }
        if (serviceMarks.contains(row.name)) {
            row.ktStatus = serviceMarks.value(row.name).status;
            row.ktUsers = serviceMarks.value(row.name).users;
        } else if (service.metadata.annotations.contains(KtAnnotation::Selector)) {
            row.ktStatus = KtStatus::Stale;
        }
        serviceRows.append(row);
    }

    for (const Kube::Deployment &deployment : deployments) {
        WorkloadRow row;
        row.kind = WorkloadKind::Deployment;
        row.namespaceName = deployment.metadata.namespaceName;
        row.name = deployment.metadata.name;
        row.created = deployment.metadata.creationTimestamp;
        row.ready = deployment.readyReplicas;
        row.desired = deployment.replicas;
        row.selector = deployment.selector.matchLabels;
        for (const Kube::Container &container : deployment.podTemplate.containers)
            row.images.append(container.image);
        if (deploymentMarks.contains(row.name)) {
            row.ktStatus = deploymentMarks.value(row.name).status;
            row.ktUsers = deploymentMarks.value(row.name).users;
        }
        for (const WorkloadRow &service : std::as_const(serviceRows)) {
            if (!isSubset(service.selector, deployment.podTemplate.labels))
                continue;
            row.services.append(service.name);
            for (int port : service.servicePorts) {
                if (!row.servicePorts.contains(port))
                    row.servicePorts.append(port);
            }
            for (int port : service.targetPorts) {
                if (!row.targetPorts.contains(port))
                    row.targetPorts.append(port);
            }
            if (service.ktStatus != KtStatus::None && service.ktStatus != KtStatus::Previewed
                && row.ktStatus == KtStatus::None) {
                row.ktStatus = service.ktStatus;
                row.ktUsers = service.ktUsers;
            }
        }
        rows.append(row);
    }
    rows.append(serviceRows);
    return rows;
}

} // namespace Kt::Workspace
