#pragma once

#include "helperrequesthandler.h"

#include <QObject>

class QSocketNotifier;

// The helper's loop: JSON lines from stdin to the handler, replies to stdout. When stdin closes
// (the app exited or crashed) or a SIGTERM/SIGINT/SIGHUP arrives, it undoes everything and quits.
class HelperServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelperServer)

public:
    HelperServer(
        HelperRequestHandler *handler, int inputFd, int outputFd, QObject *parent = nullptr);
    ~HelperServer() override;

    // Routes SIGTERM, SIGINT and SIGHUP into the event loop (self-pipe).
    bool watchSignals();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onInput();
    void onSignal();
    void handleLine(const QByteArray &line);
    void reply(const Kt::Platform::HelperReply &reply);
    void shutDown(const char *why);

    HelperRequestHandler *m_handler;
    int m_inputFd;
    int m_outputFd;
    QSocketNotifier *m_inputNotifier = nullptr;
    QSocketNotifier *m_signalNotifier = nullptr;
    QByteArray m_buffer;
    bool m_discarding = false; // inside an overlong line: drop bytes up to its newline
    bool m_done = false;
};
