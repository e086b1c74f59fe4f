#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Kt::Session {

// The crash journal of one session: a file under $XDG_STATE_HOME/ktdesk/journal/ that holds, for
// every change the session made in the cluster or on this machine (through ktdesk-helper), how to
// undo it. An undo is recorded *before* the
// change is made and forgotten once the undo is done, so whatever a crash interrupts, the file
// says what may need undoing (undoing something that never happened is harmless: a delete of a
// missing object is a no-op). The file also names the owning process, so recovery leaves alone
// the journals of sessions that still run.
class Journal
{
    Q_DECLARE_TR_FUNCTIONS(Journal)

public:
    struct Undo
    {
        QString key; // unique within the session, e.g. "pod/<ns>/<name>"
        QJsonObject action; // {"op": "delete", "ref": {...}} or {"op": "patch", ...}
    };

    // A journal left on disk, as recovery sees it.
    struct Left
    {
        QString path;
        QString sessionId;
        QJsonObject cluster; // {"kubeconfig": [...], "context": "..."}
        QList<Undo> undos; // in the order recorded; undo in reverse
        qint64 pid = 0;
        bool ownerAlive = false;
    };

    Journal() = default;
    ~Journal() = default;
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    // Starts the journal file of a session. `cluster` says how to reach the cluster again.
    Result<void> open(
        const QString &directory, const QString &sessionId, const QJsonObject &cluster);
    Result<void> record(const QString &key, const QJsonObject &action);
    // The change whose undo is recorded under `key` is now made in the cluster. Nothing is
    // written; it marks the step for the crash-point tests (session/crashpoint.h).
    void done(const QString &key);
    Result<void> forget(const QString &key);
    // All undone: the file goes away.
    void close();
    bool isOpen() const { return !m_path.isEmpty(); }
    QList<Undo> undos() const { return m_undos; }

    // Every journal file in `directory`.
    static QList<Left> scan(const QString &directory);
    static Result<void> rewrite(const Left &left);

private:
    Result<void> save();

    QString m_path;
    QString m_sessionId;
    QJsonObject m_cluster;
    QList<Undo> m_undos;
};

} // namespace Kt::Session
