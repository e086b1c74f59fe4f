#pragma once

#include "common/error.h"
#include "tunnel/sshendpoint.h"
#include "tunnel/tunnelcounters.h"

#include <QObject>

#include <functional>
#include <memory>

namespace Kt::Tunnel {

class SshWorker;

// One SSH connection to a shadow's sshd and every channel over it. libssh is not thread-safe per
// session, so the session, its channels and the byte pumping live on one worker thread that
// moves bytes straight between kernel sockets and SSH channels (no hop through Qt's threads).
// This object is the engine thread's handle: requests go in as values, results come back as
// queued callbacks and signals on the thread this object lives in.
class SshTunnel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SshTunnel)

public:
    enum class State {
        Idle, // not started
        Connecting, // TCP/transport, key exchange, host-key check, authentication
        Active, // authenticated; channels and forwards work
        Stopping, // stop() called; channels are being closed
        Stopped, // stopped on request
        Failed, // the connection failed or was lost; see errorOccurred()
    };
    Q_ENUM(State)

    explicit SshTunnel(QObject *parent = nullptr);
    ~SshTunnel() override; // stops and joins the worker

    void start(SshEndpoint endpoint);
    void stop();

    State state() const { return m_state; }
    // "SHA256:..." of the server's host key once connected (pin it for reconnects).
    QByteArray hostKey() const { return m_hostKey; }
    TunnelCounters counters() const; // thread-safe snapshot
    // Arms a one-shot trafficResumed(): emitted once the next byte moves or channel opens. Lets a
    // panel poll counters() only while something happens (no timer wakes an idle tunnel).
    void watchForTraffic();

    // Opens a direct-tcpip channel to host:port and joins it with the connected socket `fd`
    // (taken over). On success `successReply` is written to fd first and `pendingData` (bytes
    // the client already sent) goes to the channel; on failure `failureReply` is written and fd
    // closed. `done` runs on this object's thread.
    void openDirect(int fd, const QString &host, quint16 port, const QByteArray &successReply,
        const QByteArray &failureReply, const QByteArray &pendingData,
        std::function<void(Result<void>)> done);

    // Asks the server to listen on bindAddress:remotePort (0 = any port); each connection to it is
    // joined with a new connection to 127.0.0.1:localPort. `done` gets the bound remote port.
    void addRemoteForward(const QString &bindAddress, quint16 remotePort, quint16 localPort,
        std::function<void(Result<quint16>)> done);
    void removeRemoteForward(const QString &bindAddress, quint16 remotePort);

Q_SIGNALS:
    void stateChanged(Kt::Tunnel::SshTunnel::State state);
    void errorOccurred(const Kt::Error &error);
    // After watchForTraffic(): bytes moved or a channel opened (once per watchForTraffic()).
    void trafficResumed();
    // A remote-forward connection could not reach the local port.
    void forwardRefused(quint16 localPort, const QString &reason);

private:
    friend class SshWorker;
    void setState(State state);

    State m_state = State::Idle;
    QByteArray m_hostKey;
    std::unique_ptr<SshWorker> m_worker;
};

} // namespace Kt::Tunnel
