#pragma once

// Test helper: a kubeconfig as sorted "path=value" lines, from KtDesk's model or from
// `kubectl config view --raw -o json`, so the two can be compared and a difference shown as a
// line diff. Empty values are left out, as kubectl's JSON leaves them out.

#include "kube/kubeconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace KubeconfigFlat {

using Flat = QMap<QString, QString>;

inline void put(Flat &flat, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        flat.insert(key, value);
}

inline void putBool(Flat &flat, const QString &key, bool value)
{
    if (value)
        flat.insert(key, QStringLiteral("true"));
}

inline QString joinArgs(const QStringList &args)
{
    return args.isEmpty()
        ? QString()
        : QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(args)).toJson(QJsonDocument::Compact));
}

inline Flat flatten(const Kt::Kube::Kubeconfig &config)
{
    Flat flat;
    put(flat, QStringLiteral("current-context"), config.currentContext());
    for (const Kt::Kube::Cluster &cluster : config.clusters()) {
        const QString p = QStringLiteral("clusters/") + cluster.name + QLatin1Char('/');
        flat.insert(QStringLiteral("clusters/") + cluster.name, QString());
        put(flat, p + QStringLiteral("server"), cluster.server);
        put(flat, p + QStringLiteral("certificate-authority"), cluster.certificateAuthority);
        put(flat, p + QStringLiteral("certificate-authority-data"),
            QString::fromLatin1(cluster.certificateAuthorityData.toBase64()));
        putBool(
            flat, p + QStringLiteral("insecure-skip-tls-verify"), cluster.insecureSkipTlsVerify);
        put(flat, p + QStringLiteral("tls-server-name"), cluster.tlsServerName);
        put(flat, p + QStringLiteral("proxy-url"), cluster.proxyUrl);
        putBool(flat, p + QStringLiteral("disable-compression"), cluster.disableCompression);
    }
    for (const Kt::Kube::AuthInfo &user : config.users()) {
        const QString p = QStringLiteral("users/") + user.name + QLatin1Char('/');
        flat.insert(QStringLiteral("users/") + user.name, QString());
        put(flat, p + QStringLiteral("client-certificate"), user.clientCertificate);
        put(flat, p + QStringLiteral("client-certificate-data"),
            QString::fromLatin1(user.clientCertificateData.toBase64()));
        put(flat, p + QStringLiteral("client-key"), user.clientKey);
        put(flat, p + QStringLiteral("client-key-data"),
            QString::fromLatin1(user.clientKeyData.toBase64()));
        put(flat, p + QStringLiteral("token"), user.token);
        put(flat, p + QStringLiteral("tokenFile"), user.tokenFile);
        put(flat, p + QStringLiteral("username"), user.username);
        put(flat, p + QStringLiteral("password"), user.password);
        if (user.exec) {
            const Kt::Kube::ExecConfig &exec = *user.exec;
            flat.insert(p + QStringLiteral("exec"), QString());
            put(flat, p + QStringLiteral("exec/apiVersion"), exec.apiVersion);
            put(flat, p + QStringLiteral("exec/command"), exec.command);
            put(flat, p + QStringLiteral("exec/args"), joinArgs(exec.args));
            for (qsizetype i = 0; i < exec.env.size(); ++i) {
                put(flat, p + QStringLiteral("exec/env/%1").arg(i),
                    exec.env.at(i).name + QLatin1Char('=') + exec.env.at(i).value);
            }
            put(flat, p + QStringLiteral("exec/installHint"), exec.installHint);
            putBool(flat, p + QStringLiteral("exec/provideClusterInfo"), exec.provideClusterInfo);
            put(flat, p + QStringLiteral("exec/interactiveMode"), exec.interactiveMode);
        }
        if (user.authProvider) {
            flat.insert(p + QStringLiteral("auth-provider"), QString());
            put(flat, p + QStringLiteral("auth-provider/name"), user.authProvider->name);
            for (auto it = user.authProvider->config.cbegin();
                 it != user.authProvider->config.cend(); ++it)
                put(flat, p + QStringLiteral("auth-provider/config/") + it.key(), it.value());
        }
    }
    for (const Kt::Kube::Context &context : config.contexts()) {
        const QString p = QStringLiteral("contexts/") + context.name + QLatin1Char('/');
        flat.insert(QStringLiteral("contexts/") + context.name, QString());
        put(flat, p + QStringLiteral("cluster"), context.cluster);
        put(flat, p + QStringLiteral("user"), context.user);
        put(flat, p + QStringLiteral("namespace"), context.namespaceName);
    }
    return flat;
}

