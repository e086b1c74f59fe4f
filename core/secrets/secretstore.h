#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace Kt::Secrets {

// Where SSH private keys and tokens live. Nothing secret is ever written to a plain file.
// Every call completes asynchronously, exactly once, on the thread the store lives in —
// also for implementations that could answer at once, so callers cannot come to depend on it.
// Keys are names like "ssh/<context>/<shadow>"; they may be logged, values never.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(Result<QByteArray>)>;
    using DoneCallback = std::function<void(Result<void>)>;

    using QObject::QObject;
    ~SecretStore() override = default;

    virtual void writeSecret(const QString &key, const QByteArray &value, DoneCallback done) = 0;
    virtual void readSecret(const QString &key, ReadCallback done) = 0;
    // Removing a key that does not exist succeeds: the caller wanted it gone.
    virtual void removeSecret(const QString &key, DoneCallback done) = 0;
};

} // namespace Kt::Secrets
