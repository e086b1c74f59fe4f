#pragma once

#include <QMetaType>
#include <QtGlobal>

namespace Kt::Tunnel {

// Live traffic figures of a tunnel, for the session panels. A value: safe to copy across threads.
struct TunnelCounters
{
    quint64 bytesToRemote = 0; // laptop -> cluster
    quint64 bytesFromRemote = 0; // cluster -> laptop
    quint64 channelsOpened = 0; // proxied connections and forwarded connections, all time
    quint64 channelsFailed = 0; // direct-tcpip opens the cluster side refused
    quint64 forwardsRefused = 0; // remote-forward connections the local port refused
    int openChannels = 0; // now
};

} // namespace Kt::Tunnel

Q_DECLARE_METATYPE(Kt::Tunnel::TunnelCounters)
