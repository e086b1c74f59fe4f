#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>

namespace Kt::Tunnel {

// Where and how an SshTunnel connects: an already connected stream socket (e.g. one end of a
// socketpair pumped through a port-forward), or a host and port to dial.
struct SshEndpoint
{
    int fd = -1; // taken over by the tunnel when >= 0
    QString host;
    quint16 port = 22;
    QString user = QStringLiteral("root");
    QByteArray privateKey; // OpenSSH private key text (from the SecretStore; never logged)
    QByteArray pinnedHostKey; // "SHA256:..." of the server's host key; empty: learn it now
    std::chrono::milliseconds connectTimeout {10000};
    std::chrono::milliseconds keepaliveInterval {15000};
    QString description; // for messages, e.g. "shadow pod default/kt-connect-shadow-abcde"
};

} // namespace Kt::Tunnel
