#include "keychainsecretstore.h"

#include "common/logging.h"

#include <qt6keychain/keychain.h>

#include <QTimer>

namespace Kt::Secrets {

namespace {

constexpr int kRetryDelayMs = 400;

Error toError(QKeychain::Error code, const QString &key, const QString &text)
{
    switch (code) {
    case QKeychain::EntryNotFound:
        return {ErrorCode::NotFound,
            KeychainSecretStore::tr("No secret named %1 is in the keychain.").arg(key), text, {}};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {ErrorCode::Forbidden,
            KeychainSecretStore::tr("The keychain refused access to %1.").arg(key), text,
            KeychainSecretStore::tr("Unlock the keychain and allow KtDesk to use it.")};
    case QKeychain::NoBackendAvailable:
        return {ErrorCode::Unavailable,
            KeychainSecretStore::tr("No keychain is available to store %1.").arg(key), text,
            KeychainSecretStore::tr(
                "Start a Secret Service such as GNOME Keyring or KWallet and unlock it.")};
    default:
        return {ErrorCode::Unavailable,
            KeychainSecretStore::tr("The keychain failed on %1.").arg(key), text,
            KeychainSecretStore::tr("Check that the keychain is running and unlocked.")};
    }
}

bool worthRetrying(QKeychain::Error code)
{
    return code == QKeychain::NoBackendAvailable || code == QKeychain::OtherError;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{ }

void KeychainSecretStore::writeSecret(
    const QString &key, const QByteArray &value, DoneCallback done)
{
    run(Operation::Write, key, value, 0, [done = std::move(done)](Result<QByteArray> result) {
        done(result ? Result<void>() : Result<void>(result.error()));
    });
}

void KeychainSecretStore::readSecret(const QString &key, ReadCallback done)
{
    run(Operation::Read, key, {}, 0, std::move(done));
}

void KeychainSecretStore::removeSecret(const QString &key, DoneCallback done)
{
    run(Operation::Remove, key, {}, 0, [done = std::move(done)](Result<QByteArray> result) {
        if (!result && result.error().code != ErrorCode::NotFound)
            return done(result.error());
        done({});
    });
}

void KeychainSecretStore::run(Operation operation, const QString &key, const QByteArray &value,
    int attempt, std::function<void(Result<QByteArray>)> done)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service, this);
        write->setBinaryData(value);
        job = write;
        break;
    }
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    job->setKey(key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never let QtKeychain fall back to a plain file

    connect(job, &QKeychain::Job::finished, this,
        [this, operation, key, value, attempt, done = std::move(done)](
            QKeychain::Job *finished) mutable {
            const QKeychain::Error code = finished->error();
            if (code == QKeychain::NoError) {
                if (operation == Operation::Read)
                    return done(static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData());
                return done(QByteArray());
            }
            if (attempt == 0 && worthRetrying(code)) {
                qCInfo(ktSecrets) << "keychain not ready for" << key
                                  << "- retrying once:" << finished->errorString();
                QTimer::singleShot(kRetryDelayMs, this,
                    [this, operation, key, value, done = std::move(done)]() mutable {
                        run(operation, key, value, 1, std::move(done));
                    });
                return;
            }
            qCWarning(ktSecrets) << "keychain operation on" << key
                                 << "failed:" << finished->errorString();
            done(toError(code, key, finished->errorString()));
        });
    job->start();
}

} // namespace Kt::Secrets
