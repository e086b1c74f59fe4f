#pragma once

#include "globaloptions.h"

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Kt::Cli {

// `ktdesk-cli exchange <service | deploy/NAME> --expose LOCAL[:REMOTE],...`: kt-connect's exchange
// in selector or scale mode; stays until Ctrl-C/SIGTERM, then restores the Service (or the
// Deployment's replicas).
class ExchangeVerb
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeVerb)

public:
    int run(const GlobalOptions &options, const QStringList &arguments, QTextStream &out,
        QTextStream &err);
    static QString help();
};

} // namespace Kt::Cli
