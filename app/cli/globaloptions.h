#pragma once

#include "session/shadowspec.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

#include <chrono>

namespace Kt::Cli {

// kt-connect's global flags, accepted before or after the verb by every verb (one table in
// globaloptions.cpp parses them and prints their help). The shadow-pod flags apply to the verbs
// that create a shadow (applyShadowFlags()); the others ignore them, as ktctl does.
// --useShadowDeployment is not supported (KtDesk's shadows are plain pods), and says so.
struct GlobalOptions
{
    Q_DECLARE_TR_FUNCTIONS(GlobalOptions)

public:
    QString kubeconfig; // -c, --kubeconfig
    QString context; // --context
    QString namespaceName; // -n, --namespace
    bool debug = false; // -d, --debug

    // The shadow pod.
    QString image; // -i, --image
    QMap<QString, QString> labels; // -l, --withLabel k=v,k2=v2
    QMap<QString, QString> annotations; // --withAnnotation k=v,k2=v2
    std::chrono::seconds portForwardTimeout {10}; // --portForwardTimeout
    std::chrono::seconds podCreationTimeout {60}; // --podCreationTimeout
    QString imagePullSecret; // --imagePullSecret
    QString serviceAccount; // --serviceAccount
    QMap<QString, QString> nodeSelector; // --nodeSelector k=v,k2=v2
    QString podQuota; // --podQuota 0.5c,512m (checked when given)
    bool forceUpdate = false; // -f, --forceUpdate (pull policy Always)
    bool useShadowDeployment = false; // --useShadowDeployment: not supported (plain pods only)
    bool useLocalTime = false; // --useLocalTime: KtDesk's heartbeats use local time anyway

    enum class Parsed {
        NotGlobal, // not a global flag: the verb's
        Taken, // taken (with its value); `index` is on its last word
        Invalid, // a global flag with a missing or bad value; `problem` says what is wrong
    };
    // Reads the global flag at arguments[index], if it is one ("--flag value", "--flag=value",
    // "-f value"), moving `index` past its value.
    Parsed take(const QStringList &arguments, qsizetype &index, QString &problem);

    // The "Global flags:" part of --help.
    static QString help();
    // --imagePullSecret, --serviceAccount, --nodeSelector, --podQuota and --forceUpdate.
    Session::ShadowPodOptions shadowPodOptions() const;
};

// The shadow-pod flags into a session's options (whichever of image, labels, annotations and
// timeouts the session has).
template<typename Options>
void applyShadowFlags(const GlobalOptions &global, Options &options)
{
    if (!global.image.isEmpty())
        options.image = global.image;
    if constexpr (requires { options.labels; })
        options.labels.insert(global.labels);
    if constexpr (requires { options.annotations; })
        options.annotations.insert(global.annotations);
    if constexpr (requires { options.podCreationTimeout; })
        options.podCreationTimeout = global.podCreationTimeout;
    if constexpr (requires { options.portForwardTimeout; })
        options.portForwardTimeout = global.portForwardTimeout;
    if constexpr (requires { options.podOptions; })
        options.podOptions = global.shadowPodOptions();
}

} // namespace Kt::Cli
