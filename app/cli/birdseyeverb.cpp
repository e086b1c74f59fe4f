#include "birdseyeverb.h"

#include "cliapp.h"
#include "session/clusteraccess.h"
#include "session/dashboard.h"
#include "sessionrunner.h"
#include "verbflags.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Kt::Cli {

namespace {

QString ago(const QDateTime &when)
{
    if (!when.isValid())
        return QStringLiteral("-");
    const qint64 seconds = when.secsTo(QDateTime::currentDateTimeUtc());
    if (seconds < 120)
        return QStringLiteral("%1s").arg(seconds);
    if (seconds < 7200)
        return QStringLiteral("%1m").arg(seconds / 60);
    return QStringLiteral("%1h").arg(seconds / 3600);
}

} // namespace

int BirdseyeVerb::run(
    const GlobalOptions &global, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    bool json = false;
    QStringList positionals;
    const std::optional<int> stop
        = VerbFlags(QStringLiteral("birdseye"))
              .value({QStringLiteral("-o"), QStringLiteral("--output")},
                  [&json](const QString &value) {
                      json = value == QLatin1String("json");
                      if (!json && value != QLatin1String("table"))
                          return tr("unknown output format \"%1\"; use json.").arg(value);
                      return QString();
                  })
              // kt-connect's flags: connectors are always shown, natural Services never are.
              .ignored({QStringLiteral("--showConnector"), QStringLiteral("--hideNaturalService")})
              .ignored({QStringLiteral("--sortBy")}, true)
              .parse(arguments, positionals,
                  tr("Usage: ktdesk-cli birdseye [-o json]\n\nEvery kt session in the cluster "
                     "(KtDesk's and ktctl's).\n"),
                  out, err);
    if (stop)
        return *stop;
    if (!positionals.isEmpty()) {
        err << tr("ktdesk-cli birdseye: unknown argument \"%1\".").arg(positionals.first()) << '\n';
        return ExitUsage;
    }
    Result<Session::ClusterAccess *> access = Session::ClusterAccess::open(
        {global.kubeconfig, global.context, global.namespaceName}, qApp);
    if (!access) {
        err << "ktdesk-cli birdseye: " << access.error().toString() << '\n';
        return ExitFailure;
    }
    SessionRunner::warnAboutCluster(*access, err);
    int exitCode = ExitOk;
    auto *dashboard = new Session::Dashboard(*access, qApp);
    QObject::connect(dashboard, &Session::Dashboard::refreshed, qApp,
        [&](const Result<QList<Session::Dashboard::Row>> &rows) {
            if (!rows) {
                err << "ktdesk-cli birdseye: " << rows.error().toString() << '\n';
                exitCode = ExitFailure;
                return QCoreApplication::exit(exitCode);
            }
            if (json) {
                QJsonArray array;
                for (const Session::Dashboard::Row &row : *rows) {
                    array.append(QJsonObject {{QStringLiteral("namespace"), row.namespaceName},
                        {QStringLiteral("name"), row.name}, {QStringLiteral("user"), row.user},
                        {QStringLiteral("role"), row.role}, {QStringLiteral("target"), row.target},
                        {QStringLiteral("phase"), row.phase},
                        {QStringLiteral("created"), row.created.toString(Qt::ISODate)},
                        {QStringLiteral("lastHeartbeat"), row.lastHeartbeat.toString(Qt::ISODate)},
                        {QStringLiteral("stale"), row.stale}});
                }
                out << QJsonDocument(array).toJson(QJsonDocument::Indented);
                return QCoreApplication::exit(exitCode);
            }
            const auto line = [&out](const QStringList &cells) {
                const int widths[] = {20, 36, 12, 16, 24, 8, 10, 6};
                QString text;
                for (int i = 0; i < cells.size(); ++i)
                    text += cells.at(i).leftJustified(widths[i]) + QLatin1Char(' ');
                out << text.trimmed() << '\n';
            };
            line({tr("NAMESPACE"), tr("NAME"), tr("USER"), tr("ROLE"), tr("TARGET"), tr("AGE"),
                tr("HEARTBEAT"), tr("STALE")});
            for (const Session::Dashboard::Row &row : *rows) {
                line({row.namespaceName, row.name, row.user, row.role,
                    row.target.isEmpty() ? QStringLiteral("-") : row.target, ago(row.created),
                    ago(row.lastHeartbeat), row.stale ? tr("yes") : tr("no")});
            }
            if (rows->isEmpty())
                out << tr("Nobody is connected, exchanging or meshing in this cluster.") << '\n';
            QCoreApplication::exit(exitCode);
        });
    dashboard->refresh();
    QCoreApplication::exec();
    return exitCode;
}

} // namespace Kt::Cli
