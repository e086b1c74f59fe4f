#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Kt::Cli {

// Exit codes of ktdesk-cli, documented in --help.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1, // the operation failed; stderr says why
    ExitUsage = 2, // wrong verb, flag or argument
    ExitUnavailable = 3, // the verb is not available in this build
};

// Parses kt-connect's verbs and global flags and runs the verb.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)

public:
    int run(const QStringList &arguments);

private:
    static QString usage();
};

} // namespace Kt::Cli
