#include "execcredentialprovider.h"

#include "common/logging.h"

#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QTimer>

namespace Kt::Kube {

namespace {

constexpr qsizetype kMaxStderrInMessage = 400;
constexpr qsizetype kMaxStderrInDetail = 4000;
// An ExecCredential is a few KiB at most; a plugin that prints without end is stopped here
// instead of filling memory until the timeout.
constexpr qint64 kMaxOutputBytes = 1024 * 1024;

// The last lines of what the plugin wrote to stderr: that is where plugins explain failures.
QString stderrTail(const QByteArray &data, qsizetype limit)
{
    QString text = QString::fromUtf8(data).trimmed();
    if (text.size() > limit)
        text = QStringLiteral("…") + text.right(limit);
    return text;
}

} // namespace

ExecCredentialProvider::ExecCredentialProvider(
    ExecConfig config, QJsonObject clusterInfo, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clusterInfo(std::move(clusterInfo))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ExecCredentialProvider::onTimeout);
}

ExecCredentialProvider::~ExecCredentialProvider()
{
    // The running plugin, and any killed one not reaped yet. A SIGKILLed child is gone at once,
    // so the wait only collects its exit status; it does not block on the plugin.
    const QList<QProcess *> processes = findChildren<QProcess *>();
    for (QProcess *process : processes) {
        process->disconnect(this);
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(1000);
        }
    }
}

QDateTime ExecCredentialProvider::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

std::optional<ExecCredential> ExecCredentialProvider::cachedCredential() const
{
    if (m_cached && m_cached->isValidAt(now()))
        return m_cached;
    return std::nullopt;
}

void ExecCredentialProvider::request()
{
    if (m_state == State::Running)
        return;
    if (const std::optional<ExecCredential> cached = cachedCredential()) {
        QMetaObject::invokeMethod(
            this, [this, credential = *cached] { Q_EMIT finished(credential); },
            Qt::QueuedConnection);
        return;
    }
    m_cached.reset();
    if (m_config.interactiveMode == QLatin1String("Always")) {
        const Error error {ErrorCode::Unauthorized,
            tr("The exec credential plugin \"%1\" needs an interactive terminal "
               "(interactiveMode: Always), which KtDesk cannot give it.")
                .arg(m_config.command),
            {},
            tr("Set interactiveMode to IfAvailable or Never if the plugin can work without a "
               "terminal.")};
        QMetaObject::invokeMethod(
            this, [this, error] { Q_EMIT finished(error); }, Qt::QueuedConnection);
        return;
    }
    start();
}

void ExecCredentialProvider::invalidate()
{
    m_cached.reset();
}

void ExecCredentialProvider::cancel()
{
    if (m_state != State::Running)
        return;
    finish(Error {ErrorCode::Cancelled,
        tr("The exec credential plugin \"%1\" was stopped.").arg(m_config.command), {}, {}});
}

QByteArray ExecCredentialProvider::execInfo() const
{
    QJsonObject spec;
    spec.insert(QLatin1String("interactive"), false);
    if (m_config.provideClusterInfo)
        spec.insert(QLatin1String("cluster"), m_clusterInfo);
    QJsonObject info;
    info.insert(QLatin1String("kind"), QLatin1String("ExecCredential"));
    info.insert(QLatin1String("apiVersion"), m_config.apiVersion);
    info.insert(QLatin1String("spec"), spec);
    return QJsonDocument(info).toJson(QJsonDocument::Compact);
}

