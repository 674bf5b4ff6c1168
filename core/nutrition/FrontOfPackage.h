// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/NutrientAmounts.h"
#include "core/nutrition/NutritionComposition.h"

#include <QStringList>

#include <array>
#include <vector>

namespace glaneur {

// The front-of-package « Élevé en / High in » nutrition symbol, mandatory since 1 January 2026
// (FDR B.01.350–B.01.358, Schedule K.1; nutrition-facts-canada.md §8): which of saturated fat,
// sugars and sodium a product is high in. Decides only; the painters draw the symbol.
class FrontOfPackage
{
public:
    // The nutrients of the symbol, in the order of its bars (B.01.352).
    static constexpr std::array<Nutrient, 3> Nutrients = {Nutrient::Saturated, Nutrient::Sugars, Nutrient::Sodium};

    // What composes a product, as far as the exemptions are concerned.
    enum class Composition {
        SingleIngredient, // its own CNF food, or a recipe of one ingredient
        MultiIngredient,
    };

    // The threshold of B.01.350(1)–(4) in exact base units (micrograms): 15 % of the daily
    // value for a reference amount above 30 g (3 g, 15 g, 345 mg), 10 % at 30 g or less (2 g,
    // 10 g, 230 mg). Main dishes (30 %) are out of scope here: soups use the general column.
    static qint64 thresholdBaseUnits(Nutrient nutrient, int referenceAmountGrams);

    // Whether the product is exempt from the symbol for all three nutrients.
    //
    // Decision for community kitchens (nutrition-facts-canada.md §8.2):
    // - a product exempt from the Nutrition Facts table is exempt from the symbol (B.01.350(5)
    //   for ingredient-only and institution-only products, B.01.350(13) for the others);
    // - a single-ingredient product — plain fruit or vegetable, whole, cut, blanched or frozen —
    //   is exempt for the three nutrients, none of which was added to it (B.01.350(6)–(8));
    // - a product of several ingredients is checked against the thresholds. B.01.350(6)–(8)
    //   would still exempt, nutrient by nutrient, a purée of vegetables and canola oil to which
    //   nothing was added; telling that apart needs flags per ingredient that the catalogue does
    //   not record, so the thresholds decide: such products rarely reach them, and printing the
    //   symbol on a product high in a nutrient is never misleading.
    static bool isExempt(Composition composition, bool nutritionFactsExempt);

    // The nutrients whose UNROUNDED amount per serving or per reference amount, whichever is
    // greater, meets or exceeds the threshold, in the symbol's order. An unknown amount (never
    // the case once the Nutrition Facts table is composed) triggers nothing.
    static std::vector<Nutrient> highIn(const PortionAmounts& perServing, const PortionAmounts& perReferenceAmount,
                                        int referenceAmountGrams);

    // Nutrient codes ("saturated", "sugars", "sodium") of the label content, and back.
    static QStringList codes(const std::vector<Nutrient>& nutrients);
    static std::vector<Nutrient> fromCodes(const QStringList& codes);

    // The regulated words of a bar (Schedule K.1): « Gras sat. » / "Sat fat", « Sucres » /
    // "Sugars", « Sodium » / "Sodium".
    static QString frenchWords(Nutrient nutrient);
    static QString englishWords(Nutrient nutrient);
};

} // namespace glaneur
