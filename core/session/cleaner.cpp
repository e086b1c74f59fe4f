#include "cleaner.h"

#include "common/logging.h"
#include "kube/apiclient.h"
#include "kube/apirequest.h"
#include "kube/resourceref.h"
#include "session/clusteraccess.h"
#include "session/ktmetadata.h"
#include "session/undoaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace Kt::Session {

namespace {

Kube::ResourceRef refFor(const QString &kind, const QString &ns, const QString &name = {})
{
    if (kind == QLatin1String("Pod"))
        return Kube::ResourceRef::pods(ns, name);
    if (kind == QLatin1String("ConfigMap"))
        return Kube::ResourceRef::configMaps(ns, name);
    if (kind == QLatin1String("Service"))
        return Kube::ResourceRef::services(ns, name);
    if (kind == QLatin1String("Secret"))
        return Kube::ResourceRef::secrets(ns, name); // a shared shadow's key
    return Kube::ResourceRef::deployments(ns, name);
}

QJsonObject metadataOf(const QJsonObject &object)
{
    return object.value(QStringLiteral("metadata")).toObject();
}

} // namespace

Cleaner::Cleaner(ClusterAccess *access, QObject *parent)
    : QObject(parent)
    , m_access(access)
{ }

void Cleaner::plan(qint64 thresholdSeconds, const QString &service)
{
    m_threshold = thresholdSeconds;
    m_service = service;
    m_objects.clear();
    m_namespaceOnly = !service.isEmpty();
    m_kinds = {QStringLiteral("Pod"), QStringLiteral("ConfigMap"), QStringLiteral("Secret"),
        QStringLiteral("Service"), QStringLiteral("Deployment")};
    QTimer::singleShot(0, this, &Cleaner::listNext);
}

void Cleaner::listNext()
{
    if (m_kinds.isEmpty())
        return makePlan();
    const QString kind = m_kinds.constFirst();
    const QString ns = m_namespaceOnly ? m_access->namespaceName() : QString();
    Kube::ListOptions options;
    // Services that were hijacked carry no kt label, only kt-selector: list them all.
    if (kind != QLatin1String("Service"))
        options.labelSelector = KtLabel::ControlBy + QLatin1Char('=') + KtLabel::ControlByValue;
    Kube::ApiRequest *request = m_access->api()->list(refFor(kind, ns), options);
    connect(
        request, &Kube::ApiJob::finished, this, [this, kind](const Result<QJsonObject> &result) {
            if (!result) {
                if (result.error().code == ErrorCode::Forbidden
                    && kind == QLatin1String("Secret")) {
                    // Only shared shadows (--shareShadow) keep a Secret, and reading Secrets is
                    // not in the least-privilege role: without it there are none of ours to see.
                    qCInfo(ktSession) << "clean: may not list Secrets; skipping shared-shadow keys";
                    m_kinds.removeFirst();
                    return listNext();
                }
                if (result.error().code == ErrorCode::Forbidden && !m_namespaceOnly) {
                    // kt-connect does the same: fall back to the current namespace.
                    m_namespaceOnly = true;
                    m_objects.clear();
                    m_kinds = {QStringLiteral("Pod"), QStringLiteral("ConfigMap"),
                        QStringLiteral("Secret"), QStringLiteral("Service"),
                        QStringLiteral("Deployment")};
                    return listNext();
                }
                return Q_EMIT planned(result.error());
            }
            for (const QJsonValue &item : result->value(QStringLiteral("items")).toArray()) {
                QJsonObject object = item.toObject();
                object.insert(QStringLiteral("kind"), kind);
                m_objects.append(object);
            }
            m_kinds.removeFirst();
            listNext();
        });
}

