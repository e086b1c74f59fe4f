#pragma once

#include "common/error.h"

#include <QJsonObject>
#include <QObject>

namespace Kt::Kube {

// One operation against the API server (a request, a paged list, an update with conflict
// retries). Created and started by ApiClient on the engine thread.
//
// Its contract: finished() is emitted exactly once — never before control returns to the event
// loop after the job was created, and before cancel() returns when cancelled — and the job then
// deletes itself (deleteLater). Every job has a timeout. Destroying an unfinished job aborts its
// work without emitting finished().
class ApiJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiJob)

public:
    ~ApiJob() override;

    bool isFinished() const { return m_finished; }

    // Stops the work; finished() follows at once with ErrorCode::Cancelled unless it was
    // emitted already.
    void cancel();

Q_SIGNALS:
    // The object (or list, or Status of a delete) the server answered with, or why not.
    void finished(const Kt::Result<QJsonObject> &result);

protected:
    explicit ApiJob(QObject *parent = nullptr);

    // Emits finished() unless it was emitted already, then deletes the job later.
    void finish(const Result<QJsonObject> &result);
    // The same, from the event loop: for failures found while starting.
    void finishLater(const Error &error);
    // Stops whatever runs (replies, timers, inner jobs) without emitting anything.
    virtual void abortWork() = 0;

private:
    bool m_finished = false;
};

} // namespace Kt::Kube

Q_DECLARE_METATYPE(Kt::Result<QJsonObject>)
