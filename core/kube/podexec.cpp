#include "podexec.h"

#include "common/logging.h"
#include "kube/channelframe.h"
#include "kube/clusterconnection.h"
#include "kube/streamwebsocket.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Kt::Kube {

namespace {

enum Channel : quint8 { Stdin = 0, Stdout = 1, Stderr = 2, StatusChannel = 3, CloseSignal = 255 };

const QString kV5 = QStringLiteral("v5.channel.k8s.io");
const QString kV4 = QStringLiteral("v4.channel.k8s.io");

} // namespace

PodExec::PodExec(ClusterConnection *connection, const QString &namespaceName,
    const QString &podName, const QStringList &command, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_namespace(namespaceName)
    , m_pod(podName)
    , m_command(command)
{ }

PodExec::~PodExec()
{
    if (m_socket)
        m_socket->disconnect(this);
}

QString PodExec::where() const
{
    return m_container.isEmpty()
        ? tr("pod %1/%2").arg(m_namespace, m_pod)
        : tr("container %1 of pod %2/%3").arg(m_container, m_namespace, m_pod);
}

void PodExec::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void PodExec::start()
{
    Q_ASSERT(m_state == State::Idle);
    if (m_state != State::Idle)
        return;
    setState(State::Connecting);
    if (!m_connection) {
        return finish(Error {
            ErrorCode::Internal, tr("Exec in %1 has no cluster connection.").arg(where()), {}, {}});
    }
    if (m_command.isEmpty()) {
        return finish(Error {
            ErrorCode::InvalidInput, tr("Exec in %1 has no command to run.").arg(where()), {}, {}});
    }
    m_socket = new StreamWebSocket(this);
    m_socket->setHandshakeTimeout(m_upgradeTimeout);
    connect(m_socket, &StreamWebSocket::opened, this, [this] {
        m_protocol = m_socket->protocol();
        setState(State::Running);
        Q_EMIT started();
    });
    connect(m_socket, &StreamWebSocket::messageReceived, this, &PodExec::onMessage);
    connect(m_socket, &StreamWebSocket::closed, this, &PodExec::onClosed);
    connect(m_socket, &StreamWebSocket::errorOccurred, this, [this](const Error &error) {
        Error wrapped = error;
        wrapped.message = tr("Exec in %1 failed: %2").arg(where(), error.message);
        if (error.code == ErrorCode::Forbidden)
            wrapped.hint
                = tr("Ask for permission to create pods/exec in namespace %1.").arg(m_namespace);
        if (error.code == ErrorCode::Unauthorized && m_connection)
            m_connection->credentialsRejected();
        finish(wrapped);
    });

    // Every value percent-encoded by hand: QUrlQuery leaves '&' and '+' of a value as they are,
    // and the server would read them as a separator and a space.
    QByteArray encoded;
    const auto add = [&encoded](const char *key, const QString &value) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += key;
        encoded += '=';
        encoded += QUrl::toPercentEncoding(value);
    };
    for (const QString &part : std::as_const(m_command))
        add("command", part);
    if (!m_container.isEmpty())
        add("container", m_container);
    add("stdin", m_stdin ? QStringLiteral("true") : QStringLiteral("false"));
    add("stdout", QStringLiteral("true"));
    add("stderr", QStringLiteral("true"));
    add("tty", QStringLiteral("false"));
    const QUrlQuery query(QString::fromLatin1(encoded));
    const QUrl url = m_connection->webSocketUrl(
        QStringLiteral("/api/v1/namespaces/%1/pods/%2/exec").arg(m_namespace, m_pod), query);
    QPointer<PodExec> self(this);
    m_connection->prepareRequest(url, [self](Result<QNetworkRequest> request) {
        if (!self || self->m_state != State::Connecting)
            return;
        if (!request)
            return self->finish(request.error());
        self->connectSocket(request.value());
    });
}

void PodExec::connectSocket(const QNetworkRequest &request)
{
    qCDebug(ktKube) << "exec in" << where() << m_command;
    m_socket->open(request, {kV5, kV4}, m_connection->network()->proxy());
}

