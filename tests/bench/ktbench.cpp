// ktbench: the KtDesk side of the benchmarks that have no CLI verb (tests/bench/run drives it).
//
//   ktbench portforward NS POD REMOTE_PORT
//       PortForwarder from a free 127.0.0.1 port to the pod's port; prints "LISTENING <port>",
//       then forwards until killed (SIGTERM/SIGINT end it cleanly, with a line of counters).
//   ktbench watch NS OBJECTS RATE SECONDS
//       An Informer on the ConfigMaps of NS while a second connection patches OBJECTS ConfigMaps
//       at RATE patches per second for SECONDS; prints one JSON line: patches sent, acknowledged
//       and seen as events, the write latency (patch sent -> answered), and the Informer's lag
//       (patch answered -> its event delivered; 0 when the event came first), per second of the
//       run to show a growing backlog.
//
// Both use the current context of $KUBECONFIG.

#include "kube/apiclient.h"
#include "kube/apirequest.h"
#include "kube/clientconfig.h"
#include "kube/clusterconnection.h"
#include "kube/informer.h"
#include "kube/kubeconfigloader.h"
#include "kube/portforwarder.h"
#include "kube/resourceref.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

using namespace Kt::Kube;

namespace {

int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    (void)::write(g_signalFds[1], &byte, 1);
}

// Quits the event loop on SIGTERM/SIGINT (through a socketpair: nothing else is signal-safe).
void quitOnSignals(QObject *context, const std::function<void()> &beforeQuit)
{
    ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds);
    auto *notifier = new QSocketNotifier(g_signalFds[0], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [beforeQuit] {
        char byte;
        (void)::read(g_signalFds[0], &byte, 1);
        beforeQuit();
        QCoreApplication::quit();
    });
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
}

std::unique_ptr<ClusterConnection> connectToCluster()
{
    const auto config = KubeconfigLoader::loadFile(qEnvironmentVariable("KUBECONFIG"));
    if (!config) {
        std::fprintf(stderr, "ktbench: %s\n", qPrintable(config.error().toString()));
        return nullptr;
    }
    const auto client = ClientConfig::resolve(config.value());
    if (!client) {
        std::fprintf(stderr, "ktbench: %s\n", qPrintable(client.error().toString()));
        return nullptr;
    }
    return std::make_unique<ClusterConnection>(client.value());
}

