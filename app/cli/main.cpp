// ktdesk-cli: the command-line composition root. A QCoreApplication: no QtGui, runs headless.
#include "cliapp.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Kt::Cli::CliApp cli;
    return cli.run(QCoreApplication::arguments());
}
