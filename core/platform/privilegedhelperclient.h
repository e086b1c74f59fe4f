#pragma once

#include "platform/networkconfigurator.h"

#include <QHash>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

class QTimer;

namespace Kt::Platform {

// The app's side of ktdesk-helper: starts it (through pkexec in production, directly when
// already root and in tests), sends requests as JSON lines, matches replies by id, and turns
// refusals and failures into Kt::Error. Requests made while the helper starts are queued.
// The helper undoes everything when its stdin closes, so dropping this object (or KtDesk dying)
// is enough to restore the machine; stop() does it explicitly and reports the result.
class PrivilegedHelperClient final : public NetworkConfigurator
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrivilegedHelperClient)

public:
    enum class State {
        NotStarted, // start() not called yet
        Starting, // the process (with pkexec: the authorization dialog) starts; requests queue
        Running, // the helper answered hello; requests go straight through
        Stopping, // stop() called: "bye" sent, waiting for the helper to exit
        Stopped, // the helper exited after stop()
        Failed, // could not start, authorization refused, exited unexpectedly, or broke protocol
    };
    Q_ENUM(State)

    struct Launch
    {
        QString program;
        QStringList arguments;
    };

    static constexpr int kRequestTimeoutMs = 30000;
    static constexpr int kStartTimeoutMs = 5 * 60 * 1000; // a person answers the polkit dialog
    static constexpr int kShutdownWaitMs = 5000;

    // ktdesk-helper next to the running program (the build tree), else the installed one
    // (../libexec/ktdesk/ from the program), else /usr/libexec/ktdesk/.
    static QString defaultHelperPath();
    static Launch pkexecLaunch(const QString &helperPath = defaultHelperPath());
    static Launch directLaunch(const QString &helperPath = defaultHelperPath());

    explicit PrivilegedHelperClient(Launch launch, QObject *parent = nullptr);
    // Closes the helper's stdin and lets it undo its changes and exit on its own, without waiting
    // here (this may be the GUI thread): the process object outlives the client until the helper
    // exits, and kills it after kShutdownWaitMs. Destroying a running QProcess would kill the
    // helper at once and skip its undo. Call stop() first.
    ~PrivilegedHelperClient() override;

    void start();
    // "bye": the helper undoes everything and exits; `done` gets the outcome.
    void stop(Done done = {});

    State state() const { return m_state; }
    qint64 processId() const { return m_process->processId(); }
    QString helperVersion() const { return m_helperVersion; }
    // What the helper undid at its start, left by a helper that was killed.
    QStringList restoredAtStart() const { return m_restoredAtStart; }
    // Problems the helper met at its start (e.g. a damaged record), as sentences for the user.
    QStringList startupWarnings() const { return m_startupWarnings; }

    // Sends one request (its id is set here). Replies with ok=false become Errors.
    void send(HelperRequest request, std::function<void(Result<QJsonObject>)> done,
        int timeoutMs = kRequestTimeoutMs);

    void applyRedirect(const RedirectConfig &config, Done done) override;
    void applyDns(const DnsConfig &config, std::function<void(Result<DnsApplied>)> done) override;
    void applyHosts(const QList<HostsEntry> &entries, Done done) override;
    void restore(Done done) override;

Q_SIGNALS:
    void stateChanged(Kt::Platform::PrivilegedHelperClient::State state);

private:
    struct Pending
    {
        std::function<void(Result<QJsonObject>)> done;
        QTimer *timer = nullptr;
    };

    void setState(State state);
    void onStarted();
    void onReadyRead();
    void onStandardError();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onProcessError(QProcess::ProcessError error);
    void complete(qint64 id, Result<QJsonObject> result);
    void failAll(const Error &error);
    Error exitError(int exitCode, QProcess::ExitStatus status) const;

    Launch m_launch;
    QProcess *m_process; // owned; see the destructor
    State m_state = State::NotStarted;
    qint64 m_nextId = 1;
    QHash<qint64, Pending> m_pending;
    QList<QByteArray> m_queue; // written once the process runs
    QByteArray m_stdout;
    QByteArray m_stderr;
    QString m_helperVersion;
    QStringList m_restoredAtStart;
    QStringList m_startupWarnings;
    bool m_started = false;
};

} // namespace Kt::Platform
