// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace glaneur {

enum class ErrorCode {
    Validation,        // the user's input is wrong; the message says what to fix
    NotFound,          // a code, name or id that does not exist
    Conflict,          // a duplicate, or a record changed under our feet
    Storage,           // the database failed (disk full, locked, corrupt)
    NotGlaneur,        // the file is not a Glaneur database
    SchemaTooNew,      // the file was written by a newer Glaneur
    Io,                // a file could not be read or written
    NeedsConfirmation, // allowed, but only once the person confirmed the warning in the message
};

// A translated message, safe to show to a user as it is.
struct Error
{
    ErrorCode code;
    QString message;
};

// "No value, may fail": the value type of Result<Ok>.
struct Ok
{
};

// Every fallible core call returns a Result; core never throws.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    explicit operator bool() const { return std::holds_alternative<T>(m_state); }
    const T& value() const& { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const T* operator->() const { return &std::get<T>(m_state); }
    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

} // namespace glaneur
