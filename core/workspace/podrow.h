#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Kt::Workspace {

// One pod of the selected workload, as the details pane shows it.
struct PodRow
{
    QString namespaceName;
    QString name;
    QString status; // phase, or why its containers wait (ImagePullBackOff, ...)
    int readyContainers = 0;
    int containers = 0;
    int restarts = 0;
    QString node;
    QString podIp;
    QDateTime created;
    bool ready = false;

    friend bool operator==(const PodRow &, const PodRow &) = default;
};

} // namespace Kt::Workspace

Q_DECLARE_METATYPE(Kt::Workspace::PodRow)