void ExecCredentialProvider::start()
{
    auto *process = new QProcess(this);
    m_process = process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const ExecEnvVar &var : std::as_const(m_config.env))
        environment.insert(var.name, var.value);
    environment.insert(QStringLiteral("KUBERNETES_EXEC_INFO"), QString::fromUtf8(execInfo()));
    process->setProcessEnvironment(environment);
    process->setStandardInputFile(QProcess::nullDevice());
    connect(process, &QProcess::finished, this, &ExecCredentialProvider::onProcessFinished);
    connect(
        process, &QProcess::errorOccurred, this, &ExecCredentialProvider::onProcessErrorOccurred);
    const auto checkSize = [this, process] {
        if (m_process != process || m_state != State::Running)
            return;
        if (process->bytesAvailable() > kMaxOutputBytes) {
            finish(Error {ErrorCode::Protocol,
                tr("The exec credential plugin \"%1\" printed more than %2 KiB; stopped it.")
                    .arg(m_config.command)
                    .arg(kMaxOutputBytes / 1024),
                {},
                tr("Run the plugin by hand and check that it prints an ExecCredential JSON "
                   "object.")});
        }
    };
    connect(process, &QProcess::readyReadStandardOutput, this, checkSize);
    qCDebug(ktKube) << "Running exec credential plugin" << m_config.command << "with"
                    << m_config.args.size() << "arguments";
    setState(State::Running);
    m_timer->start(m_timeout);
    process->start(m_config.command, m_config.args);
}

void ExecCredentialProvider::onProcessErrorOccurred(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart || !m_process)
        return; // crashes arrive through finished() as well
    Error result {ErrorCode::NotFound,
        tr("The exec credential plugin \"%1\" could not be started: %2.")
            .arg(m_config.command, m_process->errorString()),
        {}, m_config.installHint};
    if (result.hint.isEmpty()) {
        result.hint = tr("Install the plugin, or fix \"command\" in the kubeconfig (a name "
                         "without '/' is looked up in $PATH).");
    }
    finish(result);
}

void ExecCredentialProvider::onProcessFinished(int exitCode, QProcess::ExitStatus exitStatus)
{
    if (!m_process)
        return;
    const QByteArray output = m_process->readAllStandardOutput();
    const QByteArray errors = m_process->readAllStandardError();
    if (exitStatus != QProcess::NormalExit || exitCode != 0) {
        const QString said = stderrTail(errors, kMaxStderrInMessage);
        QString message = exitStatus != QProcess::NormalExit
            ? tr("The exec credential plugin \"%1\" crashed.").arg(m_config.command)
            : tr("The exec credential plugin \"%1\" failed with exit code %2.")
                  .arg(m_config.command)
                  .arg(exitCode);
        if (!said.isEmpty())
            message += QLatin1Char(' ') + tr("It said: %1").arg(said);
        finish(Error {ErrorCode::Unauthorized, message, stderrTail(errors, kMaxStderrInDetail),
            tr("Run the plugin by hand to see what it needs (often a login).")});
        return;
    }
    finish(parseCredential(output));
}

void ExecCredentialProvider::onTimeout()
{
    if (m_state != State::Running)
        return;
    const auto seconds
        = static_cast<int>(std::chrono::duration_cast<std::chrono::seconds>(m_timeout).count());
    finish(Error {ErrorCode::Timeout,
        seconds >= 1 ? tr("The exec credential plugin \"%1\" did not answer within %n second(s).",
            nullptr, seconds)
                           .arg(m_config.command)
                     : tr("The exec credential plugin \"%1\" did not answer within %2 ms.")
                           .arg(m_config.command)
                           .arg(m_timeout.count()),
        {},
        tr("KtDesk runs it without a terminal: check that it does not wait for input, or log in "
           "with it by hand first.")});
}

