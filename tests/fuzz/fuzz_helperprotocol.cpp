// Fuzz target: ktdesk-helper's request parser (what runs as root reads this from its client).
// A request that is accepted must survive encode -> parse unchanged.
#include "platform/helperprotocol.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Kt::Platform;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray line(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    qint64 id = -1;
    const auto request = HelperProtocol::parseRequest(line, &id);
    if (request) {
        QByteArray encoded = HelperProtocol::encodeRequest(*request);
        encoded.chop(1); // the newline
        const auto again = HelperProtocol::parseRequest(encoded);
        if (!again || !(*again == *request))
            std::abort();
    } else {
        (void)HelperProtocol::encodeReply(HelperReply {id, false, request.error().message, {}});
    }
    (void)HelperProtocol::parseReply(line);
    return 0;
}
