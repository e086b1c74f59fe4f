#include "memorysecretstore.h"

#include <QTimer>

namespace Kt::Secrets {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{ }

void MemorySecretStore::writeSecret(const QString &key, const QByteArray &value, DoneCallback done)
{
    m_values.insert(key, value);
    QTimer::singleShot(0, this, [done = std::move(done)] { done({}); });
}

void MemorySecretStore::readSecret(const QString &key, ReadCallback done)
{
    const auto it = m_values.constFind(key);
    if (it == m_values.cend()) {
        Error error {ErrorCode::NotFound, tr("No secret named %1 is stored.").arg(key), {}, {}};
        QTimer::singleShot(0, this, [done = std::move(done), error] { done(error); });
        return;
    }
    QTimer::singleShot(0, this, [done = std::move(done), value = *it] { done(value); });
}

void MemorySecretStore::removeSecret(const QString &key, DoneCallback done)
{
    m_values.remove(key);
    QTimer::singleShot(0, this, [done = std::move(done)] { done({}); });
}

} // namespace Kt::Secrets
