#pragma once

#include "globaloptions.h"

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Kt::Cli {

// `ktdesk-cli recover <service>`: kt-connect's recover. Restores a Service that an exchange or
// mesh left changed and removes the shadows made for it, whoever made them.
class RecoverVerb
{
    Q_DECLARE_TR_FUNCTIONS(RecoverVerb)

public:
    int run(const GlobalOptions &options, const QStringList &arguments, QTextStream &out,
        QTextStream &err);
};

} // namespace Kt::Cli
