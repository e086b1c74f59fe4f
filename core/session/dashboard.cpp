#include "dashboard.h"

#include "kube/apiclient.h"
#include "kube/apirequest.h"
#include "kube/resourceref.h"
#include "session/clusteraccess.h"
#include "session/ktmetadata.h"

#include <QJsonArray>

namespace Kt::Session {

Dashboard::Dashboard(ClusterAccess *access, QObject *parent)
    : QObject(parent)
    , m_access(access)
{ }

void Dashboard::refresh(qint64 staleAfterSeconds)
{
    m_staleAfter = staleAfterSeconds;
    list(true);
}

void Dashboard::list(bool allNamespaces)
{
    Kube::ListOptions options;
    options.labelSelector = KtLabel::ControlBy + QLatin1Char('=') + KtLabel::ControlByValue;
    Kube::ApiRequest *request = m_access->api()->list(
        Kube::ResourceRef::pods(allNamespaces ? QString() : m_access->namespaceName()), options);
    connect(request, &Kube::ApiJob::finished, this,
        [this, allNamespaces](const Result<QJsonObject> &result) {
            if (!result) {
                if (allNamespaces && result.error().code == ErrorCode::Forbidden)
                    return list(false);
                return Q_EMIT refreshed(result.error());
            }
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            QList<Row> rows;
            for (const QJsonValue &item : result->value(QStringLiteral("items")).toArray()) {
                const QJsonObject pod = item.toObject();
                const QJsonObject metadata = pod.value(QStringLiteral("metadata")).toObject();
                const QJsonObject labels = metadata.value(QStringLiteral("labels")).toObject();
                const QJsonObject annotations
                    = metadata.value(QStringLiteral("annotations")).toObject();
                Row row;
                row.namespaceName = metadata.value(QStringLiteral("namespace")).toString();
                row.name = metadata.value(QStringLiteral("name")).toString();
                row.user = annotations.value(KtAnnotation::User).toString();
                row.role = labels.value(KtLabel::Role).toString();
                row.target = annotations.value(KtAnnotation::Config).toString();
                row.phase = pod.value(QStringLiteral("status"))
                                .toObject()
                                .value(QStringLiteral("phase"))
                                .toString();
                row.created = QDateTime::fromString(
                    metadata.value(QStringLiteral("creationTimestamp")).toString(), Qt::ISODate);
                const QString beat = annotations.value(KtAnnotation::LastHeartBeat).toString();
                if (!beat.isEmpty()) {
                    row.lastHeartbeat = QDateTime::fromSecsSinceEpoch(beat.toLongLong(), Qt::UTC);
                    row.stale = now - beat.toLongLong() > m_staleAfter;
                }
                rows.append(row);
            }
            Q_EMIT refreshed(rows);
        });
}

} // namespace Kt::Session
