#pragma once

#include "secretstore.h"

#include <QPointer>

namespace Kt::Secrets {

// A SecretStore for objects on another thread than the real store: each call goes to `target`
// on the target's thread, and its answer comes back to the thread this object lives on. The
// sessions' engine thread uses it so that the keychain (QtKeychain, libsecret or D-Bus) stays on
// the main thread, where it is known to work, while each session's callbacks still run on the
// session's own thread. A target that is gone answers with an error, never silence.
class ThreadedSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadedSecretStore)

public:
    explicit ThreadedSecretStore(SecretStore *target, QObject *parent = nullptr);

    void writeSecret(const QString &key, const QByteArray &value, DoneCallback done) override;
    void readSecret(const QString &key, ReadCallback done) override;
    void removeSecret(const QString &key, DoneCallback done) override;

private:
    QPointer<SecretStore> m_target;
};

} // namespace Kt::Secrets
