#include "forwardedconnection.h"

#include "kube/portforwardstream.h"

#include <QTcpSocket>

namespace Kt::Kube {

ForwardedConnection::ForwardedConnection(
    QTcpSocket *local, PortForwardStream *remote, QObject *parent)
    : QObject(parent)
    , m_local(local)
    , m_remote(remote)
    , m_buffer(kChunk, Qt::Uninitialized)
{
    m_local->setParent(this);
    m_remote->setParent(this);
    m_local->setReadBufferSize(kChunk);
    m_local->setSocketOption(QAbstractSocket::LowDelayOption, 1);
}

ForwardedConnection::~ForwardedConnection()
{
    m_local->disconnect(this);
    m_remote->disconnect(this);
}

void ForwardedConnection::start()
{
    connect(m_local, &QTcpSocket::readyRead, this, [this] { pumpToRemote(false); });
    connect(m_remote, &PortForwardStream::bytesWritten, this, [this] { pumpToRemote(false); });
    connect(m_remote, &PortForwardStream::readyRead, this, [this] { pumpToLocal(false); });
    connect(m_local, &QTcpSocket::bytesWritten, this, [this] { pumpToLocal(false); });
    connect(m_local, &QTcpSocket::disconnected, this, &ForwardedConnection::onLocalDisconnected);
    connect(m_remote, &PortForwardStream::readChannelFinished, this, [this] { pumpToLocal(true); });
    connect(m_remote, &PortForwardStream::closed, this, &ForwardedConnection::onRemoteClosed);
    connect(m_remote, &PortForwardStream::opened, this, &ForwardedConnection::opened);
    connect(m_remote, &PortForwardStream::errorOccurred, this, &ForwardedConnection::failed);
    m_remote->start();
    pumpToRemote(false); // the client may have spoken first
    if (m_local->state() == QAbstractSocket::UnconnectedState)
        onLocalDisconnected();
}

void ForwardedConnection::abort()
{
    m_local->abort();
    m_remote->abort();
}

void ForwardedConnection::pumpToRemote(bool drain)
{
    qint64 sent = 0;
    while (m_remote->isOpen() && (drain || !m_remote->isWriteBufferFull())) {
        const qint64 n = m_local->read(m_buffer.data(), kChunk);
        if (n <= 0)
            break;
        if (m_remote->write(m_buffer.constData(), n) != n)
            break;
        sent += n;
    }
    if (sent > 0)
        Q_EMIT transferred(sent, 0);
}

void ForwardedConnection::pumpToLocal(bool drain)
{
    qint64 received = 0;
    while (m_remote->isOpen() && m_local->state() == QAbstractSocket::ConnectedState
        && (drain || m_local->bytesToWrite() < kLocalWriteBound)) {
        const qint64 n = m_remote->read(m_buffer.data(), kChunk);
        if (n <= 0)
            break;
        m_local->write(m_buffer.constData(), n);
        received += n;
    }
    if (received > 0)
        Q_EMIT transferred(0, received);
}

void ForwardedConnection::onLocalDisconnected()
{
    if (m_localDone)
        return;
    m_localDone = true;
    if (!m_remoteDone) {
        // Everything the client sent before closing still goes to the pod, then the stream
        // closes after sending it.
        pumpToRemote(true);
        m_remote->close();
    }
    checkFinished();
}

void ForwardedConnection::onRemoteClosed()
{
    if (m_remoteDone)
        return;
    m_remoteDone = true;
    if (!m_localDone) {
        // The stream closes only once its data has been read; the socket flushes, then closes.
        m_local->disconnectFromHost();
    }
    checkFinished();
}

void ForwardedConnection::checkFinished()
{
    if (m_finished || !m_remoteDone
        || (!m_localDone && m_local->state() != QAbstractSocket::UnconnectedState))
        return;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace Kt::Kube
