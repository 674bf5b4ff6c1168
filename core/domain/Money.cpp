// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Money.h"

#include "core/common/FixedPoint.h"

namespace glaneur {

std::optional<Money> Money::parseDollars(const QString& text)
{
    const auto cents = parseFixed(text, 2);
    if (!cents)
        return std::nullopt;
    return Money(*cents);
}

QString Money::dollarsText() const
{
    const QString sign = m_cents < 0 ? QStringLiteral("-") : QString();
    const qint64 magnitude = m_cents < 0 ? -m_cents : m_cents;
    return sign + QString::number(magnitude / 100) + QLatin1Char('.') +
           QString::number(magnitude % 100).rightJustified(2, QLatin1Char('0'));
}

} // namespace glaneur
