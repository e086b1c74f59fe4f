#include "sshtunnel.h"

#include "common/assert.h"
#include "common/logging.h"
#include "tunnel/sshworker.h"

#include <unistd.h>

namespace Kt::Tunnel {

SshTunnel::SshTunnel(QObject *parent)
    : QObject(parent)
{ }

SshTunnel::~SshTunnel()
{
    m_worker.reset(); // joins the worker thread; its queued callbacks to us are dropped with us
}

void SshTunnel::start(SshEndpoint endpoint)
{
    KT_ASSERT_STATE(m_state == State::Idle, return );
    setState(State::Connecting);
    m_worker = std::make_unique<SshWorker>(this, std::move(endpoint));
}

void SshTunnel::stop()
{
    if (!m_worker || m_state == State::Stopped || m_state == State::Failed)
        return;
    setState(State::Stopping);
    m_worker->requestStop();
}

void SshTunnel::watchForTraffic()
{
    if (m_worker)
        m_worker->watchForTraffic();
}

TunnelCounters SshTunnel::counters() const
{
    return m_worker ? m_worker->counters() : TunnelCounters {};
}

void SshTunnel::openDirect(int fd, const QString &host, quint16 port,
    const QByteArray &successReply, const QByteArray &failureReply, const QByteArray &pendingData,
    std::function<void(Result<void>)> done)
{
    if (!m_worker || m_state != State::Active) {
        ::close(fd);
        done(Error {ErrorCode::Unavailable, tr("The tunnel is not connected."), {}, {}});
        return;
    }
    m_worker->post([=, done = std::move(done)](SshWorker &worker) mutable {
        worker.openDirect(fd, host, port, successReply, failureReply, pendingData, std::move(done));
    });
}

void SshTunnel::addRemoteForward(const QString &bindAddress, quint16 remotePort, quint16 localPort,
    std::function<void(Result<quint16>)> done)
{
    if (!m_worker || m_state != State::Active) {
        done(Error {ErrorCode::Unavailable, tr("The tunnel is not connected."), {}, {}});
        return;
    }
    m_worker->post([=, done = std::move(done)](SshWorker &worker) mutable {
        worker.addRemoteForward(bindAddress, remotePort, localPort, std::move(done));
    });
}

void SshTunnel::removeRemoteForward(const QString &bindAddress, quint16 remotePort)
{
    if (m_worker)
        m_worker->post(
            [=](SshWorker &worker) { worker.removeRemoteForward(bindAddress, remotePort); });
}

void SshTunnel::setState(State state)
{
    if (m_state == state)
        return;
    // Once stopped or failed, a late report from the worker must not revive the state.
    if ((m_state == State::Stopped || m_state == State::Failed) && state != State::Idle)
        return;
    m_state = state;
    qCDebug(ktTunnel) << "ssh tunnel" << state;
    Q_EMIT stateChanged(state);
}

} // namespace Kt::Tunnel
