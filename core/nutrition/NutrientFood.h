// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/NutrientAmounts.h"

#include <QString>

namespace glaneur {

// One food of the Canadian Nutrient File: its CNF food number, its English and official French
// names, and its nutrient values per 100 g edible portion (unknown where the CNF has none).
struct NutrientFood
{
    int foodId = 0;
    QString nameEn;
    QString nameFr;
    NutrientAmounts per100g;
};

} // namespace glaneur
