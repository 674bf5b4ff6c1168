// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/domain/NutrientAmounts.h"
#include "core/nutrition/UnroundedAmount.h"

#include <array>
#include <optional>
#include <vector>

namespace glaneur {

// One ingredient of a finished product: its share of the product's weight in basis points
// (1/10000) and its nutrient values per 100 g.
struct CompositionPart
{
    int basisPoints = 0;
    NutrientAmounts per100g;
};

// Unrounded amounts of every nutrient in one portion; nullopt where an ingredient's value is
// unknown (nutrition-facts-canada.md §5: unknown is never taken as zero).
struct PortionAmounts
{
    std::array<std::optional<UnroundedAmount>, NutrientCount> amounts{};

    std::optional<UnroundedAmount> amount(Nutrient nutrient) const { return amounts[std::size_t(nutrient)]; }
};

// Amounts in a portion of `portionDecigrams` tenths of a gram (a serving, or the reference amount)
// of a product made of `parts` (§5): Σ share × value per 100 g × portion / 100 g, computed exactly
// with no intermediate rounding. The shares must sum to exactly 10000; a portion is more than 0
// and at most 100 kg; values per 100 g are between 0 and 100 g (energy: 1000 kcal).
// Returns Validation errors otherwise.
Result<PortionAmounts> portionAmounts(const std::vector<CompositionPart>& parts, qint64 portionDecigrams);

// The same for a cooked product whose finished weight is `cookedYieldBasisPoints` / 10000 of
// its ingredients' weight (§5.3: cooking changes concentrations, not totals): the amounts of a
// portion of the finished product are those of portion ÷ yield of the ingredients. The one
// division is rounded half up at the 10^-7 scale of UnroundedAmount. Yield: 10 % to 1000 %.
Result<PortionAmounts> portionAmounts(const std::vector<CompositionPart>& parts, qint64 portionDecigrams,
                                      int cookedYieldBasisPoints);

} // namespace glaneur
