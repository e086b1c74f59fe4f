#include "sessionmanager.h"

#include "common/assert.h"
#include "common/logging.h"
#include "platform/systemevents.h"

#include <QHash>

namespace Kt::Session {

SessionManager::SessionManager(QObject *parent)
    : QObject(parent)
{ }

SessionManager::~SessionManager() = default; // sessions and pending replacements are children

Session *SessionManager::add(std::unique_ptr<Session> session)
{
    KT_ASSERT(session, return nullptr);
    KT_ASSERT(!find(session->id()), return nullptr);
    Session *added = session.release();
    added->setParent(this);
    adopt(added, m_sessions.size());
    return added;
}

void SessionManager::adopt(Session *session, qsizetype index)
{
    m_sessions.insert(index, session);
    connect(session, &Session::infoChanged, this, &SessionManager::sessionInfoChanged);
    connect(session, &Session::stateChanged, this, [this, session] { onStateChanged(session); });
    Q_EMIT sessionAdded(session);
    session->start();
}

Session *SessionManager::find(const QString &id) const
{
    for (Session *session : m_sessions) {
        if (session->id() == id)
            return session;
    }
    return nullptr;
}

void SessionManager::stop(const QString &id)
{
    Session *session = find(id);
    if (!session || session->isFinished())
        return;
    session->stop();
}

bool SessionManager::restart(const QString &id)
{
    Session *session = find(id);
    if (!session || m_stoppingAll)
        return false;
    if (m_replacements.contains(session))
        return true; // already on its way
    std::unique_ptr<Session> fresh = session->recreate();
    if (!fresh) {
        qCInfo(ktSession).noquote() << id << "cannot be restarted";
        return false;
    }
    fresh->setParent(this);
    m_replacements.insert(session, fresh.release());
    if (session->isFinished())
        onStateChanged(session);
    else
        session->stop(); // the replacement starts once this is Stopped or Failed
    return true;
}

bool SessionManager::remove(const QString &id)
{
    Session *session = find(id);
    if (!session || !session->isFinished() || m_replacements.contains(session))
        return false;
    m_sessions.removeOne(session);
    session->disconnect(this);
    Q_EMIT sessionRemoved(id);
    session->deleteLater(); // listeners of sessionRemoved may still hold the pointer
    checkAllStopped();
    return true;
}

void SessionManager::reconnectAll(const QString &why)
{
    const QList<Session *> sessions = m_sessions;
    for (Session *session : sessions) {
        if (session->state() == SessionState::Active)
            session->reconnect(why);
    }
}

void SessionManager::followSystemEvents(Platform::SystemEvents *events)
{
    connect(events, &Platform::SystemEvents::resumed, this,
        [this] { reconnectAll(tr("the machine woke up")); });
    connect(events, &Platform::SystemEvents::networkConnected, this,
        [this] { reconnectAll(tr("the network changed")); });
}

bool SessionManager::hasActive() const
{
    for (Session *session : m_sessions) {
        if (!session->isFinished())
            return true;
    }
    return false;
}

void SessionManager::stopAll()
{
    m_stoppingAll = true;
    // Pending restarts are dropped: the old sessions stop, nothing new starts.
    qDeleteAll(m_replacements);
    m_replacements.clear();
    const QList<Session *> sessions = m_sessions; // stop() may change states synchronously
    for (Session *session : sessions) {
        if (m_sessions.contains(session) && !session->isFinished())
            session->stop();
    }
    checkAllStopped();
}

void SessionManager::onStateChanged(Session *session)
{
    if (!session->isFinished())
        return;
    if (Session *fresh = m_replacements.take(session)) {
        const qsizetype index = m_sessions.indexOf(session);
        if (index >= 0) {
            const QString oldId = session->id();
            m_sessions.removeAt(index);
            session->disconnect(this);
            Q_EMIT sessionRemoved(oldId);
            session->deleteLater();
            adopt(fresh, index);
            return;
        }
        delete fresh;
    }
    checkAllStopped();
}

void SessionManager::checkAllStopped()
{
    if (!m_stoppingAll || hasActive())
        return;
    m_stoppingAll = false;
    Q_EMIT allStopped();
}

} // namespace Kt::Session
