// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/FixedPoint.h"

#include <limits>

namespace glaneur {

std::optional<qint64> parseFixed(const QString& text, int decimals)
{
    QString s = text.trimmed();
    s.remove(QLatin1Char(' '));
    s.remove(QChar(0x00A0)); // no-break space, as QLocale("fr") groups thousands
    s.remove(QChar(0x202F)); // narrow no-break space
    if (s.isEmpty())
        return std::nullopt;
    bool negative = false;
    if (s.front() == QLatin1Char('-') || s.front() == QChar(0x2212)) {
        negative = true;
        s.remove(0, 1);
    } else if (s.front() == QLatin1Char('+')) {
        s.remove(0, 1);
    }
    qint64 whole = 0;
    qint64 fraction = 0;
    int fractionDigits = 0;
    bool seenMark = false;
    bool seenDigit = false;
    constexpr qint64 limit = std::numeric_limits<qint64>::max() / 100;
    for (const QChar c : s) {
        if (c == QLatin1Char('.') || c == QLatin1Char(',')) {
            if (seenMark)
                return std::nullopt;
            seenMark = true;
            continue;
        }
        if (!c.isDigit() || c.unicode() > 0x7F)
            return std::nullopt;
        seenDigit = true;
        const int digit = c.unicode() - '0';
        if (seenMark) {
            if (++fractionDigits > decimals)
                return std::nullopt;
            fraction = fraction * 10 + digit;
        } else {
            if (whole > limit)
                return std::nullopt;
            whole = whole * 10 + digit;
        }
    }
    if (!seenDigit)
        return std::nullopt;
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i) {
        if (whole > limit)
            return std::nullopt;
        scale *= 10;
        whole *= 10;
    }
    for (int i = fractionDigits; i < decimals; ++i)
        fraction *= 10;
    const qint64 value = whole + fraction;
    return negative ? -value : value;
}

QString formatFixed(qint64 units, int decimals)
{
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const bool negative = units < 0;
    const quint64 magnitude = negative ? quint64(-(units + 1)) + 1 : quint64(units);
    QString text = QString::number(magnitude / quint64(scale));
    QString fraction = QString::number(magnitude % quint64(scale)).rightJustified(decimals, QLatin1Char('0'));
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (!fraction.isEmpty())
        text += QLatin1Char('.') + fraction;
    return negative ? QLatin1Char('-') + text : text;
}

} // namespace glaneur
