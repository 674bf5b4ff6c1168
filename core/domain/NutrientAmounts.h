// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <array>
#include <optional>

namespace glaneur {

// The nutrients of the standard Canadian Nutrition Facts table, in the table's order
// (nutrition-facts-canada.md §3).
enum class Nutrient {
    Energy,
    Fat,
    Saturated,
    Trans,
    Carbohydrate,
    Fibre,
    Sugars,
    Protein,
    Cholesterol,
    Sodium,
    Potassium,
    Calcium,
    Iron,
};
constexpr int NutrientCount = 13;

// Stable codes of the nutrients (JSON snapshots, the CLI, the database): "energy", "fat",
// "saturated", "trans", "carbohydrate", "fibre", "sugars", "protein", "cholesterol", "sodium",
// "potassium", "calcium", "iron".
inline const char* nutrientCode(Nutrient nutrient)
{
    static const char* const codes[NutrientCount] = {"energy",    "fat",     "saturated", "trans",       "carbohydrate",
                                                     "fibre",     "sugars",  "protein",   "cholesterol", "sodium",
                                                     "potassium", "calcium", "iron"};
    return codes[int(nutrient)];
}

inline std::optional<Nutrient> nutrientFromCode(const QString& code)
{
    for (int n = 0; n < NutrientCount; ++n) {
        if (code == QLatin1String(nutrientCode(Nutrient(n))))
            return Nutrient(n);
    }
    return std::nullopt;
}

// Exact base units, chosen so that every Canadian Nutrient File value (at most 3 decimals in mg,
// 5 in g, whole kcal) is an integer: energy in millikilocalories (kcal × 1000), every other
// nutrient in micrograms (g × 10^6, mg × 10^3).
constexpr qint64 baseUnitsPerDisplayUnit(Nutrient nutrient)
{
    switch (nutrient) {
    case Nutrient::Energy:
        return 1000; // Calories
    case Nutrient::Fat:
    case Nutrient::Saturated:
    case Nutrient::Trans:
    case Nutrient::Carbohydrate:
    case Nutrient::Fibre:
    case Nutrient::Sugars:
    case Nutrient::Protein:
        return 1000000; // grams
    case Nutrient::Cholesterol:
    case Nutrient::Sodium:
    case Nutrient::Potassium:
    case Nutrient::Calcium:
    case Nutrient::Iron:
        return 1000; // milligrams
    }
    return 1;
}

// Nutrient values of a food per 100 g edible portion, in the exact base units above. A value
// may be unknown (an empty Canadian Nutrient File cell), which is not the same as zero.
class NutrientAmounts
{
public:
    std::optional<qint64> value(Nutrient nutrient) const { return m_values[index(nutrient)]; }
    bool isKnown(Nutrient nutrient) const { return m_values[index(nutrient)].has_value(); }
    void setValue(Nutrient nutrient, qint64 baseUnits) { m_values[index(nutrient)] = baseUnits; }
    void setUnknown(Nutrient nutrient) { m_values[index(nutrient)].reset(); }

private:
    static std::size_t index(Nutrient nutrient) { return std::size_t(nutrient); }
    std::array<std::optional<qint64>, NutrientCount> m_values{};
};

} // namespace glaneur
