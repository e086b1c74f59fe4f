#include "shadowspec.h"

#include "session/ktmetadata.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Kt::Session {

namespace {

QJsonObject toJson(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace

bool ShadowPodOptions::parseQuota(const QString &text, QString *cpu, QString *memory)
{
    static const QRegularExpression number(QStringLiteral("^[0-9]+(\\.[0-9]+)?$"));
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString value = part.trimmed().toLower();
        const QString amount = value.chopped(value.isEmpty() ? 0 : 1);
        if (value.isEmpty() || !number.match(amount).hasMatch())
            return false;
        if (value.endsWith(QLatin1Char('c')))
            *cpu = amount;
        else if (value.endsWith(QLatin1Char('m')))
            *memory = amount + QStringLiteral("Mi");
        else if (value.endsWith(QLatin1Char('g')))
            *memory = amount + QStringLiteral("Gi");
        else
            return false;
    }
    return true;
}

QJsonObject ShadowSpec::pod() const
{
    QMap<QString, QString> labels = extraLabels;
    labels.insert(KtLabel::ControlBy, KtLabel::ControlByValue);
    labels.insert(KtLabel::Role, role);
    if (!target.isEmpty())
        labels.insert(KtLabel::Target, target);
    QMap<QString, QString> annotations = extraAnnotations;
    annotations.insert(KtAnnotation::User, KtMetadata::localUser());
    annotations.insert(KtAnnotation::LastHeartBeat, KtMetadata::unixNow());

    QJsonArray ports;
    for (quint16 port : containerPorts)
        ports.append(QJsonObject {{QStringLiteral("containerPort"), port},
            {QStringLiteral("protocol"), QStringLiteral("TCP")}});
    QJsonObject container {
        {QStringLiteral("name"), QStringLiteral("standalone")},
        {QStringLiteral("image"), image.isEmpty() ? kDefaultShadowImage : image},
        {QStringLiteral("imagePullPolicy"),
            alwaysPull || podOptions.alwaysPull ? QStringLiteral("Always")
                                                : QStringLiteral("IfNotPresent")},
        {QStringLiteral("securityContext"),
            QJsonObject {{QStringLiteral("capabilities"),
                QJsonObject {
                    {QStringLiteral("add"), QJsonArray {QStringLiteral("AUDIT_WRITE")}}}}}},
        {QStringLiteral("volumeMounts"),
            QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("ssh-public-key")},
                {QStringLiteral("mountPath"), QStringLiteral("/root/authorized")}}}},
    };
    if (!ports.isEmpty())
        container.insert(QStringLiteral("ports"), ports);
    QJsonObject limits;
    if (!podOptions.cpuLimit.isEmpty())
        limits.insert(QStringLiteral("cpu"), podOptions.cpuLimit);
    if (!podOptions.memoryLimit.isEmpty())
        limits.insert(QStringLiteral("memory"), podOptions.memoryLimit);
    if (!limits.isEmpty())
        container.insert(
            QStringLiteral("resources"), QJsonObject {{QStringLiteral("limits"), limits}});
    const QJsonObject volume {
        {QStringLiteral("name"), QStringLiteral("ssh-public-key")},
        {QStringLiteral("configMap"),
            QJsonObject {{QStringLiteral("name"), name},
                {QStringLiteral("items"),
                    QJsonArray {QJsonObject {{QStringLiteral("key"), QStringLiteral("authorized")},
                        {QStringLiteral("path"), QStringLiteral("authorized_keys")}}}}}},
    };
    QJsonObject spec {{QStringLiteral("containers"), QJsonArray {container}},
        {QStringLiteral("volumes"), QJsonArray {volume}},
        {QStringLiteral("restartPolicy"), QStringLiteral("Always")}};
    if (!podOptions.imagePullSecret.isEmpty())
        spec.insert(QStringLiteral("imagePullSecrets"),
            QJsonArray {QJsonObject {{QStringLiteral("name"), podOptions.imagePullSecret}}});
    if (!podOptions.serviceAccount.isEmpty())
        spec.insert(QStringLiteral("serviceAccountName"), podOptions.serviceAccount);
    if (!podOptions.nodeSelector.isEmpty())
        spec.insert(QStringLiteral("nodeSelector"), toJson(podOptions.nodeSelector));
    return QJsonObject {
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("kind"), QStringLiteral("Pod")},
        {QStringLiteral("metadata"),
            QJsonObject {{QStringLiteral("name"), name},
                {QStringLiteral("namespace"), namespaceName},
                {QStringLiteral("labels"), toJson(labels)},
                {QStringLiteral("annotations"), toJson(annotations)}}},
        {QStringLiteral("spec"), spec},
    };
}

QJsonObject ShadowSpec::configMap() const
{
    return QJsonObject {
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("kind"), QStringLiteral("ConfigMap")},
        {QStringLiteral("metadata"),
            QJsonObject {{QStringLiteral("name"), name},
                {QStringLiteral("namespace"), namespaceName},
                {QStringLiteral("labels"),
                    QJsonObject {
                        {KtLabel::ControlBy, KtLabel::ControlByValue}, {KtLabel::Role, role}}},
                {QStringLiteral("annotations"),
                    QJsonObject {{KtAnnotation::User, KtMetadata::localUser()},
                        {KtAnnotation::LastHeartBeat, KtMetadata::unixNow()}}}}},
        {QStringLiteral("data"),
            QJsonObject {{QStringLiteral("authorized"), QString::fromUtf8(publicKey)}}},
    };
}

} // namespace Kt::Session
