#pragma once

#include "secretstore.h"

namespace Kt::Secrets {

// The OS keychain through QtKeychain (Secret Service on Linux). A keychain that is not ready
// yet (locked, daemon still starting) gets one retry before the error reaches the caller.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    // `service` groups KtDesk's entries in the keychain; tests use their own to stay apart.
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    void writeSecret(const QString &key, const QByteArray &value, DoneCallback done) override;
    void readSecret(const QString &key, ReadCallback done) override;
    void removeSecret(const QString &key, DoneCallback done) override;

private:
    enum class Operation { Write, Read, Remove };
    void run(Operation operation, const QString &key, const QByteArray &value, int attempt,
        std::function<void(Result<QByteArray>)> done);

    QString m_service;
};

} // namespace Kt::Secrets
