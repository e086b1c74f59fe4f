#pragma once

#include "common/error.h"

#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

// Reading a kubeconfig file's YAML as kubectl does (its yaml.v2: YAML 1.1 scalars, merge keys,
// the last of repeated keys wins), with errors that name the file, line, column and field path
// and never quote a secret. Used by KubeconfigLoader, which knows the kubeconfig schema.
namespace Kt::Kube::KubeconfigYaml {

// A mapping's entries in the order yaml.v2 applies them; when a key repeats, the last one wins.
using Entries = std::vector<std::pair<std::string, YAML::Node>>;

const YAML::Node *findEntry(const Entries &entries, const char *key);

QString joinPath(const QString &path, const char *key);

// Reads typed values out of YAML nodes, remembering the first problem in `error`. Each read
// returns false after a problem (and the caller stops); an absent key is no problem.
class Reader
{
public:
    explicit Reader(QString fileName);

    std::optional<Error> error; // the first problem met

    // An error at the node's line and column (kept in `error` by fail(), which returns false).
    Error problem(const YAML::Node &node, const QString &message, const QString &hint = {}) const;
    bool fail(const YAML::Node &node, const QString &message, const QString &hint = {});
    // The node as a person reads it in an error: "a list", "the number 3", ...
    QString describe(const YAML::Node &node) const;

    // A mapping (or null, which reads as an empty one) with its `<<` merge keys expanded in place.
    bool mapping(const YAML::Node &node, const QString &path, Entries *out);
    bool sequence(const YAML::Node &node, const QString &path, std::vector<YAML::Node> *out);

    // A field of a mapping, by key; it keeps its default when the key is absent.
    bool readString(const Entries &entries, const char *key, const QString &path, QString *out);
    bool readString(const YAML::Node &node, const QString &path, QString *out);
    bool readBool(const Entries &entries, const char *key, const QString &path, bool *out);
    bool readBytes(const Entries &entries, const char *key, const QString &path, QByteArray *out);
    bool readStringList(
        const Entries &entries, const char *key, const QString &path, QStringList *out);
    bool readStringMap(
        const Entries &entries, const char *key, const QString &path, QMap<QString, QString> *out);

    // Any YAML value as JSON, typed like yaml.v2 (for extensions, passed on to exec plugins).
    QJsonValue toJson(const YAML::Node &node, int depth = 0);

private:
    bool appendEntries(const YAML::Node &node, const QString &path, Entries *out, int depth);
    QString m_fileName;
};

} // namespace Kt::Kube::KubeconfigYaml
