#include "channelframe.h"

namespace Kt::Kube {

QByteArray ChannelFrame::encode(quint8 channel, QByteArrayView payload)
{
    QByteArray message(payload.size() + 1, Qt::Uninitialized);
    message[0] = static_cast<char>(channel);
    if (!payload.isEmpty())
        memcpy(message.data() + 1, payload.data(), static_cast<size_t>(payload.size()));
    return message;
}

std::optional<ChannelFrame> ChannelFrame::decode(QByteArrayView message)
{
    if (message.isEmpty())
        return std::nullopt;
    return ChannelFrame {static_cast<quint8>(message.front()), message.sliced(1)};
}

} // namespace Kt::Kube
