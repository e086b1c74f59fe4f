#pragma once

#include "common/error.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <chrono>

class QNetworkRequest;

namespace Kt::Kube {

class ClusterConnection;
class StreamWebSocket;

// Runs a command in a container of a pod over a WebSocket to pods/exec (like `kubectl exec`
// without a terminal): offers v5.channel.k8s.io, then v4.channel.k8s.io. Channel 0 is stdin,
// 1 stdout, 2 stderr, 3 the final Status (its ExitCode cause carries a non-zero exit code);
// v5 adds channel 255 to close stdin. Output arrives as it comes; finished() reports the exit
// code (0 included) or the Error that kept the command from running or ended the connection,
// exactly once.
class PodExec final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PodExec)

public:
    enum class State {
        Idle, // start() not called yet
        Connecting, // credentials, connect and WebSocket upgrade under way
        Running, // the command runs; output flows
        Finished, // finished() reported an exit code
        Failed, // finished() reported an error (also after cancel())
    };
    Q_ENUM(State)

    PodExec(ClusterConnection *connection, const QString &namespaceName, const QString &podName,
        const QStringList &command, QObject *parent = nullptr);
    ~PodExec() override;

    // The container to run in; the pod's only (or default) container when empty.
    void setContainer(const QString &container) { m_container = container; }
    // Whether the command gets a stdin (writeStdin/closeStdin); off by default.
    void setStdinEnabled(bool enabled) { m_stdin = enabled; }
    // How long the upgrade may take (10 s by default). The command itself may run any time.
    void setUpgradeTimeout(std::chrono::milliseconds timeout) { m_upgradeTimeout = timeout; }

    void start();
    // Sends to the command's stdin (queued until the upgrade completes).
    bool writeStdin(QByteArrayView data);
    // Ends the command's stdin (v5.channel.k8s.io only; with v4 the command sees end of input
    // only when the exec ends). Returns false when the protocol cannot do it.
    bool closeStdin();
    // Stops waiting: the connection is dropped and finished() reports ErrorCode::Cancelled.
    void cancel();

    State state() const { return m_state; }
    // The channel protocol the server chose (from Running on).
    QString protocol() const { return m_protocol; }

    // Reads the Status the server sends on channel 3: 0 for Success, the ExitCode cause for
    // NonZeroExitCode, else an Error carrying the Status message. kwok's local exec reports a
    // non-zero exit only in an InternalError message ("... exit status 3"); that is read too.
    static Result<int> exitCodeFromStatus(const QByteArray &status);

Q_SIGNALS:
    void started();
    void stdoutReceived(const QByteArray &data);
    void stderrReceived(const QByteArray &data);
    void finished(const Kt::Result<int> &exitCode);
    void stateChanged(Kt::Kube::PodExec::State state);

private:
    void setState(State state);
    void connectSocket(const QNetworkRequest &request);
    void onMessage(const QByteArray &message);
    void onClosed();
    void finish(const Result<int> &result);
    QString where() const;

    QPointer<ClusterConnection> m_connection;
    QString m_namespace;
    QString m_pod;
    QStringList m_command;
    QString m_container;
    bool m_stdin = false;
    std::chrono::milliseconds m_upgradeTimeout {10000};
    StreamWebSocket *m_socket = nullptr;
    State m_state = State::Idle;
    QString m_protocol;
    QByteArray m_status;
};

} // namespace Kt::Kube
