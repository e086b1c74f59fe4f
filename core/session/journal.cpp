#include "journal.h"

#include "common/logging.h"
#include "session/crashpoint.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <signal.h>

namespace Kt::Session {

namespace {

QJsonObject document(const QString &sessionId, qint64 pid, const QJsonObject &cluster,
    const QList<Journal::Undo> &undos)
{
    QJsonArray entries;
    for (const Journal::Undo &undo : undos)
        entries.append(QJsonObject {
            {QStringLiteral("key"), undo.key}, {QStringLiteral("action"), undo.action}});
    return QJsonObject {{QStringLiteral("version"), 1}, {QStringLiteral("session"), sessionId},
        {QStringLiteral("pid"), pid}, {QStringLiteral("cluster"), cluster},
        {QStringLiteral("undo"), entries}};
}

Result<void> writeFile(const QString &path, const QJsonObject &object)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error {ErrorCode::Io,
            Journal::tr("Cannot write the crash journal %1: %2.").arg(path, file.errorString()), {},
            Journal::tr("Check that the state directory is writable; KtDesk will not change the "
                        "cluster without it.")};
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error {ErrorCode::Io,
            Journal::tr("Cannot write the crash journal %1: %2.").arg(path, file.errorString()), {},
            {}};
    return {};
}

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (pid == QCoreApplication::applicationPid())
        return true;
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

} // namespace

Result<void> Journal::open(
    const QString &directory, const QString &sessionId, const QJsonObject &cluster)
{
    if (!QDir().mkpath(directory))
        return Error {
            ErrorCode::Io, tr("Cannot create the journal directory %1.").arg(directory), {}, {}};
    m_path = directory + QLatin1Char('/') + sessionId + QStringLiteral(".json");
    m_sessionId = sessionId;
    m_cluster = cluster;
    m_undos.clear();
    return save();
}

Result<void> Journal::record(const QString &key, const QJsonObject &action)
{
    bool known = false;
    for (Undo &undo : m_undos) {
        if (undo.key == key) {
            undo.action = action;
            known = true;
        }
    }
    if (!known)
        m_undos.append({key, action});
    Result<void> saved = save();
    if (saved)
        CrashPoint::reached(QStringLiteral("journalled:") + CrashPoint::kindOf(key));
    return saved;
}

void Journal::done(const QString &key)
{
    CrashPoint::reached(CrashPoint::kindOf(key));
}

Result<void> Journal::forget(const QString &key)
{
    m_undos.removeIf([&key](const Undo &undo) { return undo.key == key; });
    return save();
}

void Journal::close()
{
    if (!m_path.isEmpty())
        QFile::remove(m_path);
    m_path.clear();
    m_undos.clear();
}

Result<void> Journal::save()
{
    if (m_path.isEmpty())
        return {};
    return writeFile(
        m_path, document(m_sessionId, QCoreApplication::applicationPid(), m_cluster, m_undos));
}

QList<Journal::Left> Journal::scan(const QString &directory)
{
    QList<Left> found;
    const QDir dir(directory);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
        Left left;
        left.path = file.fileName();
        left.sessionId = object.value(QStringLiteral("session")).toString();
        left.cluster = object.value(QStringLiteral("cluster")).toObject();
        left.pid = object.value(QStringLiteral("pid")).toInteger();
        left.ownerAlive = processAlive(left.pid);
        for (const QJsonValue &entry : object.value(QStringLiteral("undo")).toArray()) {
            const QJsonObject undo = entry.toObject();
            left.undos.append({undo.value(QStringLiteral("key")).toString(),
                undo.value(QStringLiteral("action")).toObject()});
        }
        if (left.sessionId.isEmpty()) {
            qCWarning(ktSession) << "ignoring unreadable journal" << left.path;
            continue;
        }
        found.append(left);
    }
    return found;
}

Result<void> Journal::rewrite(const Left &left)
{
    if (left.undos.isEmpty()) {
        QFile::remove(left.path);
        return {};
    }
    return writeFile(left.path, document(left.sessionId, left.pid, left.cluster, left.undos));
}

} // namespace Kt::Session
