#pragma once

#include "common/error.h"
#include "kube/execcredential.h"
#include "kube/kubeconfig.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QProcess>

#include <chrono>
#include <functional>
#include <optional>

class QTimer;

namespace Kt::Kube {

// Runs a client-go exec credential plugin (client.authentication.k8s.io/v1 or v1beta1) the way
// kubectl does, without blocking: the plugin gets the process environment with the kubeconfig's
// env on top, KUBERNETES_EXEC_INFO (interactive: false, plus spec.cluster when
// provideClusterInfo), and /dev/null as stdin. Its ExecCredential is cached until its
// expirationTimestamp; invalidate() forgets it (call it after a 401 and request again).
class ExecCredentialProvider final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExecCredentialProvider)

public:
    enum class State {
        Idle, // no plugin runs; a cached credential may be there
        Running, // the plugin runs; finished() follows
    };
    Q_ENUM(State)

    using Clock = std::function<QDateTime()>;

    static constexpr std::chrono::milliseconds kDefaultTimeout {30000};

    // `config` as ClientConfig::exec() gives it (command resolved); `clusterInfo` is
    // ClientConfig::execClusterInfo(), passed on when the config asks for it.
    explicit ExecCredentialProvider(
        ExecConfig config, QJsonObject clusterInfo = {}, QObject *parent = nullptr);
    ~ExecCredentialProvider() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setClock(Clock clock) { m_clock = std::move(clock); }

    State state() const { return m_state; }
    // The cached credential if it has not expired.
    std::optional<ExecCredential> cachedCredential() const;

    // Asks for a credential. finished() follows, always asynchronously: from the cache if it holds
    // a valid credential, else once the plugin has run. Requests made while the plugin runs are
    // answered together by that run's one finished().
    void request();
    // Forgets the cached credential, so the next request() runs the plugin again.
    void invalidate();
    // Stops a running plugin; finished() follows with ErrorCode::Cancelled.
    void cancel();

Q_SIGNALS:
    void finished(const Kt::Result<Kt::Kube::ExecCredential> &result);
    void stateChanged(Kt::Kube::ExecCredentialProvider::State state);

private:
    void start();
    void onProcessFinished(int exitCode, QProcess::ExitStatus exitStatus);
    void onProcessErrorOccurred(QProcess::ProcessError error);
    void onTimeout();
    void finish(const Result<ExecCredential> &result);
    void setState(State state);
    QByteArray execInfo() const;
    Result<ExecCredential> parseCredential(const QByteArray &output) const;
    QDateTime now() const;

    ExecConfig m_config;
    QJsonObject m_clusterInfo;
    std::chrono::milliseconds m_timeout = kDefaultTimeout;
    Clock m_clock;
    State m_state = State::Idle;
    std::optional<ExecCredential> m_cached;
    QPointer<QProcess> m_process;
    QTimer *m_timer = nullptr;
};

} // namespace Kt::Kube
