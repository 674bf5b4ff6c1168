// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/nutrition/NutritionRounding.h"

#include "core/common/FixedPoint.h"

#include <QCoreApplication>

namespace glaneur {

namespace {

__extension__ using Wide = __int128; // %DV multiplies by 200: beyond qint64 for huge portions

constexpr qint64 Calorie = 1000;   // millikilocalories
constexpr qint64 Gram = 1000000;   // micrograms
constexpr qint64 Milligram = 1000; // micrograms
constexpr qint64 Microgram = 1;

bool lessThan(UnroundedAmount amount, qint64 baseUnits)
{
    return amount.scaled() < baseUnits * UnroundedAmount::Scale;
}

bool atMost(UnroundedAmount amount, qint64 baseUnits)
{
    return amount.scaled() <= baseUnits * UnroundedAmount::Scale;
}

// The nearest multiple of `step` base units, ties up: floor(x / step + 1/2) × step.
qint64 nearest(UnroundedAmount amount, qint64 step)
{
    const Wide stepScaled = Wide(step) * UnroundedAmount::Scale;
    const Wide multiples = (2 * Wide(amount.scaled()) + stepScaled) / (2 * stepScaled);
    return qint64(multiples) * step;
}

// Fat, saturated and trans share one ladder (§6): < 0.5 g (0 or 0.1 g), up to 5 g (0.5 g), above (1 g).
qint64 fatLadder(UnroundedAmount amount, bool zeroAllowed)
{
    if (lessThan(amount, Gram / 2))
        return zeroAllowed ? 0 : nearest(amount, Gram / 10);
    if (atMost(amount, 5 * Gram))
        return nearest(amount, Gram / 2);
    return nearest(amount, Gram);
}

// Potassium and calcium (§6): < 5 mg → 0; < 50 mg → 10 mg; < 250 mg → 25 mg; else 50 mg.
qint64 mineralLadder(UnroundedAmount amount)
{
    if (lessThan(amount, 5 * Milligram))
        return 0;
    if (lessThan(amount, 50 * Milligram))
        return nearest(amount, 10 * Milligram);
    if (lessThan(amount, 250 * Milligram))
        return nearest(amount, 25 * Milligram);
    return nearest(amount, 50 * Milligram);
}

qint64 roundedBaseUnits(Nutrient nutrient, UnroundedAmount amount, bool zeroAllowed)
{
    switch (nutrient) {
    case Nutrient::Energy:
        if (lessThan(amount, 5 * Calorie))
            return zeroAllowed ? 0 : nearest(amount, Calorie);
        if (atMost(amount, 50 * Calorie))
            return nearest(amount, 5 * Calorie);
        return nearest(amount, 10 * Calorie);
    case Nutrient::Fat:
    case Nutrient::Saturated:
    case Nutrient::Trans:
        return fatLadder(amount, zeroAllowed);
    case Nutrient::Cholesterol:
        return zeroAllowed ? 0 : nearest(amount, 5 * Milligram);
    case Nutrient::Sodium:
        if (lessThan(amount, 5 * Milligram))
            return zeroAllowed ? 0 : nearest(amount, Milligram);
        if (atMost(amount, 140 * Milligram))
            return nearest(amount, 5 * Milligram);
        return nearest(amount, 10 * Milligram);
    case Nutrient::Carbohydrate:
    case Nutrient::Fibre:
    case Nutrient::Sugars:
        return lessThan(amount, Gram / 2) ? 0 : nearest(amount, Gram);
    case Nutrient::Protein:
        return lessThan(amount, Gram / 2) ? nearest(amount, Gram / 10) : nearest(amount, Gram);
    case Nutrient::Potassium:
    case Nutrient::Calcium:
        return mineralLadder(amount);
    case Nutrient::Iron:
        if (lessThan(amount, 50 * Microgram))
            return 0;
        if (lessThan(amount, 500 * Microgram))
            return nearest(amount, 100 * Microgram);
        if (lessThan(amount, 2500 * Microgram))
            return nearest(amount, 250 * Microgram);
        return nearest(amount, 500 * Microgram);
    }
    return 0;
}

// "Low in saturated fatty acids" (§6.1): saturated + trans ≤ 2 g and at most 15 % of the energy,
// at 9 kcal per gram: 9 × st(µg) / 1000 mkcal ≤ 15/100 × energy(mkcal) ⇔ 3 × st ≤ 50 × energy.
bool lowInSaturated(UnroundedAmount saturatedPlusTrans, UnroundedAmount energy)
{
    return atMost(saturatedPlusTrans, 2 * Gram) && 3 * Wide(saturatedPlusTrans.scaled()) <= 50 * Wide(energy.scaled());
}

} // namespace

qint64 roundServingSize(qint64 thousandths)
{
    const UnroundedAmount size = UnroundedAmount::fromBaseUnits(thousandths);
    return lessThan(size, 10000) ? nearest(size, 100) : nearest(size, 1000);
}

QString servingSizeText(qint64 thousandths, NumberFormat format)
{
    QString text = formatFixed(roundServingSize(thousandths), 3);
    if (format == NumberFormat::French)
        text.replace(QLatin1Char('.'), QLatin1Char(','));
    return text;
}

FreeOf freeOfInPortion(const PortionAmounts& portion)
{
    FreeOf result;
    const auto energy = portion.amount(Nutrient::Energy);
    const auto fat = portion.amount(Nutrient::Fat);
    const auto saturated = portion.amount(Nutrient::Saturated);
    const auto trans = portion.amount(Nutrient::Trans);
    const auto cholesterol = portion.amount(Nutrient::Cholesterol);
    const auto sodium = portion.amount(Nutrient::Sodium);
    result.energy = energy && lessThan(*energy, 5 * Calorie);
    result.fat = fat && lessThan(*fat, Gram / 2);
    result.saturated = saturated && trans && lessThan(*saturated, Gram / 5) && lessThan(*trans, Gram / 5);
    const bool low = saturated && trans && energy && lowInSaturated(*saturated + *trans, *energy);
    result.trans = low && lessThan(*trans, Gram / 5);
    result.cholesterol = low && cholesterol && lessThan(*cholesterol, 2 * Milligram);
    result.sodium = sodium && lessThan(*sodium, 5 * Milligram);
    return result;
}

FreeOf freeOf(const PortionAmounts& perServing, const PortionAmounts& perReferenceAmount)
{
    const FreeOf serving = freeOfInPortion(perServing);
    const FreeOf reference = freeOfInPortion(perReferenceAmount);
    FreeOf both;
    both.energy = serving.energy && reference.energy;
    both.fat = serving.fat && reference.fat;
    both.saturated = serving.saturated && reference.saturated;
    both.trans = serving.trans && reference.trans;
    both.cholesterol = serving.cholesterol && reference.cholesterol;
    both.sodium = serving.sodium && reference.sodium;
    return both;
}

DeclaredAmount declareAmount(Nutrient nutrient, UnroundedAmount perServing, bool zeroAllowed)
{
    return DeclaredAmount{nutrient, roundedBaseUnits(nutrient, perServing, zeroAllowed)};
}

std::optional<qint64> dailyValue(Nutrient nutrient)
{
    switch (nutrient) {
    case Nutrient::Fat:
        return 75 * Gram;
    case Nutrient::Saturated:
        return 20 * Gram; // saturated + trans
    case Nutrient::Fibre:
        return 28 * Gram;
    case Nutrient::Sugars:
        return 100 * Gram;
    case Nutrient::Cholesterol:
        return 300 * Milligram;
    case Nutrient::Sodium:
        return 2300 * Milligram;
    case Nutrient::Potassium:
        return 3400 * Milligram; // the 2022 table, mandatory since 1 Jan 2026 (was 4700 mg)
    case Nutrient::Calcium:
        return 1300 * Milligram;
    case Nutrient::Iron:
        return 18 * Milligram;
    case Nutrient::Energy:
    case Nutrient::Trans:
    case Nutrient::Carbohydrate:
    case Nutrient::Protein:
        return std::nullopt;
    }
    return std::nullopt;
}

int percentOfDailyValue(UnroundedAmount amount, qint64 dailyValueBaseUnits)
{
    // floor(100 × x / dv + 1/2) = floor((200 x + dv) / (2 dv)), everything at the scaled unit.
    const Wide dv = Wide(dailyValueBaseUnits) * UnroundedAmount::Scale;
    return int((200 * Wide(amount.scaled()) + dv) / (2 * dv));
}

QString percentText(int percent, NumberFormat format)
{
    Q_UNUSED(format) // whole numbers: no decimal mark to localise
    return QString::number(percent) + QStringLiteral(" %");
}

Result<NutritionFacts> nutritionFacts(const PortionAmounts& perServing, const PortionAmounts& perReferenceAmount,
                                      const NutritionOptions& options)
{
    for (int n = 0; n < NutrientCount; ++n) {
        if (!perServing.amounts[std::size_t(n)] || !perReferenceAmount.amounts[std::size_t(n)])
            return Error{ErrorCode::Validation,
                         QCoreApplication::translate("glaneur::Nutrition",
                                                     "Some nutrient values are unknown: confirm them (for example "
                                                     "« 0 » for plant foods) before the Nutrition Facts table.")};
    }
    NutritionFacts facts;
    facts.freeOf = freeOf(perServing, perReferenceAmount);
    const auto unrounded = [&](Nutrient nutrient) { return *perServing.amount(nutrient); };
    const auto set = [&](Nutrient nutrient, bool zeroAllowed) {
        facts.declared[std::size_t(nutrient)] = declareAmount(nutrient, unrounded(nutrient), zeroAllowed);
    };

    set(Nutrient::Energy, facts.freeOf.energy);
    set(Nutrient::Saturated, facts.freeOf.saturated);
    set(Nutrient::Trans, facts.freeOf.trans);
    // Fat's zero rule needs saturated and trans declared "0" (§6); no other fatty acid is declared.
    set(Nutrient::Fat,
        facts.freeOf.fat && facts.amount(Nutrient::Saturated).isZero() && facts.amount(Nutrient::Trans).isZero());
    set(Nutrient::Cholesterol, facts.freeOf.cholesterol);
    set(Nutrient::Sodium, facts.freeOf.sodium);
    for (Nutrient nutrient : {Nutrient::Carbohydrate, Nutrient::Fibre, Nutrient::Sugars, Nutrient::Protein,
                              Nutrient::Potassium, Nutrient::Calcium, Nutrient::Iron})
        set(nutrient, false);

    const auto basis = [&](Nutrient nutrient, bool declared) {
        return declared ? UnroundedAmount::fromBaseUnits(facts.amount(nutrient).baseUnits) : unrounded(nutrient);
    };
    const auto percent = [&](Nutrient nutrient, bool declared) {
        // A nutrient declared "0" has a %DV of "0 %" (§7.2).
        facts.percent[std::size_t(nutrient)] =
            facts.amount(nutrient).isZero() ? 0 : percentOfDailyValue(basis(nutrient, declared), *dailyValue(nutrient));
    };
    const bool macroDeclared = options.macronutrientBasis == DailyValueBasis::Declared;
    percent(Nutrient::Fat, macroDeclared);
    percent(Nutrient::Fibre, macroDeclared);
    percent(Nutrient::Sugars, macroDeclared);
    if (options.cholesterolPercent)
        percent(Nutrient::Cholesterol, macroDeclared);
    for (Nutrient mineral : {Nutrient::Sodium, Nutrient::Potassium, Nutrient::Calcium, Nutrient::Iron})
        percent(mineral, true); // FDR B.01.401(1.2); sodium by [DECISION] §7.2

    // One %DV for saturated + trans, from their sum; "0 %" when both are declared "0 g".
    const bool bothZero = facts.amount(Nutrient::Saturated).isZero() && facts.amount(Nutrient::Trans).isZero();
    const UnroundedAmount sum = basis(Nutrient::Saturated, macroDeclared) + basis(Nutrient::Trans, macroDeclared);
    facts.percent[std::size_t(Nutrient::Saturated)] =
        bothZero ? 0 : percentOfDailyValue(sum, *dailyValue(Nutrient::Saturated));
    return facts;
}

} // namespace glaneur
