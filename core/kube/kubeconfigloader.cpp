#include "kubeconfigloader.h"

#include "common/logging.h"
#include "kube/kubeconfiglocator.h"
#include "kube/kubeconfigyaml.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace Kt::Kube {

namespace {

using namespace KubeconfigYaml;

template<typename T>
using EntryParser = bool (*)(Reader &, const Entries &, const QString &, T *);

bool parseCluster(Reader &reader, const Entries &entries, const QString &path, Cluster *cluster)
{
    if (!reader.readString(entries, "server", path, &cluster->server)
        || !reader.readString(entries, "tls-server-name", path, &cluster->tlsServerName)
        || !reader.readBool(
            entries, "insecure-skip-tls-verify", path, &cluster->insecureSkipTlsVerify)
        || !reader.readString(
            entries, "certificate-authority", path, &cluster->certificateAuthority)
        || !reader.readBytes(
            entries, "certificate-authority-data", path, &cluster->certificateAuthorityData)
        || !reader.readString(entries, "proxy-url", path, &cluster->proxyUrl)
        || !reader.readBool(entries, "disable-compression", path, &cluster->disableCompression))
        return false;
    if (const YAML::Node *extensions = findEntry(entries, "extensions")) {
        std::vector<YAML::Node> items;
        const QString extensionsPath = path + QStringLiteral(".extensions");
        if (!reader.sequence(*extensions, extensionsPath, &items))
            return false;
        for (size_t i = 0; i < items.size(); ++i) {
            const QString itemPath = extensionsPath + QStringLiteral("[%1]").arg(i);
            Entries item;
            QString name;
            if (!reader.mapping(items[i], itemPath, &item)
                || !reader.readString(item, "name", itemPath, &name))
                return false;
            const YAML::Node *value = findEntry(item, "extension");
            cluster->extensions.insert(name, value ? reader.toJson(*value) : QJsonValue());
        }
    }
    return true;
}

bool parseExec(Reader &reader, const YAML::Node &node, const QString &path, ExecConfig *exec)
{
    Entries entries;
    if (!reader.mapping(node, path, &entries)
        || !reader.readString(entries, "command", path, &exec->command)
        || !reader.readStringList(entries, "args", path, &exec->args)
        || !reader.readString(entries, "apiVersion", path, &exec->apiVersion)
        || !reader.readString(entries, "installHint", path, &exec->installHint)
        || !reader.readBool(entries, "provideClusterInfo", path, &exec->provideClusterInfo)
        || !reader.readString(entries, "interactiveMode", path, &exec->interactiveMode))
        return false;
    if (const YAML::Node *env = findEntry(entries, "env")) {
        std::vector<YAML::Node> items;
        const QString envPath = path + QStringLiteral(".env");
        if (!reader.sequence(*env, envPath, &items))
            return false;
        for (size_t i = 0; i < items.size(); ++i) {
            const QString itemPath = envPath + QStringLiteral("[%1]").arg(i);
            Entries item;
            ExecEnvVar var;
            if (!reader.mapping(items[i], itemPath, &item)
                || !reader.readString(item, "name", itemPath, &var.name)
                || !reader.readString(item, "value", itemPath, &var.value))
                return false;
            exec->env.append(var);
        }
    }
    // kubectl's defaulting for the v1 file format.
    if (exec->interactiveMode.isEmpty()
        && (exec->apiVersion == QLatin1String("client.authentication.k8s.io/v1beta1")
            || exec->apiVersion == QLatin1String("client.authentication.k8s.io/v1alpha1")))
        exec->interactiveMode = QStringLiteral("IfAvailable");
    return true;
}

bool parseAuthInfo(Reader &reader, const Entries &entries, const QString &path, AuthInfo *user)
{
    if (!reader.readString(entries, "client-certificate", path, &user->clientCertificate)
        || !reader.readBytes(entries, "client-certificate-data", path, &user->clientCertificateData)
        || !reader.readString(entries, "client-key", path, &user->clientKey)
        || !reader.readBytes(entries, "client-key-data", path, &user->clientKeyData)
        || !reader.readString(entries, "token", path, &user->token)
        || !reader.readString(entries, "tokenFile", path, &user->tokenFile)
        || !reader.readString(entries, "username", path, &user->username)
        || !reader.readString(entries, "password", path, &user->password))
        return false;
    if (const YAML::Node *exec = findEntry(entries, "exec"); exec && !exec->IsNull()) {
        ExecConfig config;
        if (!parseExec(reader, *exec, path + QStringLiteral(".exec"), &config))
            return false;
        user->exec = config;
    }
    if (const YAML::Node *provider = findEntry(entries, "auth-provider");
        provider && !provider->IsNull()) {
        const QString providerPath = path + QStringLiteral(".auth-provider");
        Entries providerEntries;
        AuthProvider config;
        if (!reader.mapping(*provider, providerPath, &providerEntries)
            || !reader.readString(providerEntries, "name", providerPath, &config.name)
            || !reader.readStringMap(providerEntries, "config", providerPath, &config.config))
            return false;
        user->authProvider = config;
    }
    return true;
}

bool parseContext(Reader &reader, const Entries &entries, const QString &path, Context *context)
{
    return reader.readString(entries, "cluster", path, &context->cluster)
        && reader.readString(entries, "user", path, &context->user)
        && reader.readString(entries, "namespace", path, &context->namespaceName);
}

// Reads `key: [{name: ..., <inner>: {...}}, ...]`. A name used twice in one list makes kubectl
// reject the whole file, and so do we.
template<typename T>
bool parseNamedList(Reader &reader, const Entries &top, const char *key, const char *inner,
    const QString &origin, EntryParser<T> parseItem, const QString &kindName, QMap<QString, T> *out)
{
    const YAML::Node *list = findEntry(top, key);
    if (!list)
        return true;
    std::vector<YAML::Node> items;
    if (!reader.sequence(*list, QLatin1String(key), &items))
        return false;
    for (size_t i = 0; i < items.size(); ++i) {
        const QString itemPath = QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i);
        Entries itemEntries;
        T value;
        value.origin = origin;
        if (!reader.mapping(items[i], itemPath, &itemEntries)
            || !reader.readString(itemEntries, "name", itemPath, &value.name))
            return false;
        Entries innerEntries;
        if (const YAML::Node *innerNode = findEntry(itemEntries, inner)) {
            const QString innerPath = itemPath + QLatin1Char('.') + QLatin1String(inner);
            if (!reader.mapping(*innerNode, innerPath, &innerEntries)
                || !parseItem(reader, innerEntries, innerPath, &value))
                return false;
        }
        if (out->contains(value.name)) {
            return reader.fail(items[i],
                KubeconfigLoader::tr("the %1 \"%2\" is defined twice in %3.")
                    .arg(kindName, value.name, QLatin1String(key)),
                KubeconfigLoader::tr("Remove or rename one of them; kubectl rejects this file "
                                     "too."));
        }
        out->insert(value.name, value);
    }
    return true;
}

