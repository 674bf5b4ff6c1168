// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Actor.h"
#include "core/common/Result.h"
#include "core/domain/Money.h"
#include "core/domain/PriceTier.h"
#include "core/domain/ProductPrice.h"
#include "core/services/ServiceContext.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace glaneur {

// Social price tiers and the price of each product in each tier. A price change is a new row,
// so what was sold keeps the price it was sold at.
class PriceService
{
    Q_DECLARE_TR_FUNCTIONS(glaneur::PriceService)

public:
    explicit PriceService(ServiceContext context) : m_context(context) {}

    Result<std::vector<PriceTier>> tiers(bool includeInactive = false) const;
    Result<PriceTier> tier(const QString& code) const;
    Result<PriceTier> addTier(const Actor& actor, PriceTier tier);
    Result<PriceTier> updateTier(const Actor& actor, PriceTier tier); // names only; the code is fixed
    Result<Ok> setTierActive(const Actor& actor, const QString& code, bool active);
    Result<ProductPrice> setPrice(const Actor& actor, const QString& productCode, const QString& tierCode, Money price);
    // Current prices of a product, one per tier that has one.
    Result<std::vector<ProductPrice>> prices(const QString& productCode) const;
    Result<std::optional<Money>> priceOf(ProductId product, PriceTierId tier) const;

private:
    ServiceContext m_context;
};

} // namespace glaneur
