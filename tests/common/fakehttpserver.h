#pragma once

// A tiny HTTP/1.1 server on loopback for fault injection only: it answers the way a test tells it
// to, including the ways a real API server cannot be made to misbehave on demand (never answering,
// resetting the connection in the middle of a body, a 503 with Retry-After, a watch stream that
// breaks). Everything else is tested against the real cluster.

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

#include <sys/socket.h>

#include <functional>
#include <memory>

class FakeHttpServer
{
public:
    struct Request
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QByteArray body;
        QMap<QByteArray, QByteArray> headers; // lower-case names
    };
    using Handler = std::function<void(QTcpSocket *socket, const Request &request)>;

    FakeHttpServer()
    {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket,
                    [this, socket, buffer] { onData(socket, *buffer); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    quint16 port() const { return m_server.serverPort(); }
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<Request> &requests() const { return m_requests; }

    static QByteArray statusLine(int status)
    {
        return QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(status)
            + (status == 200 ? QByteArrayLiteral(" OK") : QByteArrayLiteral(" Error"))
            + QByteArrayLiteral("\r\n");
    }

    // A complete answer.
    static void respond(
        QTcpSocket *socket, int status, const QByteArray &body, const QByteArray &extraHeaders = {})
    {
        socket->write(statusLine(status) + QByteArrayLiteral("Content-Type: application/json\r\n")
            + extraHeaders + QByteArrayLiteral("Content-Length: ") + QByteArray::number(body.size())
            + QByteArrayLiteral("\r\n\r\n") + body);
    }

    // The start of a chunked answer (a watch stream); chunks follow with writeChunk().
    static void startChunked(QTcpSocket *socket, int status = 200)
    {
        socket->write(statusLine(status)
            + QByteArrayLiteral(
                "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"));
    }

    static void writeChunk(QTcpSocket *socket, const QByteArray &data)
    {
        socket->write(QByteArray::number(data.size(), 16) + QByteArrayLiteral("\r\n") + data
            + QByteArrayLiteral("\r\n"));
    }

    static void endChunked(QTcpSocket *socket) { socket->write(QByteArrayLiteral("0\r\n\r\n")); }

    // Sends what is buffered, then resets the connection (RST, as when the peer crashes).
    static void reset(QTcpSocket *socket)
    {
        socket->flush();
        socket->waitForBytesWritten(1000);
        const struct linger hard
        {
            1, 0
        };
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
        socket->abort();
    }

private:
    void onData(QTcpSocket *socket, QByteArray &buffer)
    {
        buffer.append(socket->readAll());
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            Request request;
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            const QUrl url(QString::fromLatin1(first.value(1)));
            request.path = url.path();
            request.query = QUrlQuery(url);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                        lines.at(i).mid(colon + 1).trimmed());
            }
            const qsizetype length = request.headers.value("content-length").toLongLong();
            if (buffer.size() < end + 4 + length)
                return;
            request.body = buffer.mid(end + 4, length);
            buffer.remove(0, end + 4 + length);
            m_requests.append(request);
            if (m_handler)
                m_handler(socket, request);
            if (socket->state() != QAbstractSocket::ConnectedState)
                return;
        }
    }

    QTcpServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
};
