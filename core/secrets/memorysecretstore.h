#pragma once

#include "secretstore.h"

#include <QHash>

namespace Kt::Secrets {

// A SecretStore that keeps values in memory only: for tests, and for `--no-keychain` headless
// runs where the keys die with the process anyway.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    explicit MemorySecretStore(QObject *parent = nullptr);

    void writeSecret(const QString &key, const QByteArray &value, DoneCallback done) override;
    void readSecret(const QString &key, ReadCallback done) override;
    void removeSecret(const QString &key, DoneCallback done) override;

    qsizetype count() const { return m_values.size(); }

private:
    QHash<QString, QByteArray> m_values;
};

} // namespace Kt::Secrets
