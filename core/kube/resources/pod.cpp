#include "pod.h"

namespace Kt::Kube {

namespace {

Pod::ContainerStatus readStatus(const JsonReader &reader)
{
    Pod::ContainerStatus status;
    status.name = reader.string(QStringLiteral("name"));
    status.image = reader.string(QStringLiteral("image"));
    status.ready = reader.boolean(QStringLiteral("ready"));
    status.started = reader.boolean(QStringLiteral("started"));
    status.restartCount = int(reader.integer(QStringLiteral("restartCount")));
    const JsonReader state = reader.object(QStringLiteral("state"));
    if (state.has(QStringLiteral("waiting"))) {
        const JsonReader waiting = state.object(QStringLiteral("waiting"));
        status.state = Pod::ContainerStatus::State::Waiting;
        status.reason = waiting.string(QStringLiteral("reason"));
        status.message = waiting.string(QStringLiteral("message"));
    } else if (state.has(QStringLiteral("running"))) {
        status.state = Pod::ContainerStatus::State::Running;
        status.startedAt
            = state.object(QStringLiteral("running")).timestamp(QStringLiteral("startedAt"));
    } else if (state.has(QStringLiteral("terminated"))) {
        const JsonReader terminated = state.object(QStringLiteral("terminated"));
        status.state = Pod::ContainerStatus::State::Terminated;
        status.reason = terminated.string(QStringLiteral("reason"));
        status.message = terminated.string(QStringLiteral("message"));
        status.exitCode = int(terminated.integer(QStringLiteral("exitCode")));
        status.startedAt = terminated.timestamp(QStringLiteral("startedAt"));
    }
    status.lastTerminationReason = reader.object(QStringLiteral("lastState"))
                                       .object(QStringLiteral("terminated"))
                                       .string(QStringLiteral("reason"));
    return status;
}

QList<Pod::ContainerStatus> readStatuses(const JsonReader &status, const QString &key)
{
    QList<Pod::ContainerStatus> statuses;
    for (const JsonReader &reader : status.objects(key))
        statuses.append(readStatus(reader));
    return statuses;
}

} // namespace

bool Pod::isReady() const
{
    const auto ready = Condition::find(conditions, QStringLiteral("Ready"));
    return ready && ready->isTrue();
}

QStringList Pod::waitingReasons() const
{
    QStringList reasons;
    for (const QList<ContainerStatus> *statuses : {&initContainerStatuses, &containerStatuses}) {
        for (const ContainerStatus &status : *statuses) {
            if (status.state == ContainerStatus::State::Waiting && !status.reason.isEmpty()
                && !reasons.contains(status.reason))
                reasons.append(status.reason);
        }
    }
    return reasons;
}

int Pod::restartCount() const
{
    int count = 0;
    for (const ContainerStatus &status : containerStatuses)
        count += status.restartCount;
    return count;
}

Result<Pod> Pod::fromJson(const QJsonObject &object)
{
    const JsonReader reader(object);
    reader.expectKind(QStringLiteral("Pod"));
    const JsonReader spec = reader.object(QStringLiteral("spec"));
    const JsonReader status = reader.object(QStringLiteral("status"));
    Pod pod;
    pod.metadata = ObjectMeta::read(reader);
    pod.nodeName = spec.string(QStringLiteral("nodeName"));
    pod.serviceAccountName = spec.string(QStringLiteral("serviceAccountName"));
    pod.containers = Container::readAll(spec, QStringLiteral("containers"));
    pod.initContainers = Container::readAll(spec, QStringLiteral("initContainers"));
    pod.phase = status.string(QStringLiteral("phase"));
    pod.reason = status.string(QStringLiteral("reason"));
    pod.message = status.string(QStringLiteral("message"));
    pod.podIp = status.string(QStringLiteral("podIP"));
    for (const JsonReader &ip : status.objects(QStringLiteral("podIPs")))
        pod.podIps.append(ip.string(QStringLiteral("ip")));
    if (pod.podIps.isEmpty() && !pod.podIp.isEmpty())
        pod.podIps.append(pod.podIp);
    pod.hostIp = status.string(QStringLiteral("hostIP"));
    pod.startTime = status.timestamp(QStringLiteral("startTime"));
    pod.conditions = Condition::readAll(status);
    pod.containerStatuses = readStatuses(status, QStringLiteral("containerStatuses"));
    pod.initContainerStatuses = readStatuses(status, QStringLiteral("initContainerStatuses"));
    pod.raw = object;
    if (!reader.ok())
        return reader.error(QStringLiteral("Pod"));
    return pod;
}

} // namespace Kt::Kube
