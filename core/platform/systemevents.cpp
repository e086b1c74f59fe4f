#include "systemevents.h"

#include "common/logging.h"

namespace Kt::Platform {

namespace {

const QString kLogindService = QStringLiteral("org.freedesktop.login1");
const QString kLogindPath = QStringLiteral("/org/freedesktop/login1");
const QString kLogindInterface = QStringLiteral("org.freedesktop.login1.Manager");
const QString kNmService = QStringLiteral("org.freedesktop.NetworkManager");
const QString kNmPath = QStringLiteral("/org/freedesktop/NetworkManager");
const QString kNmInterface = QStringLiteral("org.freedesktop.NetworkManager");

} // namespace

SystemEvents::SystemEvents(QObject *parent)
    : QObject(parent)
{
    watch(QDBusConnection::systemBus());
}

SystemEvents::SystemEvents(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
{
    watch(bus);
}

SystemEvents::~SystemEvents() = default;

void SystemEvents::watch(QDBusConnection bus)
{
    if (!bus.isConnected()) {
        qCInfo(ktPlatform) << "no system bus: sleep/wake and network changes are not watched";
        return;
    }
    // Match rules on the well-known names: they hold whenever the services (re)appear.
    const bool sleep = bus.connect(kLogindService, kLogindPath, kLogindInterface,
        QStringLiteral("PrepareForSleep"), this, SLOT(onPrepareForSleep(bool)));
    const bool network = bus.connect(kNmService, kNmPath, kNmInterface,
        QStringLiteral("StateChanged"), this, SLOT(onNetworkStateChanged(uint)));
    m_watching = sleep || network;
    qCInfo(ktPlatform) << "watching sleep/wake:" << sleep << "network changes:" << network;
}

void SystemEvents::onPrepareForSleep(bool sleeping)
{
    qCInfo(ktPlatform) << (sleeping ? "going to sleep" : "woke up");
    if (sleeping)
        Q_EMIT aboutToSleep();
    else
        Q_EMIT resumed();
}

void SystemEvents::onNetworkStateChanged(uint state)
{
    const bool connected = state >= kNmConnectedLocal;
    const bool changed = state != m_networkState;
    m_networkState = state;
    qCInfo(ktPlatform) << "network state" << state;
    if (connected && changed)
        Q_EMIT networkConnected();
}

} // namespace Kt::Platform
