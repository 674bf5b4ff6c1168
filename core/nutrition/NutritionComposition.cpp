// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/nutrition/NutritionComposition.h"

#include <QCoreApplication>

#include <limits>

namespace glaneur {

namespace {

constexpr qint64 MaxPortionDecigrams = 1000000; // 100 kg

// Physical bounds per 100 g, which also keep Σ bp × value × portion far inside qint64:
// 10^4 × 10^8 × 10^6 = 10^18 < 9.2 × 10^18.
qint64 maxPer100g(Nutrient nutrient)
{
    return nutrient == Nutrient::Energy ? qint64(1000) * 1000 : qint64(100) * 1000000;
}

} // namespace

Result<PortionAmounts> portionAmounts(const std::vector<CompositionPart>& parts, qint64 portionDecigrams)
{
    if (portionDecigrams <= 0 || portionDecigrams > MaxPortionDecigrams)
        return Error{ErrorCode::Validation,
                     QCoreApplication::translate("glaneur::Nutrition",
                                                 "The portion must weigh more than 0 g and at most 100 kg.")};
    qint64 totalShares = 0;
    for (const CompositionPart& part : parts) {
        if (part.basisPoints < 0 || part.basisPoints > 10000)
            return Error{ErrorCode::Validation, QCoreApplication::translate(
                                                    "glaneur::Nutrition", "An ingredient's share must be 0 to 100 %.")};
        totalShares += part.basisPoints;
    }
    if (totalShares != 10000)
        return Error{ErrorCode::Validation, QCoreApplication::translate(
                                                "glaneur::Nutrition", "The ingredients' shares must add up to 100 %.")};

    PortionAmounts result;
    for (int n = 0; n < NutrientCount; ++n) {
        const auto nutrient = Nutrient(n);
        qint64 sum = 0;
        bool known = true;
        for (const CompositionPart& part : parts) {
            const std::optional<qint64> value = part.per100g.value(nutrient);
            if (!value) {
                known = false;
                break;
            }
            if (*value < 0 || *value > maxPer100g(nutrient))
                return Error{
                    ErrorCode::Validation,
                    QCoreApplication::translate("glaneur::Nutrition", "A nutrient value per 100 g is out of range.")};
            // bp/10^4 × value/100 g × portion dg/10 = (bp × value × dg) / 10^7 = the UnroundedAmount scale.
            sum += qint64(part.basisPoints) * *value * portionDecigrams;
        }
        if (known)
            result.amounts[std::size_t(n)] = UnroundedAmount::fromScaled(sum);
    }
    return result;
}

Result<PortionAmounts> portionAmounts(const std::vector<CompositionPart>& parts, qint64 portionDecigrams,
                                      int cookedYieldBasisPoints)
{
    if (cookedYieldBasisPoints < 1000 || cookedYieldBasisPoints > 100000)
        return Error{ErrorCode::Validation,
                     QCoreApplication::translate("glaneur::Nutrition",
                                                 "The cooked yield must be between 10 % and 1000 % of the "
                                                 "ingredients' weight.")};
    auto amounts = portionAmounts(parts, portionDecigrams);
    if (!amounts || cookedYieldBasisPoints == 10000)
        return amounts;
    PortionAmounts result;
    for (int n = 0; n < NutrientCount; ++n) {
        const auto& amount = amounts->amounts[std::size_t(n)];
        if (!amount)
            continue;
        // amount × 10000 ÷ yield without overflowing 64 bits: whole part and remainder apart.
        const qint64 yield = cookedYieldBasisPoints;
        const qint64 whole = amount->scaled() / yield;
        const qint64 remainder = amount->scaled() % yield;
        if (whole > std::numeric_limits<qint64>::max() / 10000 - 10000)
            return Error{ErrorCode::Validation,
                         QCoreApplication::translate("glaneur::Nutrition", "The portion is too large to compute.")};
        const qint64 scaled = whole * 10000 + (2 * remainder * 10000 + yield) / (2 * yield);
        result.amounts[std::size_t(n)] = UnroundedAmount::fromScaled(scaled);
    }
    return result;
}

} // namespace glaneur
