#include "sessionengine.h"

#include "common/assert.h"
#include "common/logging.h"
#include "platform/systemevents.h"
#include "secrets/threadedsecretstore.h"
#include "session/recovery.h"
#include "session/session.h"
#include "session/sessionmanager.h"

#include <QFile>

#include <QThread>
#include <memory>
#include <utility>

namespace Kt::Session {

SessionEngine::SessionEngine(Secrets::SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_manager(new SessionManager)
    , m_secrets(new Secrets::ThreadedSecretStore(secrets))
{
    m_thread->setObjectName(QStringLiteral("ktdesk-sessions"));
    m_manager->moveToThread(m_thread);
    m_secrets->moveToThread(m_thread);
    // Both are deleted on their own thread once its loop has ended (see the destructor).
    connect(m_thread, &QThread::finished, m_manager, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, m_secrets, &QObject::deleteLater);

    // Runs on the engine thread: the session object is read there, only its snapshots cross.
    // Each snapshot goes with the id the session had before it, so that a rename is seen.
    connect(
        m_manager, &SessionManager::sessionAdded, m_manager,
        [this, manager = m_manager](Session *session) {
            const SessionInfo info = session->info();
            const qsizetype index = manager->sessions().indexOf(session);
            QMetaObject::invokeMethod(
                this, [this, info, index] { onAdded(info, index); }, Qt::QueuedConnection);
            auto lastId = std::make_shared<QString>(info.id);
            connect(
                session, &Session::infoChanged, session,
                [this, lastId](const SessionInfo &changed) {
                    const QString previous = std::exchange(*lastId, changed.id);
                    QMetaObject::invokeMethod(
                        this, [this, previous, changed] { onInfoChanged(previous, changed); },
                        Qt::QueuedConnection);
                },
                Qt::DirectConnection);
        },
        Qt::DirectConnection);
    // Queued: the receiver lives on this thread.
    connect(m_manager, &SessionManager::sessionRemoved, this, &SessionEngine::onRemoved);
    connect(m_manager, &SessionManager::allStopped, this, &SessionEngine::allStopped);
    m_thread->start();
}

SessionEngine::~SessionEngine()
{
    m_thread->quit();
    m_thread->wait();
}

SessionInfo SessionEngine::add(std::unique_ptr<Session> session)
{
    KT_ASSERT(session && !session->parent() && session->thread() == thread(), return {});
    Session *moved = session.release();
    const SessionInfo info = moved->info();
    moved->moveToThread(m_thread);
    onAdded(info, m_infos.size());
    onEngine([moved](SessionManager *manager) { manager->add(std::unique_ptr<Session>(moved)); });
    return info;
}

void SessionEngine::stop(const QString &id)
{
    onEngine([id = resolve(id)](SessionManager *manager) { manager->stop(id); });
}

void SessionEngine::restart(const QString &id)
{
    onEngine([id = resolve(id)](SessionManager *manager) { manager->restart(id); });
}

void SessionEngine::remove(const QString &id)
{
    onEngine([id = resolve(id)](SessionManager *manager) { manager->remove(id); });
}

void SessionEngine::stopAll()
{
    onEngine([](SessionManager *manager) { manager->stopAll(); });
}

void SessionEngine::reconnectAll(const QString &why)
{
    onEngine([why](SessionManager *manager) { manager->reconnectAll(why); });
}

void SessionEngine::followSystemEvents()
{
    // Made there: connecting to the system bus is I/O, and its signals then arrive there.
    onEngine([](SessionManager *manager) {
        manager->followSystemEvents(new Platform::SystemEvents(manager));
    });
}

void SessionEngine::recoverCrashes(const QString &directory)
{
    onEngine([this, directory](SessionManager *manager) {
        auto *recovery = new Recovery(manager);
        connect(recovery, &Recovery::finished, recovery,
            [this, recovery](int restored, const QStringList &problems) {
                recovery->deleteLater();
                const QList<Journal::Left> left = recovery->left();
                QMetaObject::invokeMethod(
                    this,
                    [this, restored, problems, left] {
                        Q_EMIT crashRecoveryFinished(restored, problems, left);
                    },
                    Qt::QueuedConnection);
            });
        recovery->run(directory);
    });
}

void SessionEngine::forgetJournals(const QStringList &paths)
{
    onEngine([paths](SessionManager *) {
        for (const QString &path : paths) {
            qCWarning(ktSession).noquote()
                << "forgetting crash journal" << path << "as the user chose: its changes stay";
            QFile::remove(path);
        }
    });
}

SessionInfo SessionEngine::find(const QString &id) const
{
    const qsizetype index = indexOf(resolve(id));
    return index >= 0 ? m_infos.at(index) : SessionInfo {};
}

bool SessionEngine::hasActive() const
{
    for (const SessionInfo &info : m_infos) {
        if (info.state != SessionState::Stopped && info.state != SessionState::Failed)
            return true;
    }
    return false;
}

void SessionEngine::onAdded(const SessionInfo &info, qsizetype index)
{
    if (const qsizetype known = indexOf(info.id); known >= 0) {
        // add() listed it already; this is the manager's echo.
        onInfoChanged(info.id, info);
        return;
    }
    m_infos.insert(std::clamp<qsizetype>(index, 0, m_infos.size()), info);
    Q_EMIT sessionAdded(info);
}

void SessionEngine::onInfoChanged(const QString &previousId, const SessionInfo &info)
{
    const qsizetype index = indexOf(previousId);
    if (index < 0)
        return; // removed meanwhile
    m_infos[index] = info;
    if (info.id != previousId) {
        m_renamed.insert(previousId, info.id);
        Q_EMIT sessionRenamed(previousId, info.id);
    }
    Q_EMIT sessionInfoChanged(info);
}

void SessionEngine::onRemoved(const QString &id)
{
    const qsizetype index = indexOf(id);
    if (index < 0)
        return;
    m_infos.removeAt(index);
    Q_EMIT sessionRemoved(id);
}

QString SessionEngine::resolve(const QString &id) const
{
    QString current = id;
    for (int hops = 0; hops < 8 && m_renamed.contains(current); ++hops)
        current = m_renamed.value(current);
    return current;
}

qsizetype SessionEngine::indexOf(const QString &id) const
{
    for (qsizetype index = 0; index < m_infos.size(); ++index) {
        if (m_infos.at(index).id == id)
            return index;
    }
    return -1;
}

void SessionEngine::onEngine(std::function<void(SessionManager *manager)> command)
{
    QMetaObject::invokeMethod(
        m_manager, [manager = m_manager, command = std::move(command)] { command(manager); },
        Qt::QueuedConnection);
}

} // namespace Kt::Session