Result<ExecCredential> ExecCredentialProvider::parseCredential(const QByteArray &output) const
{
    const QString hint = tr("Run the plugin by hand and check that it prints an ExecCredential "
                            "JSON object.");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(output, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error {ErrorCode::Protocol,
            tr("The exec credential plugin \"%1\" printed something that is not an "
               "ExecCredential JSON object (%n byte(s) on stdout).",
                nullptr, static_cast<int>(output.size()))
                .arg(m_config.command),
            parseError.errorString(), hint};
    }
    const QJsonObject object = document.object();
    const QString apiVersion = object.value(QLatin1String("apiVersion")).toString();
    const QString kind = object.value(QLatin1String("kind")).toString();
    if (kind != QLatin1String("ExecCredential")) {
        return Error {ErrorCode::Protocol,
            tr("The exec credential plugin \"%1\" returned kind \"%2\" instead of "
               "ExecCredential.")
                .arg(m_config.command, kind),
            {}, hint};
    }
    if (apiVersion != m_config.apiVersion) {
        return Error {ErrorCode::Protocol,
            tr("The exec credential plugin \"%1\" returned apiVersion \"%2\", but the kubeconfig "
               "asks for \"%3\".")
                .arg(m_config.command, apiVersion, m_config.apiVersion),
            {}, tr("Set the exec apiVersion in the kubeconfig to what the plugin speaks.")};
    }
    const QJsonValue statusValue = object.value(QLatin1String("status"));
    if (!statusValue.isObject()) {
        return Error {ErrorCode::Protocol,
            tr("The exec credential plugin \"%1\" returned no status.").arg(m_config.command), {},
            hint};
    }
    const QJsonObject status = statusValue.toObject();
    ExecCredential credential;
    credential.token = status.value(QLatin1String("token")).toString();
    credential.clientCertificatePem
        = status.value(QLatin1String("clientCertificateData")).toString().toUtf8();
    credential.clientKeyPem = status.value(QLatin1String("clientKeyData")).toString().toUtf8();
    if (credential.token.isEmpty() && credential.clientCertificatePem.isEmpty()
        && credential.clientKeyPem.isEmpty()) {
        return Error {ErrorCode::Protocol,
            tr("The exec credential plugin \"%1\" returned neither a token nor a client "
               "certificate and key.")
                .arg(m_config.command),
            {}, hint};
    }
    if (credential.clientCertificatePem.isEmpty() != credential.clientKeyPem.isEmpty()) {
        return Error {ErrorCode::Protocol,
            tr("The exec credential plugin \"%1\" returned only a client certificate or only a "
               "key, not both.")
                .arg(m_config.command),
            {}, hint};
    }
    const QJsonValue expiration = status.value(QLatin1String("expirationTimestamp"));
    if (!expiration.isUndefined() && !expiration.isNull()) {
        credential.expiration
            = QDateTime::fromString(expiration.toString(), Qt::ISODateWithMs).toUTC();
        if (!credential.expiration.isValid()) {
            return Error {ErrorCode::Protocol,
                tr("The exec credential plugin \"%1\" returned an expirationTimestamp that is not "
                   "an RFC 3339 time.")
                    .arg(m_config.command),
                expiration.toString(), hint};
        }
    }
    return credential;
}

void ExecCredentialProvider::finish(const Result<ExecCredential> &result)
{
    m_timer->stop();
    if (m_process) {
        QProcess *process = m_process;
        m_process = nullptr;
        process->disconnect(this);
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            // Reap it once it is gone, without waiting here.
            connect(process, &QProcess::finished, process, &QObject::deleteLater);
        } else {
            process->deleteLater();
        }
    }
    if (result) {
        m_cached = *result;
        qCDebug(ktKube) << "Exec credential plugin" << m_config.command << "gave a"
                        << (result->token.isEmpty() ? "client certificate" : "token")
                        << (result->expiration.isValid() ? QStringLiteral("until ")
                                       + result->expiration.toString(Qt::ISODate)
                                                         : QStringLiteral("without expiry"));
    } else {
        // Not the message: it quotes the plugin's stderr, which KtDesk does not control.
        qCInfo(ktKube) << "Exec credential plugin" << m_config.command << "failed with error code"
                       << int(result.error().code);
    }
    setState(State::Idle);
    Q_EMIT finished(result);
}

void ExecCredentialProvider::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace Kt::Kube
