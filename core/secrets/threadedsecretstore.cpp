#include "threadedsecretstore.h"

#include <QMetaObject>

namespace Kt::Secrets {

namespace {

// One call, whatever its answer type: `call` runs on `target`'s thread (the target is gone:
// an error answer instead), and its answer is handed to `done` on `self`'s thread.
template<typename Answer>
void forward(ThreadedSecretStore *self, const QPointer<SecretStore> &target, const QString &key,
    std::function<void(SecretStore *, std::function<void(Answer)>)> call,
    std::function<void(Answer)> done)
{
    const QPointer<ThreadedSecretStore> caller(self);
    auto answer = [caller, done = std::move(done)](Answer result) {
        if (caller) {
            QMetaObject::invokeMethod(
                caller.data(), [done, result] { done(result); }, Qt::QueuedConnection);
        }
    };
    if (!target) {
        answer(Error {ErrorCode::Unavailable,
            ThreadedSecretStore::tr("The keychain was closed before secret %1 was handled.")
                .arg(key),
            {}, {}});
        return;
    }
    QMetaObject::invokeMethod(
        target.data(),
        [target, call = std::move(call), answer = std::move(answer)] { call(target, answer); },
        Qt::QueuedConnection);
}

} // namespace

ThreadedSecretStore::ThreadedSecretStore(SecretStore *target, QObject *parent)
    : SecretStore(parent)
    , m_target(target)
{ }

void ThreadedSecretStore::writeSecret(
    const QString &key, const QByteArray &value, DoneCallback done)
{
    forward<Result<void>>(
        this, m_target, key,
        [key, value](SecretStore *target, DoneCallback answer) {
            target->writeSecret(key, value, std::move(answer));
        },
        std::move(done));
}

void ThreadedSecretStore::readSecret(const QString &key, ReadCallback done)
{
    forward<Result<QByteArray>>(
        this, m_target, key,
        [key](SecretStore *target, ReadCallback answer) {
            target->readSecret(key, std::move(answer));
        },
        std::move(done));
}

void ThreadedSecretStore::removeSecret(const QString &key, DoneCallback done)
{
    forward<Result<void>>(
        this, m_target, key,
        [key](SecretStore *target, DoneCallback answer) {
            target->removeSecret(key, std::move(answer));
        },
        std::move(done));
}

} // namespace Kt::Secrets
