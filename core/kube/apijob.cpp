#include "apijob.h"

namespace Kt::Kube {

ApiJob::ApiJob(QObject *parent)
    : QObject(parent)
{ }

ApiJob::~ApiJob() = default;

void ApiJob::cancel()
{
    if (m_finished)
        return;
    abortWork();
    finish(Error {ErrorCode::Cancelled, tr("The request was cancelled."), {}, {}});
}

void ApiJob::finish(const Result<QJsonObject> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    abortWork();
    Q_EMIT finished(result);
    deleteLater();
}

void ApiJob::finishLater(const Error &error)
{
    QMetaObject::invokeMethod(
        this, [this, error] { finish(error); }, Qt::QueuedConnection);
}

} // namespace Kt::Kube
