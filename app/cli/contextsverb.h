#pragma once

#include "globaloptions.h"

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Kt::Cli {

// `ktdesk-cli contexts [-o json]`: every kubeconfig context with its cluster, server, user,
// namespace and how it authenticates, like `kubectl config get-contexts` with SERVER and AUTH
// columns. --context marks the context to treat as current, -n the namespace it would use.
class ContextsVerb
{
    Q_DECLARE_TR_FUNCTIONS(ContextsVerb)

public:
    // Returns the process exit code (see CliApp's ExitCode).
    int run(const GlobalOptions &options, const QStringList &arguments, QTextStream &out,
        QTextStream &err);

    static QString help();
};

} // namespace Kt::Cli
