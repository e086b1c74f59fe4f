#pragma once

#include "kube/portforwardprotocol.h"
#include "kube/portforwardtransport.h"

namespace Kt::Kube {

class StreamWebSocket;

// A port-forward over one v4.channel.k8s.io WebSocket (the kubelet's portforward/websocket.go):
// data on channel 0, the kubelet's error text on channel 1, each after a port prefix that
// PortForwardProtocol checks.
class WebSocketPortForward final : public PortForwardTransport
{
    Q_OBJECT

public:
    explicit WebSocketPortForward(QObject *parent = nullptr);
    ~WebSocketPortForward() override;

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
    void onMessage(const QByteArray &message);

    StreamWebSocket *m_socket;
    PortForwardProtocol m_protocol {0};
};

} // namespace Kt::Kube
