#include "nftablesconfigurator.h"

#include "common/logging.h"
#include "platform/systemcommand.h"

#include <QStringList>

namespace Kt::Platform {

namespace {

QByteArray elements(const QList<Ipv4Cidr> &cidrs)
{
    QStringList texts;
    for (const Ipv4Cidr &cidr : cidrs)
        texts.append(cidr.toString());
    return texts.join(QStringLiteral(", ")).toLatin1();
}

QByteArray intervalSet(const QByteArray &name, const QList<Ipv4Cidr> &cidrs)
{
    return "\tset " + name + " {\n\t\ttype ipv4_addr\n\t\tflags interval\n\t\telements = { "
        + elements(cidrs) + " }\n\t}\n";
}

} // namespace

QByteArray NftablesConfigurator::script(
    const std::optional<Redirect> &redirect, const std::optional<DnsRedirect> &dns)
{
    const QByteArray table = "table ip " + QByteArray(kTable.data(), kTable.size());
    // Declaring the table first makes the delete valid when it does not exist yet; the whole
    // file is one transaction, so the old rules stay until the new ones are in.
    QByteArray script = table + '\n' + "delete " + table + '\n';
    if (!redirect && !dns)
        return script;
    script += table + " {\n";
    if (redirect) {
        script += intervalSet("redirected", Ipv4Cidr::normalized(redirect->cidrs));
        QList<Ipv4Cidr> excludes = redirect->excludes;
        excludes.append(Ipv4Cidr(0x7f000000, 8));
        script += intervalSet("excluded", Ipv4Cidr::normalized(excludes));
    }
    script += "\tchain output {\n\t\ttype nat hook output priority -100; policy accept;\n";
    if (dns) {
        const QByteArray server = Ipv4Cidr::addressToString(dns->server).toLatin1();
        const QByteArray port = QByteArray::number(dns->port);
        script += "\t\tip daddr " + server + " udp dport 53 redirect to :" + port + '\n';
        script += "\t\tip daddr " + server + " tcp dport 53 redirect to :" + port + '\n';
    }
    if (redirect) {
        script += "\t\tip daddr @excluded return\n";
        script += "\t\tmeta l4proto tcp ip daddr @redirected redirect to :"
            + QByteArray::number(redirect->port) + '\n';
    }
    script += "\t}\n}\n";
    return script;
}

NftablesConfigurator::NftablesConfigurator(QString nftProgram)
    : m_nft(nftProgram.isEmpty() ? SystemCommand::find(QStringLiteral("nft")) : nftProgram)
{ }

Result<void> NftablesConfigurator::apply(
    const std::optional<Redirect> &redirect, const std::optional<DnsRedirect> &dns)
{
    const QByteArray text = script(redirect, dns);
    qCInfo(ktPlatform).noquote() << "nftables script:\n" << text;
    auto result = SystemCommand::run(m_nft, {QStringLiteral("-f"), QStringLiteral("-")}, text);
    if (!result) {
        Error error = result.error();
        error.message = tr("Cannot set up the nftables rules: %1").arg(error.message);
        error.hint = tr("Check that the kernel has nftables (nf_tables, nft_redirect).");
        return error;
    }
    return {};
}

Result<void> NftablesConfigurator::remove()
{
    auto result = SystemCommand::run(
        m_nft, {QStringLiteral("-f"), QStringLiteral("-")}, script(std::nullopt, std::nullopt));
    if (!result)
        return result.error();
    return {};
}

} // namespace Kt::Platform
