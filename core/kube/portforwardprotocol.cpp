#include "portforwardprotocol.h"

#include "kube/channelframe.h"

namespace Kt::Kube {

PortForwardProtocol::PortForwardProtocol(quint16 port)
    : m_port(port)
{ }

qsizetype PortForwardProtocol::consumePrefix(int channel, QByteArrayView payload)
{
    qsizetype taken = 0;
    while (m_prefixSeen[channel] < 2 && taken < payload.size())
        m_prefix[channel][m_prefixSeen[channel]++] = static_cast<quint8>(payload[taken++]);
    if (taken > 0 && m_prefixSeen[channel] == 2) {
        const quint16 announced
            = static_cast<quint16>(m_prefix[channel][0] | m_prefix[channel][1] << 8);
        if (announced != m_port)
            return -1;
    }
    return taken;
}

PortForwardProtocol::Event PortForwardProtocol::handleMessage(const QByteArray &message)
{
    const std::optional<ChannelFrame> frame = ChannelFrame::decode(message);
    if (!frame)
        return {Event::Kind::ProtocolError, 0, tr("The server sent an empty message.")};
    if (frame->channel != kDataChannel && frame->channel != kErrorChannel) {
        return {Event::Kind::ProtocolError, 0,
            tr("The server sent a message on channel %1, which this forward does not use.")
                .arg(frame->channel)};
    }
    const int channel = frame->channel;
    const qsizetype taken = consumePrefix(channel, frame->payload);
    if (taken < 0) {
        const quint16 announced
            = static_cast<quint16>(m_prefix[channel][0] | m_prefix[channel][1] << 8);
        return {Event::Kind::ProtocolError, 0,
            tr("The server announced port %1 instead of %2.").arg(announced).arg(m_port)};
    }
    const qsizetype offset = 1 + taken;
    if (offset == message.size())
        return {};
    if (channel == kDataChannel)
        return {Event::Kind::Data, offset, {}};
    return {Event::Kind::Error, offset,
        QString::fromUtf8(QByteArrayView(message).sliced(offset)).trimmed()};
}

} // namespace Kt::Kube
