#include "globaloptions.h"

#include <QTextStream>

#include <array>
#include <variant>

namespace Kt::Cli {

namespace {

using Seconds = std::chrono::seconds;
using Map = QMap<QString, QString>;
// Where a flag's value goes; a bool member is a switch without a value.
using Target = std::variant<QString GlobalOptions::*, bool GlobalOptions::*,
    Seconds GlobalOptions::*, Map GlobalOptions::*>;

struct Flag
{
    const char *shortName; // "" when none
    const char *longName;
    const char *valueName; // "" for a switch
    Target target;
    const char *help;
};

// kt-connect v0.3.7's global flags (ref/ktconnect-compat.md), in its order.
const std::array kFlags {
    Flag {"-n", "--namespace", "NS", &GlobalOptions::namespaceName,
        QT_TRANSLATE_NOOP("GlobalOptions", "Namespace (default: the context's namespace)")},
    Flag {"-c", "--kubeconfig", "FILE", &GlobalOptions::kubeconfig,
        QT_TRANSLATE_NOOP(
            "GlobalOptions", "Kubeconfig file (default: $KUBECONFIG or ~/.kube/config)")},
    Flag {"", "--context", "NAME", &GlobalOptions::context,
        QT_TRANSLATE_NOOP("GlobalOptions", "Kubeconfig context to use")},
    Flag {"-i", "--image", "IMAGE", &GlobalOptions::image,
        QT_TRANSLATE_NOOP("GlobalOptions", "Shadow image (default: kt-connect's shadow v0.3.7)")},
    Flag {"", "--imagePullSecret", "NAME", &GlobalOptions::imagePullSecret,
        QT_TRANSLATE_NOOP("GlobalOptions", "Pull secret for the shadow image")},
    Flag {"", "--serviceAccount", "NAME", &GlobalOptions::serviceAccount,
        QT_TRANSLATE_NOOP("GlobalOptions", "Service account of the shadow pod")},
    Flag {"", "--nodeSelector", "K=V,...", &GlobalOptions::nodeSelector,
        QT_TRANSLATE_NOOP("GlobalOptions", "Node selector of the shadow pod")},
    Flag {"-d", "--debug", "", &GlobalOptions::debug,
        QT_TRANSLATE_NOOP("GlobalOptions", "Verbose logging")},
    Flag {"-l", "--withLabel", "K=V,...", &GlobalOptions::labels,
        QT_TRANSLATE_NOOP("GlobalOptions", "Extra labels on the shadow pod")},
    Flag {"", "--withAnnotation", "K=V,...", &GlobalOptions::annotations,
        QT_TRANSLATE_NOOP("GlobalOptions", "Extra annotations on the shadow pod")},
    Flag {"", "--portForwardTimeout", "S", &GlobalOptions::portForwardTimeout,
        QT_TRANSLATE_NOOP("GlobalOptions", "Seconds to wait for a port-forward (default 10)")},
    Flag {"", "--podCreationTimeout", "S", &GlobalOptions::podCreationTimeout,
        QT_TRANSLATE_NOOP("GlobalOptions", "Seconds to wait for the shadow pod (default 60)")},
    Flag {"", "--useShadowDeployment", "", &GlobalOptions::useShadowDeployment,
        QT_TRANSLATE_NOOP(
            "GlobalOptions", "Not supported: KtDesk's shadows are always plain pods")},
    Flag {"", "--useLocalTime", "", &GlobalOptions::useLocalTime,
        QT_TRANSLATE_NOOP("GlobalOptions", "Heartbeats in local time (KtDesk always does)")},
    Flag {"", "--podQuota", "CPU,MEM", &GlobalOptions::podQuota,
        QT_TRANSLATE_NOOP("GlobalOptions", "Shadow pod's CPU and memory limits")},
    Flag {"-f", "--forceUpdate", "", &GlobalOptions::forceUpdate,
        QT_TRANSLATE_NOOP("GlobalOptions", "Always pull the shadow image")},
};

bool parseMap(const QString &text, Map &map)
{
    for (const QString &pair : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return false;
        map.insert(pair.left(equals).trimmed(), pair.mid(equals + 1).trimmed());
    }
    return true;
}

} // namespace

GlobalOptions::Parsed GlobalOptions::take(
    const QStringList &arguments, qsizetype &index, QString &problem)
{
    const QString argument = arguments.at(index);
    const bool isLong = argument.startsWith(QLatin1String("--"));
    const qsizetype equals = isLong ? argument.indexOf(QLatin1Char('=')) : -1;
    const QString name = equals > 0 ? argument.left(equals) : argument;
    const Flag *flag = nullptr;
    for (const Flag &candidate : kFlags) {
        if (name == QLatin1String(candidate.longName)
            || (candidate.shortName[0] && name == QLatin1String(candidate.shortName)))
            flag = &candidate;
    }
    if (!flag)
        return Parsed::NotGlobal;

    if (std::holds_alternative<bool GlobalOptions::*>(flag->target)) {
        bool value = true;
        if (equals > 0) { // --debug=false, as Go's flag package allows
            const QString text = argument.mid(equals + 1).toLower();
            if (text != QLatin1String("true") && text != QLatin1String("false")) {
                problem = tr("%1 is a switch: true or false, not \"%2\".").arg(name, text);
                return Parsed::Invalid;
            }
            value = text == QLatin1String("true");
        }
        this->*std::get<bool GlobalOptions::*>(flag->target) = value;
        return Parsed::Taken;
    }
    QString value;
    if (equals > 0) {
        value = argument.mid(equals + 1);
    } else if (index + 1 < arguments.size()) {
        value = arguments.at(++index);
    } else {
        problem = tr("%1 needs a value.").arg(name);
        return Parsed::Invalid;
    }
    return std::visit(
        [&](auto member) -> Parsed {
            using Member = decltype(member);
            if constexpr (std::is_same_v<Member, QString GlobalOptions::*>) {
                QString cpu;
                QString memory;
                if (member == &GlobalOptions::podQuota
                    && !Session::ShadowPodOptions::parseQuota(value, &cpu, &memory)) {
                    problem = tr("%1 wants CPU cores and memory like 0.5c,512m (m: MiB, g: GiB), "
                                 "not \"%2\".")
                                  .arg(name, value);
                    return Parsed::Invalid;
                }
                this->*member = value;
            } else if constexpr (std::is_same_v<Member, Seconds GlobalOptions::*>) {
                bool ok = false;
                const int seconds = value.toInt(&ok);
                if (!ok || seconds <= 0) {
                    problem = tr("%1 wants a number of seconds, not \"%2\".").arg(name, value);
                    return Parsed::Invalid;
                }
                this->*member = Seconds(seconds);
            } else if constexpr (std::is_same_v<Member, Map GlobalOptions::*>) {
                if (!parseMap(value, this->*member)) {
                    problem = tr("%1 wants key=value[,key=value], not \"%2\".").arg(name, value);
                    return Parsed::Invalid;
                }
            }
            return Parsed::Taken;
        },
        flag->target);
}

QString GlobalOptions::help()
{
    QString text;
    QTextStream out(&text);
    for (const Flag &flag : kFlags) {
        QString names = flag.shortName[0] ? QLatin1String(flag.shortName) + QStringLiteral(", ")
                                          : QStringLiteral("    ");
        names += QLatin1String(flag.longName);
        if (flag.valueName[0])
            names += QLatin1Char(' ') + QLatin1String(flag.valueName);
        out << "  " << names.leftJustified(28) << tr(flag.help) << '\n';
    }
    return text;
}

Session::ShadowPodOptions GlobalOptions::shadowPodOptions() const
{
    Session::ShadowPodOptions pod;
    pod.imagePullSecret = imagePullSecret;
    pod.serviceAccount = serviceAccount;
    pod.nodeSelector = nodeSelector;
    (void)Session::ShadowPodOptions::parseQuota(podQuota, &pod.cpuLimit, &pod.memoryLimit);
    pod.alwaysPull = forceUpdate;
    return pod;
}

} // namespace Kt::Cli
