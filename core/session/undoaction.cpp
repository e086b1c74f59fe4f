#include "undoaction.h"

#include "common/logging.h"
#include "kube/apiclient.h"
#include "kube/apirequest.h"
#include "kube/apiupdate.h"
#include "platform/netnsscope.h"
#include "session/ktmetadata.h"
#include "session/meshrouter.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTimer>

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

QJsonObject UndoAction::releaseShared(const QList<Kube::ResourceRef> &refs)
{
    QJsonArray array;
    for (const Kube::ResourceRef &ref : refs)
        array.append(refToJson(ref));
    return QJsonObject {
        {QStringLiteral("op"), QStringLiteral("release-shared")}, {QStringLiteral("refs"), array}};
}

QJsonObject UndoAction::restoreLaptop(
    const QString &helperPath, bool viaPkexec, const QString &netns)
{
    QJsonObject action {{QStringLiteral("op"), QStringLiteral("laptop-restore")},
        {QStringLiteral("helper"), helperPath}, {QStringLiteral("pkexec"), viaPkexec}};
    if (!netns.isEmpty())
        action.insert(QStringLiteral("netns"), netns);
    return action;
}

namespace {

// "services shop/web" (namespaced) or "namespaces shop".
QString objectText(const Kube::ResourceRef &ref)
{
    return ref.namespaceName().isEmpty()
        ? QStringLiteral("%1 %2").arg(ref.resource(), ref.name())
        : QStringLiteral("%1 %2/%3").arg(ref.resource(), ref.namespaceName(), ref.name());
}

} // namespace

QString UndoAction::describe(const QJsonObject &action)
{
    const QString op = action.value(QStringLiteral("op")).toString();
    const QJsonObject ref = action.value(QStringLiteral("ref")).toObject();
    if (op == QLatin1String("delete"))
        return tr("delete %1").arg(objectText(refFromJson(ref)));
    if (op == QLatin1String("merge-patch")) {
        return tr("restore %1: %2")
            .arg(objectText(refFromJson(ref)),
                QString::fromUtf8(QJsonDocument(action.value(QStringLiteral("patch")).toObject())
                                      .toJson(QJsonDocument::Compact)));
    }
    if (op == QLatin1String("release-shared")) {
        const QJsonArray refs = action.value(QStringLiteral("refs")).toArray();
        return tr("leave the shared %1 (deleted when no one else uses it)")
            .arg(refs.isEmpty() ? QString() : objectText(refFromJson(refs.first().toObject())));
    }
    if (op == QLatin1String("laptop-restore"))
        return tr("restore this machine's network settings (nftables table, DNS, hosts file)");
    if (op == QLatin1String("mesh-leave")) {
        return tr("leave the mesh of Service %1/%2 (version %3)")
            .arg(action.value(QStringLiteral("namespace")).toString(),
                action.value(QStringLiteral("service")).toString(),
                action.value(QStringLiteral("version")).toString());
    }
    return tr("unknown step \"%1\"").arg(op);
}

bool UndoAction::needsCluster(const QJsonObject &action)
{
    return action.value(QStringLiteral("op")).toString() != QLatin1String("laptop-restore");
}

