// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/domain/Recipe.h"

#include <QSqlDatabase>

#include <optional>

namespace glaneur {

// SQL of the versioned compositions of finished products (append-only).
class RecipeRepository
{
public:
    explicit RecipeRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Stores the next version of the product's recipe; sets its id and version.
    Result<Ok> insert(Recipe& recipe);
    // The latest version, or nullopt when the product has none.
    Result<std::optional<Recipe>> current(ProductId product) const;
    Result<Recipe> byId(RecipeVersionId id) const;

private:
    Result<Ok> loadIngredients(Recipe& recipe) const;
    QSqlDatabase m_db;
};

} // namespace glaneur
