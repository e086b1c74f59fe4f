// Fuzz target: the kubeconfig loader (YAML -> Kubeconfig), as it reads a file a user points at.
#include "kube/kubeconfigloader.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto loaded = Kt::Kube::KubeconfigLoader::parse(bytes, QStringLiteral("fuzz.yaml"));
    if (!loaded)
        (void)loaded.error().toString(); // the message is built from the input: exercise it
    return 0;
}
