// Fuzz target: the SOCKS5 / HTTP CONNECT / HTTP proxy opening a local client sends to the proxy,
// fed in pieces (the first byte picks the piece size) as a socket delivers it.
#include "tunnel/proxyhandshake.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const qsizetype step = 1 + data[0] % 32;
    const QByteArray bytes(
        reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    Kt::Tunnel::ProxyHandshake handshake;
    for (qsizetype pos = 0; pos < bytes.size(); pos += step) {
        const auto status = handshake.feed(bytes.mid(pos, step));
        (void)handshake.takeReply();
        if (status == Kt::Tunnel::ProxyHandshake::Status::Ready) {
            (void)handshake.host();
            (void)handshake.successReply();
            (void)handshake.failureReply();
            (void)handshake.pendingData();
            break;
        }
        if (status == Kt::Tunnel::ProxyHandshake::Status::Failed)
            break;
    }
    return 0;
}
