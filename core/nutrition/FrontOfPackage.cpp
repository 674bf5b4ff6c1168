// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/nutrition/FrontOfPackage.h"

#include <algorithm>

namespace glaneur {

qint64 FrontOfPackage::thresholdBaseUnits(Nutrient nutrient, int referenceAmountGrams)
{
    // 15 % (RA > 30 g) or 10 % (RA ≤ 30 g) of the daily values: saturated + trans 20 g,
    // sugars 100 g, sodium 2300 mg; compared with the saturated fat alone (§8.1).
    const bool small = referenceAmountGrams <= 30;
    switch (nutrient) {
    case Nutrient::Saturated:
        return small ? 2000000 : 3000000;
    case Nutrient::Sugars:
        return small ? 10000000 : 15000000;
    case Nutrient::Sodium:
        return small ? 230000 : 345000;
    default:
        return 0;
    }
}

bool FrontOfPackage::isExempt(Composition composition, bool nutritionFactsExempt)
{
    return nutritionFactsExempt || composition == Composition::SingleIngredient;
}

std::vector<Nutrient> FrontOfPackage::highIn(const PortionAmounts& perServing, const PortionAmounts& perReferenceAmount,
                                             int referenceAmountGrams)
{
    std::vector<Nutrient> high;
    for (const Nutrient nutrient : Nutrients) {
        const auto serving = perServing.amount(nutrient);
        const auto reference = perReferenceAmount.amount(nutrient);
        if (!serving || !reference)
            continue;
        const qint64 greater = std::max(serving->scaled(), reference->scaled());
        if (greater >= thresholdBaseUnits(nutrient, referenceAmountGrams) * UnroundedAmount::Scale)
            high.push_back(nutrient);
    }
    return high;
}

QStringList FrontOfPackage::codes(const std::vector<Nutrient>& nutrients)
{
    QStringList list;
    for (const Nutrient nutrient : Nutrients) {
        if (std::find(nutrients.begin(), nutrients.end(), nutrient) != nutrients.end())
            list << QLatin1String(nutrientCode(nutrient));
    }
    return list;
}

std::vector<Nutrient> FrontOfPackage::fromCodes(const QStringList& codes)
{
    std::vector<Nutrient> nutrients;
    for (const Nutrient nutrient : Nutrients) {
        if (codes.contains(QLatin1String(nutrientCode(nutrient))))
            nutrients.push_back(nutrient);
    }
    return nutrients;
}

QString FrontOfPackage::frenchWords(Nutrient nutrient)
{
    switch (nutrient) {
    case Nutrient::Saturated:
        return QStringLiteral("Gras sat.");
    case Nutrient::Sugars:
        return QStringLiteral("Sucres");
    case Nutrient::Sodium:
        return QStringLiteral("Sodium");
    default:
        return {};
    }
}

QString FrontOfPackage::englishWords(Nutrient nutrient)
{
    switch (nutrient) {
    case Nutrient::Saturated:
        return QStringLiteral("Sat fat");
    case Nutrient::Sugars:
        return QStringLiteral("Sugars");
    case Nutrient::Sodium:
        return QStringLiteral("Sodium");
    default:
        return {};
    }
}

} // namespace glaneur