namespace {

constexpr int kRestoreTimeoutMs = 5 * 60 * 1000; // pkexec may ask a person

void deleteAll(
    Kube::ApiClient *api, QList<Kube::ResourceRef> refs, std::function<void(Result<void>)> done)
{
    if (refs.isEmpty())
        return done({});
    const Kube::ResourceRef ref = refs.takeLast();
    Kube::DeleteOptions options;
    options.gracePeriodSeconds = 0;
    QObject::connect(api->remove(ref, options), &Kube::ApiJob::finished, api,
        [api, refs = std::move(refs), done = std::move(done)](const Result<QJsonObject> &result) {
            if (!result && result.error().code != ErrorCode::NotFound)
                return done(result.error());
            deleteAll(api, refs, done);
        });
}

// One user less of a shared shadow: kt-ref-count on the first object goes down by one; the last
// user deletes every object. The delete of the first object is conditional on the version that
// said "last": if someone joined meanwhile, it is counted again.
void runReleaseShared(Kube::ApiClient *api, const QJsonObject &action,
    std::function<void(Result<void>)> done, int attempts = 5)
{
    QList<Kube::ResourceRef> refs;
    for (const QJsonValue &value : action.value(QStringLiteral("refs")).toArray())
        refs.append(UndoAction::refFromJson(value.toObject()));
    if (refs.isEmpty())
        return done({});
    auto lastVersion = std::make_shared<QString>();
    Kube::ApiUpdate *update
        = api->update(refs.first(), [lastVersion](QJsonObject &object) -> Result<void> {
              QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
              QJsonObject annotations = metadata.value(QStringLiteral("annotations")).toObject();
              const int count = annotations.value(KtAnnotation::RefCount).toString().toInt();
              if (count <= 1) {
                  *lastVersion = metadata.value(QStringLiteral("resourceVersion")).toString();
                  return Error {ErrorCode::Cancelled, QStringLiteral("last user"), {}, {}};
              }
              annotations.insert(KtAnnotation::RefCount, QString::number(count - 1));
              metadata.insert(QStringLiteral("annotations"), annotations);
              object.insert(QStringLiteral("metadata"), metadata);
              return {};
          });
    QObject::connect(update, &Kube::ApiJob::finished, api,
        [api, action, refs, lastVersion, attempts, done = std::move(done)](
            const Result<QJsonObject> &result) mutable {
            if (result)
                return done({}); // others still use it
            if (result.error().code == ErrorCode::NotFound)
                return deleteAll(api, refs, done); // gone already: the rest goes too
            if (lastVersion->isEmpty())
                return done(result.error());
            Kube::DeleteOptions options;
            options.gracePeriodSeconds = 0;
            options.preconditionResourceVersion = *lastVersion;
            QObject::connect(api->remove(refs.first(), options), &Kube::ApiJob::finished, api,
                [api, action, refs, attempts, done = std::move(done)](
                    const Result<QJsonObject> &removed) mutable {
                    if (!removed && removed.error().code == ErrorCode::Conflict && attempts > 1)
                        return runReleaseShared(api, action, std::move(done), attempts - 1);
                    if (!removed && removed.error().code != ErrorCode::NotFound)
                        return done(removed.error());
                    deleteAll(api, refs.mid(1), done);
                });
        });
    update->start();
}

void runRestoreLaptop(const QJsonObject &action, std::function<void(Result<void>)> done)
{
    const QString helper = action.value(QStringLiteral("helper")).toString();
    const bool viaPkexec = action.value(QStringLiteral("pkexec")).toBool();
    const QString netns = action.value(QStringLiteral("netns")).toString();
    if (!QFileInfo(helper).isAbsolute())
        return done(Error {ErrorCode::InvalidInput,
            UndoAction::tr("The journal names no usable network helper (\"%1\").").arg(helper), {},
            {}});
    auto *process = new QProcess;
    auto finish = std::make_shared<std::function<void(Result<void>)>>(std::move(done));
    const auto complete = [process, finish](Result<void> result) {
        if (!*finish)
            return;
        std::exchange(*finish, {})(std::move(result));
        process->deleteLater();
    };
    QObject::connect(process, &QProcess::finished, process,
        [process, complete, viaPkexec](int exitCode, QProcess::ExitStatus status) {
            const QByteArray err = process->readAllStandardError();
            if (status == QProcess::NormalExit && exitCode == 0)
                return complete({});
            qCWarning(ktSession).noquote() << "ktdesk-helper --restore:" << err.trimmed();
            complete(Error {ErrorCode::Unavailable,
                viaPkexec && (exitCode == 126 || exitCode == 127)
                    ? UndoAction::tr("KtDesk did not get administrator rights to undo the network "
                                     "changes a crashed session left on this machine.")
                    : UndoAction::tr("KtDesk's network helper could not undo the network changes "
                                     "a crashed session left (exit code %1).")
                          .arg(exitCode),
                QString::fromUtf8(err),
                UndoAction::tr("Run ktdesk-cli clean --localOnly to try again.")});
        });
    QObject::connect(process, &QProcess::errorOccurred, process,
        [process, complete, helper](QProcess::ProcessError error) {
            if (error != QProcess::FailedToStart)
                return;
            complete(Error {ErrorCode::Unavailable,
                UndoAction::tr("Cannot start KtDesk's network helper %1 to undo the network "
                               "changes a crashed session left.")
                    .arg(helper),
                process->errorString(), {}});
        });
    QTimer::singleShot(kRestoreTimeoutMs, process, [process] { process->kill(); });
    if (viaPkexec) {
        process->setProgram(QStringLiteral("pkexec"));
        process->setArguments({helper, QStringLiteral("--restore")});
    } else {
        process->setProgram(helper);
        process->setArguments({QStringLiteral("--restore")});
    }
    qCInfo(ktSession).noquote() << "undoing a crashed session's network changes:"
                                << process->program() << process->arguments().join(u' ');
    // The helper must act where the session's helper acted.
    Result<Platform::NetnsScope> scope = Platform::NetnsScope::enter(netns);
    if (!scope)
        return complete(scope.error());
    process->start();
}

} // namespace

void UndoAction::run(
    Kube::ApiClient *api, const QJsonObject &action, std::function<void(Result<void>)> done)
{
    const QString op = action.value(QStringLiteral("op")).toString();
    if (op == QLatin1String("laptop-restore"))
        return runRestoreLaptop(action, std::move(done));
    if (!api)
        return done(Error {
            ErrorCode::Internal, QStringLiteral("undo \"%1\" needs the cluster").arg(op), {}, {}});
    if (op == QLatin1String("release-shared"))
        return runReleaseShared(api, action, std::move(done));
    const Kube::ResourceRef ref = refFromJson(action.value(QStringLiteral("ref")).toObject());
    Kube::ApiRequest *request = nullptr;
    if (op == QLatin1String("delete")) {
        Kube::DeleteOptions options;
        options.gracePeriodSeconds = 0;
        request = api->remove(ref, options);
    } else if (op == QLatin1String("mesh-leave")) {
        MeshRouter::leave(api, action, std::move(done));
        return;
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
