#include "jsonreader.h"

#include <cmath>

namespace Kt::Kube {

namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QString expectedName(QJsonValue::Type type)
{
    return typeName(QJsonValue(type));
}

} // namespace

JsonReader::JsonReader(const QJsonObject &object)
    : m_object(object)
    , m_state(std::make_shared<State>())
{ }

JsonReader::JsonReader(const QJsonObject &object, QString path, std::shared_ptr<State> state)
    : m_object(object)
    , m_path(std::move(path))
    , m_state(std::move(state))
{ }

QString JsonReader::pathOf(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

void JsonReader::problem(const QString &key, const QString &what) const
{
    if (m_state->problem.isEmpty())
        m_state->problem = pathOf(key) + QStringLiteral(" ") + what;
}

void JsonReader::expectKind(const QString &kind) const
{
    const QString actual = string(QStringLiteral("kind"));
    if (!actual.isEmpty() && actual != kind)
        problem(QStringLiteral("kind"), tr("is \"%1\", not \"%2\"").arg(actual, kind));
}

bool JsonReader::has(const QString &key) const
{
    const QJsonValue value = m_object.value(key);
    return !value.isUndefined() && !value.isNull();
}

std::optional<QJsonValue> JsonReader::typed(const QString &key, QJsonValue::Type type) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (value.type() != type) {
        problem(key, tr("is %1 where %2 belongs").arg(typeName(value), expectedName(type)));
        return std::nullopt;
    }
    return value;
}

QString JsonReader::string(const QString &key) const
{
    const auto value = typed(key, QJsonValue::String);
    return value ? value->toString() : QString();
}

std::optional<qint64> JsonReader::optionalInteger(const QString &key) const
{
    const auto value = typed(key, QJsonValue::Double);
    if (!value)
        return std::nullopt;
    const double number = value->toDouble();
    if (!std::isfinite(number) || std::trunc(number) != number || std::fabs(number) > 9.0e15) {
        problem(key, tr("is not a whole number"));
        return std::nullopt;
    }
    return qint64(number);
}

qint64 JsonReader::integer(const QString &key, qint64 fallback) const
{
    return optionalInteger(key).value_or(fallback);
}

std::optional<bool> JsonReader::optionalBoolean(const QString &key) const
{
    const auto value = typed(key, QJsonValue::Bool);
    if (!value)
        return std::nullopt;
    return value->toBool();
}

bool JsonReader::boolean(const QString &key, bool fallback) const
{
    return optionalBoolean(key).value_or(fallback);
}

QDateTime JsonReader::timestamp(const QString &key) const
{
    const QString text = string(key);
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        problem(key, tr("is not a time (\"%1\")").arg(text.left(40)));
        return {};
    }
    return time.toUTC();
}

QMap<QString, QString> JsonReader::stringMap(const QString &key) const
{
    QMap<QString, QString> map;
    const auto value = typed(key, QJsonValue::Object);
    if (!value)
        return map;
    const QJsonObject object = value->toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.value().isNull())
            continue;
        if (!it.value().isString()) {
            problem(key + QLatin1Char('.') + it.key(),
                tr("is %1 where a string belongs").arg(typeName(it.value())));
            continue;
        }
        map.insert(it.key(), it.value().toString());
    }
    return map;
}

QStringList JsonReader::strings(const QString &key) const
{
    QStringList list;
    const auto value = typed(key, QJsonValue::Array);
    if (!value)
        return list;
    const QJsonArray array = value->toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            problem(key + QStringLiteral("[%1]").arg(i),
                tr("is %1 where a string belongs").arg(typeName(array.at(i))));
            continue;
        }
        list.append(array.at(i).toString());
    }
    return list;
}

JsonReader JsonReader::object(const QString &key) const
{
    const auto value = typed(key, QJsonValue::Object);
    return JsonReader(value ? value->toObject() : QJsonObject(), pathOf(key), m_state);
}

QList<JsonReader> JsonReader::objects(const QString &key) const
{
    QList<JsonReader> readers;
    const auto value = typed(key, QJsonValue::Array);
    if (!value)
        return readers;
    const QJsonArray array = value->toArray();
    readers.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = pathOf(key) + QStringLiteral("[%1]").arg(i);
        if (!array.at(i).isObject()) {
            if (m_state->problem.isEmpty()) {
                m_state->problem = path + QLatin1Char(' ')
                    + tr("is %1 where an object belongs").arg(typeName(array.at(i)));
            }
            continue;
        }
        readers.append(JsonReader(array.at(i).toObject(), path, m_state));
    }
    return readers;
}

Error JsonReader::error(const QString &kind) const
{
    return Error {ErrorCode::Protocol,
        tr("The API server sent a %1 that KtDesk cannot read: %2.").arg(kind, firstProblem()),
        firstProblem(), // not the object: it may be a Secret
        tr("This is a bug in KtDesk or an unusual API server; please report it.")};
}

} // namespace Kt::Kube
