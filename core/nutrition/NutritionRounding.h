// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/nutrition/DeclaredAmount.h"
#include "core/nutrition/NutritionComposition.h"
#include "core/nutrition/UnroundedAmount.h"

#include <array>
#include <optional>

namespace glaneur {

// Health Canada's rounding of the Nutrition Facts table (FDR table to B.01.401, column 4), as
// specified in nutrition-facts-canada.md §6 and §7. Pure functions; ties round half up (§6).

// The metric serving size as declared (§4, §6): less than 10 g or mL → nearest 0.1, otherwise nearest
// 1, ties up. In and out in thousandths of the unit (mg or µL); servingSizeText gives "85" or "8.5"
// ("8,5" in French), without the unit, which the caller knows (g or mL).
qint64 roundServingSize(qint64 thousandths);
QString servingSizeText(qint64 thousandths, NumberFormat format);

// The "free of" conditions of §6.1, each evaluated on unrounded amounts.
struct FreeOf
{
    bool energy = false;
    bool fat = false;
    bool saturated = false;
    bool trans = false;
    bool cholesterol = false;
    bool sodium = false;
};

// The conditions met by one portion; a condition that needs an unknown amount is not met.
FreeOf freeOfInPortion(const PortionAmounts& portion);
// The conditions met both per serving and per reference amount, as §6.1 requires.
FreeOf freeOf(const PortionAmounts& perServing, const PortionAmounts& perReferenceAmount);

// The declared (printed) amount of `nutrient` for an unrounded, non-negative amount per serving.
// `zeroAllowed` is the condition that lets a small amount be declared "0": for energy, saturated,
// trans, cholesterol and sodium, the matching FreeOf flag; for fat, free of fat AND saturated and
// trans both declared 0. Ignored for the other nutrients, whose rules have no condition.
DeclaredAmount declareAmount(Nutrient nutrient, UnroundedAmount perServing, bool zeroAllowed);

// The Daily Value (§7.1) in base units; for Nutrient::Saturated, the DV of saturated + trans.
// nullopt for energy, trans, carbohydrate and protein, which have no %DV.
std::optional<qint64> dailyValue(Nutrient nutrient);

// amount ÷ dailyValue × 100, rounded to the nearest 1 % (half up).
int percentOfDailyValue(UnroundedAmount amount, qint64 dailyValueBaseUnits);

// "7 %" (as in the bilingual figure of the Directory of NFt Formats, with a space in both languages).
QString percentText(int percent, NumberFormat format);

// Which amount the %DV of fat, saturated + trans, fibre, sugars (and cholesterol) is computed from
// (§7.2 [DECISION]); sodium, potassium, calcium and iron always use the declared amount.
enum class DailyValueBasis { Unrounded, Declared };

struct NutritionOptions
{
    DailyValueBasis macronutrientBasis = DailyValueBasis::Unrounded;
    bool cholesterolPercent = false; // optional in the FDR, not shown by default (§3)
};

// A complete, rounded Nutrition Facts table per serving.
struct NutritionFacts
{
    std::array<DeclaredAmount, NutrientCount> declared{};
    // %DV per nutrient; Saturated holds the one value of "Saturated + Trans". nullopt when not shown.
    std::array<std::optional<int>, NutrientCount> percent{};
    FreeOf freeOf;

    DeclaredAmount amount(Nutrient nutrient) const { return declared[std::size_t(nutrient)]; }
    std::optional<int> percentDailyValue(Nutrient nutrient) const { return percent[std::size_t(nutrient)]; }
};

// Evaluates §6.1, rounds every nutrient (saturated and trans before fat) and computes the %DV.
// A Validation error when any amount is unknown: the person must confirm a value first (§5).
Result<NutritionFacts> nutritionFacts(const PortionAmounts& perServing, const PortionAmounts& perReferenceAmount,
                                      const NutritionOptions& options = {});

} // namespace glaneur
