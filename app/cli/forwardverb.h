#pragma once

#include "globaloptions.h"

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Kt::Cli {

// `ktdesk-cli forward <service> [LOCAL[:REMOTE]]`: kt-connect's forward. A local port reaches the
// Service's port through a ready pod behind it, and keeps working when that pod goes away; stays
// until Ctrl-C/SIGTERM.
class ForwardVerb
{
    Q_DECLARE_TR_FUNCTIONS(ForwardVerb)

public:
    int run(const GlobalOptions &options, const QStringList &arguments, QTextStream &out,
        QTextStream &err);
    static QString help();
};

} // namespace Kt::Cli
