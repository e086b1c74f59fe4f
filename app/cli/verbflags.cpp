#include "verbflags.h"

#include "cliapp.h"

#include <QTextStream>

namespace Kt::Cli {

VerbFlags::VerbFlags(QString verb)
    : m_verb(std::move(verb))
{ }

VerbFlags &VerbFlags::add(Flag flag)
{
    m_flags.append(std::move(flag));
    return *this;
}

VerbFlags &VerbFlags::text(const QStringList &names, QString *target)
{
    return value(names, [target](const QString &value) {
        *target = value;
        return QString();
    });
}

VerbFlags &VerbFlags::value(const QStringList &names, Accept accept)
{
    return add({names, Kind::Value, std::move(accept), nullptr, {}});
}

VerbFlags &VerbFlags::seconds(const QStringList &names, std::chrono::seconds *target)
{
    const QString name = names.constLast();
    return value(names, [target, name](const QString &value) {
        bool ok = false;
        const int seconds = value.toInt(&ok);
        if (!ok || seconds <= 0)
            return tr("%1 wants a number of seconds, not \"%2\".").arg(name, value);
        *target = std::chrono::seconds(seconds);
        return QString();
    });
}

VerbFlags &VerbFlags::port(const QStringList &names, quint16 *target)
{
    const QString name = names.constLast();
    return value(names, [target, name](const QString &value) {
        bool ok = false;
        const uint port = value.toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return tr("%1 wants a port from 1 to 65535, not \"%2\".").arg(name, value);
        *target = static_cast<quint16>(port);
        return QString();
    });
}

VerbFlags &VerbFlags::toggle(const QStringList &names, bool *target)
{
    return add({names, Kind::Switch, {}, target, {}});
}

VerbFlags &VerbFlags::optionalText(const QStringList &names, QString *target, bool *given,
    std::function<bool(const QString &next)> isValue)
{
    return add({names, Kind::OptionalValue,
        [target](const QString &value) {
            *target = value;
            return QString();
        },
        given, std::move(isValue)});
}

VerbFlags &VerbFlags::ignored(const QStringList &names, bool takesValue)
{
    return add({names, takesValue ? Kind::IgnoredWithValue : Kind::Ignored, {}, nullptr, {}});
}

const VerbFlags::Flag *VerbFlags::find(const QString &name) const
{
    for (const Flag &flag : m_flags) {
        if (flag.names.contains(name))
            return &flag;
    }
    return nullptr;
}

std::optional<int> VerbFlags::parse(const QStringList &arguments, QStringList &positionals,
    const QString &help, QTextStream &out, QTextStream &err) const
{
    const auto fail = [&](const QString &problem) -> std::optional<int> {
        err << QStringLiteral("ktdesk-cli %1: %2").arg(m_verb, problem) << '\n';
        return ExitUsage;
    };
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("-h") || argument == QLatin1String("--help")) {
            out << help;
            return ExitOk;
        }
        if (!argument.startsWith(QLatin1Char('-')) || argument == QLatin1String("-")) {
            positionals.append(argument);
            continue;
        }
        // "--name=value", "-o=value", "-ovalue" (a one-letter flag with its value attached).
        QString name = argument;
        std::optional<QString> attached;
        if (const qsizetype equals = argument.indexOf(QLatin1Char('=')); equals > 0) {
            name = argument.left(equals);
            attached = argument.mid(equals + 1);
        } else if (!argument.startsWith(QLatin1String("--")) && argument.size() > 2
            && find(argument.left(2))) {
            name = argument.left(2);
            attached = argument.mid(2);
        }
        const Flag *flag = find(name);
        if (!flag) {
            return fail(tr("unknown flag \"%1\". See ktdesk-cli %2 --help.").arg(argument, m_verb));
        }
        switch (flag->kind) {
        case Kind::Ignored:
        case Kind::Switch: {
            bool on = true;
            if (attached) {
                const QString text = attached->toLower();
                if (text != QLatin1String("true") && text != QLatin1String("false"))
                    return fail(tr("%1 is a switch: true or false, not \"%2\".").arg(name, text));
                on = text == QLatin1String("true");
            }
            if (flag->target)
                *flag->target = on;
            break;
        }
        case Kind::OptionalValue:
            *flag->target = true;
            if (attached) {
                (void)flag->accept(*attached);
            } else if (i + 1 < arguments.size() && flag->isValue(arguments.at(i + 1))) {
                (void)flag->accept(arguments.at(++i));
            }
            break;
        case Kind::Value:
        case Kind::IgnoredWithValue: {
            QString value;
            if (attached)
                value = *attached;
            else if (i + 1 < arguments.size())
                value = arguments.at(++i);
            else
                return fail(tr("%1 needs a value.").arg(name));
            if (flag->kind == Kind::Value) {
                if (const QString problem = flag->accept(value); !problem.isEmpty())
                    return fail(problem);
            }
            break;
        }
        }
    }
    return std::nullopt;
}

} // namespace Kt::Cli
