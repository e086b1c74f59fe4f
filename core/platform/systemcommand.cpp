#include "systemcommand.h"

#include "common/logging.h"

#include <QProcess>
#include <QStandardPaths>

namespace Kt::Platform {

QString SystemCommand::find(const QString &name)
{
    return QStandardPaths::findExecutable(name,
        {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"), QStringLiteral("/sbin"),
            QStringLiteral("/bin")});
}

Result<QByteArray> SystemCommand::run(
    const QString &program, const QStringList &arguments, const QByteArray &input, int timeoutMs)
{
    const QString commandLine = program + QLatin1Char(' ') + arguments.join(QLatin1Char(' '));
    if (program.isEmpty())
        return Error {ErrorCode::NotFound, tr("A program KtDesk needs is not installed."),
            commandLine, tr("Install nftables and iproute2.")};
    qCInfo(ktPlatform).noquote() << "running" << commandLine;
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.start();
    if (!process.waitForStarted(timeoutMs))
        return Error {
            ErrorCode::Unavailable, tr("Cannot run %1.").arg(program), process.errorString(), {}};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return Error {ErrorCode::Timeout,
            tr("%1 did not finish within %2 s.").arg(program).arg(timeoutMs / 1000), commandLine,
            {}};
    }
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError().trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qCWarning(ktPlatform).noquote() << program << "failed:" << err;
        return Error {ErrorCode::Io,
            tr("%1 failed (exit code %2): %3")
                .arg(program)
                .arg(process.exitCode())
                .arg(QString::fromUtf8(err.left(500))),
            commandLine, {}};
    }
    return out;
}

} // namespace Kt::Platform
