#pragma once

#include "globaloptions.h"

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Kt::Cli {

// `ktdesk-cli preview <name> --expose PORT[,...] [--external]`, and kt-connect's older spelling
// `ktdesk-cli run <name> --port 8088 --expose`: a local port becomes Service <name> in the cluster.
class PreviewVerb
{
    Q_DECLARE_TR_FUNCTIONS(PreviewVerb)

public:
    int run(const GlobalOptions &options, const QStringList &arguments, QTextStream &out,
        QTextStream &err);
    static QString help();
};

} // namespace Kt::Cli
