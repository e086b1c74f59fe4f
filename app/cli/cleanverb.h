#pragma once

#include "globaloptions.h"

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Kt::Cli {

// `ktdesk-cli clean`: kt-connect's clean. With --localOnly, undoes what crashed KtDesk sessions
// of this user left (from the crash journal). The cluster-wide part (stale heartbeats, also
// ktctl's leftovers) is not in this build yet and says so.
class CleanVerb
{
    Q_DECLARE_TR_FUNCTIONS(CleanVerb)

public:
    int run(const GlobalOptions &options, const QStringList &arguments, QTextStream &out,
        QTextStream &err);
    static QString help();
};

} // namespace Kt::Cli
