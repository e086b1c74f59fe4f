// ktdesk-cli: the command-line composition root. A QCoreApplication: no QtGui, runs headless.
#include "cliapp.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Line-buffered even into a pipe: scripts and tests read progress as it happens.
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QCoreApplication app(argc, argv);
    Kt::Cli::CliApp cli;
    return cli.run(QCoreApplication::arguments());
}
