// Replays the seed corpora (tests/fuzz/corpus/<target>/*) through the fuzz targets once, without
// libFuzzer: the CTest smoke of the fuzz targets in the normal build.
#include <QDir>
#include <QFile>

#include <cstddef>
#include <cstdint>
#include <cstdio>

#define KT_FUZZ_TARGET(name) extern "C" int ktFuzz_##name(const uint8_t *data, size_t size);
KT_FUZZ_TARGET(kubeconfig)
KT_FUZZ_TARGET(apijson)
KT_FUZZ_TARGET(proxyhandshake)
KT_FUZZ_TARGET(dnsmessage)
KT_FUZZ_TARGET(channelframe)
KT_FUZZ_TARGET(spdyframe)
KT_FUZZ_TARGET(helperprotocol)
#undef KT_FUZZ_TARGET

namespace {

struct Target
{
    const char *name;
    int (*run)(const uint8_t *, size_t);
};

const Target kTargets[] = {
    {"kubeconfig", ktFuzz_kubeconfig},
    {"apijson", ktFuzz_apijson},
    {"proxyhandshake", ktFuzz_proxyhandshake},
    {"dnsmessage", ktFuzz_dnsmessage},
    {"channelframe", ktFuzz_channelframe},
    {"spdyframe", ktFuzz_spdyframe},
    {"helperprotocol", ktFuzz_helperprotocol},
};

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR\n", argv[0]);
        return 2;
    }
    int failures = 0;
    int passed = 0;
    for (const Target &target : kTargets) {
        const QDir dir(QFile::decodeName(argv[1]) + QLatin1Char('/') + QLatin1String(target.name));
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        if (files.isEmpty()) {
            std::fprintf(
                stderr, "FAIL %s: no seeds in %s\n", target.name, qPrintable(dir.absolutePath()));
            ++failures;
            continue;
        }
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "FAIL %s: cannot read %s\n", target.name, qPrintable(name));
                ++failures;
                continue;
            }
            const QByteArray data = file.readAll();
            target.run(reinterpret_cast<const uint8_t *>(data.constData()),
                static_cast<size_t>(data.size()));
        }
        std::printf("PASS %s: %lld seeds\n", target.name, static_cast<long long>(files.size()));
        ++passed;
    }
    std::printf("fuzz corpus: %d targets replayed, %d failed\n", passed, failures);
    return failures == 0 ? 0 : 1;
}
