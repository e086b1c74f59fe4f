#pragma once

#include "globaloptions.h"

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Kt::Cli {

// `ktdesk-cli mesh <service> --expose LOCAL[:REMOTE],... [--mode auto|manual] [--versionMark
// [KEY:]VERSION]`: kt-connect's mesh. Stays until Ctrl-C/SIGTERM, then leaves the router (the
// last user out restores the Service).
class MeshVerb
{
    Q_DECLARE_TR_FUNCTIONS(MeshVerb)

public:
    int run(const GlobalOptions &options, const QStringList &arguments, QTextStream &out,
        QTextStream &err);
    static QString help();
};

} // namespace Kt::Cli
