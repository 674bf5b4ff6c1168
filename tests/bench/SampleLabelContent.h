// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/ProductLabelContent.h"

namespace glaneur::bench {

// A full product label (name, Nutrition Facts table, ingredients, allergens, QR): what the label
// benchmarks render, whatever the database holds.
inline ProductLabelContent butternutSoupLabel()
{
    ProductLabelContent c;
    c.lotCode = QStringLiteral("P-261122-HS-02");
    c.productCode = QStringLiteral("SOUPE-COURGE");
    c.nameFr = QStringLiteral("Soupe de courge musquée");
    c.nameEn = QStringLiteral("Butternut squash soup");
    c.packGrams = 500;
    c.netQuantity = QStringLiteral("500 g");
    c.keepFrozen = true;
    c.cookBeforeEating = true;
    c.ingredientsFr = {QStringLiteral("eau"),  QStringLiteral("courge musquée"),  QStringLiteral("oignons"),
                       QStringLiteral("lait"), QStringLiteral("huile de canola"), QStringLiteral("sel")};
    c.ingredientsEn = {QStringLiteral("water"), QStringLiteral("butternut squash"), QStringLiteral("onions"),
                       QStringLiteral("milk"),  QStringLiteral("canola oil"),       QStringLiteral("salt")};
    c.containsFr = QStringLiteral("Contient\u00A0: Lait");
    c.containsEn = QStringLiteral("Contains: Milk");
    NutritionPanel panel;
    panel.servingFr = QStringLiteral("pour 1 tasse (250 mL)");
    panel.servingEn = QStringLiteral("Per 1 cup (250 mL)");
    const char* amounts[] = {"110", "3 g",  "1.5 g",  "0 g",    "18 g",  "3 g", "6 g",
                             "3 g", "5 mg", "480 mg", "520 mg", "80 mg", "1 mg"};
    const char* percents[] = {"", "4 %", "8 %", "", "", "11 %", "6 %", "", "", "21 %", "11 %", "6 %", "6 %"};
    for (int n = 0; n < NutrientCount; ++n) {
        panel.amounts[std::size_t(n)] = QString::fromUtf8(amounts[n]);
        panel.percents[std::size_t(n)] = QString::fromUtf8(percents[n]);
    }
    c.nutrition = panel;
    c.packedOn = QDate(2026, 11, 22);
    c.bestBefore = QDate(2027, 11, 15);
    c.bestBeforeText = QStringLiteral("27 NO 15");
    c.businessName = QStringLiteral("Cuisines solidaires du Suroît");
    c.businessAddress = {QStringLiteral("123, rue Victoria"),
                         QStringLiteral("Salaberry-de-Valleyfield (Québec) J6T 1A1")};
    c.originFr = QStringLiteral("Produit du Québec");
    c.originEn = QStringLiteral("Product of Quebec");
    c.qrPayload = QStringLiteral("https://id.gs1.org/01/00012345600012/10/P-261122-HS-02?15=271115&3103=000500");
    c.gs1 = true;
    return c;
}

} // namespace glaneur::bench
