// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/RecipeRepository.h"

#include "core/storage/SqlSupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace glaneur {

Result<Ok> RecipeRepository::insert(Recipe& recipe)
{
    QSqlQuery next(m_db);
    next.prepare(QStringLiteral("SELECT COALESCE(MAX(version), 0) + 1 FROM recipe_version WHERE product_id = :p"));
    next.bindValue(QStringLiteral(":p"), recipe.productId.value);
    if (!next.exec() || !next.next())
        return storageError(next, "next recipe version");
    recipe.version = next.value(0).toInt();

    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO recipe_version (product_id, version, created_at, created_by)"
                             " VALUES (:product, :version, :at, :by)"));
    q.bindValue(QStringLiteral(":product"), recipe.productId.value);
    q.bindValue(QStringLiteral(":version"), recipe.version);
    q.bindValue(QStringLiteral(":at"), utcText(recipe.createdAt));
    q.bindValue(QStringLiteral(":by"), textValue(recipe.createdBy));
    if (!q.exec())
        return storageError(q, "insert recipe version");
    recipe.id = RecipeVersionId{q.lastInsertId().toLongLong()};

    QSqlQuery line(m_db);
    line.prepare(QStringLiteral("INSERT INTO recipe_ingredient (recipe_version_id, position, product_id, share_bp)"
                                " VALUES (:recipe, :position, :product, :share)"));
    int position = 0;
    for (const auto& ingredient : recipe.ingredients) {
        line.bindValue(QStringLiteral(":recipe"), recipe.id.value);
        line.bindValue(QStringLiteral(":position"), ++position);
        line.bindValue(QStringLiteral(":product"), ingredient.productId.value);
        line.bindValue(QStringLiteral(":share"), ingredient.shareBasisPoints);
        if (!line.exec())
            return storageError(line, "insert recipe ingredient");
    }
    return Ok{};
}

Result<Ok> RecipeRepository::loadIngredients(Recipe& recipe) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT i.product_id, p.code, p.name_fr, p.name_en, i.share_bp"
                             " FROM recipe_ingredient i JOIN product p ON p.product_id = i.product_id"
                             " WHERE i.recipe_version_id = :recipe ORDER BY i.position"));
    q.bindValue(QStringLiteral(":recipe"), recipe.id.value);
    if (!q.exec())
        return storageError(q, "select recipe ingredients");
    while (q.next())
        recipe.ingredients.push_back(RecipeIngredient{ProductId{q.value(0).toLongLong()}, q.value(1).toString(),
                                                      q.value(2).toString(), q.value(3).toString(),
                                                      q.value(4).toInt()});
    return Ok{};
}

Result<std::optional<Recipe>> RecipeRepository::current(ProductId product) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT recipe_version_id FROM recipe_version WHERE product_id = :p"
                             " ORDER BY version DESC LIMIT 1"));
    q.bindValue(QStringLiteral(":p"), product.value);
    if (!q.exec())
        return storageError(q, "select current recipe");
    if (!q.next())
        return std::optional<Recipe>();
    auto recipe = byId(RecipeVersionId{q.value(0).toLongLong()});
    if (!recipe)
        return recipe.error();
    return std::optional<Recipe>(std::move(recipe.value()));
}

Result<Recipe> RecipeRepository::byId(RecipeVersionId id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT product_id, version, created_at, created_by FROM recipe_version"
                             " WHERE recipe_version_id = :id"));
    q.bindValue(QStringLiteral(":id"), id.value);
    if (!q.exec())
        return storageError(q, "select recipe");
    if (!q.next())
        return Error{ErrorCode::NotFound, QCoreApplication::translate("glaneur::RecipeRepository", "Unknown recipe.")};
    Recipe recipe;
    recipe.id = id;
    recipe.productId = ProductId{q.value(0).toLongLong()};
    recipe.version = q.value(1).toInt();
    recipe.createdAt = utcFromText(q.value(2));
    recipe.createdBy = q.value(3).toString();
    if (auto r = loadIngredients(recipe); !r)
        return r.error();
    return recipe;
}

} // namespace glaneur
