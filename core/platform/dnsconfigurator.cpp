#include "dnsconfigurator.h"

#include "common/logging.h"
#include "platform/ipv4cidr.h"
#include "platform/systemcommand.h"
#include "platform/systemfile.h"

#include <QFileInfo>

namespace Kt::Platform {

DnsConfigurator::DnsConfigurator(QString resolvConfPath)
    : m_resolvConfPath(std::move(resolvConfPath))
{ }

DnsConfigurator::Backend DnsConfigurator::detectBackend() const
{
    if (SystemCommand::find(QStringLiteral("resolvectl")).isEmpty())
        return Backend::ResolvConf;
    const QString target = QFileInfo(m_resolvConfPath).canonicalFilePath();
    if (target.startsWith(QLatin1StringView("/run/systemd/resolve/")))
        return Backend::Resolved;
    auto content = SystemFile::read(m_resolvConfPath);
    if (content && nameservers(*content).contains(QLatin1StringView("127.0.0.53")))
        return Backend::Resolved;
    return Backend::ResolvConf;
}

QString DnsConfigurator::backendName(Backend backend)
{
    return backend == Backend::Resolved ? QStringLiteral("resolved")
                                        : QStringLiteral("resolv.conf");
}

QStringList DnsConfigurator::nameservers(const QByteArray &resolvConf)
{
    QStringList servers;
    for (const QByteArray &rawLine : resolvConf.split('\n')) {
        const QList<QByteArray> fields = rawLine.simplified().split(' ');
        if (fields.size() >= 2 && fields.first() == "nameserver")
            servers.append(QString::fromLatin1(fields.at(1)));
    }
    return servers;
}

QByteArrayList DnsConfigurator::resolvConfLines(quint32 server)
{
    return {"nameserver " + Ipv4Cidr::addressToString(server).toLatin1()};
}

BlockFile DnsConfigurator::resolvConf() const
{
    return BlockFile(m_resolvConfPath, MarkedBlock::resolvConf());
}

Result<void> DnsConfigurator::applyResolved(
    const QStringList &domains, quint32 server, quint16 port)
{
    const QString ip = SystemCommand::find(QStringLiteral("ip"));
    const QString resolvectl = SystemCommand::find(QStringLiteral("resolvectl"));
    const QString link(kResolvedLink);
    // The link may be left from an earlier run whose record was lost (e.g. /run cleared).
    if (!SystemCommand::run(ip, {QStringLiteral("link"), QStringLiteral("show"), link}).ok()) {
        auto added = SystemCommand::run(ip,
            {QStringLiteral("link"), QStringLiteral("add"), link, QStringLiteral("type"),
                QStringLiteral("dummy")});
        if (!added)
            return added.error();
    }
    QStringList routing;
    for (const QString &domain : domains)
        routing.append(QLatin1Char('~') + domain);
    const QString serverText
        = Ipv4Cidr::addressToString(server) + QLatin1Char(':') + QString::number(port);
    const QList<QStringList> steps {
        {QStringLiteral("link"), QStringLiteral("set"), link, QStringLiteral("up")},
        {QStringLiteral("dns"), link, serverText},
        QStringList {QStringLiteral("domain"), link} + routing,
        {QStringLiteral("default-route"), link, QStringLiteral("false")},
    };
    for (const QStringList &step : steps) {
        const bool isIp = step.first() == QLatin1StringView("link");
        auto result = SystemCommand::run(isIp ? ip : resolvectl, step);
        if (!result) {
            Error error = result.error();
            error.message = tr("Cannot configure systemd-resolved: %1").arg(error.message);
            return error;
        }
    }
    return {};
}

Result<void> DnsConfigurator::undoResolved()
{
    const QString link(kResolvedLink);
    const QString ip = SystemCommand::find(QStringLiteral("ip"));
    if (!SystemCommand::run(ip, {QStringLiteral("link"), QStringLiteral("show"), link}).ok())
        return {};
    // Reverting first tells resolved at once; deleting the link would also drop its settings.
    (void)SystemCommand::run(
        SystemCommand::find(QStringLiteral("resolvectl")), {QStringLiteral("revert"), link});
    auto deleted = SystemCommand::run(ip, {QStringLiteral("link"), QStringLiteral("delete"), link});
    if (!deleted)
        return deleted.error();
    return {};
}

} // namespace Kt::Platform
