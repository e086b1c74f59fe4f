#include "undoaction.h"

#include "kube/apiclient.h"
#include "kube/apirequest.h"

#include <QJsonDocument>

namespace Kt::Session {

QJsonObject UndoAction::refToJson(const Kube::ResourceRef &ref)
{
    return QJsonObject {{QStringLiteral("group"), ref.group()},
        {QStringLiteral("version"), ref.version()}, {QStringLiteral("resource"), ref.resource()},
        {QStringLiteral("namespaced"), ref.isNamespaced()},
        {QStringLiteral("namespace"), ref.namespaceName()}, {QStringLiteral("name"), ref.name()}};
}

Kube::ResourceRef UndoAction::refFromJson(const QJsonObject &object)
{
    return Kube::ResourceRef(object.value(QStringLiteral("group")).toString(),
        object.value(QStringLiteral("version")).toString(),
        object.value(QStringLiteral("resource")).toString(),
        object.value(QStringLiteral("namespaced")).toBool(true),
        object.value(QStringLiteral("namespace")).toString(),
        object.value(QStringLiteral("name")).toString());
}

QJsonObject UndoAction::deleteObject(const Kube::ResourceRef &ref)
{
    return QJsonObject {
        {QStringLiteral("op"), QStringLiteral("delete")}, {QStringLiteral("ref"), refToJson(ref)}};
}

QJsonObject UndoAction::mergePatch(const Kube::ResourceRef &ref, const QJsonObject &patch)
{
    return QJsonObject {{QStringLiteral("op"), QStringLiteral("merge-patch")},
        {QStringLiteral("ref"), refToJson(ref)}, {QStringLiteral("patch"), patch}};
}

void UndoAction::run(
    Kube::ApiClient *api, const QJsonObject &action, std::function<void(Result<void>)> done)
{
    const QString op = action.value(QStringLiteral("op")).toString();
    const Kube::ResourceRef ref = refFromJson(action.value(QStringLiteral("ref")).toObject());
    Kube::ApiRequest *request = nullptr;
    if (op == QLatin1String("delete")) {
        Kube::DeleteOptions options;
        options.gracePeriodSeconds = 0;
        request = api->remove(ref, options);
    } else if (op == QLatin1String("merge-patch")) {
        request = api->patch(ref, Kube::PatchType::Merge,
            QJsonDocument(action.value(QStringLiteral("patch")).toObject()));
    } else {
        done(Error {
            ErrorCode::Internal, QStringLiteral("unknown undo operation \"%1\"").arg(op), {}, {}});
        return;
    }
    QObject::connect(request, &Kube::ApiJob::finished, api,
        [done = std::move(done)](const Result<QJsonObject> &result) {
            if (!result && result.error().code != ErrorCode::NotFound)
                return done(result.error());
            done({});
        });
}

} // namespace Kt::Session
