#pragma once

#include "kube/resources/condition.h"
#include "kube/resources/container.h"
#include "kube/resources/objectmeta.h"

namespace Kt::Kube {

// A Pod (v1): where it runs, whether it is ready, and why not (ImagePullBackOff, CrashLoopBackOff
// are waiting reasons of its containers).
struct Pod
{
    // status.containerStatuses[] (and initContainerStatuses[]).
    struct ContainerStatus
    {
        enum class State { Unknown, Waiting, Running, Terminated };

        QString name;
        QString image;
        bool ready = false;
        bool started = false;
        int restartCount = 0;
        State state = State::Unknown;
        QString reason; // of the waiting or terminated state: ImagePullBackOff, Completed, ...
        QString message;
        int exitCode = 0; // terminated only
        QDateTime startedAt;
        QString lastTerminationReason; // lastState.terminated.reason, e.g. OOMKilled
    };

    ObjectMeta metadata;
    QString nodeName;
    QString serviceAccountName;
    QList<Container> containers;
    QList<Container> initContainers;
    QString phase; // Pending, Running, Succeeded, Failed, Unknown
    QString reason; // status.reason, e.g. Evicted
    QString message;
    QString podIp;
    QStringList podIps;
    QString hostIp;
    QDateTime startTime;
    QList<Condition> conditions;
    QList<ContainerStatus> containerStatuses;
    QList<ContainerStatus> initContainerStatuses;
    QJsonObject raw;

    // The Ready condition is True.
    bool isReady() const;
    // Why containers wait (ImagePullBackOff, ErrImagePull, CrashLoopBackOff, ...), each once,
    // init containers first.
    QStringList waitingReasons() const;
    int restartCount() const;

    static Result<Pod> fromJson(const QJsonObject &object);
};

} // namespace Kt::Kube
