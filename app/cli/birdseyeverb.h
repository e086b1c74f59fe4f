#pragma once

#include "globaloptions.h"

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Kt::Cli {

// `ktdesk-cli birdseye` (alias `dashboard`): every kt session in the cluster, KtDesk's and
// ktctl's, with user, role, target, age, last heartbeat and a stale flag.
class BirdseyeVerb
{
    Q_DECLARE_TR_FUNCTIONS(BirdseyeVerb)

public:
    int run(const GlobalOptions &options, const QStringList &arguments, QTextStream &out,
        QTextStream &err);
};

} // namespace Kt::Cli