Result<Kubeconfig> parseDocument(
    const YAML::Node &root, const QString &fileName, const QString &origin)
{
    Reader reader(fileName);
    Kubeconfig config;
    config.setFiles({origin});
    if (root.IsNull())
        return config; // an empty file, or only comments: kubectl reads it as an empty config
    if (!root.IsMap()) {
        return reader.problem(root,
            KubeconfigLoader::tr("the file must be a YAML mapping with clusters, users and "
                                 "contexts, but it is %1.")
                .arg(reader.describe(root)),
            KubeconfigLoader::tr("Check that this is a kubeconfig file."));
    }
    Entries top;
    if (!reader.mapping(root, QString(), &top))
        return *reader.error;

    QString kind;
    QString apiVersion;
    if (!reader.readString(top, "kind", QString(), &kind)
        || !reader.readString(top, "apiVersion", QString(), &apiVersion))
        return *reader.error;
    if (!kind.isEmpty() && kind != QLatin1String("Config")) {
        return reader.problem(*findEntry(top, "kind"),
            KubeconfigLoader::tr("kind is \"%1\", but a kubeconfig file has kind Config.")
                .arg(kind),
            KubeconfigLoader::tr("Check that this is a kubeconfig file."));
    }
    if (!apiVersion.isEmpty() && apiVersion != QLatin1String("v1")) {
        return reader.problem(*findEntry(top, "apiVersion"),
            KubeconfigLoader::tr("apiVersion is \"%1\", but kubeconfig files have apiVersion v1.")
                .arg(apiVersion),
            KubeconfigLoader::tr("Write apiVersion: v1."));
    }

    QMap<QString, Cluster> clusters;
    QMap<QString, AuthInfo> users;
    QMap<QString, Context> contexts;
    QString currentContext;
    bool colors = false;
    Entries preferences;
    if (!parseNamedList<Cluster>(reader, top, "clusters", "cluster", origin, &parseCluster,
            KubeconfigLoader::tr("cluster"), &clusters)
        || !parseNamedList<AuthInfo>(reader, top, "users", "user", origin, &parseAuthInfo,
            KubeconfigLoader::tr("user"), &users)
        || !parseNamedList<Context>(reader, top, "contexts", "context", origin, &parseContext,
            KubeconfigLoader::tr("context"), &contexts)
        || !reader.readString(top, "current-context", QString(), &currentContext))
        return *reader.error;
    if (const YAML::Node *node = findEntry(top, "preferences")) {
        if (!reader.mapping(*node, QStringLiteral("preferences"), &preferences)
            || !reader.readBool(preferences, "colors", QStringLiteral("preferences"), &colors))
            return *reader.error;
    }
    for (const Cluster &cluster : std::as_const(clusters))
        config.insertCluster(cluster);
    for (const AuthInfo &user : std::as_const(users))
        config.insertUser(user);
    for (const Context &context : std::as_const(contexts))
        config.insertContext(context);
    config.setCurrentContext(currentContext);
    config.setColors(colors);
    return config;
}

} // namespace

