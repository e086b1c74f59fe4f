#include "helperrequesthandler.h"

#include "common/logging.h"
#include "common/version.h"
#include "platform/hostsfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

#include <unistd.h>

using namespace Kt;
using namespace Kt::Platform;
using Op = HelperRequest::Op;

namespace {

QString codeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return QStringLiteral("invalid");
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::Unavailable:
        return QStringLiteral("unavailable");
    case ErrorCode::NotFound:
        return QStringLiteral("notfound");
    case ErrorCode::Timeout:
        return QStringLiteral("timeout");
    default:
        return QStringLiteral("internal");
    }
}

} // namespace

HelperRequestHandler::HelperRequestHandler(HelperSettings settings)
    : m_settings(std::move(settings))
{ }

HelperReply HelperRequestHandler::failure(qint64 id, const Error &error)
{
    HelperReply reply;
    reply.id = id;
    reply.ok = false;
    reply.error = error.toString();
    reply.data.insert(QStringLiteral("code"), codeName(error.code));
    return reply;
}

Result<void> HelperRequestHandler::saveRecord()
{
    m_record.pid = ::getpid();
    auto saved = m_record.save(m_settings.stateDir);
    if (!saved)
        qCWarning(ktPlatform) << "cannot save the record:" << saved.error().message
                              << saved.error().detail;
    return saved;
}

Result<QStringList> HelperRequestHandler::restoreAll()
{
    auto loaded = HelperRecord::load(m_settings.stateDir);
    if (!loaded) {
        // A damaged record cannot say what to undo: keep it aside for a person to read (the
        // next save would overwrite it), and remove what is ours by name alone.
        const QString path = QDir(m_settings.stateDir).filePath(HelperRecord::fileName());
        const QString kept = path + QStringLiteral(".damaged");
        QFile::remove(kept);
        QFile::rename(path, kept);
        (void)m_nftables.remove();
        qCCritical(ktPlatform) << "damaged record kept as" << kept;
        return Error {ErrorCode::Io,
            tr("The helper's record was damaged (kept as %1); the nftables table ktdesk was "
               "removed, but blocks KtDesk wrote to %2 or %3 may be left.")
                .arg(kept, m_settings.hostsFile, m_settings.resolvConf),
            loaded.error().detail,
            tr("Remove the lines between \"# Kt Hosts Begin\" and \"# Kt Hosts End\", and "
               "between \"# KtDesk begin\" and \"# KtDesk end\", if they are there.")};
    }
    // This helper's own record in memory is the same as the file unless it is the start.
    if (m_record.isEmpty())
        m_record = *loaded;
    QStringList undone;
    QStringList failures;
    if (m_record.nftables) {
        if (auto removed = m_nftables.remove()) {
            m_record.nftables = false;
            undone.append(QStringLiteral("nftables table ktdesk"));
        } else {
            failures.append(removed.error().message);
        }
    }
    if (m_record.resolvedLink) {
        if (auto reverted = DnsConfigurator(m_settings.resolvConf).undoResolved()) {
            m_record.resolvedLink = false;
            undone.append(QStringLiteral("systemd-resolved link ktdesk0"));
        } else {
            failures.append(reverted.error().message);
        }
    }
    const auto undoFile
        = [&](std::optional<HelperRecord::FileChange> &change, const MarkedBlock &block) {
              if (!change)
                  return;
              if (auto undoneFile = BlockFile(change->path, block).undo(change->edit)) {
                  undone.append(change->path);
                  change.reset();
              } else {
                  failures.append(undoneFile.error().message);
              }
          };
    undoFile(m_record.resolvConf, MarkedBlock::resolvConf());
    undoFile(m_record.hosts, MarkedBlock::hosts());
    m_redirect.reset();
    m_dnsRedirect.reset();
    auto saved = saveRecord();
    if (!failures.isEmpty())
        return Error {ErrorCode::Io,
            tr("Some changes could not be undone: %1").arg(failures.join(QStringLiteral("; "))), {},
            {}};
    if (!saved)
        return saved.error();
    if (!undone.isEmpty())
        qCInfo(ktPlatform) << "undone:" << undone;
    return undone;
}

Result<void> HelperRequestHandler::applyNftables(
    const std::optional<NftablesConfigurator::Redirect> &redirect,
    const std::optional<NftablesConfigurator::DnsRedirect> &dns)
{
    if (!redirect && !dns) {
        if (!m_record.nftables)
            return {};
        auto removed = m_nftables.remove();
        if (removed) {
            m_record.nftables = false;
            (void)saveRecord();
        }
        return removed;
    }
    if (!m_record.nftables) {
        m_record.nftables = true;
        if (auto saved = saveRecord(); !saved)
            return saved;
    }
    auto applied = m_nftables.apply(redirect, dns);
    if (!applied && !m_redirect && !m_dnsRedirect) {
        // Nothing of ours is in place: make sure of it, and say so in the record.
        (void)m_nftables.remove();
        m_record.nftables = false;
        (void)saveRecord();
    }
    return applied;
}

Result<QJsonObject> HelperRequestHandler::redirect(const HelperRequest &request)
{
    const NftablesConfigurator::Redirect redirect {
        request.cidrs, request.excludeCidrs, request.port};
    auto applied = applyNftables(redirect, m_dnsRedirect);
    if (!applied)
        return applied.error();
    m_redirect = redirect;
    return QJsonObject {};
}

