#pragma once

#include "common/error.h"
#include "tunnel/sshendpoint.h"
#include "tunnel/tunnelcounters.h"

#include <libssh/callbacks.h>
#include <libssh/libssh.h>
#include <sys/types.h>

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace Kt::Tunnel {

class SshTunnel;

// The worker thread of an SshTunnel (private to core/tunnel). Owns the ssh_session, its channels
// and the sockets joined to them; everything libssh is touched from run() only. Other threads
// hand in work through post(), which wakes the loop with an eventfd.
//
// The loop waits in epoll on the SSH transport, the eventfd and the bridged sockets, and after
// each wake-up services only the bridges that had an event: their socket was ready, or libssh
// called back with data, EOF or close for their channel, or the remote window they waited for
// opened. libssh's own event holds the session alone, so its internal polls (inside channel
// reads, writes and opens) look at one descriptor, not at every bridged socket.
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
        uint32_t registered = 0; // events registered with epoll
        bool dead = false;
        bool queued = false; // in m_ready
        bool waitingWindow = false; // in m_windowWaiters
        uint32_t window = 0; // the receive window last asked for (0: libssh's own so far)
        uint32_t readSinceGrow = UINT32_MAX / 2; // bytes read since the window was last grown
        SshWorker *worker = nullptr;
        std::list<Bridge>::iterator self;
        ssh_channel_callbacks_struct callbacks {};
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
    void serviceReady();
    void serviceBridge(Bridge &bridge);
    void markReady(Bridge &bridge);
    bool drainTransport(); // false: the session failed
    void watchTransport();
    void updateInterest(Bridge &bridge);
    void closeBridge(Bridge &bridge);
    // Writes as much as the socket takes; false on a hard error.
    static bool writeSome(int fd, QByteArray &data);
    void noteTraffic();
    Bridge *addBridge(ssh_channel channel, int fd);
    static int onChannelData(ssh_session, ssh_channel, void *, uint32_t, int, void *userdata);
    static void onChannelEof(ssh_session, ssh_channel, void *userdata);
    static void onChannelClose(ssh_session, ssh_channel, void *userdata);

    SshTunnel *m_owner;
    SshEndpoint m_endpoint;
    ssh_session m_session = nullptr;
    ssh_event m_event = nullptr; // the session alone (see above)
    int m_wakeFd = -1;
    // The endpoint's socket as it was handed over: libssh closes it when the connection breaks
    // but not when we disconnect, so shutdown() closes it unless libssh did (then the number
    // may already belong to another socket: compared by identity, not by number).
    dev_t m_transportDevice = 0;
    ino_t m_transportInode = 0;
    int m_epollFd = -1;
    int m_transportFd = -1;
    uint32_t m_transportEvents = 0; // registered with epoll
    bool m_transportActive = false; // the transport had something this pass
    std::thread m_thread;
    std::atomic<bool> m_stop {false};

    std::mutex m_taskMutex;
    std::vector<std::function<void(SshWorker &)>> m_tasks;

    std::list<Bridge> m_bridges; // stable addresses: callbacks hold Bridge*
    std::vector<Bridge *> m_ready; // bridges with an event since their last service
    std::vector<Bridge *> m_windowWaiters; // bridges waiting for the remote window to open
    std::vector<PendingOpen> m_pendingOpens;
    std::vector<PendingListen> m_pendingListens;
    std::map<int, quint16> m_forwards; // bound remote port -> local port

    mutable std::mutex m_countersMutex;
    TunnelCounters m_counters;
    std::atomic<bool> m_trafficWatched {false};
    // The largest channel window's worth, for reads that grow a window. Allocated without
    // touching it: only the pages a read fills become resident.
    std::unique_ptr<char[]> m_readBuffer;
};

} // namespace Kt::Tunnel
