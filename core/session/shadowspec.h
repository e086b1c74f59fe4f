#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace Kt::Session {

// kt-connect's global flags about the shadow pod itself, passed through by every session that
// makes one.
struct ShadowPodOptions
{
    QString imagePullSecret; // --imagePullSecret
    QString serviceAccount; // --serviceAccount
    QMap<QString, QString> nodeSelector; // --nodeSelector
    QString cpuLimit; // --podQuota "0.5c" -> "0.5"
    QString memoryLimit; // --podQuota "512m" -> "512Mi"
    bool alwaysPull = false; // -f/--forceUpdate

    // kt-connect's --podQuota: "0.5c,512m" (cores with c; MiB with m, GiB with g), either part
    // optional. False when `text` is not that.
    static bool parseQuota(const QString &text, QString *cpu, QString *memory);
};

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
    ShadowPodOptions podOptions;

    QJsonObject pod() const;
    QJsonObject configMap() const;
};

} // namespace Kt::Session
