#include "session.h"

#include "common/logging.h"
#include "session/clusteraccess.h"
#include "session/crashpoint.h"
#include "session/ktmetadata.h"
#include "session/undoaction.h"

#include <QMetaEnum>

namespace Kt::Session {

Session::Session(SessionKind kind, QObject *parent)
    : QObject(parent)
{
    m_info.kind = kind;
    m_info.id
        = QString::fromLatin1(QMetaEnum::fromType<SessionKind>().valueToKey(int(kind))).toLower()
        + QLatin1Char('-') + KtMetadata::randomLetters(8);
    m_info.startedAt = QDateTime::currentDateTimeUtc();
}

Session::~Session() = default;

void Session::setId(const QString &id)
{
    m_info.id = id;
    publish();
}

void Session::setTitle(const QString &title, const QString &detail)
{
    m_info.title = title;
    m_info.detail = detail;
    publish();
}

void Session::setState(SessionState state, const QString &step)
{
    const bool changed = m_info.state != state;
    m_info.state = state;
    m_info.step = step;
    if (state == SessionState::Active)
        m_info.lastError.reset();
    qCInfo(ktSession).noquote() << m_info.id << state << step;
    if (changed)
        Q_EMIT stateChanged(state);
    publish();
}

void Session::addEvent(const QString &event)
{
    if (!m_info.events.isEmpty() && m_info.events.constLast() == event)
        return;
    m_info.events.append(event);
    while (m_info.events.size() > 50)
        m_info.events.removeFirst();
    publish();
}

void Session::setTraffic(quint64 bytesIn, quint64 bytesOut, int openConnections)
{
    if (m_info.bytesIn == bytesIn && m_info.bytesOut == bytesOut
        && m_info.openConnections == openConnections)
        return;
    m_info.bytesIn = bytesIn;
    m_info.bytesOut = bytesOut;
    m_info.openConnections = openConnections;
    publish();
}

void Session::reportError(const Error &error)
{
    m_info.lastError = error;
    qCWarning(ktSession).noquote() << m_info.id << error.message << error.detail;
    Q_EMIT errorOccurred(error);
    publish();
}

void Session::reportTunnelLost(const QString &why)
{
    reportError(Error {ErrorCode::Unavailable, tr("The tunnel to the cluster dropped: %1").arg(why),
        {}, tr("KtDesk reconnects on its own; connections that were open have to be made again.")});
}

void Session::noteClusterAccess(const ClusterAccess *access)
{
    if (!access || !access->tlsVerificationOff())
        return;
    m_info.tlsVerificationOff = true;
    addEvent(access->tlsWarning()); // publishes
}

void Session::undoJournal(ClusterAccess *access, std::function<void(bool ok)> done)
{
    const QList<Journal::Undo> undos = m_journal.undos();
    if (undos.isEmpty() || !access) {
        if (undos.isEmpty())
            m_journal.close();
        return done(undos.isEmpty());
    }
    const Journal::Undo last = undos.constLast();
    UndoAction::run(access->api(), last.action,
        [this, access, key = last.key, done = std::move(done)](Result<void> result) mutable {
            if (!result) {
                reportError(result.error());
                return done(false);
            }
            if (Result<void> written = m_journal.forget(key); !written)
                qCWarning(ktSession)
                    << written.error().message; // recovery may then redo a done undo: harmless
            CrashPoint::reached(QStringLiteral("undone:") + CrashPoint::kindOf(key));
            undoJournal(access, std::move(done));
        });
}

void Session::publish()
{
    Q_EMIT infoChanged(m_info);
}

} // namespace Kt::Session
