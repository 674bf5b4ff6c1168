// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/domain/PriceTier.h"
#include "core/domain/ProductPrice.h"

#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace glaneur {

// SQL of price tiers and of the price history of products.
class PriceRepository
{
public:
    explicit PriceRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<PriceTierId> insertTier(const PriceTier& tier);
    Result<Ok> updateTier(const PriceTier& tier);
    Result<Ok> setTierActive(PriceTierId id, bool active);
    Result<std::vector<PriceTier>> tiers(bool includeInactive) const;
    Result<PriceTier> tierByCode(const QString& code) const; // NotFound when absent
    Result<Ok> insertPrice(const ProductPrice& price);
    Result<std::vector<ProductPrice>> currentPrices(ProductId product) const;
    Result<std::optional<Money>> currentPrice(ProductId product, PriceTierId tier) const;

private:
    QSqlDatabase m_db;
};

} // namespace glaneur