int portForward(const QStringList &args)
{
    if (args.size() != 3)
        return 2;
    auto connection = connectToCluster();
    if (!connection)
        return 1;
    PortForwarder forwarder(connection.get(), args[0], args[1],
        {PortMapping {0, static_cast<quint16>(args[2].toUInt())}});
    const auto started = forwarder.start();
    if (!started) {
        std::fprintf(stderr, "ktbench: %s\n", qPrintable(started.error().toString()));
        return 1;
    }
    QObject::connect(
        &forwarder, &PortForwarder::connectionFailed, &forwarder, [](const Kt::Error &error) {
            std::fprintf(stderr, "ktbench: connection failed: %s\n", qPrintable(error.toString()));
        });
    quitOnSignals(&forwarder, [&forwarder] {
        std::printf("COUNTERS connections=%llu failed=%llu sent=%llu received=%llu\n",
            static_cast<unsigned long long>(forwarder.totalConnections()),
            static_cast<unsigned long long>(forwarder.failedConnections()),
            static_cast<unsigned long long>(forwarder.bytesSent()),
            static_cast<unsigned long long>(forwarder.bytesReceived()));
        std::fflush(stdout);
    });
    std::printf("LISTENING %u\n", forwarder.mappings().front().localPort);
    std::fflush(stdout);
    return QCoreApplication::exec();
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

int watchLoad(const QStringList &args)
{
    if (args.size() != 4)
        return 2;
    const QString ns = args[0];
    const int objects = args[1].toInt();
    const int rate = args[2].toInt();
    const int seconds = args[3].toInt();
    auto readerConnection = connectToCluster();
    if (!readerConnection)
        return 1;
    ApiClient reader(readerConnection.get());
    // Several writers: one connection's network manager runs only a few requests at a time,
    // which would cap the load below the rate asked for.
    constexpr int kWriters = 8;
    std::vector<std::unique_ptr<ClusterConnection>> writerConnections;
    std::vector<std::unique_ptr<ApiClient>> writers;
    for (int i = 0; i < kWriters; ++i) {
        writerConnections.push_back(connectToCluster());
        if (!writerConnections.back())
            return 1;
        writers.push_back(std::make_unique<ApiClient>(writerConnections.back().get()));
    }
    ApiClient &writer = *writers.front();
    const auto name = [](int i) { return QStringLiteral("bench-%1").arg(i); };

    // Per second of the run: lags (ms) of the events that arrived in it.
    std::vector<std::vector<double>> lagsBySecond(static_cast<size_t>(seconds) + 30);
    std::vector<double> lags;
    std::vector<double> writeLatencies;
    std::vector<qint64> ackedAtNs; // per patch sequence number, -1 until answered
    int sent = 0, acknowledged = 0, failed = 0, received = 0, inFlight = 0, maxInFlight = 0;
    QElapsedTimer clock;
    bool measuring = false; // from the first patch until the result is printed

    Informer informer(&reader, ResourceRef::configMaps(ns));
    QObject::connect(&informer, &Informer::updated, &informer,
        [&](const QJsonObject &, const QJsonObject &object) {
            if (!measuring)
                return;
            const QString seqText = object.value(QLatin1String("data"))
                                        .toObject()
                                        .value(QLatin1String("seq"))
                                        .toString();
            bool ok = false;
            const qsizetype seq = seqText.toLongLong(&ok);
            if (!ok || seq < 0 || seq >= qsizetype(ackedAtNs.size()))
                return;
            const qint64 acked = ackedAtNs[size_t(seq)];
            const double lagMs
                = acked < 0 ? 0.0 : static_cast<double>(clock.nsecsElapsed() - acked) / 1e6;
            ++received;
            lags.push_back(lagMs);
            const auto second = static_cast<size_t>(clock.elapsed() / 1000);
            if (second < lagsBySecond.size())
                lagsBySecond[second].push_back(lagMs);
        });

    const auto finishRun = [&] {
        measuring = false;
        QJsonArray perSecond;
        for (int s = 0; s < seconds; ++s) {
            const auto &bucket = lagsBySecond[static_cast<size_t>(s)];
            perSecond.append(QJsonObject {{QLatin1String("events"), int(bucket.size())},
                {QLatin1String("lagP50Ms"), percentile(bucket, 0.5)},
                {QLatin1String("lagMaxMs"),
                    bucket.empty() ? 0.0 : *std::max_element(bucket.begin(), bucket.end())}});
        }
        const QJsonObject result {{QLatin1String("sent"), sent},
            {QLatin1String("acknowledged"), acknowledged}, {QLatin1String("failed"), failed},
            {QLatin1String("received"), received}, {QLatin1String("seconds"), seconds},
            {QLatin1String("maxInFlight"), maxInFlight},
            {QLatin1String("writeP50Ms"), percentile(writeLatencies, 0.5)},
            {QLatin1String("writeP99Ms"), percentile(writeLatencies, 0.99)},
            {QLatin1String("lagP50Ms"), percentile(lags, 0.5)},
            {QLatin1String("lagP99Ms"), percentile(lags, 0.99)},
            {QLatin1String("perSecond"), perSecond}};
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
        QCoreApplication::quit();
    };

    ackedAtNs.assign(size_t(rate) * size_t(seconds) + 1000, -1);
    const auto startLoad = [&] {
        measuring = true;
        clock.start();
        auto *tick = new QTimer(&informer);
        tick->setTimerType(Qt::PreciseTimer);
        // Patches go out in small batches every 10 ms, keeping the rate over the whole run.
        QObject::connect(tick, &QTimer::timeout, &informer, [&, tick] {
            const qint64 elapsed = clock.elapsed();
            if (elapsed >= qint64(seconds) * 1000) {
                tick->stop();
                // Events still under way may arrive for a few seconds.
                QTimer::singleShot(5000, &informer, finishRun);
                return;
            }
            const qint64 due = elapsed * rate / 1000;
            while (sent < due && size_t(sent) < ackedAtNs.size()) {
                const int seq = sent;
                const qint64 sentAt = clock.nsecsElapsed();
                const QJsonObject patch {{QLatin1String("data"),
                    QJsonObject {{QLatin1String("seq"), QString::number(seq)}}}};
                ApiRequest *request = writers[size_t(sent % kWriters)]->patch(
                    ResourceRef::configMaps(ns, name(sent % objects)), PatchType::Merge,
                    QJsonDocument(patch));
                ++sent;
                maxInFlight = std::max(maxInFlight, ++inFlight);
                QObject::connect(request, &ApiJob::finished, &informer,
                    [&, seq, sentAt](const Kt::Result<QJsonObject> &result) {
                        --inFlight;
                        if (!result) {
                            ++failed;
                            return;
                        }
                        ++acknowledged;
                        ackedAtNs[size_t(seq)] = clock.nsecsElapsed();
                        writeLatencies.push_back(
                            static_cast<double>(ackedAtNs[size_t(seq)] - sentAt) / 1e6);
                    });
            }
        });
        tick->start(10);
    };

    // Create the objects, then watch, then load.
    int created = 0;
    for (int i = 0; i < objects; ++i) {
        const QJsonObject object {{QLatin1String("apiVersion"), QStringLiteral("v1")},
            {QLatin1String("kind"), QStringLiteral("ConfigMap")},
            {QLatin1String("metadata"), QJsonObject {{QLatin1String("name"), name(i)}}},
            {QLatin1String("data"), QJsonObject {{QLatin1String("seq"), QStringLiteral("-1")}}}};
        ApiRequest *request = writer.create(ResourceRef::configMaps(ns), object);
        QObject::connect(
            request, &ApiJob::finished, &informer, [&](const Kt::Result<QJsonObject> &) {
                if (++created == objects)
                    informer.start();
            });
    }
    QObject::connect(&informer, &Informer::synced, &informer, [&] {
        if (!clock.isValid())
            startLoad();
    });
    QObject::connect(&informer, &Informer::errorOccurred, &informer, [](const Kt::Error &error) {
        std::fprintf(stderr, "ktbench: informer: %s\n", qPrintable(error.toString()));
    });
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const QString mode = args.isEmpty() ? QString() : args.takeFirst();
    int rc = 2;
    if (mode == QLatin1String("portforward"))
        rc = portForward(args);
    else if (mode == QLatin1String("watch"))
        rc = watchLoad(args);
    if (rc == 2) {
        std::fprintf(stderr,
            "usage: ktbench portforward NS POD REMOTE_PORT\n"
            "       ktbench watch NS OBJECTS RATE SECONDS\n");
    }
    return rc;
}