void Cleaner::makePlan()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QList<Action> actions;
    QStringList liveExchangeTargets; // kt-target values of shadows that are still alive
    const auto age = [now](const QJsonObject &metadata) -> qint64 {
        const QString beat = metadata.value(QStringLiteral("annotations"))
                                 .toObject()
                                 .value(KtAnnotation::LastHeartBeat)
                                 .toString();
        return beat.isEmpty() ? -1 : now - beat.toLongLong();
    };
    // recover: the Service's own selector (saved in kt-selector when it is pointed elsewhere)
    // finds scale-mode shadows, which carry the Deployment's pod labels.
    QJsonObject serviceSelector;
    for (const QJsonObject &object : m_objects) {
        const QJsonObject metadata = metadataOf(object);
        if (m_service.isEmpty()
            || object.value(QStringLiteral("kind")).toString() != QLatin1String("Service")
            || metadata.value(QStringLiteral("name")).toString() != m_service)
            continue;
        const QString saved = metadata.value(QStringLiteral("annotations"))
                                  .toObject()
                                  .value(KtAnnotation::Selector)
                                  .toString();
        serviceSelector = saved.isEmpty() ? object.value(QStringLiteral("spec"))
                                                .toObject()
                                                .value(QStringLiteral("selector"))
                                                .toObject()
                                          : QJsonDocument::fromJson(saved.toUtf8()).object();
    }
    const auto isStale = [&](const QJsonObject &object) {
        const QJsonObject metadata = metadataOf(object);
        if (!m_service.isEmpty()) {
            const QString config = metadata.value(QStringLiteral("annotations"))
                                       .toObject()
                                       .value(KtAnnotation::Config)
                                       .toString();
            if (config.startsWith(QLatin1String("app=")) && !serviceSelector.isEmpty()) {
                const QJsonObject labels = metadata.value(QStringLiteral("labels")).toObject();
                bool selected = true;
                for (auto it = serviceSelector.begin(); selected && it != serviceSelector.end();
                     ++it)
                    selected = labels.value(it.key()) == it.value();
                if (selected)
                    return true;
            }
            // recover: everything that belongs to this Service's exchange or mesh.
            const QString name = metadata.value(QStringLiteral("name")).toString();
            return config == QStringLiteral("service=") + m_service
                || config.startsWith(QStringLiteral("app=") + m_service + QLatin1Char(','))
                || name.startsWith(m_service + QStringLiteral("-kt-"));
        }
        const qint64 seconds = age(metadata);
        return seconds >= 0 && seconds > m_threshold;
    };

    for (const QJsonObject &object : m_objects) {
        const QString kind = object.value(QStringLiteral("kind")).toString();
        const QJsonObject metadata = metadataOf(object);
        const QJsonObject labels = metadata.value(QStringLiteral("labels")).toObject();
        if (labels.value(KtLabel::ControlBy).toString() != KtLabel::ControlByValue)
            continue;
        if (!isStale(object)) {
            if (kind == QLatin1String("Pod"))
                liveExchangeTargets.append(labels.value(KtLabel::Target).toString());
            continue;
        }
        const QString ns = metadata.value(QStringLiteral("namespace")).toString();
        const QString name = metadata.value(QStringLiteral("name")).toString();
        const qint64 seconds = age(metadata);
        const QString why
            = seconds >= 0 ? tr("heartbeat %1 min ago").arg(seconds / 60) : tr("recover");
        // A scale-mode shadow remembers the Deployment and its replicas: scale it back first.
        const QString config = metadata.value(QStringLiteral("annotations"))
                                   .toObject()
                                   .value(KtAnnotation::Config)
                                   .toString();
        if (kind == QLatin1String("Pod") && config.startsWith(QLatin1String("app="))) {
            QString app;
            int replicas = -1;
            for (const QString &part : config.split(QLatin1Char(','))) {
                if (part.startsWith(QLatin1String("app=")))
                    app = part.mid(4);
                else if (part.startsWith(QLatin1String("replicas=")))
                    replicas = part.mid(9).toInt();
            }
            if (!app.isEmpty() && replicas >= 0) {
                actions.append({tr("scale deployment %1/%2 back to %3").arg(ns, app).arg(replicas),
                    UndoAction::mergePatch(Kube::ResourceRef::deployments(ns, app),
                        QJsonObject {{QStringLiteral("spec"),
                            QJsonObject {{QStringLiteral("replicas"), replicas}}}})});
            }
        }
        actions.append({tr("delete %1 %2/%3 (%4)").arg(kind.toLower(), ns, name, why),
            UndoAction::deleteObject(refFor(kind, ns, name))});
    }

    // Services pointed at a shadow that is gone (or being cleaned) get their selector back.
    for (const QJsonObject &object : m_objects) {
        if (object.value(QStringLiteral("kind")).toString() != QLatin1String("Service"))
            continue;
        const QJsonObject metadata = metadataOf(object);
        const QString saved = metadata.value(QStringLiteral("annotations"))
                                  .toObject()
                                  .value(KtAnnotation::Selector)
                                  .toString();
        if (saved.isEmpty())
            continue;
        const QString name = metadata.value(QStringLiteral("name")).toString();
        if (!m_service.isEmpty() && name != m_service)
            continue;
        const QJsonObject selector = object.value(QStringLiteral("spec"))
                                         .toObject()
                                         .value(QStringLiteral("selector"))
                                         .toObject();
        const QString target = selector.value(KtLabel::Target).toString();
        if (m_service.isEmpty() && !target.isEmpty() && liveExchangeTargets.contains(target))
            continue; // a live exchange
        const QJsonObject original = QJsonDocument::fromJson(saved.toUtf8()).object();
        if (original.isEmpty())
            continue;
        QJsonObject restore = original;
        for (auto it = selector.begin(); it != selector.end(); ++it) {
            if (!original.contains(it.key()))
                restore.insert(it.key(), QJsonValue::Null);
        }
        const QString ns = metadata.value(QStringLiteral("namespace")).toString();
        // Restore first: the Service must never point at nothing for longer than needed.
        actions.prepend({tr("restore the selector of service %1/%2").arg(ns, name),
            UndoAction::mergePatch(Kube::ResourceRef::services(ns, name),
                QJsonObject {
                    {QStringLiteral("spec"), QJsonObject {{QStringLiteral("selector"), restore}}},
                    {QStringLiteral("metadata"),
                        QJsonObject {{QStringLiteral("annotations"),
                            QJsonObject {{KtAnnotation::Selector, QJsonValue::Null},
                                {KtAnnotation::Lock, QJsonValue::Null}}}}}})});
    }
    Q_EMIT planned(actions);
}

void Cleaner::run(const QList<Action> &actions)
{
    m_pending = actions;
    m_done = 0;
    m_problems.clear();
    QTimer::singleShot(0, this, &Cleaner::runNext);
}

void Cleaner::runNext()
{
    if (m_pending.isEmpty())
        return Q_EMIT finished(m_done, m_problems);
    const Action action = m_pending.takeFirst();
    UndoAction::run(m_access->api(), action.undo, [this, action](Result<void> result) {
        if (result)
            ++m_done;
        else
            m_problems.append(
                action.description + QStringLiteral(": ") + result.error().toString());
        runNext();
    });
}

} // namespace Kt::Session
