#include "privilegedhelperclient.h"

#include "common/assert.h"
#include "common/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTimer>

namespace Kt::Platform {

namespace {

ErrorCode codeFromName(const QString &name)
{
    static const QHash<QString, ErrorCode> codes {
        {QStringLiteral("invalid"), ErrorCode::InvalidInput},
        {QStringLiteral("io"), ErrorCode::Io},
        {QStringLiteral("conflict"), ErrorCode::Conflict},
        {QStringLiteral("unavailable"), ErrorCode::Unavailable},
        {QStringLiteral("notfound"), ErrorCode::NotFound},
        {QStringLiteral("timeout"), ErrorCode::Timeout},
    };
    return codes.value(name, ErrorCode::Internal);
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}

} // namespace

QString PrivilegedHelperClient::defaultHelperPath()
{
    const QDir appDir(QCoreApplication::applicationDirPath());
    const QString sibling = appDir.filePath(QStringLiteral("ktdesk-helper"));
    if (QFileInfo(sibling).isExecutable())
        return sibling;
    // Installed (installer/CMakeLists.txt): <prefix>/bin/ktdesk and
    // <prefix>/libexec/ktdesk/ktdesk-helper, whatever the prefix. The polkit action names the
    // canonical path, which pkexec compares literally.
    const QFileInfo installed(appDir.filePath(QStringLiteral("../libexec/ktdesk/ktdesk-helper")));
    if (installed.isExecutable())
        return installed.canonicalFilePath();
    return QStringLiteral("/usr/libexec/ktdesk/ktdesk-helper");
}

PrivilegedHelperClient::Launch PrivilegedHelperClient::pkexecLaunch(const QString &helperPath)
{
    return {QStringLiteral("pkexec"), {helperPath}};
}

PrivilegedHelperClient::Launch PrivilegedHelperClient::directLaunch(const QString &helperPath)
{
    return {helperPath, {}};
}

PrivilegedHelperClient::PrivilegedHelperClient(Launch launch, QObject *parent)
    : NetworkConfigurator(parent)
    , m_launch(std::move(launch))
    , m_process(new QProcess)
{
    connect(m_process, &QProcess::started, this, &PrivilegedHelperClient::onStarted);
    connect(
        m_process, &QProcess::readyReadStandardOutput, this, &PrivilegedHelperClient::onReadyRead);
    connect(m_process, &QProcess::readyReadStandardError, this,
        &PrivilegedHelperClient::onStandardError);
    connect(m_process, &QProcess::finished, this, &PrivilegedHelperClient::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &PrivilegedHelperClient::onProcessError);
}

PrivilegedHelperClient::~PrivilegedHelperClient()
{
    m_process->disconnect(this);
    if (m_process->state() != QProcess::NotRunning) {
        // Its input closed (after "bye" it has undone everything), the helper exits within
        // milliseconds. It is waited for here rather than left to delete itself when it
        // finishes: at process exit no event loop is left to do that, and the QProcess leaked.
        // The client lives on a sessions' thread (or the CLI's), never the GUI thread.
        m_process->closeWriteChannel();
        if (!m_process->waitForFinished(kShutdownWaitMs)) {
            qCWarning(ktPlatform) << "the helper did not exit in time after its input closed";
            m_process->kill();
            m_process->waitForFinished(1000);
        }
    }
    delete m_process;
}

void PrivilegedHelperClient::setState(State state)
{
    if (m_state == state)
        return;
    qCInfo(ktPlatform) << "helper client:" << m_state << "->" << state;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void PrivilegedHelperClient::start()
{
    KT_ASSERT_STATE(m_state == State::NotStarted, return );
    setState(State::Starting);
    qCInfo(ktPlatform).noquote() << "starting the helper:" << m_launch.program
                                 << m_launch.arguments.join(QLatin1Char(' '));
    HelperRequest hello;
    hello.op = HelperRequest::Op::Hello;
    send(
        hello,
        [this](Result<QJsonObject> reply) {
            if (!reply) {
                if (m_state == State::Starting) {
                    setState(State::Failed);
                    Q_EMIT errorOccurred(reply.error());
                }
                return;
            }
            m_helperVersion = reply->value(QLatin1StringView("version")).toString();
            m_restoredAtStart = toStringList(reply->value(QLatin1StringView("restored")));
            m_startupWarnings = toStringList(reply->value(QLatin1StringView("warnings")));
            for (const QString &warning : std::as_const(m_startupWarnings))
                qCWarning(ktPlatform).noquote() << "helper:" << warning;
            qCInfo(ktPlatform) << "helper" << m_helperVersion
                               << "ready; undid at its start:" << m_restoredAtStart;
            if (m_state == State::Starting)
                setState(State::Running);
        },
        kStartTimeoutMs);
    m_process->setProgram(m_launch.program);
    m_process->setArguments(m_launch.arguments);
    m_process->start();
}

void PrivilegedHelperClient::stop(Done done)
{
    if (m_state == State::NotStarted || m_state == State::Stopped || m_state == State::Failed
        || m_state == State::Stopping) {
        if (done)
            QMetaObject::invokeMethod(
                this, [done] { done({}); }, Qt::QueuedConnection);
        return;
    }
    setState(State::Stopping);
    HelperRequest bye;
    bye.op = HelperRequest::Op::Bye;
    send(bye, [done](Result<QJsonObject> reply) {
        if (!done)
            return;
        if (!reply)
            done(reply.error());
        else
            done({});
    });
    if (m_started)
        m_process->closeWriteChannel();
}

void PrivilegedHelperClient::send(
    HelperRequest request, std::function<void(Result<QJsonObject>)> done, int timeoutMs)
{
    const bool accepting = m_state == State::Starting || m_state == State::Running
        || (m_state == State::Stopping && request.op == HelperRequest::Op::Bye);
    if (!accepting) {
        const Error error {ErrorCode::Unavailable, tr("KtDesk's network helper is not running."),
            {}, tr("Connect again.")};
        QMetaObject::invokeMethod(
            this, [done, error] { done(error); }, Qt::QueuedConnection);
        return;
    }
    request.id = m_nextId++;
    const qint64 id = request.id;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, id, op = request.op] {
        complete(id,
            Error {ErrorCode::Timeout,
                tr("KtDesk's network helper did not answer \"%1\" in time.")
                    .arg(HelperProtocol::opName(op)),
                {}, {}});
    });
    timer->start(timeoutMs);
    m_pending.insert(id, Pending {std::move(done), timer});
    const QByteArray line = HelperProtocol::encodeRequest(request);
    qCDebug(ktPlatform) << "to helper:" << line.trimmed();
    if (m_started)
        m_process->write(line);
    else
        m_queue.append(line);
}

