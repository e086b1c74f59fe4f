#include "apiupdate.h"

#include "common/logging.h"
#include "kube/apiclient.h"
#include "kube/apirequest.h"

namespace Kt::Kube {

ApiUpdate::ApiUpdate(ApiClient *client, ResourceRef resource, Mutation mutate,
    std::optional<QJsonObject> current, int attempts, QObject *parent)
    : ApiJob(parent)
    , m_client(client)
    , m_resource(std::move(resource))
    , m_mutate(std::move(mutate))
    , m_current(std::move(current))
    , m_attempts(std::max(1, attempts))
{ }

ApiUpdate::~ApiUpdate()
{
    abortWork();
}

void ApiUpdate::start()
{
    if (m_started || isFinished())
        return;
    m_started = true;
    if (m_current) {
        // Not synchronously: finished() must not come before the caller got the job.
        QMetaObject::invokeMethod(
            this, [this] { apply(*std::exchange(m_current, std::nullopt)); }, Qt::QueuedConnection);
        return;
    }
    fetch();
}

void ApiUpdate::track(ApiJob *job)
{
    m_job = job;
    connect(job, &ApiJob::destroyed, this, [this, job] {
        if (m_job == job)
            m_job = nullptr;
    });
}

void ApiUpdate::fetch()
{
    ApiRequest *get = m_client->get(m_resource);
    track(get);
    connect(get, &ApiJob::finished, this, [this](const Result<QJsonObject> &result) {
        m_job = nullptr;
        if (!result) {
            finish(result.error());
            return;
        }
        apply(result.value());
    });
}

void ApiUpdate::apply(QJsonObject object)
{
    if (isFinished())
        return;
    ++m_mutations;
    if (Result<void> mutated = m_mutate(object); !mutated) {
        finish(mutated.error());
        return;
    }
    ApiRequest *put = m_client->replace(m_resource, object);
    track(put);
    connect(put, &ApiJob::finished, this, [this, put](const Result<QJsonObject> &result) {
        m_job = nullptr;
        // The job is deleted later, not yet: its status still tells a conflict from the rest.
        if (!result && put->httpStatus() == 409 && m_mutations < m_attempts) {
            qCInfo(ktKube) << "Conflict updating" << m_resource.path() << "; attempt"
                           << m_mutations + 1 << "of" << m_attempts << "with a fresh copy";
            fetch();
            return;
        }
        finish(result);
    });
}

void ApiUpdate::abortWork()
{
    if (!m_job)
        return;
    ApiJob *job = std::exchange(m_job, nullptr);
    disconnect(job, nullptr, this, nullptr);
    job->cancel();
}

} // namespace Kt::Kube
