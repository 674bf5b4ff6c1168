// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Id.h"
#include "core/domain/NutrientAmounts.h"
#include "core/domain/Vocabulary.h"

#include <QString>

#include <optional>
#include <vector>

namespace glaneur {

// A priority allergen, gluten source or sulphites in a product. Tree nuts, fish, crustaceans and
// molluscs are named by their species on a label (« Noix de Grenoble », « Saumon »), so those
// need the specific name in both languages.
struct ProductAllergen
{
    QString code; // AllergenStatement::allCodes()
    QString specificNameFr;
    QString specificNameEn;
};

// What the label of a product needs beyond the catalogue entry (regulatory-requirements.md §C1,
// nutrition-facts-canada.md §4). Current state; every change is audited, and a printed lot keeps
// the label it was first printed with (ProductLabelContent).
struct ProductLabelling
{
    ProductId productId;
    // FS-05: low-acid (pH > 4.6, aw > 0.85). A frozen low-acid vacuum pack gets « Garder congelé ».
    bool lowAcid = true;
    // LB-09: blanched vegetables that are not ready to eat.
    bool cookBeforeEating = false;
    // Reference amount (table of reference amounts), grams; e.g. 85 g for vegetables.
    std::optional<int> referenceAmountGrams;
    // Serving size in tenths of a gram (850 = 85 g), and its household measure in both languages
    // (« 2/3 tasse » / "2/3 cup"), measured on the product as sold.
    std::optional<int> servingDecigrams;
    QString servingMeasureFr;
    QString servingMeasureEn;
    // Weight of the finished product ÷ weight of its ingredients, in basis points: a soup that
    // loses 20 % of its water while cooking has 8000. Concentrates the nutrients (§5.3).
    int cookedYieldBasisPoints = 10000;
    std::optional<NutritionExemption> exemption;
    QString exemptionReason;
    // Nutrients the kitchen confirmed as 0 where the Canadian Nutrient File has no value (§5:
    // "allow the user to confirm 0 for plant foods explicitly"); typically trans fat.
    std::vector<Nutrient> unknownAsZero;
    // A GTIN allocated by GS1 Canada (digits), for GS1-mode QR codes; never invented (ID-02).
    QString gtin;
    std::vector<ProductAllergen> allergens;

    bool confirmsZero(Nutrient nutrient) const
    {
        for (Nutrient n : unknownAsZero) {
            if (n == nutrient)
                return true;
        }
        return false;
    }
};

} // namespace glaneur
