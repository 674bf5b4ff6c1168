// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace glaneur {

// An exact, not yet rounded nutrient amount, in 10^-7 of the nutrient's base unit (see
// NutrientAmounts.h). The fine scale is what the per-serving computation needs to stay exact:
// basis points (10^-4) × per 100 g (10^-2) × serving in tenths of a gram (10^-1). Rounding to
// the declared value happens only in NutritionRounding (nutrition-facts-canada.md §5.7).
class UnroundedAmount
{
public:
    static constexpr qint64 Scale = 10000000;

    static constexpr UnroundedAmount fromBaseUnits(qint64 baseUnits) { return UnroundedAmount(baseUnits * Scale); }
    static constexpr UnroundedAmount fromScaled(qint64 scaled) { return UnroundedAmount(scaled); }

    constexpr qint64 scaled() const { return m_scaled; }

    friend constexpr bool operator==(UnroundedAmount a, UnroundedAmount b) { return a.m_scaled == b.m_scaled; }
    friend constexpr bool operator!=(UnroundedAmount a, UnroundedAmount b) { return a.m_scaled != b.m_scaled; }
    friend constexpr UnroundedAmount operator+(UnroundedAmount a, UnroundedAmount b)
    {
        return UnroundedAmount(a.m_scaled + b.m_scaled);
    }

private:
    constexpr explicit UnroundedAmount(qint64 scaled) : m_scaled(scaled) {}
    qint64 m_scaled = 0;
};

} // namespace glaneur
