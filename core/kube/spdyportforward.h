#pragma once

#include "kube/portforwardtransport.h"
#include "kube/spdyframe.h"
#include "kube/upgradedconnection.h"

namespace Kt::Kube {

// A port-forward over one SPDY/3.1 connection (portforward.k8s.io, the kubelet's
// portforward/httpstream.go): after the upgrade it opens an error stream and a data stream for
// the port (headers streamtype, port, requestid), waits for the server's SYN_REPLY on both
// (the server drops data that comes before its reply), then sends the queued data. The data
// stream carries the TCP stream both ways; text on the error stream says why the forward
// failed. It ends when the server has ended both streams. close() half-closes the data stream
// (FIN after everything sent) and waits a few seconds for the server to end them before
// dropping the connection (dropping it at once could lose the last data in the server's
// queues).
class SpdyPortForward final : public PortForwardTransport
{
    Q_OBJECT

public:
    static constexpr quint32 kErrorStream = 1;
    static constexpr quint32 kDataStream = 3;
    // Larger incoming frames fail the connection (the kubelet sends 32 KiB).
    static constexpr qsizetype kMaxIncomingFrame = 16 * 1024 * 1024;

    explicit SpdyPortForward(QObject *parent = nullptr);
    ~SpdyPortForward() override;

    void open(const QNetworkRequest &request, quint16 port, const QNetworkProxy &proxy,
        std::chrono::milliseconds upgradeTimeout) override;
    State state() const override;
    bool send(QByteArrayView data) override;
    qint64 bytesToWrite() const override;
    void setReceivingPaused(bool paused) override;
    bool isReceivingPaused() const override;
    void close() override;
    void abort() override;

private:
    void onUpgraded(const Kt::Kube::HttpUpgrade::Response &response);
    void readFrames();
    bool handleFrame(Spdy::Frame frame);
    void streamEnded(quint32 streamId);
    void fail(Error error);

    UpgradedConnection *m_connection;
    quint16 m_port = 0;
    Spdy::FrameWriter m_writer;
    bool m_errorReplied = false;
    bool m_dataReplied = false;
    bool m_finSent = false;
    bool m_dataEnded = false; // the server finished or reset the data stream
    bool m_errorEnded = false; // ... the error stream
    bool m_closeAfterOpen = false;

    // Frame being read.
    bool m_haveHeader = false;
    char m_headerBytes[Spdy::FrameHeader::kSize] = {};
    qint64 m_headerRead = 0;
    Spdy::FrameHeader m_header;
    QByteArray m_payload;
    qint64 m_payloadRead = 0;
};

} // namespace Kt::Kube
