#include "sshkeypair.h"

#include <libssh/libssh.h>

#include <memory>

namespace Kt::Tunnel {

namespace {

struct KeyDeleter
{
    void operator()(ssh_key key) const { ssh_key_free(key); }
};
using KeyPtr = std::unique_ptr<std::remove_pointer_t<ssh_key>, KeyDeleter>;

Result<SshKeyPair> fromKey(ssh_key key, const QString &comment)
{
    char *privateText = nullptr;
    if (ssh_pki_export_privkey_base64(key, nullptr, nullptr, nullptr, &privateText) != SSH_OK)
        return Error {
            ErrorCode::Internal, SshKeyPair::tr("Could not export the SSH private key."), {}, {}};
    SshKeyPair pair;
    pair.privateKey = QByteArray(privateText);
    ssh_string_free_char(privateText);

    char *publicBase64 = nullptr;
    if (ssh_pki_export_pubkey_base64(key, &publicBase64) != SSH_OK)
        return Error {
            ErrorCode::Internal, SshKeyPair::tr("Could not export the SSH public key."), {}, {}};
    pair.publicKey = QByteArray(ssh_key_type_to_char(ssh_key_type(key))) + ' '
        + QByteArray(publicBase64) + ' ' + comment.toUtf8();
    ssh_string_free_char(publicBase64);
    return pair;
}

} // namespace

Result<SshKeyPair> SshKeyPair::generate(Type type, const QString &comment)
{
    ssh_key raw = nullptr;
    const int rc = type == Type::Ed25519 ? ssh_pki_generate(SSH_KEYTYPE_ED25519, 0, &raw)
                                         : ssh_pki_generate(SSH_KEYTYPE_RSA, 3072, &raw);
    KeyPtr key(raw);
    if (rc != SSH_OK || !key)
        return Error {ErrorCode::Internal, tr("Could not generate an SSH key."), {}, {}};
    return fromKey(key.get(), comment);
}

Result<SshKeyPair> SshKeyPair::fromPrivateKey(const QByteArray &privateKey, const QString &comment)
{
    ssh_key raw = nullptr;
    const QByteArray text = privateKey + '\0';
    if (ssh_pki_import_privkey_base64(text.constData(), nullptr, nullptr, nullptr, &raw) != SSH_OK)
        return Error {ErrorCode::InvalidInput, tr("The stored SSH private key cannot be read."), {},
            tr("Stop the session and start it again: KtDesk makes a new key.")};
    KeyPtr key(raw);
    return fromKey(key.get(), comment);
}

} // namespace Kt::Tunnel
