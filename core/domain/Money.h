// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace glaneur {

// An exact amount of money in integer cents (Canadian dollars).
class Money
{
public:
    Money() = default;
    static Money fromCents(qint64 cents) { return Money(cents); }
    // "12.50" or "12,50" dollars; at most two decimals.
    static std::optional<Money> parseDollars(const QString& text);

    qint64 cents() const { return m_cents; }
    QString dollarsText() const; // "12.50"

private:
    explicit Money(qint64 cents) : m_cents(cents) {}
    qint64 m_cents = 0;
};

} // namespace glaneur
