#include "helperrecord.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Kt::Platform {

namespace {

constexpr int kFormat = 1;

QJsonObject changeToJson(const HelperRecord::FileChange &change)
{
    return QJsonObject {
        {QStringLiteral("path"), change.path},
        {QStringLiteral("original"), QString::fromLatin1(change.edit.original.toBase64())},
        {QStringLiteral("written"), QString::fromLatin1(change.edit.written.toBase64())},
        {QStringLiteral("addedNewline"), change.edit.addedNewline},
    };
}

std::optional<HelperRecord::FileChange> changeFromJson(const QJsonValue &value, bool *ok)
{
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    const QString path = object.value(QLatin1StringView("path")).toString();
    const auto original = QByteArray::fromBase64Encoding(
        object.value(QLatin1StringView("original")).toString().toLatin1(),
        QByteArray::AbortOnBase64DecodingErrors);
    const auto written = QByteArray::fromBase64Encoding(
        object.value(QLatin1StringView("written")).toString().toLatin1(),
        QByteArray::AbortOnBase64DecodingErrors);
    if (!value.isObject() || path.isEmpty() || !original || !written) {
        *ok = false;
        return std::nullopt;
    }
    return HelperRecord::FileChange {path,
        BlockEdit {*original, *written, object.value(QLatin1StringView("addedNewline")).toBool()}};
}

} // namespace

QByteArray HelperRecord::toJson() const
{
    QJsonObject object {
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("pid"), static_cast<double>(pid)},
        {QStringLiteral("nftables"), nftables},
        {QStringLiteral("resolvedLink"), resolvedLink},
    };
    if (resolvConf)
        object.insert(QStringLiteral("resolvConf"), changeToJson(*resolvConf));
    if (hosts)
        object.insert(QStringLiteral("hosts"), changeToJson(*hosts));
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<HelperRecord> HelperRecord::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject object = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()
        || object.value(QLatin1StringView("format")).toInt() != kFormat)
        return Error {
            ErrorCode::Io, tr("The helper's record is damaged."), parseError.errorString(), {}};
    HelperRecord record;
    bool ok = true;
    record.pid = static_cast<qint64>(object.value(QLatin1StringView("pid")).toDouble());
    record.nftables = object.value(QLatin1StringView("nftables")).toBool();
    record.resolvedLink = object.value(QLatin1StringView("resolvedLink")).toBool();
    record.resolvConf = changeFromJson(object.value(QLatin1StringView("resolvConf")), &ok);
    record.hosts = changeFromJson(object.value(QLatin1StringView("hosts")), &ok);
    if (!ok)
        return Error {ErrorCode::Io, tr("The helper's record is damaged."), {}, {}};
    return record;
}

Result<HelperRecord> HelperRecord::load(const QString &directory)
{
    QFile file(QDir(directory).filePath(fileName()));
    if (!file.exists())
        return HelperRecord {};
    if (!file.open(QIODevice::ReadOnly))
        return Error {
            ErrorCode::Io, tr("Cannot read %1.").arg(file.fileName()), file.errorString(), {}};
    return fromJson(file.readAll());
}

Result<void> HelperRecord::save(const QString &directory) const
{
    const QString path = QDir(directory).filePath(fileName());
    if (isEmpty()) {
        if (QFile::exists(path) && !QFile::remove(path))
            return Error {ErrorCode::Io, tr("Cannot remove %1.").arg(path), {}, {}};
        return {};
    }
    if (!QDir().mkpath(directory))
        return Error {ErrorCode::Io, tr("Cannot create %1.").arg(directory), {}, {}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {ErrorCode::Io, tr("Cannot write %1.").arg(path), file.errorString(), {}};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray json = toJson();
    if (file.write(json) != json.size() || !file.commit())
        return Error {ErrorCode::Io, tr("Cannot write %1.").arg(path), file.errorString(), {}};
    return {};
}

} // namespace Kt::Platform
