// Fuzz target: SPDY/3 frames as a SPDY port-forward receives them from the API server: the input
// is a byte stream cut into frames by their own length fields (as the connection does), each
// decoded; header blocks (SYN_STREAM, SYN_REPLY, HEADERS) go through one connection's inflater.
#include "kube/spdyframe.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Kt::Kube::Spdy;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    HeaderDecoder headers;
    size_t pos = 0;
    while (size - pos >= static_cast<size_t>(FrameHeader::kSize)) {
        const FrameHeader header = FrameHeader::parse(reinterpret_cast<const char *>(data + pos));
        pos += FrameHeader::kSize;
        const size_t length = std::min<size_t>(header.length, size - pos);
        QByteArray payload(
            reinterpret_cast<const char *>(data + pos), static_cast<qsizetype>(length));
        pos += length;
        QByteArray error;
        const auto frame = Frame::decode(header, payload, &error);
        if (!frame) {
            if (error.isEmpty())
                std::abort(); // a refusal always says why
            break;
        }
        if (frame->isData()) {
            const QByteArray again
                = FrameWriter::dataHeader(frame->streamId, frame->payload.size(), frame->flags);
            if (length == header.length
                && FrameHeader::parse(again.constData()).length != header.length)
                std::abort(); // encode and decode agree
        } else if (frame->type == ControlType::SynStream || frame->type == ControlType::SynReply
            || frame->type == ControlType::Headers) {
            (void)headers.decode(frame->payload);
        }
    }
    return 0;
}