Result<QJsonObject> HelperRequestHandler::dns(const HelperRequest &request)
{
    DnsConfigurator configurator(m_settings.resolvConf);
    DnsConfigurator::Backend backend = configurator.detectBackend();
    if (m_settings.dnsBackend == HelperSettings::DnsBackend::ResolvConf)
        backend = DnsConfigurator::Backend::ResolvConf;
    else if (m_settings.dnsBackend == HelperSettings::DnsBackend::Resolved)
        backend = DnsConfigurator::Backend::Resolved;
    qCInfo(ktPlatform) << "dns backend:" << DnsConfigurator::backendName(backend);
    QJsonObject reply {{QStringLiteral("backend"), DnsConfigurator::backendName(backend)}};

    if (backend == DnsConfigurator::Backend::Resolved) {
        if (!m_record.resolvedLink) {
            m_record.resolvedLink = true;
            if (auto saved = saveRecord(); !saved)
                return saved.error();
        }
        auto applied = configurator.applyResolved(request.domains, request.server, request.port);
        if (!applied)
            return applied.error();
        reply.insert(QStringLiteral("upstreams"), QJsonArray());
        return reply;
    }

    const BlockFile file = configurator.resolvConf();
    std::optional<BlockEdit> previous;
    if (m_record.resolvConf)
        previous = m_record.resolvConf->edit;
    auto edit = file.plan(DnsConfigurator::resolvConfLines(request.server), previous);
    if (!edit)
        return edit.error();
    const QString server = Ipv4Cidr::addressToString(request.server);
    const QStringList upstreams = DnsConfigurator::nameservers(edit->original);
    if (upstreams.contains(server))
        return Error {ErrorCode::Conflict,
            tr("%1 already uses %2 as a nameserver, so KtDesk's DNS server cannot take that "
               "address (it forwards to the nameservers listed there).")
                .arg(file.path(), server),
            {}, tr("Let KtDesk's DNS server listen on another loopback address.")};

    // resolv.conf has no port: a server off 53 is reached through a redirect of port 53.
    std::optional<NftablesConfigurator::DnsRedirect> dnsRedirect;
    if (request.port != 53)
        dnsRedirect = NftablesConfigurator::DnsRedirect {request.server, request.port};
    if (dnsRedirect || m_dnsRedirect) {
        auto applied = applyNftables(m_redirect, dnsRedirect);
        if (!applied)
            return applied.error();
        m_dnsRedirect = dnsRedirect;
    }

    m_record.resolvConf = HelperRecord::FileChange {file.path(), *edit};
    if (auto saved = saveRecord(); !saved)
        return saved.error();
    if (auto written = file.apply(*edit); !written)
        return written.error();
    QJsonArray upstreamArray;
    for (const QString &upstream : upstreams)
        upstreamArray.append(upstream);
    reply.insert(QStringLiteral("upstreams"), upstreamArray);
    return reply;
}

Result<QJsonObject> HelperRequestHandler::hosts(const HelperRequest &request)
{
    const BlockFile file = HostsFile::open(m_settings.hostsFile);
    std::optional<BlockEdit> previous;
    if (m_record.hosts)
        previous = m_record.hosts->edit;
    auto edit = file.plan(HostsFile::render(request.entries), previous);
    if (!edit)
        return edit.error();
    if (request.entries.isEmpty()) {
        if (!previous)
            return QJsonObject {};
        if (auto undone = file.undo(*previous); !undone)
            return undone.error();
        m_record.hosts.reset();
        (void)saveRecord();
        return QJsonObject {};
    }
    m_record.hosts = HelperRecord::FileChange {file.path(), *edit};
    if (auto saved = saveRecord(); !saved)
        return saved.error();
    if (auto written = file.apply(*edit); !written)
        return written.error();
    return QJsonObject {{QStringLiteral("lines"), static_cast<int>(request.entries.size())}};
}

HelperReply HelperRequestHandler::handle(const HelperRequest &request)
{
    qCInfo(ktPlatform).noquote() << "request" << request.id << HelperProtocol::opName(request.op);
    Result<QJsonObject> result = QJsonObject {};
    switch (request.op) {
    case Op::Hello:
        result = QJsonObject {
            {QStringLiteral("version"), QString::fromLatin1(Kt::kVersion)},
            {QStringLiteral("protocol"), HelperProtocol::kVersion},
            {QStringLiteral("restored"), QJsonArray::fromStringList(m_restoredAtStart)},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(m_startupWarnings)},
        };
        break;
    case Op::Redirect:
        result = redirect(request);
        break;
    case Op::Dns:
        result = dns(request);
        break;
    case Op::Hosts:
        result = hosts(request);
        break;
    case Op::Restore:
    case Op::Bye: {
        auto undone = restoreAll();
        if (undone)
            result = QJsonObject {{QStringLiteral("undone"), QJsonArray::fromStringList(*undone)}};
        else
            result = undone.error();
        break;
    }
    }
    if (!result) {
        qCWarning(ktPlatform).noquote()
            << "request" << request.id << "failed:" << result.error().message
            << result.error().detail;
        return failure(request.id, result.error());
    }
    HelperReply reply;
    reply.id = request.id;
    reply.ok = true;
    reply.data = *result;
    return reply;
}
