// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/nutrition/DeclaredAmount.h"

#include "core/common/FixedPoint.h"

namespace glaneur {

QString DeclaredAmount::number(NumberFormat format) const
{
    const int decimals = baseUnitsPerDisplayUnit(nutrient) == 1000 ? 3 : 6;
    QString text = formatFixed(baseUnits, decimals);
    if (format == NumberFormat::French)
        text.replace(QLatin1Char('.'), QLatin1Char(','));
    return text;
}

QString DeclaredAmount::text(NumberFormat format) const
{
    switch (nutrient) {
    case Nutrient::Energy:
        return number(format);
    case Nutrient::Cholesterol:
    case Nutrient::Sodium:
    case Nutrient::Potassium:
    case Nutrient::Calcium:
    case Nutrient::Iron:
        return number(format) + QStringLiteral(" mg");
    default:
        return number(format) + QStringLiteral(" g");
    }
}

} // namespace glaneur
