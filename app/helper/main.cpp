// ktdesk-helper: the small privileged program that changes this machine's network configuration
// for connect's vpn mode (nftables table ktdesk, DNS for the cluster domains, the hosts-file
// block) and undoes it. Started by KtDesk through pkexec; speaks a closed JSON-lines protocol on
// stdin/stdout (platform/helperprotocol.h). Links ktcore only; no GUI.
#include "helperrequesthandler.h"
#include "helperserver.h"
#include "helpersettings.h"

#include "common/logging.h"
#include "common/version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLockFile>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace Kt;

namespace {

int fail(const QString &message, int code)
{
    std::fprintf(stderr, "ktdesk-helper: %s\n", qPrintable(message));
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    // A reply written to an app that is gone must not kill the helper before it undoes.
    std::signal(SIGPIPE, SIG_IGN);
    qSetMessagePattern(QStringLiteral("ktdesk-helper[%{pid}] %{type}: %{message}"));

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ktdesk-helper"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main",
        "Changes and restores this machine's network configuration for KtDesk's vpn mode.\n"
        "Reads one JSON request per line on stdin and answers on stdout; undoes everything "
        "when stdin closes.\n"
        "Tests only (refused under pkexec): KTDESK_HELPER_STATE_DIR, KTDESK_HELPER_HOSTS_FILE, "
        "KTDESK_HELPER_RESOLV_CONF, KTDESK_HELPER_DNS_BACKEND=auto|resolv.conf|resolved."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption restoreOption(QStringLiteral("restore"),
        QCoreApplication::translate(
            "main", "Undo what a previous helper left (see its record), then exit."));
    parser.addOption(restoreOption);
    parser.process(app);

    if (::geteuid() != 0)
        return fail(QCoreApplication::translate("main", "must run as root (through pkexec)."), 2);
    auto settings = HelperSettings::fromEnvironment();
    if (!settings)
        return fail(settings.error().message, 2);

    if (!QDir().mkpath(settings->stateDir))
        return fail(
            QCoreApplication::translate("main", "cannot create %1.").arg(settings->stateDir), 3);
    QFile::setPermissions(settings->stateDir,
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // One helper at a time owns the table, the files and the record. A killed helper's lock
    // is stale at once (its pid is gone); one that is still undoing is waited for.
    QLockFile lock(QDir(settings->stateDir).filePath(QStringLiteral("helper.lock")));
    if (!lock.tryLock(10000)) {
        qint64 pid = 0;
        QString host;
        QString name;
        lock.getLockInfo(&pid, &host, &name);
        return fail(
            QCoreApplication::translate("main", "another ktdesk-helper (pid %1) is running.")
                .arg(pid),
            3);
    }

    HelperRequestHandler handler(*settings);
    auto restored = handler.restoreAll();
    if (!restored)
        qCCritical(ktPlatform).noquote() << restored.error().message;
    else if (!restored->isEmpty())
        qCWarning(ktPlatform) << "undid what a previous helper left:" << *restored;
    if (parser.isSet(restoreOption))
        return restored ? 0 : 1;
    if (restored)
        handler.setRestoredAtStart(*restored);
    else
        handler.setStartupWarning(restored.error().toString());

    HelperServer server(&handler, STDIN_FILENO, STDOUT_FILENO);
    server.watchSignals();
    QObject::connect(&server, &HelperServer::finished, &app, &QCoreApplication::exit);
    qCInfo(ktPlatform) << "ready; state in" << settings->stateDir;
    return app.exec();
}
