// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/RecipeService.h"

#include "core/common/FixedPoint.h"
#include "core/services/DomainJson.h"
#include "core/services/UnitOfWork.h"
#include "core/storage/ProductRepository.h"
#include "core/storage/RecipeRepository.h"

#include <QLocale>

#include <algorithm>

namespace glaneur {

Result<RecipeService::Line> RecipeService::parseLine(const QString& text)
{
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return Error{ErrorCode::Validation,
                     tr("Write an ingredient as CODE:PERCENT, for example CAROTTE:55 (got « %1 »).").arg(text)};
    QString percent = text.mid(colon + 1).trimmed();
    percent.remove(QLatin1Char('%'));
    const auto share = parseFixed(percent.trimmed(), 2);
    if (!share || *share <= 0 || *share > 10000)
        return Error{ErrorCode::Validation,
                     tr("The share of « %1 » must be a percent above 0 and at most 100, with at most 2 decimals.")
                         .arg(text.left(colon).trimmed())};
    return Line{text.left(colon).trimmed().toUpper(), int(*share)};
}

QString RecipeService::percentText(int basisPoints)
{
    const QLocale locale;
    QString number = locale.toString(basisPoints / 100.0, 'f', basisPoints % 100 == 0 ? 0 : 2);
    if (basisPoints % 10 == 0 && basisPoints % 100 != 0)
        number.chop(1);
    return tr("%1 %").arg(number);
}

Result<Recipe> RecipeService::compose(const Product& product, const std::vector<Line>& lines) const
{
    const QString productCode = product.code.trimmed().toUpper();
    if (product.kind != ProductKind::Finished)
        return Error{ErrorCode::Validation,
                     tr("« %1 » is raw produce: only a finished product has a composition.").arg(productCode)};
    if (lines.empty())
        return Error{ErrorCode::Validation, tr("A composition needs at least one ingredient.")};
    ProductRepository products(m_context.db);
    Recipe recipe;
    recipe.productId = product.id;
    int total = 0;
    for (const auto& line : lines) {
        const auto ingredient = products.byCode(line.productCode);
        if (!ingredient)
            return ingredient.error();
        if (ingredient->code == productCode)
            return Error{ErrorCode::Validation, tr("A product cannot be an ingredient of itself.")};
        if (recipe.containsProduct(ingredient->id))
            return Error{ErrorCode::Validation, tr("« %1 » is listed twice.").arg(ingredient->code)};
        if (line.shareBasisPoints <= 0)
            return Error{ErrorCode::Validation, tr("The share of « %1 » must be above 0 %.").arg(ingredient->code)};
        total += line.shareBasisPoints;
        recipe.ingredients.push_back(RecipeIngredient{ingredient->id, ingredient->code, ingredient->nameFr,
                                                      ingredient->nameEn, line.shareBasisPoints});
    }
    if (total != Recipe::WholeBasisPoints)
        return Error{ErrorCode::Validation, tr("The shares add up to %1 instead of 100 %.").arg(percentText(total))};
    // Largest share first, as the ingredient list of a label reads (ties keep the typed order).
    std::stable_sort(
        recipe.ingredients.begin(), recipe.ingredients.end(),
        [](const RecipeIngredient& a, const RecipeIngredient& b) { return a.shareBasisPoints > b.shareBasisPoints; });
    return recipe;
}

Result<Recipe> RecipeService::save(const Actor& actor, ProductId productId, const std::vector<Line>& lines)
{
    const auto product = ProductRepository(m_context.db).byId(productId);
    if (!product)
        return product.error();
    auto composed = compose(product.value(), lines);
    if (!composed)
        return composed.error();
    Recipe recipe = std::move(composed).value();

    const auto existing = current(productId);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        const auto& before = existing->value().ingredients;
        const bool same = std::equal(before.begin(), before.end(), recipe.ingredients.begin(), recipe.ingredients.end(),
                                     [](const auto& a, const auto& b) {
                                         return a.productId == b.productId && a.shareBasisPoints == b.shareBasisPoints;
                                     });
        if (same)
            return existing->value();
    }
    recipe.createdBy = actor.name.trimmed();
    const auto done = UnitOfWork::perform(m_context.db, m_context.clock, actor, QStringLiteral("create"),
                                          QStringLiteral("recipe_version"), [&]() -> Result<UnitOfWork::Change> {
                                              recipe.createdAt = m_context.clock.nowUtc();
                                              if (auto r = RecipeRepository(m_context.db).insert(recipe); !r)
                                                  return r.error();
                                              QJsonObject json = toJson(recipe);
                                              json.insert(QStringLiteral("product"), product->code);
                                              return UnitOfWork::Change{recipe.id.value, json};
                                          });
    if (!done)
        return done.error();
    emit m_context.notifier.productsChanged();
    return recipe;
}

Result<std::optional<Recipe>> RecipeService::current(ProductId product) const
{
    return RecipeRepository(m_context.db).current(product);
}

} // namespace glaneur
