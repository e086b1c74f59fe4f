#include "recovery.h"

#include "common/logging.h"
#include "platform/xdgpaths.h"
#include "session/clusteraccess.h"
#include "session/undoaction.h"

#include <QTimer>

namespace Kt::Session {

Recovery::Recovery(QObject *parent)
    : QObject(parent)
{ }

void Recovery::run(const QString &directory)
{
    const QString dir = directory.isEmpty() ? Platform::XdgPaths::journalDir() : directory;
    m_pending.clear();
    m_left.clear();
    m_problems.clear();
    m_restored = 0;
    for (const Journal::Left &left : Journal::scan(dir)) {
        if (!left.ownerAlive)
            m_pending.append(left);
    }
    // Always asynchronous, also with nothing to do: callers connect and then enter their loop.
    QTimer::singleShot(0, this, &Recovery::next);
}

void Recovery::next()
{
    if (m_pending.isEmpty()) {
        Q_EMIT finished(m_restored, m_problems);
        return;
    }
    m_current = m_pending.takeFirst();
    if (m_current.undos.isEmpty()) {
        (void)Journal::rewrite(m_current); // nothing to undo: the file just goes
        return next();
    }
    qCInfo(ktSession) << "recovering" << m_current.undos.size() << "change(s) left by session"
                      << m_current.sessionId;
    undoNext(nullptr);
}

void Recovery::undoNext(ClusterAccess *access)
{
    if (m_current.undos.isEmpty()) {
        (void)Journal::rewrite(m_current);
        if (access)
            access->deleteLater();
        return next();
    }
    const Journal::Undo undo = m_current.undos.constLast();
    // The cluster is reached only for undos that need it: changes on this machine are undone
    // also when the cluster is out of reach.
    if (!access && UndoAction::needsCluster(undo.action)) {
        Result<ClusterAccess *> opened
            = ClusterAccess::open(ClusterTarget::fromJson(m_current.cluster), this);
        if (!opened)
            return giveUp(opened.error().toString());
        access = *opened;
    }
    UndoAction::run(
        access ? access->api() : nullptr, undo.action, [this, access](Result<void> done) {
            if (!done) {
                if (access)
                    access->deleteLater();
                return giveUp(done.error().toString());
            }
            ++m_restored;
            m_current.undos.removeLast();
            (void)Journal::rewrite(m_current);
            undoNext(access);
        });
}

void Recovery::giveUp(const QString &problem)
{
    m_problems.append(tr("Session %1: %2").arg(m_current.sessionId, problem));
    (void)Journal::rewrite(m_current); // keep what is left for the next attempt
    m_left.append(m_current);
    next();
}

} // namespace Kt::Session
