#include "platform/localport.h"

#include <QTcpServer>

namespace Kt::Platform {

bool LocalPort::isListening(quint16 port)
{
    if (port == 0)
        return false;
    QTcpServer probe;
    // QTcpServer binds with SO_REUSEADDR: this fails only when someone listens on the port.
    if (probe.listen(QHostAddress::LocalHost, port)) {
        probe.close();
        return false;
    }
    return probe.serverError() == QAbstractSocket::AddressInUseError;
}

} // namespace Kt::Platform
