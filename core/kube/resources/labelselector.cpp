#include "labelselector.h"

namespace Kt::Kube {

bool LabelSelector::matches(const QMap<QString, QString> &labels) const
{
    for (auto it = matchLabels.constBegin(); it != matchLabels.constEnd(); ++it) {
        const auto found = labels.constFind(it.key());
        if (found == labels.constEnd() || *found != it.value())
            return false;
    }
    for (const Requirement &requirement : matchExpressions) {
        const bool present = labels.contains(requirement.key);
        const QString value = labels.value(requirement.key);
        if (requirement.op == QLatin1String("In")) {
            if (!present || !requirement.values.contains(value))
                return false;
        } else if (requirement.op == QLatin1String("NotIn")) {
            if (present && requirement.values.contains(value))
                return false;
        } else if (requirement.op == QLatin1String("Exists")) {
            if (!present)
                return false;
        } else if (requirement.op == QLatin1String("DoesNotExist")) {
            if (present)
                return false;
        } else {
            return false; // an operator we do not know selects nothing, as in the API server
        }
    }
    return true;
}

QString LabelSelector::toString() const
{
    QStringList parts;
    for (auto it = matchLabels.constBegin(); it != matchLabels.constEnd(); ++it)
        parts.append(it.key() + QLatin1Char('=') + it.value());
    for (const Requirement &requirement : matchExpressions) {
        const QString values = requirement.values.join(QLatin1Char(','));
        if (requirement.op == QLatin1String("In"))
            parts.append(requirement.key + QStringLiteral(" in (") + values + QLatin1Char(')'));
        else if (requirement.op == QLatin1String("NotIn"))
            parts.append(requirement.key + QStringLiteral(" notin (") + values + QLatin1Char(')'));
        else if (requirement.op == QLatin1String("Exists"))
            parts.append(requirement.key);
        else if (requirement.op == QLatin1String("DoesNotExist"))
            parts.append(QLatin1Char('!') + requirement.key);
    }
    return parts.join(QLatin1Char(','));
}

LabelSelector LabelSelector::read(const JsonReader &reader)
{
    LabelSelector selector;
    selector.matchLabels = reader.stringMap(QStringLiteral("matchLabels"));
    for (const JsonReader &expression : reader.objects(QStringLiteral("matchExpressions"))) {
        selector.matchExpressions.append({expression.string(QStringLiteral("key")),
            expression.string(QStringLiteral("operator")),
            expression.strings(QStringLiteral("values"))});
    }
    return selector;
}

} // namespace Kt::Kube
