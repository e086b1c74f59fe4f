#include "helperserver.h"

#include "common/logging.h"

#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

using namespace Kt;
using namespace Kt::Platform;

namespace {

int g_signalPipe[2] = {-1, -1};

extern "C" void onSignalReceived(int signalNumber)
{
    const unsigned char byte = static_cast<unsigned char>(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
}

} // namespace

HelperServer::HelperServer(
    HelperRequestHandler *handler, int inputFd, int outputFd, QObject *parent)
    : QObject(parent)
    , m_handler(handler)
    , m_inputFd(inputFd)
    , m_outputFd(outputFd)
    , m_inputNotifier(new QSocketNotifier(inputFd, QSocketNotifier::Read, this))
{
    connect(m_inputNotifier, &QSocketNotifier::activated, this, &HelperServer::onInput);
}

HelperServer::~HelperServer() = default;

bool HelperServer::watchSignals()
{
    if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return false;
    m_signalNotifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, this);
    connect(m_signalNotifier, &QSocketNotifier::activated, this, &HelperServer::onSignal);
    struct sigaction action
    { };
    action.sa_handler = onSignalReceived;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signalNumber : {SIGTERM, SIGINT, SIGHUP})
        ::sigaction(signalNumber, &action, nullptr);
    return true;
}

void HelperServer::onSignal()
{
    unsigned char byte = 0;
    while (::read(g_signalPipe[0], &byte, 1) == 1) { }
    shutDown("signal");
}

void HelperServer::onInput()
{
    if (m_done)
        return;
    char chunk[64 * 1024];
    const ssize_t n = ::read(m_inputFd, chunk, sizeof chunk);
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (n <= 0) {
        shutDown("input closed");
        return;
    }
    QByteArrayView data(chunk, n);
    while (!data.isEmpty() && !m_done) {
        const qsizetype newline = data.indexOf('\n');
        if (m_discarding) {
            if (newline < 0)
                return;
            m_discarding = false;
            data = data.sliced(newline + 1);
            continue;
        }
        if (newline < 0) {
            m_buffer.append(data);
            if (m_buffer.size() > HelperProtocol::kMaxLineBytes) {
                m_buffer.clear();
                m_discarding = true;
                reply(HelperRequestHandler::failure(-1,
                    Error {ErrorCode::InvalidInput,
                        HelperProtocol::tr("The request is longer than %1 bytes.")
                            .arg(HelperProtocol::kMaxLineBytes),
                        {}, {}}));
            }
            return;
        }
        m_buffer.append(data.first(newline));
        data = data.sliced(newline + 1);
        const QByteArray line = std::exchange(m_buffer, {});
        handleLine(line);
    }
}

void HelperServer::handleLine(const QByteArray &line)
{
    if (line.trimmed().isEmpty())
        return;
    qint64 id = -1;
    auto request = HelperProtocol::parseRequest(line, &id);
    if (!request) {
        qCWarning(ktPlatform).noquote()
            << "refused request" << id << ":" << request.error().message;
        reply(HelperRequestHandler::failure(id, request.error()));
        return;
    }
    reply(m_handler->handle(*request));
    if (request->op == HelperRequest::Op::Bye) {
        m_done = true;
        qCInfo(ktPlatform) << "bye";
        Q_EMIT finished(0);
    }
}

void HelperServer::reply(const HelperReply &reply)
{
    const QByteArray line = HelperProtocol::encodeReply(reply);
    qsizetype offset = 0;
    while (offset < line.size()) {
        const ssize_t n = ::write(
            m_outputFd, line.constData() + offset, static_cast<size_t>(line.size() - offset));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            // The app is gone (EPIPE; SIGPIPE is ignored): its input will close too.
            qCWarning(ktPlatform) << "cannot write a reply:" << qt_error_string(errno);
            return;
        }
        offset += n;
    }
}

void HelperServer::shutDown(const char *why)
{
    if (m_done)
        return;
    m_done = true;
    m_inputNotifier->setEnabled(false);
    qCInfo(ktPlatform) << "shutting down:" << why << "- undoing everything";
    auto undone = m_handler->restoreAll();
    if (!undone) {
        qCCritical(ktPlatform).noquote() << undone.error().message;
        Q_EMIT finished(1);
        return;
    }
    Q_EMIT finished(0);
}
