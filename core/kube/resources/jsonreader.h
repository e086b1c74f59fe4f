#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <memory>
#include <optional>

namespace Kt::Kube {

// Reads fields of an API object leniently but honestly: a missing field (or null, which the API
// sends for some empty ones) gives the default, a field of the wrong type gives the default too
// and is remembered as a problem (the first one, with its path), so that fromJson() can refuse
// the object with a Protocol error instead of showing made-up values. Never crashes on any input.
// Readers of nested objects share the problem of their root.
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    explicit JsonReader(const QJsonObject &object);

    const QJsonObject &json() const { return m_object; }
    bool has(const QString &key) const;

    QString string(const QString &key) const;
    qint64 integer(const QString &key, qint64 fallback = 0) const;
    std::optional<qint64> optionalInteger(const QString &key) const;
    bool boolean(const QString &key, bool fallback = false) const;
    std::optional<bool> optionalBoolean(const QString &key) const;
    // An RFC 3339 time ("2024-05-01T10:00:00Z", with or without fractions); invalid when absent.
    QDateTime timestamp(const QString &key) const;
    // An object of strings (labels, annotations, selectors, ConfigMap data).
    QMap<QString, QString> stringMap(const QString &key) const;
    QStringList strings(const QString &key) const;
    QJsonValue value(const QString &key) const { return m_object.value(key); }

    // A nested object; an empty reader when absent.
    JsonReader object(const QString &key) const;
    // An array of objects.
    QList<JsonReader> objects(const QString &key) const;

    // A `kind` field, when present, must be `kind` (a Pod parser given a Service is a problem).
    void expectKind(const QString &kind) const;
    // Records a problem found by the caller (e.g. a value out of range).
    void problem(const QString &key, const QString &what) const;
    bool ok() const { return m_state->problem.isEmpty(); }
    QString firstProblem() const { return m_state->problem; }
    // The Protocol error for an object of `kind` that could not be read.
    Error error(const QString &kind) const;

private:
    struct State
    {
        QString problem;
    };

    JsonReader(const QJsonObject &object, QString path, std::shared_ptr<State> state);
    QString pathOf(const QString &key) const;
    // The value when present and not null, and of `type`; else a problem (wrong type) or nothing.
    std::optional<QJsonValue> typed(const QString &key, QJsonValue::Type type) const;

    QJsonObject m_object;
    QString m_path;
    std::shared_ptr<State> m_state;
};

} // namespace Kt::Kube
