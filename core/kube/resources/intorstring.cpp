#include "intorstring.h"

#include <limits>

namespace Kt::Kube {

IntOrString IntOrString::read(const JsonReader &reader, const QString &key)
{
    const QJsonValue value = reader.value(key);
    if (value.isString())
        return fromString(value.toString());
    if (value.isDouble()) {
        const std::optional<qint64> number = reader.optionalInteger(key);
        if (!number)
            return {};
        if (*number < std::numeric_limits<int>::min()
            || *number > std::numeric_limits<int>::max()) {
            reader.problem(key, JsonReader::tr("is out of range"));
            return {};
        }
        return fromInt(int(*number));
    }
    if (!value.isUndefined() && !value.isNull())
        reader.problem(key, JsonReader::tr("is neither a number nor a string"));
    return {};
}

} // namespace Kt::Kube