inline QString string(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

// The same lines from `kubectl config view --raw -o json`.
inline Flat flattenKubectl(const QJsonObject &root)
{
    Flat flat;
    put(flat, QStringLiteral("current-context"), string(root, "current-context"));
    const QStringList clusterFields = {QStringLiteral("server"),
        QStringLiteral("certificate-authority"), QStringLiteral("certificate-authority-data"),
        QStringLiteral("tls-server-name"), QStringLiteral("proxy-url")};
    for (const QJsonValue &value : root.value(QLatin1String("clusters")).toArray()) {
        const QString name = string(value.toObject(), "name");
        const QJsonObject cluster = value.toObject().value(QLatin1String("cluster")).toObject();
        const QString p = QStringLiteral("clusters/") + name + QLatin1Char('/');
        flat.insert(QStringLiteral("clusters/") + name, QString());
        for (const QString &field : clusterFields)
            put(flat, p + field, cluster.value(field).toString());
        putBool(flat, p + QStringLiteral("insecure-skip-tls-verify"),
            cluster.value(QLatin1String("insecure-skip-tls-verify")).toBool());
        putBool(flat, p + QStringLiteral("disable-compression"),
            cluster.value(QLatin1String("disable-compression")).toBool());
    }
    const QStringList userFields = {QStringLiteral("client-certificate"),
        QStringLiteral("client-certificate-data"), QStringLiteral("client-key"),
        QStringLiteral("client-key-data"), QStringLiteral("token"), QStringLiteral("tokenFile"),
        QStringLiteral("username"), QStringLiteral("password")};
    for (const QJsonValue &value : root.value(QLatin1String("users")).toArray()) {
        const QString name = string(value.toObject(), "name");
        const QJsonObject user = value.toObject().value(QLatin1String("user")).toObject();
        const QString p = QStringLiteral("users/") + name + QLatin1Char('/');
        flat.insert(QStringLiteral("users/") + name, QString());
        for (const QString &field : userFields)
            put(flat, p + field, user.value(field).toString());
        if (user.value(QLatin1String("exec")).isObject()) {
            const QJsonObject exec = user.value(QLatin1String("exec")).toObject();
            flat.insert(p + QStringLiteral("exec"), QString());
            put(flat, p + QStringLiteral("exec/apiVersion"), string(exec, "apiVersion"));
            put(flat, p + QStringLiteral("exec/command"), string(exec, "command"));
            QStringList args;
            for (const QJsonValue &arg : exec.value(QLatin1String("args")).toArray())
                args.append(arg.toString());
            put(flat, p + QStringLiteral("exec/args"), joinArgs(args));
            const QJsonArray env = exec.value(QLatin1String("env")).toArray();
            for (qsizetype i = 0; i < env.size(); ++i) {
                const QJsonObject var = env.at(i).toObject();
                put(flat, p + QStringLiteral("exec/env/%1").arg(i),
                    string(var, "name") + QLatin1Char('=') + string(var, "value"));
            }
            put(flat, p + QStringLiteral("exec/installHint"), string(exec, "installHint"));
            putBool(flat, p + QStringLiteral("exec/provideClusterInfo"),
                exec.value(QLatin1String("provideClusterInfo")).toBool());
            put(flat, p + QStringLiteral("exec/interactiveMode"), string(exec, "interactiveMode"));
        }
        if (user.value(QLatin1String("auth-provider")).isObject()) {
            const QJsonObject provider = user.value(QLatin1String("auth-provider")).toObject();
            flat.insert(p + QStringLiteral("auth-provider"), QString());
            put(flat, p + QStringLiteral("auth-provider/name"), string(provider, "name"));
            const QJsonObject config = provider.value(QLatin1String("config")).toObject();
            for (auto it = config.constBegin(); it != config.constEnd(); ++it)
                put(flat, p + QStringLiteral("auth-provider/config/") + it.key(),
                    it.value().toString());
        }
    }
    for (const QJsonValue &value : root.value(QLatin1String("contexts")).toArray()) {
        const QString name = string(value.toObject(), "name");
        const QJsonObject context = value.toObject().value(QLatin1String("context")).toObject();
        const QString p = QStringLiteral("contexts/") + name + QLatin1Char('/');
        flat.insert(QStringLiteral("contexts/") + name, QString());
        put(flat, p + QStringLiteral("cluster"), string(context, "cluster"));
        put(flat, p + QStringLiteral("user"), string(context, "user"));
        put(flat, p + QStringLiteral("namespace"), string(context, "namespace"));
    }
    return flat;
}

// A readable diff: lines only in `expected` start with "- ", only in `actual` with "+ ".
// Secret-looking values are shown as they are: these are test fixtures, not real credentials.
inline QString diff(const Flat &expected, const Flat &actual)
{
    QStringList lines;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!actual.contains(it.key()))
            lines.append(QStringLiteral("- ") + it.key() + QLatin1Char('=') + it.value());
        else if (actual.value(it.key()) != it.value())
            lines.append(QStringLiteral("- ") + it.key() + QLatin1Char('=') + it.value()
                + QStringLiteral("\n+ ") + it.key() + QLatin1Char('=') + actual.value(it.key()));
    }
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        if (!expected.contains(it.key()))
            lines.append(QStringLiteral("+ ") + it.key() + QLatin1Char('=') + it.value());
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace KubeconfigFlat
