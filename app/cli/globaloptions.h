#pragma once

#include <QString>

#include <chrono>

namespace Kt::Cli {

// kt-connect's global flags, accepted before or after the verb.
struct GlobalOptions
{
    QString kubeconfig; // -c, --kubeconfig
    QString context; // --context
    QString namespaceName; // -n, --namespace
    bool debug = false; // -d, --debug
    std::chrono::seconds portForwardTimeout {10}; // --portForwardTimeout
};

} // namespace Kt::Cli
