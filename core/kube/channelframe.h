#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace Kt::Kube {

// One message of the Kubernetes channel protocols (v4.channel.k8s.io, v5.channel.k8s.io) used
// by port-forward and exec over WebSocket: a channel byte, then the payload. Every WebSocket
// message carries exactly one frame of this kind; a message without even the channel byte is
// invalid.
struct ChannelFrame
{
    quint8 channel = 0;
    // Points into the message that was decoded: valid as long as that message lives.
    QByteArrayView payload;

    // The message for `payload` on `channel`.
    static QByteArray encode(quint8 channel, QByteArrayView payload);
    // Splits a received message; nullopt for an empty one.
    static std::optional<ChannelFrame> decode(QByteArrayView message);
};

} // namespace Kt::Kube
