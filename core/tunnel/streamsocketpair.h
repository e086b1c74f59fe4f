#pragma once

#include "common/error.h"

#include <QObject>

class QIODevice;

namespace Kt::Tunnel {

class DevicePump;

// Gives a QIODevice byte stream (e.g. a port-forward to the shadow's port 22) a socket face:
// libssh needs a file descriptor, so one end of a socketpair is pumped to and from the stream
// here, and the other end is handed to the SSH worker. Both sides of the pump live on this
// object's thread; the SSH worker thread only ever touches its own descriptor.
class StreamSocketPair final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamSocketPair)

public:
    explicit StreamSocketPair(QIODevice *stream, QObject *parent = nullptr);
    ~StreamSocketPair() override;

    // The descriptor for the SSH side; ownership passes to the caller (e.g. SshEndpoint::fd).
    Result<int> takePeerDescriptor();
    quint64 bytesToStream() const;
    quint64 bytesFromStream() const;

Q_SIGNALS:
    // The stream or the peer ended; the pair is closed.
    void finished();

private:
    QIODevice *m_stream;
    int m_peerFd = -1;
    DevicePump *m_pump = nullptr;
};

} // namespace Kt::Tunnel