bool PodExec::writeStdin(QByteArrayView data)
{
    if (!m_stdin || !m_socket || (m_state != State::Connecting && m_state != State::Running))
        return false;
    const char channel = static_cast<char>(Stdin);
    return m_socket->sendBinary(QByteArrayView(&channel, 1), data);
}

bool PodExec::closeStdin()
{
    if (!m_stdin || !m_socket || m_state != State::Running || m_protocol != kV5)
        return false;
    const char signal[2] = {static_cast<char>(CloseSignal), static_cast<char>(Stdin)};
    return m_socket->sendBinary(QByteArrayView(signal, 2));
}

void PodExec::cancel()
{
    if (m_state == State::Finished || m_state == State::Failed)
        return;
    finish(Error {ErrorCode::Cancelled, tr("Exec in %1 was cancelled.").arg(where()), {}, {}});
}

void PodExec::onMessage(const QByteArray &message)
{
    const std::optional<ChannelFrame> frame = ChannelFrame::decode(message);
    if (!frame)
        return;
    switch (frame->channel) {
    case Stdout:
        if (!frame->payload.isEmpty())
            Q_EMIT stdoutReceived(frame->payload.toByteArray());
        break;
    case Stderr:
        if (!frame->payload.isEmpty())
            Q_EMIT stderrReceived(frame->payload.toByteArray());
        break;
    case StatusChannel:
        m_status += frame->payload;
        break;
    default:
        qCDebug(ktKube) << "exec in" << where() << "ignores a message on channel" << frame->channel;
        break;
    }
}

void PodExec::onClosed()
{
    if (m_status.isEmpty()) {
        return finish(
            Error {ErrorCode::Protocol, tr("Exec in %1 ended without an exit status.").arg(where()),
                {}, tr("The connection may have been cut; run the command again.")});
    }
    Result<int> code = exitCodeFromStatus(m_status);
    if (!code) {
        Error error = code.error();
        error.message = tr("Exec in %1 failed: %2").arg(where(), error.message);
        return finish(error);
    }
    finish(code);
}

void PodExec::finish(const Result<int> &result)
{
    if (m_state == State::Finished || m_state == State::Failed)
        return;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    if (result)
        qCDebug(ktKube) << "exec in" << where() << "exited with" << result.value();
    setState(result ? State::Finished : State::Failed);
    Q_EMIT finished(result);
}

Result<int> PodExec::exitCodeFromStatus(const QByteArray &status)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(status, &parseError);
    if (!document.isObject()) {
        return Error {ErrorCode::Protocol, tr("the exit status is not a Status object"),
            QString::fromUtf8(status.left(1000)), {}};
    }
    const QJsonObject object = document.object();
    const QString outcome = object.value(QLatin1String("status")).toString();
    if (outcome == QLatin1String("Success"))
        return 0;
    const QString message = object.value(QLatin1String("message")).toString();
    const QString reason = object.value(QLatin1String("reason")).toString();
    const QJsonArray causes = object.value(QLatin1String("details"))
                                  .toObject()
                                  .value(QLatin1String("causes"))
                                  .toArray();
    if (reason == QLatin1String("NonZeroExitCode")) {
        for (const QJsonValue &cause : causes) {
            const QJsonObject entry = cause.toObject();
            // The Go struct field is "reason" (json tag of StatusCause.Type).
            if (entry.value(QLatin1String("reason")).toString() != QLatin1String("ExitCode"))
                continue;
            bool ok = false;
            const int code = entry.value(QLatin1String("message")).toString().toInt(&ok);
            if (ok)
                return code;
        }
    }
    if (outcome == QLatin1String("Failure")) {
        static const QRegularExpression exitStatus(QStringLiteral("exit status (\\d+)\\s*$"));
        const QRegularExpressionMatch match = exitStatus.match(message);
        if (match.hasMatch())
            return match.captured(1).toInt();
    }
    return Error {
        reason == QLatin1String("NonZeroExitCode") ? ErrorCode::Protocol : ErrorCode::Unavailable,
        message.isEmpty() ? tr("the command failed (%1)").arg(reason) : message,
        QString::fromUtf8(status.left(1000)), {}};
}

} // namespace Kt::Kube
