// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Id.h"
#include "core/domain/Vocabulary.h"

#include <optional>

namespace glaneur {

// A catalogue entry: raw produce that is received, or a finished product that is packed.
struct Product
{
    ProductId id;
    QString code; // uppercase letters, digits and '-', e.g. "CAROTTE"
    QString nameFr;
    QString nameEn;
    ProductKind kind = ProductKind::Raw;
    StorageMode storage = StorageMode::Refrigerated;
    std::optional<int> shelfLifeDays;
    std::optional<int> packGrams;
    std::optional<int> cnfFoodId; // Canadian Nutrient File FoodID
    bool active = true;
};

} // namespace glaneur
