#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Kt::Kube {

// The receiving side of one port on a v4.channel.k8s.io port-forward WebSocket (the kubelet's
// portforward/websocket.go): data arrives on channel 2i, errors on channel 2i+1 (i = index of the
// port in ?ports=, always 0 here). The server's first two payload bytes on each of the two
// channels are the port, little-endian; they are checked and dropped. After that, payload on the
// data channel is the TCP stream, and any payload on the error channel is a text message saying
// why the forward failed (the streams close after it). The client sends data on channel 2i with
// no port prefix.
class PortForwardProtocol
{
    Q_DECLARE_TR_FUNCTIONS(PortForwardProtocol)

public:
    static constexpr quint8 kDataChannel = 0;
    static constexpr quint8 kErrorChannel = 1;

    struct Event
    {
        enum class Kind {
            None, // nothing for the reader (a port prefix, or an empty payload)
            Data, // stream bytes: message.sliced(offset)
            Error, // the server reported an error: text
            ProtocolError, // the message breaks the protocol: text says how
        };
        Kind kind = Kind::None;
        qsizetype offset = 0;
        QString text;
    };

    explicit PortForwardProtocol(quint16 port);

    // Interprets one received WebSocket message.
    Event handleMessage(const QByteArray &message);

    // True once the server has sent the port prefix on the data channel.
    bool dataChannelReady() const { return m_prefixSeen[0] == 2; }

private:
    // Consumes port-prefix bytes of `channel` from `payload`; returns how many it took, or -1
    // when they name another port.
    qsizetype consumePrefix(int channel, QByteArrayView payload);

    quint16 m_port;
    int m_prefixSeen[2] = {0, 0};
    quint8 m_prefix[2][2] = {{0, 0}, {0, 0}};
};

} // namespace Kt::Kube
