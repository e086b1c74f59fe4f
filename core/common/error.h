#pragma once

#include <QMetaType>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Kt {

// What kind of failure happened; the UI picks icons and actions from it, tests assert on it.
enum class ErrorCode {
    Internal, // a bug in KtDesk
    InvalidInput, // the user (or a file) gave something we cannot use
    NotFound, // a file, object or key does not exist
    Unavailable, // a service (keychain, cluster, helper) cannot be reached right now
    Unauthorized, // credentials missing, expired or rejected
    Forbidden, // authenticated but not allowed
    Conflict, // someone else changed or holds the thing we want to change
    Timeout, // an operation did not finish in time
    Cancelled, // the user or the shutdown path stopped it
    Io, // a local read/write failed
    Protocol, // the peer spoke something we do not understand
};

// A failure a person can act on: `message` says what failed and where, `hint` what to do,
// `detail` carries the raw cause for the log (never a secret).
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString detail;
    QString hint;

    QString toString() const
    {
        QString text = message;
        if (!hint.isEmpty())
            text += QStringLiteral(" — ") + hint;
        return text;
    }
};

// Holds either a value or an Error. No exceptions cross Qt code; boundaries to yaml-cpp and
// libssh catch and convert into this.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    // On success: an empty Error, so that messages built eagerly (e.g. in QVERIFY2) are safe.
    const Error &error() const
    {
        static const Error none;
        return ok() ? none : std::get<1>(m_data);
    }

private:
    std::variant<T, Error> m_data;
};

// Result<void>: success or an Error.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const
    {
        static const Error none;
        return m_error ? *m_error : none;
    }

private:
    std::optional<Error> m_error;
};

} // namespace Kt

Q_DECLARE_METATYPE(Kt::Error)
