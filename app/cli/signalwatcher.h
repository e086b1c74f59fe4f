#pragma once

#include <QObject>

class QSocketNotifier;

namespace Kt::Cli {

// Turns SIGINT and SIGTERM into a Qt signal (self-pipe), so a long-running verb can stop its
// session and undo everything before the process exits.
class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    // `count`: how many times a stop was asked for (a second Ctrl-C means "now").
    void stopRequested(int count);

private:
    QSocketNotifier *m_notifier = nullptr;
    int m_count = 0;
};

} // namespace Kt::Cli
