#pragma once

#include "common/error.h"
#include "tunnel/sshendpoint.h"
#include "tunnel/tunnelcounters.h"

#include <libssh/libssh.h>
#include <sys/types.h>

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>
#include <list>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace Kt::Tunnel {

class SshTunnel;

// The worker thread of an SshTunnel (private to core/tunnel). Owns the ssh_session, its channels
// and the sockets joined to them; everything libssh is touched from run() only. Other threads
// hand in work through post(), which wakes the loop with an eventfd.
class SshWorker
{
public:
    SshWorker(SshTunnel *owner, SshEndpoint endpoint);
    ~SshWorker(); // stops and joins

    void post(std::function<void(SshWorker &)> task);
    void requestStop();
    TunnelCounters counters() const;
    void watchForTraffic() { m_trafficWatched = true; } // any thread

    // Called on the worker thread (through post()).
    void openDirect(int fd, const QString &host, quint16 port, QByteArray successReply,
        QByteArray failureReply, QByteArray pendingData, std::function<void(Result<void>)> done);
    void addRemoteForward(const QString &bindAddress, quint16 remotePort, quint16 localPort,
        std::function<void(Result<quint16>)> done);
    void removeRemoteForward(const QString &bindAddress, quint16 remotePort);

private:
    // A socket joined with a channel; bytes move both ways with bounded buffers.
    struct Bridge
    {
        ssh_channel channel = nullptr;
        int fd = -1;
        bool connecting = false; // remote forward: our connect() to the local port is in progress
        quint16 localPort = 0;
        QByteArray toFd; // channel data the socket has not taken yet
        QByteArray toChannel; // socket data the channel window has not taken yet
        bool fdReadable = false;
        bool fdWritable = false;
        bool fdEof = false; // the socket said EOF; channel EOF sent
        bool channelEof = false; // the channel said EOF
        bool fdShutdown = false; // SHUT_WR done
        short registered = 0; // events registered with the ssh_event
        bool dead = false;
        uint32_t readSinceGrow = UINT32_MAX / 2; // bytes read since the window was last grown
    };
    struct PendingOpen
    {
        ssh_channel channel = nullptr;
        int fd = -1;
        QString host;
        quint16 port = 0;
        QByteArray successReply, failureReply, pendingData;
        std::function<void(Result<void>)> done;
    };
    struct PendingListen
    {
        QString bindAddress;
        quint16 remotePort = 0;
        quint16 localPort = 0;
        std::function<void(Result<quint16>)> done;
    };

    void run();
    Result<void> connectAndAuthenticate();
    void loop();
    void shutdown();
    void closeTransport();
    void fail(const Error &error);
    Error sshError(const QString &what) const;

    void runTasks();
    void retryPendingOpens();
    void retryPendingListens();
    void acceptForwards();
    void serviceBridge(Bridge &bridge);
    void updateInterest(Bridge &bridge);
    void closeBridge(Bridge &bridge);
    void noteTraffic();
    Bridge *addBridge(ssh_channel channel, int fd);
    static int onFdEvent(socket_t fd, int revents, void *userdata);
    static int onWake(socket_t fd, int revents, void *userdata);

    SshTunnel *m_owner;
    SshEndpoint m_endpoint;
    ssh_session m_session = nullptr;
    ssh_event m_event = nullptr;
    int m_wakeFd = -1;
    // The endpoint's socket as it was handed over: libssh closes it when the connection breaks
    // but not when we disconnect, so shutdown() closes it unless libssh did (then the number
    // may already belong to another socket: compared by identity, not by number).
    dev_t m_transportDevice = 0;
    ino_t m_transportInode = 0;
    std::thread m_thread;
    std::atomic<bool> m_stop {false};

    std::mutex m_taskMutex;
    std::vector<std::function<void(SshWorker &)>> m_tasks;

    std::list<Bridge> m_bridges; // stable addresses: callbacks hold Bridge*
    std::vector<PendingOpen> m_pendingOpens;
    std::vector<PendingListen> m_pendingListens;
    std::map<int, quint16> m_forwards; // bound remote port -> local port

    mutable std::mutex m_countersMutex;
    TunnelCounters m_counters;
    std::atomic<bool> m_trafficWatched {false};
    std::vector<char> m_readBuffer; // a channel window's worth, for reads that grow the window
};

} // namespace Kt::Tunnel