Result<Kubeconfig> KubeconfigLoader::parse(const QByteArray &data, const QString &fileName)
{
    const QString origin = QDir::cleanPath(QFileInfo(fileName).absoluteFilePath());
    try {
        // YAML::Load reads the first document only, like kubectl.
        const YAML::Node root = YAML::Load(data.toStdString());
        return parseDocument(root, fileName, origin);
    } catch (const YAML::Exception &exception) {
        Error error;
        error.code = ErrorCode::InvalidInput;
        const QString what = QString::fromStdString(exception.msg);
        if (exception.mark.is_null()) {
            error.message = tr("Cannot load kubeconfig %1: %2").arg(fileName, what);
        } else {
            error.message = tr("Cannot load kubeconfig %1: line %2, column %3: %4")
                                .arg(fileName)
                                .arg(exception.mark.line + 1)
                                .arg(exception.mark.column + 1)
                                .arg(what);
        }
        error.hint = tr("Fix the YAML syntax there (indent with spaces, not tabs; close every "
                        "bracket and quote).");
        return error;
    } catch (const std::exception &exception) {
        return Error {ErrorCode::Internal,
            tr("Cannot load kubeconfig %1: %2")
                .arg(fileName, QString::fromLocal8Bit(exception.what())),
            {}, {}};
    }
}

Result<Kubeconfig> KubeconfigLoader::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const bool missing = !file.exists();
        return Error {missing ? ErrorCode::NotFound : ErrorCode::Io,
            tr("Cannot read kubeconfig %1: %2").arg(path, file.errorString()), {},
            missing ? tr("Check the path given with --kubeconfig or in $KUBECONFIG.")
                    : tr("Check the file's permissions.")};
    }
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return Error {ErrorCode::Io,
            tr("Cannot read kubeconfig %1: %2").arg(path, file.errorString()), {}, {}};
    }
    return parse(data, path);
}

Result<Kubeconfig> KubeconfigLoader::load(const KubeconfigLocator &locator)
{
    QStringList paths = locator.candidatePaths();
    if (locator.explicitPath().isEmpty()) {
        // $KUBECONFIG entries and the default file may be missing; kubectl skips them.
        paths = locator.existingPaths();
    }
    Kubeconfig merged;
    for (const QString &path : std::as_const(paths)) {
        Result<Kubeconfig> file = loadFile(path);
        if (!file)
            return file.error();
        qCDebug(ktKube) << "Read kubeconfig" << path << "with" << file->contexts().size()
                        << "contexts";
        merged.mergeLowerPriority(*file);
    }
    return merged;
}

} // namespace Kt::Kube
