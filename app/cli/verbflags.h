#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <optional>

class QTextStream;

namespace Kt::Cli {

// One verb's own flags, declared as a table (as the global flags are), so that every verb reads
// its arguments the same way: "--flag value", "--flag=value", "-o value" and "-ovalue"; -h/--help;
// a switch also as "--flag=true|false" (Go's flag package, which ktctl uses, allows it); an unknown
// flag or a missing or bad value is named in an error. Words that are not flags are positionals,
// which the verb checks itself (their meaning differs per verb).
class VerbFlags
{
    Q_DECLARE_TR_FUNCTIONS(VerbFlags)

public:
    // Checks a flag's value and stores it; returns the problem in words, empty when it is fine.
    using Accept = std::function<QString(const QString &value)>;

    explicit VerbFlags(QString verb);

    VerbFlags &text(const QStringList &names, QString *target);
    VerbFlags &value(const QStringList &names, Accept accept);
    VerbFlags &seconds(const QStringList &names, std::chrono::seconds *target);
    VerbFlags &port(const QStringList &names, quint16 *target);
    VerbFlags &toggle(const QStringList &names, bool *target);
    // A flag whose value may be left out (`--expose` next to the older `--port 8088`): the next
    // word is its value only when `isValue` says so; `given` is set either way.
    VerbFlags &optionalText(const QStringList &names, QString *target, bool *given,
        std::function<bool(const QString &next)> isValue);
    // kt-connect flags that change nothing in KtDesk; with `takesValue`, their value is skipped.
    VerbFlags &ignored(const QStringList &names, bool takesValue = false);

    // Reads `arguments` into the declared targets and `positionals`. Returns the exit code when
    // the verb must stop: ExitOk after printing `help` for -h/--help, ExitUsage after an error on
    // `err` ("ktdesk-cli VERB: ...").
    std::optional<int> parse(const QStringList &arguments, QStringList &positionals,
        const QString &help, QTextStream &out, QTextStream &err) const;

private:
    enum class Kind { Value, Switch, OptionalValue, Ignored, IgnoredWithValue };
    struct Flag
    {
        QStringList names;
        Kind kind;
        Accept accept; // Value, OptionalValue
        bool *target = nullptr; // Switch; OptionalValue: `given`
        std::function<bool(const QString &)> isValue; // OptionalValue
    };
    VerbFlags &add(Flag flag);
    const Flag *find(const QString &name) const;

    QString m_verb;
    QList<Flag> m_flags;
};

} // namespace Kt::Cli
