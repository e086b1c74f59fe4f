// ktdesk-cli: the command-line composition root. A QCoreApplication: no QtGui, runs headless.
#include "cliapp.h"

#include <QCoreApplication>
#include <QPointer>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Line-buffered even into a pipe: scripts and tests read progress as it happens.
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QCoreApplication app(argc, argv);
    Kt::Cli::CliApp cli;
    const int exitCode = cli.run(QCoreApplication::arguments());
    // Our objects that the verbs parented to the application (sessions, cluster connections) go
    // now, while the application still exists. Destroyed with it, a connection's network thread
    // would end after QCoreApplication::instance() is gone, and closing its TLS sockets there
    // makes Qt warn "QObject::connect(QObject, Unknown): invalid nullptr parameter". (Qt's own
    // children of the application, such as its event dispatcher, stay for it to delete.) Newest
    // first, as a stack unwinds: what was made later may use what was made before (a dashboard
    // its cluster connection), never the other way round.
    QList<QPointer<QObject>> ours;
    for (QObject *child : app.children()) {
        if (QLatin1String(child->metaObject()->className()).startsWith(QLatin1String("Kt::")))
            ours.prepend(child);
    }
    for (const QPointer<QObject> &child : std::as_const(ours))
        delete child.data();
    return exitCode;
}
