// Fuzz target: WebSocket channel framing (v4.channel.k8s.io) as port-forward receives it: the
// input is cut into messages (one length byte before each), decoded as channel frames and run
// through the port-forward receiver, which checks the port prefixes and reports errors.
#include "kube/channelframe.h"
#include "kube/portforwardprotocol.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Kt::Kube;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const quint16 port = static_cast<quint16>(data[0] | (data[1] << 8));
    PortForwardProtocol protocol(port);
    size_t pos = 2;
    while (pos < size) {
        const size_t length = std::min<size_t>(data[pos], size - pos - 1);
        const QByteArray message(
            reinterpret_cast<const char *>(data + pos + 1), static_cast<qsizetype>(length));
        pos += 1 + length;
        if (const auto frame = ChannelFrame::decode(message)) {
            const QByteArray again = ChannelFrame::encode(frame->channel, frame->payload);
            if (again != message)
                std::abort(); // decode and encode are inverse
        }
        const auto event = protocol.handleMessage(message);
        if (event.kind == PortForwardProtocol::Event::Kind::Data
            && (event.offset < 0 || event.offset > message.size()))
            std::abort(); // the data must lie inside the message
        if (event.kind == PortForwardProtocol::Event::Kind::ProtocolError)
            break;
    }
    return 0;
}
