#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace Kt::Session {

// What a shadow pod is made of; build() gives the Pod and ConfigMap objects kt-connect would
// create (one container "standalone" with sshd, the public key in a ConfigMap mounted at
// /root/authorized). KtDesk never puts the private key into the cluster.
struct ShadowSpec
{
    QString name;
    QString namespaceName;
    QString role; // KtRole::...
    QString image; // kDefaultShadowImage unless the user chose one
    QByteArray publicKey; // authorized_keys line
    QMap<QString, QString> extraLabels; // -l/--withLabel, and e.g. matchLabels in scale mode
    QMap<QString, QString> extraAnnotations; // --withAnnotation, kt-config
    QList<quint16> containerPorts;
    QString target; // kt-target label value (20 letters)
    bool alwaysPull = false; // -f/--forceUpdate

    QJsonObject pod() const;
    QJsonObject configMap() const;
};

} // namespace Kt::Session
