#include "condition.h"

namespace Kt::Kube {

Condition Condition::read(const JsonReader &reader)
{
    Condition condition;
    condition.type = reader.string(QStringLiteral("type"));
    condition.status = reader.string(QStringLiteral("status"));
    condition.reason = reader.string(QStringLiteral("reason"));
    condition.message = reader.string(QStringLiteral("message"));
    condition.lastTransitionTime = reader.timestamp(QStringLiteral("lastTransitionTime"));
    return condition;
}

QList<Condition> Condition::readAll(const JsonReader &status)
{
    QList<Condition> conditions;
    for (const JsonReader &reader : status.objects(QStringLiteral("conditions")))
        conditions.append(read(reader));
    return conditions;
}

std::optional<Condition> Condition::find(const QList<Condition> &conditions, const QString &type)
{
    for (const Condition &condition : conditions) {
        if (condition.type == type)
            return condition;
    }
    return std::nullopt;
}

} // namespace Kt::Kube
