// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/domain/NutrientAmounts.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <array>
#include <optional>

namespace glaneur {

// The Nutrition Facts table as printed (bilingual standard format, nutrition-facts-canada.md §3.1):
// every figure already rounded and written, so a reprint never computes again.
struct NutritionPanel
{
    QString servingFr; // « pour 2/3 tasse (85 g) »
    QString servingEn; // "Per 2/3 cup (85 g)"
    // Per nutrient (Nutrient order): "0.5 g", "120 mg"; Calories without unit ("50").
    std::array<QString, NutrientCount> amounts{};
    // "%DV" per nutrient ("7 %"), empty where the table shows none. Saturated holds the one
    // value of « saturés + trans ».
    std::array<QString, NutrientCount> percents{};

    QString amount(Nutrient nutrient) const { return amounts[std::size_t(nutrient)]; }
    QString percent(Nutrient nutrient) const { return percents[std::size_t(nutrient)]; }
};

// Everything a finished lot's product label says (design.md §5, regulatory-requirements.md §C1),
// composed once and frozen at the first print: a reprint shows exactly this, whatever changed
// since in the catalogue, the recipe or the nutrient data (TR-03). Painters (PDF, PNG, printer,
// ZPL) only lay it out.
struct ProductLabelContent
{
    static constexpr int CurrentFormat = 1;

    int format = CurrentFormat;
    QString lotCode;     // « Lot P-261122-HS-02 »
    QString productCode; // not printed; for the record
    QString nameFr;      // common name, French first (LB-01)
    QString nameEn;
    int packGrams = 0;
    QString netQuantity;           // "500 g", "1,5 kg" (LB-06)
    bool keepFrozen = false;       // « Garder congelé / Keep Frozen » (LB-03)
    bool cookBeforeEating = false; // « Cuire avant de consommer / Cook before eating » (LB-09)
    // Empty for a single-ingredient product (C1 item 6). Names in descending order of weight.
    QStringList ingredientsFr;
    QStringList ingredientsEn;
    QString containsFr; // « Contient : Lait »; empty when nothing to declare (LB-05)
    QString containsEn;
    std::optional<NutritionPanel> nutrition; // nullopt when an exemption is recorded (LB-08)
    QString exemptionReason;                 // recorded, not printed
    // Front-of-package « Élevé en / High in » symbol (nutrition-facts-canada.md §8): the codes
    // of the nutrients it shows, in its order ("saturated", "sugars", "sodium"); empty: no
    // symbol. Snapshots frozen before it existed read as empty.
    QStringList highIn;
    QDate packedOn;
    QDate bestBefore;
    QString bestBeforeText; // "27 JN 15" (LB-04), printed after BestBeforeDate::words()
    QString businessName;   // the kitchen (TR-07, SFCR 218(1)(b))
    QStringList businessAddress;
    QString originFr; // « Produit du Québec » only when true (LB-10); may be empty
    QString originEn;
    QString qrPayload; // plain URL or GS1 Digital Link (design.md §4)
    bool gs1 = false;
    QString gtin;       // GS1 mode only
    QDateTime frozenAt; // UTC of the first print; invalid for a preview
    QString frozenBy;

    // « Ingrédients : carottes, eau, oignons » / "Ingredients: carrots, water, onions"; empty
    // when there is no list.
    QString ingredientListFr() const;
    QString ingredientListEn() const;

    QJsonObject toJson() const;
    static Result<ProductLabelContent> fromJson(const QJsonObject& json);
};

} // namespace glaneur