void PrivilegedHelperClient::onStarted()
{
    m_started = true;
    qCInfo(ktPlatform) << "helper process started, pid" << m_process->processId();
    for (const QByteArray &line : std::as_const(m_queue))
        m_process->write(line);
    m_queue.clear();
    if (m_state == State::Stopping)
        m_process->closeWriteChannel();
}

void PrivilegedHelperClient::onReadyRead()
{
    m_stdout += m_process->readAllStandardOutput();
    for (qsizetype newline = m_stdout.indexOf('\n'); newline >= 0;
         newline = m_stdout.indexOf('\n')) {
        const QByteArray line = m_stdout.left(newline);
        m_stdout.remove(0, newline + 1);
        auto reply = HelperProtocol::parseReply(line);
        if (!reply) {
            qCWarning(ktPlatform) << "unreadable line from the helper:" << line.left(200);
            continue;
        }
        if (reply->id < 0) {
            qCWarning(ktPlatform) << "the helper could not read a request:" << reply->error;
            continue;
        }
        if (!m_pending.contains(reply->id)) {
            qCWarning(ktPlatform) << "reply to an unknown request" << reply->id;
            continue;
        }
        if (reply->ok) {
            complete(reply->id, reply->data);
        } else {
            complete(reply->id,
                Error {codeFromName(reply->data.value(QLatin1StringView("code")).toString()),
                    tr("KtDesk's network helper refused: %1").arg(reply->error), {}, {}});
        }
    }
    if (m_stdout.size() > HelperProtocol::kMaxLineBytes) {
        qCWarning(ktPlatform) << "the helper sent an overlong line; dropping it";
        m_stdout.clear();
    }
}

void PrivilegedHelperClient::onStandardError()
{
    m_stderr += m_process->readAllStandardError();
    for (qsizetype newline = m_stderr.indexOf('\n'); newline >= 0;
         newline = m_stderr.indexOf('\n')) {
        qCInfo(ktPlatform).noquote() << "helper:" << QString::fromUtf8(m_stderr.left(newline));
        m_stderr.remove(0, newline + 1);
    }
}

