#include "upgradedconnection.h"

#include "common/logging.h"

#include <QPointer>
#include <QSslSocket>

namespace Kt::Kube {

namespace {

// Frames up to a TLS record's payload go out as one write: QSslSocket encrypts each write as
// its own record, and a request/response round trip should cost one record each way.
constexpr qsizetype kCoalesceBelow = 16 * 1024;

} // namespace

UpgradedConnection::UpgradedConnection(const QString &protocolName, QObject *parent)
    : QObject(parent)
    , m_protocolName(protocolName)
{
    m_grace.setSingleShot(true);
    connect(&m_grace, &QTimer::timeout, this, [this] {
        qCDebug(ktKube) << m_protocolName << "connection to" << m_target
                        << "did not finish in time after closing; dropping it";
        if (m_socket)
            m_socket->abort();
        finishClosed();
    });
}

UpgradedConnection::~UpgradedConnection()
{
    if (m_socket)
        m_socket->disconnect(this);
}

void UpgradedConnection::open(const QNetworkRequest &request,
    const HttpUpgrade::Headers &upgradeHeaders, const QNetworkProxy &proxy,
    std::chrono::milliseconds timeout)
{
    Q_ASSERT(m_state == State::Idle);
    if (m_state != State::Idle)
        return;
    m_socket = new QSslSocket(this);
    m_socket->setReadBufferSize(kSocketReadBuffer);
    m_upgrade = new HttpUpgrade(m_socket, m_protocolName, this);
    connect(m_upgrade, &HttpUpgrade::upgraded, this, &UpgradedConnection::onUpgraded);
    connect(m_upgrade, &HttpUpgrade::failed, this, &UpgradedConnection::fail);
    m_state = State::Connecting;
    m_upgrade->start(request, upgradeHeaders, proxy, timeout);
    m_target = m_upgrade->target();
}

void UpgradedConnection::dropUpgrade()
{
    if (!m_upgrade)
        return;
    m_upgrade->cancel();
    m_upgrade->deleteLater();
    m_upgrade = nullptr;
}

void UpgradedConnection::onUpgraded(const HttpUpgrade::Response &response)
{
    dropUpgrade();
    m_upgraded = true;
    connect(m_socket, &QSslSocket::readyRead, this, &UpgradedConnection::onReadable);
    connect(m_socket, &QSslSocket::disconnected, this, &UpgradedConnection::onReadable);
    const auto written = [this](qint64 bytes) {
        startGraceOnceFlushed();
        Q_EMIT bytesWritten(bytes);
    };
    connect(m_socket, &QSslSocket::bytesWritten, this, written);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, written);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError code) {
        if (code == QAbstractSocket::RemoteHostClosedError)
            return; // onReadable decides what a close means, after the rest was read
        if (m_state == State::Closing)
            return finishClosed();
        fail(Error {ErrorCode::Unavailable,
            tr("the connection to %1 broke: %2").arg(m_target, m_socket->errorString()), {}, {}});
    });
    QPointer<UpgradedConnection> guard(this);
    Q_EMIT upgraded(response);
    if (guard && isLive())
        onReadable(); // frames may have come with the 101
}

void UpgradedConnection::onReadable()
{
    if (!isLive() || m_paused || !m_upgraded)
        return;
    QPointer<UpgradedConnection> guard(this);
    Q_EMIT readable();
    if (!guard || !isLive() || m_paused || m_socket->state() != QAbstractSocket::UnconnectedState
        || m_socket->bytesAvailable() > 0)
        return;
    // The server is gone and everything it sent was read.
    if (m_state == State::Connecting) {
        fail(Error {ErrorCode::Unavailable,
            tr("%1 closed the %2 connection before it was ready").arg(m_target, m_protocolName), {},
            {}});
    } else {
        finishClosed();
    }
}

void UpgradedConnection::send(QByteArrayView head, QByteArrayView body)
{
    if (m_state == State::Open) {
        write(head, body);
    } else if (m_state == State::Idle || m_state == State::Connecting) {
        QByteArray piece;
        piece.reserve(head.size() + body.size());
        piece.append(head);
        piece.append(body);
        m_queuedBytes += piece.size();
        m_queued.push_back(std::move(piece));
    }
}

void UpgradedConnection::write(QByteArrayView head, QByteArrayView body)
{
    if (!m_socket || !m_upgraded)
        return;
    if (!body.isEmpty() && body.size() <= kCoalesceBelow) {
        QByteArray frame;
        frame.reserve(head.size() + body.size());
        frame.append(head);
        frame.append(body);
        m_socket->write(frame);
        return;
    }
    m_socket->write(head.data(), head.size());
    if (!body.isEmpty())
        m_socket->write(body.data(), body.size());
}

qint64 UpgradedConnection::bytesToWrite() const
{
    qint64 pending = m_queuedBytes;
    if (m_socket)
        pending += m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite();
    return pending;
}

void UpgradedConnection::markOpen()
{
    if (m_state != State::Connecting)
        return;
    m_state = State::Open;
    while (!m_queued.empty()) {
        m_socket->write(m_queued.front());
        m_queued.pop_front();
    }
    m_queuedBytes = 0;
}

void UpgradedConnection::setReceivingPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (!paused)
        scheduleRead();
}

void UpgradedConnection::scheduleRead()
{
    if (m_readScheduled)
        return;
    m_readScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_readScheduled = false;
            onReadable();
        },
        Qt::QueuedConnection);
}

void UpgradedConnection::beginClosing(std::chrono::milliseconds grace)
{
    if (m_state != State::Open && m_state != State::Connecting)
        return;
    m_state = State::Closing;
    m_graceLength = grace;
    startGraceOnceFlushed();
}

void UpgradedConnection::startGraceOnceFlushed()
{
    // The grace counts from when everything reached the kernel, not from the close: a large
    // upload still in the buffers must not be cut off.
    if (m_state == State::Closing && !m_grace.isActive() && bytesToWrite() == 0)
        m_grace.start(m_graceLength);
}

void UpgradedConnection::releaseSocket()
{
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
}

void UpgradedConnection::finishClosed()
{
    if (m_state == State::Closed || m_state == State::Failed)
        return;
    m_grace.stop();
    dropUpgrade();
    if (m_socket) {
        // What was written last (a WebSocket close frame) still goes out, then the socket
        // closes; it goes with this object at the latest.
        m_socket->disconnect(this);
        m_socket->disconnectFromHost();
    }
    m_state = State::Closed;
    Q_EMIT closed();
}

void UpgradedConnection::fail(Error error)
{
    if (m_state == State::Closed || m_state == State::Failed)
        return;
    qCDebug(ktKube) << m_protocolName << "connection to" << m_target << "failed:" << error.message
                    << error.detail;
    m_grace.stop();
    dropUpgrade();
    releaseSocket();
    m_state = State::Failed;
    Q_EMIT errorOccurred(error);
}

void UpgradedConnection::abort()
{
    const State was = m_state;
    m_grace.stop();
    dropUpgrade();
    releaseSocket();
    if (was == State::Open || was == State::Closing)
        finishClosed();
    else if (was == State::Idle || was == State::Connecting)
        m_state = State::Closed; // it never opened: no signal
}

} // namespace Kt::Kube
