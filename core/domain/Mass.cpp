// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Mass.h"

#include "core/common/FixedPoint.h"

namespace glaneur {

std::optional<Mass> Mass::parseKilograms(const QString& text)
{
    const auto grams = parseFixed(text, 3);
    if (!grams)
        return std::nullopt;
    return Mass(*grams);
}

QString Mass::kilogramsText() const
{
    return formatFixed(m_grams, 3);
}

QString Mass::kilogramsText(const QLocale& locale) const
{
    return kilogramsText().replace(QLatin1Char('.'), locale.decimalPoint()) + QStringLiteral(" kg");
}

} // namespace glaneur
