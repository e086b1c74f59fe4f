#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Kt::Tunnel {

// A per-session SSH key pair that KtDesk generates. The private half goes to the SecretStore
// (never a file); the public half, in authorized_keys format, into the shadow's ConfigMap.
struct SshKeyPair
{
    Q_DECLARE_TR_FUNCTIONS(SshKeyPair)

public:
    enum class Type {
        Ed25519, // default: small and fast
        Rsa, // for shadows whose sshd only takes RSA/ECDSA keys (kt-connect's image)
    };

    QByteArray privateKey; // OpenSSH private key, base64 text (secret: never log)
    QByteArray publicKey; // "ssh-ed25519 AAAA... comment"

    static Result<SshKeyPair> generate(Type type, const QString &comment);
    // Rebuilds the pair from a private key read back from the SecretStore.
    static Result<SshKeyPair> fromPrivateKey(const QByteArray &privateKey, const QString &comment);
};

} // namespace Kt::Tunnel