Error PrivilegedHelperClient::exitError(int exitCode, QProcess::ExitStatus status) const
{
    const bool viaPkexec = QFileInfo(m_launch.program).fileName() == QLatin1StringView("pkexec");
    if (viaPkexec && m_helperVersion.isEmpty() && (exitCode == 126 || exitCode == 127)) {
        return Error {ErrorCode::Forbidden,
            tr("KtDesk did not get administrator rights for its network helper."),
            QStringLiteral("pkexec exit code %1").arg(exitCode),
            tr("VPN mode changes routing and DNS and needs them once per session; use proxy "
               "mode to connect without them.")};
    }
    return Error {ErrorCode::Unavailable,
        status == QProcess::CrashExit
            ? tr("KtDesk's network helper stopped unexpectedly.")
            : tr("KtDesk's network helper exited (exit code %1).").arg(exitCode),
        {}, tr("Connect again; the helper undoes its changes when it stops.")};
}

void PrivilegedHelperClient::onFinished(int exitCode, QProcess::ExitStatus status)
{
    onReadyRead();
    onStandardError();
    qCInfo(ktPlatform) << "helper exited with code" << exitCode << status;
    const Error error = exitError(exitCode, status);
    failAll(error);
    if (m_state == State::Stopping) {
        setState(State::Stopped);
    } else if (m_state != State::Failed) {
        setState(State::Failed);
        Q_EMIT errorOccurred(error);
    }
}

void PrivilegedHelperClient::onProcessError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart)
        return; // exits are handled in onFinished
    const Error failure {ErrorCode::Unavailable,
        tr("Cannot start KtDesk's network helper (%1).").arg(m_launch.program),
        m_process->errorString(), tr("Reinstall KtDesk, or use proxy mode.")};
    failAll(failure);
    if (m_state != State::Failed) {
        setState(State::Failed);
        Q_EMIT errorOccurred(failure);
    }
}

void PrivilegedHelperClient::complete(qint64 id, Result<QJsonObject> result)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending pending = std::move(*it);
    m_pending.erase(it);
    pending.timer->deleteLater();
    pending.done(std::move(result));
}

void PrivilegedHelperClient::failAll(const Error &error)
{
    const QList<qint64> ids = m_pending.keys();
    for (const qint64 id : ids)
        complete(id, error);
}

void PrivilegedHelperClient::applyRedirect(const RedirectConfig &config, Done done)
{
    HelperRequest request;
    request.op = HelperRequest::Op::Redirect;
    request.cidrs = Ipv4Cidr::normalized(config.cidrs);
    request.excludeCidrs = Ipv4Cidr::normalized(config.excludeCidrs);
    request.port = config.proxyPort;
    send(request, [done](Result<QJsonObject> reply) {
        if (!reply)
            done(reply.error());
        else
            done({});
    });
}

void PrivilegedHelperClient::applyDns(
    const DnsConfig &config, std::function<void(Result<DnsApplied>)> done)
{
    bool isIpv4 = false;
    const quint32 server = config.server.toIPv4Address(&isIpv4);
    if (!isIpv4) {
        const Error error {ErrorCode::InvalidInput,
            tr("KtDesk's DNS server must listen on an IPv4 loopback address."), {}, {}};
        QMetaObject::invokeMethod(
            this, [done, error] { done(error); }, Qt::QueuedConnection);
        return;
    }
    HelperRequest request;
    request.op = HelperRequest::Op::Dns;
    request.domains = config.domains;
    request.server = server;
    request.port = config.port;
    send(request, [done](Result<QJsonObject> reply) {
        if (!reply) {
            done(reply.error());
            return;
        }
        done(DnsApplied {reply->value(QLatin1StringView("backend")).toString(),
            toStringList(reply->value(QLatin1StringView("upstreams")))});
    });
}

void PrivilegedHelperClient::applyHosts(const QList<HostsEntry> &entries, Done done)
{
    HelperRequest request;
    request.op = HelperRequest::Op::Hosts;
    request.entries = entries;
    send(request, [done](Result<QJsonObject> reply) {
        if (!reply)
            done(reply.error());
        else
            done({});
    });
}

void PrivilegedHelperClient::restore(Done done)
{
    HelperRequest request;
    request.op = HelperRequest::Op::Restore;
    send(request, [done](Result<QJsonObject> reply) {
        if (!reply)
            done(reply.error());
        else
            done({});
    });
}

} // namespace Kt::Platform
