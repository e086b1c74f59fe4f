#pragma once

#include <QDBusConnection>
#include <QObject>

namespace Kt::Platform {

// Sleep/wake and network changes, from the system bus where it has them: logind's
// PrepareForSleep and NetworkManager's StateChanged. Tunnels do not notice on their own that a
// suspend or a new network killed their TCP connections (no packet comes back to say so), so the
// sessions check theirs when one of these happens. Without a system bus, logind or NetworkManager
// nothing is emitted and nothing complains: the sessions' own keep-alives remain.
class SystemEvents final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SystemEvents)

public:
    // NetworkManager's NMState values that mean "connected" (local, site, global).
    static constexpr uint kNmConnectedLocal = 50;

    // Watches the system bus ($DBUS_SYSTEM_BUS_ADDRESS or the default socket).
    explicit SystemEvents(QObject *parent = nullptr);
    // Watches `bus` (a test's private bus).
    explicit SystemEvents(const QDBusConnection &bus, QObject *parent = nullptr);
    ~SystemEvents() override;

    // False when there was no bus to watch.
    bool isWatching() const { return m_watching; }

Q_SIGNALS:
    void aboutToSleep();
    // The machine woke up: connections made before the sleep are likely dead.
    void resumed();
    // NetworkManager says the machine is connected (again, or differently).
    void networkConnected();

private Q_SLOTS:
    void onPrepareForSleep(bool sleeping);
    void onNetworkStateChanged(uint state);

private:
    void watch(QDBusConnection bus);

    bool m_watching = false;
    uint m_networkState = 0;
};

} // namespace Kt::Platform
