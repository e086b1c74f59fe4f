#pragma once

#include "session/journal.h"

#include <QObject>
#include <QStringList>

namespace Kt::Session {

// Replays the crash journals of sessions whose process is gone: every recorded undo is done, in
// reverse order, against the cluster the journal names (changes on this machine through
// ktdesk-helper --restore). Runs at the start of ktdesk and
// ktdesk-cli. Journals of live sessions (another ktdesk still running) are left alone.
class Recovery final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Recovery)

public:
    explicit Recovery(QObject *parent = nullptr);

    // `directory`: XdgPaths::journalDir() unless given.
    void run(const QString &directory = {});

    // After finished(): the journals that could not be fully undone, with the undos still left
    // in them (their files stay for the next attempt).
    QList<Journal::Left> left() const { return m_left; }

Q_SIGNALS:
    // `restored`: undo steps done; `problems`: what could not be undone (the journal stays).
    void finished(int restored, const QStringList &problems);

private:
    void next();
    void undoNext(class ClusterAccess *access);
    // The current journal stops here with `problem`: what is left stays in its file.
    void giveUp(const QString &problem);

    QList<Journal::Left> m_pending;
    Journal::Left m_current;
    int m_restored = 0;
    QStringList m_problems;
    QList<Journal::Left> m_left;
};

} // namespace Kt::Session
