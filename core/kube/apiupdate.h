#pragma once

#include "kube/apijob.h"
#include "kube/resourceref.h"

#include <QJsonObject>

#include <chrono>
#include <functional>
#include <optional>

namespace Kt::Kube {

class ApiClient;

// Read-modify-write with optimistic concurrency: applies `mutate` to the object and PUTs it; when
// the server answers 409 Conflict (someone changed it since it was read), GETs the fresh object,
// applies `mutate` again and PUTs again, up to `attempts` times. Starting from an object already
// at hand (e.g. from an Informer's cache) skips the first GET. `mutate` may refuse with an Error
// (e.g. "the Deployment is already scaled to zero by someone else"), which ends the job with it.
// A job (see ApiJob): the result is the object as stored.
class ApiUpdate final : public ApiJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiUpdate)

public:
    using Mutation = std::function<Result<void>(QJsonObject &object)>;

    static constexpr int kDefaultAttempts = 5;

    ApiUpdate(ApiClient *client, ResourceRef resource, Mutation mutate,
        std::optional<QJsonObject> current = std::nullopt, int attempts = kDefaultAttempts,
        QObject *parent = nullptr);
    ~ApiUpdate() override;

    // How many times `mutate` ran (1 without a conflict).
    int mutations() const { return m_mutations; }

    void start();

protected:
    void abortWork() override;

private:
    void fetch();
    void apply(QJsonObject object);
    void track(ApiJob *job);

    ApiClient *m_client;
    ResourceRef m_resource;
    Mutation m_mutate;
    std::optional<QJsonObject> m_current;
    int m_attempts;
    int m_mutations = 0;
    bool m_started = false;
    ApiJob *m_job = nullptr;
};

} // namespace Kt::Kube
