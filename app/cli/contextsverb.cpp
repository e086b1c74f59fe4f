#include "contextsverb.h"

#include "cliapp.h"
#include "kube/clientconfig.h"
#include "kube/kubeconfigloader.h"
#include "kube/kubeconfiglocator.h"
#include "verbflags.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Kt::Cli {

namespace {

struct Row
{
    QString name;
    QString cluster;
    QString server;
    QString user;
    QString namespaceName;
    QString authKind;
    bool current = false;
    QString error; // why the context cannot be used, empty when it can
};

// Columns padded like kubectl's tabwriter: each as wide as its widest cell plus three spaces.
void printTable(const QList<QStringList> &lines, QTextStream &out)
{
    QList<qsizetype> widths;
    for (const QStringList &line : lines) {
        for (qsizetype i = 0; i < line.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], line.at(i).size());
        }
    }
    for (const QStringList &line : lines) {
        QString text;
        for (qsizetype i = 0; i < line.size(); ++i)
            text += i + 1 < line.size() ? line.at(i).leftJustified(widths.at(i) + 3) : line.at(i);
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        out << text << '\n';
    }
}

} // namespace

QString ContextsVerb::help()
{
    return tr("Usage: ktdesk-cli contexts [-c FILE] [--context NAME] [-n NS] [-o json]") + u'\n'
        + tr("Lists every context of the kubeconfig files with its cluster, server, user, "
             "namespace and authentication kind. The current context is marked with *; "
             "--context marks another one, -n changes the namespace it would use.")
        + u'\n' + u'\n' + tr("Flags:") + u'\n' + QStringLiteral("  -o, --output FORMAT       ")
        + tr("\"json\" for a JSON array; a table by default") + u'\n';
}

int ContextsVerb::run(
    const GlobalOptions &options, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    bool json = false;
    QStringList positionals;
    const std::optional<int> stop
        = VerbFlags(QStringLiteral("contexts"))
              .value({QStringLiteral("-o"), QStringLiteral("--output")},
                  [&json](const QString &value) {
                      json = value == QLatin1String("json");
                      if (!json && value != QLatin1String("table"))
                          return tr("unknown output format \"%1\"; use json.").arg(value);
                      return QString();
                  })
              .parse(arguments, positionals, help(), out, err);
    if (stop)
        return *stop;
    if (!positionals.isEmpty()) {
        err << tr("ktdesk-cli contexts: unexpected argument \"%1\".").arg(positionals.first())
            << '\n'
            << help();
        return ExitUsage;
    }

    const Kube::KubeconfigLocator locator(options.kubeconfig);
    const Result<Kube::Kubeconfig> loaded = Kube::KubeconfigLoader::load(locator);
    if (!loaded) {
        err << tr("ktdesk-cli: %1").arg(loaded.error().toString()) << '\n';
        return ExitFailure;
    }
    const Kube::Kubeconfig &config = *loaded;
    if (!options.context.isEmpty() && !config.contexts().contains(options.context)) {
        err << tr("ktdesk-cli: the context \"%1\" given with --context is not defined in the "
                  "kubeconfig files (%2).")
                   .arg(options.context, config.files().join(QStringLiteral(", ")))
            << '\n';
        return ExitFailure;
    }
    const QString current = options.context.isEmpty() ? config.currentContext() : options.context;

    QList<Row> rows;
    for (const Kube::Context &context : config.contexts()) {
        Row row;
        row.name = context.name;
        row.cluster = context.cluster;
        row.user = context.user;
        row.current = context.name == current;
        Kube::ConfigOverrides overrides;
        overrides.context = context.name;
        if (row.current)
            overrides.namespaceName = options.namespaceName;
        const Result<Kube::ClientConfig> resolved = Kube::ClientConfig::resolve(config, overrides);
        if (resolved) {
            row.server = resolved->server().toString();
            row.namespaceName = resolved->namespaceName();
            row.authKind = resolved->authKind();
        } else {
            // Show what the files say, and why the context cannot be used.
            const auto cluster = config.clusters().constFind(context.cluster);
            row.server = cluster != config.clusters().constEnd() ? cluster->server : QString();
            row.namespaceName = !overrides.namespaceName.isEmpty() ? overrides.namespaceName
                : !context.namespaceName.isEmpty()                 ? context.namespaceName
                                                                   : QStringLiteral("default");
            const auto user = config.users().constFind(context.user);
            row.authKind = context.user.isEmpty()   ? QStringLiteral("none")
                : user != config.users().constEnd() ? user->authKind()
                                                    : QString();
            row.error = resolved.error().toString();
        }
        rows.append(row);
    }

    if (json) {
        QJsonArray array;
        for (const Row &row : std::as_const(rows)) {
            QJsonObject object {
                {QLatin1String("name"), row.name},
                {QLatin1String("cluster"), row.cluster},
                {QLatin1String("server"), row.server},
                {QLatin1String("user"), row.user},
                {QLatin1String("namespace"), row.namespaceName},
                {QLatin1String("authKind"), row.authKind},
                {QLatin1String("current"), row.current},
            };
            if (!row.error.isEmpty())
                object.insert(QLatin1String("error"), row.error);
            array.append(object);
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        QList<QStringList> lines;
        lines.append({tr("CURRENT"), tr("NAME"), tr("CLUSTER"), tr("SERVER"), tr("AUTHINFO"),
            tr("NAMESPACE"), tr("AUTH")});
        for (const Row &row : std::as_const(rows)) {
            lines.append({row.current ? QStringLiteral("*") : QString(), row.name, row.cluster,
                row.server, row.user, row.namespaceName, row.authKind});
        }
        printTable(lines, out);
    }
    out.flush();
    for (const Row &row : std::as_const(rows)) {
        if (!row.error.isEmpty())
            err << tr("ktdesk-cli: context \"%1\" cannot be used: %2").arg(row.name, row.error)
                << '\n';
    }
    return ExitOk;
}

} // namespace Kt::Cli
