#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Kt::Platform {

// Runs a system program (nft, ip, resolvectl) with an argument list — never a shell — and waits
// for it. Blocking on purpose: it is for ktdesk-helper, a sequential program without a GUI whose
// every request is one short command; never call it on the GUI or engine thread.
class SystemCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kt::Platform::SystemCommand)

public:
    // `name` looked up in /usr/sbin, /usr/bin, /sbin, /bin only (not $PATH); empty if absent.
    static QString find(const QString &name);

    static Result<QByteArray> run(const QString &program, const QStringList &arguments,
        const QByteArray &input = {}, int timeoutMs = 15000);
};

} // namespace Kt::Platform
