#pragma once

#include "globaloptions.h"

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Kt::Cli {

// `ktdesk-cli connect`: kt-connect's connect. Proxy mode (SOCKS5 + HTTP on one port) runs without
// privileges; it stays connected until Ctrl-C/SIGTERM, then removes everything it created.
class ConnectVerb
{
    Q_DECLARE_TR_FUNCTIONS(ConnectVerb)

public:
    int run(const GlobalOptions &options, const QStringList &arguments, QTextStream &out,
        QTextStream &err);
    static QString help();
};

} // namespace Kt::Cli
