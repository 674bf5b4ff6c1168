// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/NutrientAmounts.h"

#include <QString>

namespace glaneur {

// How numbers are written: English with a decimal point, French with a decimal comma. The
// bilingual table uses English figures by default (nutrition-facts-canada.md §6, [DECISION]).
enum class NumberFormat { English, French };

// A nutrient amount as printed in the Nutrition Facts table, after Health Canada's rounding, in
// the exact base units of NutrientAmounts.h (millikilocalories or micrograms).
struct DeclaredAmount
{
    Nutrient nutrient = Nutrient::Energy;
    qint64 baseUnits = 0;

    bool isZero() const { return baseUnits == 0; }
    // The number without trailing zeros: "0.5", "1.25", "120"; "0,5" in French.
    QString number(NumberFormat format) const;
    // The number and its unit as printed: "0.5 g", "120 mg", and "50" for Calories (no unit).
    QString text(NumberFormat format) const;
};

} // namespace glaneur
