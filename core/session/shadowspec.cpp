#include "shadowspec.h"

#include "session/ktmetadata.h"

#include <QJsonArray>

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
            alwaysPull ? QStringLiteral("Always") : QStringLiteral("IfNotPresent")},
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
    const QJsonObject volume {
        {QStringLiteral("name"), QStringLiteral("ssh-public-key")},
        {QStringLiteral("configMap"),
            QJsonObject {{QStringLiteral("name"), name},
                {QStringLiteral("items"),
                    QJsonArray {QJsonObject {{QStringLiteral("key"), QStringLiteral("authorized")},
                        {QStringLiteral("path"), QStringLiteral("authorized_keys")}}}}}},
    };
    return QJsonObject {
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("kind"), QStringLiteral("Pod")},
        {QStringLiteral("metadata"),
            QJsonObject {{QStringLiteral("name"), name},
                {QStringLiteral("namespace"), namespaceName},
                {QStringLiteral("labels"), toJson(labels)},
                {QStringLiteral("annotations"), toJson(annotations)}}},
        {QStringLiteral("spec"),
            QJsonObject {{QStringLiteral("containers"), QJsonArray {container}},
                {QStringLiteral("volumes"), QJsonArray {volume}},
                {QStringLiteral("restartPolicy"), QStringLiteral("Always")}}},
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
