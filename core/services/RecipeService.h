// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Actor.h"
#include "core/common/Result.h"
#include "core/domain/Product.h"
#include "core/domain/Recipe.h"
#include "core/services/ServiceContext.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace glaneur {

// Compositions of finished products, kept as versions: saving a different composition makes a
// new version; batches keep the version they used.
class RecipeService
{
    Q_DECLARE_TR_FUNCTIONS(glaneur::RecipeService)

public:
    struct Line
    {
        QString productCode;
        int shareBasisPoints = 0; // hundredths of a percent
    };

    explicit RecipeService(ServiceContext context) : m_context(context) {}

    // "CAROTTE:55" or "HUILE:2,5" -> a line; the percent has at most 2 decimals.
    static Result<Line> parseLine(const QString& text);
    // "55 %", "2,5 %" in the user's language.
    static QString percentText(int basisPoints);

    // The composition the lines describe for this product (which may not be saved yet), checked:
    // a finished product, known ingredients other than itself, each once, shares adding up to
    // exactly 100 %. Largest share first. Nothing is written.
    Result<Recipe> compose(const Product& product, const std::vector<Line>& lines) const;
    // Saves compose()'s result as a new version. Returns the current version (unchanged if identical).
    Result<Recipe> save(const Actor& actor, ProductId product, const std::vector<Line>& lines);
    Result<std::optional<Recipe>> current(ProductId product) const;

private:
    ServiceContext m_context;
};

} // namespace glaneur
