#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace pressdesk {

// Why an operation failed, in one sentence for the user, and what kind of failure it was for the code.
struct Error
{
    enum class Kind
    {
        FileMissing,  // the path does not exist
        NotADatabase, // not an SQLite file, or an SQLite file of another program
        Corrupt,      // truncated or damaged
        NewerVersion, // written by a newer PressDesk
        ReadOnly,     // the file or its folder cannot be written
        Conflict,     // someone changed the row since it was read
        NotFound,     // the row is gone
        Invalid,      // validation refused the values
        InUse,        // still referenced elsewhere
        Io,           // disk full, permission denied, …
        Internal,     // a bug or an unexpected SQL failure
        Cancelled,    // the user stopped it (a long import); nothing of it was written
    };

    Kind kind = Kind::Internal;
    QString message;
};

// A value or an Error. Qt 6.4 and C++17 have no std::expected; this is the small part of it we need.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::move(error))
    {
    }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    // On a temporary the value is moved out, so `for (x : *repository.all())` does not dangle.
    T value() && { return std::move(std::get<0>(m_data)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T operator*() && { return std::move(*this).value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<1>(m_data); }
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }
    QString errorMessage() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(Error::Kind kind, const QString &message)
{
    return Error{kind, message};
}

} // namespace pressdesk
