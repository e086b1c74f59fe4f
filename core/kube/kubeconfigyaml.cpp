#include "kubeconfigyaml.h"

#include "kube/kubeconfigloader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace Kt::Kube::KubeconfigYaml {

namespace {

// What a YAML scalar is once typed the way Go's yaml.v2 does it (kubectl converts YAML to JSON
// with it before decoding). yaml-cpp gives only text, so the typing is redone here.
enum class ScalarType { Null, Bool, Number, String };

struct TypedScalar
{
    ScalarType type = ScalarType::Null;
    bool boolValue = false;
};

std::optional<bool> yaml11Bool(const std::string &text)
{
    static const char *const kTrue[]
        = {"y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"};
    static const char *const kFalse[]
        = {"n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"};
    for (const char *word : kTrue) {
        if (text == word)
            return true;
    }
    for (const char *word : kFalse) {
        if (text == word)
            return false;
    }
    return std::nullopt;
}

// Go's strconv.ParseInt(s, 0, 64) syntax: sign, then 0x/0o/0b prefixes, a leading 0 for octal, or
// decimal. Overflow is not modelled (huge numbers are still numbers in practice).
bool isGoInteger(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[-+]?(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$"));
    return pattern.match(text).hasMatch();
}

bool isYamlStyleFloat(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    return pattern.match(text).hasMatch();
}

// yaml.v2's resolve() for a plain (unquoted, untagged) scalar.
TypedScalar resolvePlain(const std::string &text)
{
    if (text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL")
        return {ScalarType::Null, false};
    if (const auto value = yaml11Bool(text))
        return {ScalarType::Bool, *value};
    static const char *const kSpecialFloats[] = {".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF",
        "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF"};
    for (const char *word : kSpecialFloats) {
        if (text == word)
            return {ScalarType::Number, false};
    }
    const char first = text.front();
    const QString qtext = QString::fromStdString(text);
    if (first == '.') {
        if (isYamlStyleFloat(qtext))
            return {ScalarType::Number, false};
    } else if (first == '+' || first == '-' || (first >= '0' && first <= '9')) {
        QString plain = qtext;
        plain.remove(QLatin1Char('_'));
        if (isGoInteger(plain) || isYamlStyleFloat(plain))
            return {ScalarType::Number, false};
    }
    return {ScalarType::String, false};
}

TypedScalar typeOf(const YAML::Node &node)
{
    if (node.IsNull())
        return {ScalarType::Null, false};
    const std::string &tag = node.Tag();
    const std::string &text = node.Scalar();
    if (tag == "!" || tag == "tag:yaml.org,2002:str" || tag == "tag:yaml.org,2002:binary")
        return {ScalarType::String, false};
    if (tag == "tag:yaml.org,2002:null")
        return {ScalarType::Null, false};
    if (tag == "tag:yaml.org,2002:bool")
        return {ScalarType::Bool, yaml11Bool(text).value_or(false)};
    if (tag == "tag:yaml.org,2002:int" || tag == "tag:yaml.org,2002:float")
        return {ScalarType::Number, false};
    return resolvePlain(text);
}

bool isMergeKey(const YAML::Node &key)
{
    return key.IsScalar() && key.Tag() == "?" && key.Scalar() == "<<";
}

// Go's base64.StdEncoding as encoding/json uses it for []byte: padding required, CR and LF
// ignored, anything else outside the alphabet is an error.
std::optional<QByteArray> decodeStrictBase64(const QString &text)
{
    QByteArray data = text.toLatin1();
    data.replace('\r', QByteArray()).replace('\n', QByteArray());
    if (data.size() % 4 != 0)
        return std::nullopt;
    const qsizetype padding = data.endsWith("==") ? 2 : (data.endsWith('=') ? 1 : 0);
    for (qsizetype i = 0; i < data.size() - padding; ++i) {
        const char c = data.at(i);
        const bool valid = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
            || (c >= '0' && c <= '9') || c == '+' || c == '/';
        if (!valid)
            return std::nullopt;
    }
    return QByteArray::fromBase64(data);
}

// Fields whose values are secrets: errors about them never quote the value.
bool isSecretField(const QString &path)
{
    return path.endsWith(QLatin1String(".token")) || path.endsWith(QLatin1String(".password"))
        || path.endsWith(QLatin1String(".client-key-data"))
        || path.contains(QLatin1String(".auth-provider.config."))
        || (path.contains(QLatin1String(".exec.env[")) && path.endsWith(QLatin1String(".value")));
}

} // namespace

const YAML::Node *findEntry(const Entries &entries, const char *key)
{
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
        if (it->first == key)
            return &it->second;
    }
    return nullptr;
}

QString joinPath(const QString &path, const char *key)
{
    if (path.isEmpty())
        return QLatin1String(key);
    return path + QLatin1Char('.') + QLatin1String(key);
}

Reader::Reader(QString fileName)
    : m_fileName(std::move(fileName))
{ }

Error Reader::problem(const YAML::Node &node, const QString &message, const QString &hint) const
{
    const YAML::Mark mark = node.Mark();
    Error result;
    result.code = ErrorCode::InvalidInput;
    if (mark.is_null() || mark.line < 0) {
        result.message
            = KubeconfigLoader::tr("Cannot load kubeconfig %1: %2").arg(m_fileName, message);
    } else {
        result.message = KubeconfigLoader::tr("Cannot load kubeconfig %1: line %2, column %3: %4")
                             .arg(m_fileName)
                             .arg(mark.line + 1)
                             .arg(mark.column + 1)
                             .arg(message);
    }
    result.hint = hint;
    return result;
}

bool Reader::fail(const YAML::Node &node, const QString &message, const QString &hint)
{
    if (!error)
        error = problem(node, message, hint);
    return false;
}

QString Reader::describe(const YAML::Node &node) const
{
    if (node.IsMap())
        return KubeconfigLoader::tr("a mapping");
    if (node.IsSequence())
        return KubeconfigLoader::tr("a list");
    switch (typeOf(node).type) {
    case ScalarType::Null:
        return KubeconfigLoader::tr("empty");
    case ScalarType::Bool:
        return KubeconfigLoader::tr("the boolean %1").arg(QString::fromStdString(node.Scalar()));
    case ScalarType::Number:
        return KubeconfigLoader::tr("the number %1").arg(QString::fromStdString(node.Scalar()));
    case ScalarType::String:
        break;
    }
    return KubeconfigLoader::tr("the string \"%1\"").arg(QString::fromStdString(node.Scalar()));
}

bool Reader::mapping(const YAML::Node &node, const QString &path, Entries *out)
{
    out->clear();
    if (node.IsNull())
        return true;
    if (!node.IsMap()) {
        return fail(node,
            KubeconfigLoader::tr("%1 must be a mapping of keys to values, but it is %2.")
                .arg(path, describe(node)));
    }
    return appendEntries(node, path, out, 0);
}

bool Reader::sequence(const YAML::Node &node, const QString &path, std::vector<YAML::Node> *out)
{
    out->clear();
    if (node.IsNull())
        return true;
    if (!node.IsSequence()) {
        return fail(node,
            KubeconfigLoader::tr("%1 must be a list, but it is %2.").arg(path, describe(node)),
            KubeconfigLoader::tr("Write each entry on its own line starting with \"- \"."));
    }
    for (const YAML::Node &child : node)
        out->push_back(child);
    return true;
}

bool Reader::readString(const Entries &entries, const char *key, const QString &path, QString *out)
{
    const YAML::Node *node = findEntry(entries, key);
    if (!node)
        return true;
    return readString(*node, joinPath(path, key), out);
}

bool Reader::readString(const YAML::Node &node, const QString &path, QString *out)
{
    if (node.IsMap() || node.IsSequence()) {
        return fail(node,
            KubeconfigLoader::tr("%1 must be a string, but it is %2.").arg(path, describe(node)));
    }
    const TypedScalar typed = typeOf(node);
    switch (typed.type) {
    case ScalarType::Null:
        out->clear();
        return true;
    case ScalarType::String:
        *out = QString::fromStdString(node.Scalar());
        return true;
    case ScalarType::Bool:
        return fail(node,
            isSecretField(path)
                ? KubeconfigLoader::tr("%1 must be a string, but YAML reads it as a boolean.")
                      .arg(path)
                : KubeconfigLoader::tr("%1 must be a string, but YAML reads %2 as a boolean.")
                      .arg(path, QString::fromStdString(node.Scalar())),
            KubeconfigLoader::tr("Put the value in quotes (YAML 1.1, which kubectl follows, "
                                 "reads y, n, yes, no, on and off as booleans)."));
    case ScalarType::Number:
        break;
    }
    return fail(node,
        isSecretField(path)
            ? KubeconfigLoader::tr("%1 must be a string, but YAML reads it as a number.").arg(path)
            : KubeconfigLoader::tr("%1 must be a string, but YAML reads %2 as a number.")
                  .arg(path, QString::fromStdString(node.Scalar())),
        KubeconfigLoader::tr("Put the value in quotes."));
}

bool Reader::readBool(const Entries &entries, const char *key, const QString &path, bool *out)
{
    const YAML::Node *node = findEntry(entries, key);
    if (!node)
        return true;
    const QString fieldPath = joinPath(path, key);
    if (!node->IsMap() && !node->IsSequence()) {
        const TypedScalar typed = typeOf(*node);
        if (typed.type == ScalarType::Null) {
            *out = false;
            return true;
        }
        if (typed.type == ScalarType::Bool) {
            *out = typed.boolValue;
            return true;
        }
    }
    return fail(*node,
        KubeconfigLoader::tr("%1 must be true or false, but it is %2.")
            .arg(fieldPath, describe(*node)),
        KubeconfigLoader::tr("Write true or false without quotes."));
}

bool Reader::readBytes(
    const Entries &entries, const char *key, const QString &path, QByteArray *out)
{
    const YAML::Node *node = findEntry(entries, key);
    if (!node)
        return true;
    const QString fieldPath = joinPath(path, key);
    QString text;
    if (!readString(*node, fieldPath, &text))
        return false;
    const std::optional<QByteArray> decoded = decodeStrictBase64(text);
    if (!decoded) {
        return fail(*node, KubeconfigLoader::tr("%1 is not valid base64 data.").arg(fieldPath),
            KubeconfigLoader::tr("Encode the PEM file with \"base64 -w0 FILE\" and paste the "
                                 "result, or name the file in the field without -data."));
    }
    *out = *decoded;
    return true;
}

bool Reader::readStringList(
    const Entries &entries, const char *key, const QString &path, QStringList *out)
{
    const YAML::Node *node = findEntry(entries, key);
    if (!node)
        return true;
    const QString fieldPath = joinPath(path, key);
    std::vector<YAML::Node> items;
    if (!sequence(*node, fieldPath, &items))
        return false;
    out->clear();
    for (size_t i = 0; i < items.size(); ++i) {
        QString value;
        if (!readString(items[i], fieldPath + QStringLiteral("[%1]").arg(i), &value))
            return false;
        out->append(value);
    }
    return true;
}

bool Reader::readStringMap(
    const Entries &entries, const char *key, const QString &path, QMap<QString, QString> *out)
{
    const YAML::Node *node = findEntry(entries, key);
    if (!node)
        return true;
    const QString fieldPath = joinPath(path, key);
    Entries items;
    if (!mapping(*node, fieldPath, &items))
        return false;
    out->clear();
    for (const auto &[name, value] : items) {
        QString text;
        const QString qname = QString::fromStdString(name);
        if (!readString(value, fieldPath + QLatin1Char('.') + qname, &text))
            return false;
        out->insert(qname, text);
    }
    return true;
}

QJsonValue Reader::toJson(const YAML::Node &node, int depth)
{
    if (depth > 64)
        return QJsonValue();
    if (node.IsSequence()) {
        QJsonArray array;
        for (const YAML::Node &child : node)
            array.append(toJson(child, depth + 1));
        return array;
    }
    if (node.IsMap()) {
        Entries entries;
        QJsonObject object;
        if (appendEntries(node, QString(), &entries, depth + 1)) {
            for (const auto &[key, value] : entries)
                object.insert(QString::fromStdString(key), toJson(value, depth + 1));
        }
        return object;
    }
    const TypedScalar typed = typeOf(node);
    switch (typed.type) {
    case ScalarType::Null:
        return QJsonValue();
    case ScalarType::Bool:
        return typed.boolValue;
    case ScalarType::Number: {
        QString plain = QString::fromStdString(node.Scalar());
        plain.remove(QLatin1Char('_'));
        bool ok = false;
        const qlonglong integer = plain.toLongLong(&ok, 0);
        if (ok)
            return integer;
        return plain.toDouble();
    }
    case ScalarType::String:
        break;
    }
    return QString::fromStdString(node.Scalar());
}

bool Reader::appendEntries(const YAML::Node &node, const QString &path, Entries *out, int depth)
{
    if (depth > 64)
        return fail(node, KubeconfigLoader::tr("%1 nests merge keys too deeply.").arg(path));
    for (auto it = node.begin(); it != node.end(); ++it) {
        const YAML::Node key = it->first;
        const YAML::Node value = it->second;
        if (isMergeKey(key)) {
            // yaml.v2 applies a merge where it stands: keys written after it override the
            // merged ones, keys written before it are overridden. In a list of merged maps,
            // earlier maps win.
            if (value.IsMap()) {
                if (!appendEntries(value, path, out, depth + 1))
                    return false;
            } else if (value.IsSequence()) {
                for (std::size_t i = value.size(); i > 0; --i) {
                    const YAML::Node item = value[i - 1];
                    if (!item.IsMap()) {
                        return fail(item,
                            KubeconfigLoader::tr("A << merge key needs a mapping or a list of "
                                                 "mappings."));
                    }
                    if (!appendEntries(item, path, out, depth + 1))
                        return false;
                }
            } else {
                return fail(value,
                    KubeconfigLoader::tr("A << merge key needs a mapping or a list of "
                                         "mappings."));
            }
            continue;
        }
        if (!key.IsScalar())
            continue; // a complex key can never name a kubeconfig field
        out->emplace_back(key.Scalar(), value);
    }
    return true;
}

} // namespace Kt::Kube::KubeconfigYaml
