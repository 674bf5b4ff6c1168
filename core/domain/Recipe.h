// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Id.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace glaneur {

// One ingredient of a finished product, by share of weight in hundredths of a percent
// (5500 = 55 %), so that shares add up exactly to 10000.
struct RecipeIngredient
{
    ProductId productId;
    QString productCode;
    QString nameFr;
    QString nameEn;
    int shareBasisPoints = 0;
};

// A finished product's composition. Versions are append-only: a change is a new version, and a
// batch keeps the version it used, so what was made stays known (TR-03, frozen snapshots).
struct Recipe
{
    static constexpr int WholeBasisPoints = 10000;

    RecipeVersionId id;
    ProductId productId;
    int version = 0;
    std::vector<RecipeIngredient> ingredients; // largest share first, as on a label
    QDateTime createdAt;
    QString createdBy;

    bool containsProduct(ProductId product) const
    {
        for (const auto& ingredient : ingredients) {
            if (ingredient.productId == product)
                return true;
        }
        return false;
    }
};

} // namespace glaneur
