// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/PriceService.h"

#include "core/services/DomainJson.h"
#include "core/services/UnitOfWork.h"
#include "core/services/Validation.h"
#include "core/storage/PriceRepository.h"
#include "core/storage/ProductRepository.h"

#include <QRegularExpression>

namespace glaneur {

namespace {

constexpr qint64 MaxPriceCents = 100000; // $1,000 for one pack is surely a typing mistake

Result<Ok> validateNames(PriceTier& tier)
{
    if (auto r = Validation::requiredText(tier.nameFr, PriceService::tr("The French name"), 60); !r)
        return r;
    return Validation::requiredText(tier.nameEn, PriceService::tr("The English name"), 60);
}

} // namespace

Result<std::vector<PriceTier>> PriceService::tiers(bool includeInactive) const
{
    return PriceRepository(m_context.db).tiers(includeInactive);
}

Result<PriceTier> PriceService::tier(const QString& code) const
{
    return PriceRepository(m_context.db).tierByCode(code);
}

Result<PriceTier> PriceService::addTier(const Actor& actor, PriceTier tier)
{
    tier.code = tier.code.trimmed().toLower();
    static const QRegularExpression codePattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,19}$"));
    if (!codePattern.match(tier.code).hasMatch())
        return Error{ErrorCode::Validation, tr("A tier code has 1 to 20 lowercase letters, digits or dashes, without "
                                               "accents or spaces (for example solidarity).")};
    if (auto r = validateNames(tier); !r)
        return r.error();
    tier.active = true;
    const auto done = UnitOfWork::perform(m_context.db, m_context.clock, actor, QStringLiteral("create"),
                                          QStringLiteral("price_tier"), [&]() -> Result<UnitOfWork::Change> {
                                              const auto id = PriceRepository(m_context.db).insertTier(tier);
                                              if (!id)
                                                  return id.error();
                                              tier.id = id.value();
                                              return UnitOfWork::Change{tier.id.value, toJson(tier)};
                                          });
    if (!done)
        return done.error();
    emit m_context.notifier.pricesChanged();
    return tier;
}

Result<PriceTier> PriceService::updateTier(const Actor& actor, PriceTier tier)
{
    const auto stored = PriceRepository(m_context.db).tierByCode(tier.code);
    if (!stored)
        return stored.error();
    tier.id = stored->id;
    tier.code = stored->code;
    tier.active = stored->active;
    if (auto r = validateNames(tier); !r)
        return r.error();
    const auto done = UnitOfWork::perform(m_context.db, m_context.clock, actor, QStringLiteral("update"),
                                          QStringLiteral("price_tier"), [&]() -> Result<UnitOfWork::Change> {
                                              if (auto r = PriceRepository(m_context.db).updateTier(tier); !r)
                                                  return r.error();
                                              return UnitOfWork::Change{tier.id.value, toJson(tier)};
                                          });
    if (!done)
        return done.error();
    emit m_context.notifier.pricesChanged();
    return tier;
}

Result<Ok> PriceService::setTierActive(const Actor& actor, const QString& code, bool active)
{
    const auto stored = PriceRepository(m_context.db).tierByCode(code);
    if (!stored)
        return stored.error();
    if (!active && stored->isFree())
        return Error{ErrorCode::Validation,
                     tr("The tier « %1 » is the one of donations: it stays active.").arg(stored->nameFr)};
    const auto done =
        UnitOfWork::perform(m_context.db, m_context.clock, actor, UnitOfWork::activeAction(active),
                            QStringLiteral("price_tier"), [&]() -> Result<UnitOfWork::Change> {
                                if (auto r = PriceRepository(m_context.db).setTierActive(stored->id, active); !r)
                                    return r.error();
                                return UnitOfWork::activeChange(stored->id.value, active);
                            });
    if (done)
        emit m_context.notifier.pricesChanged();
    return done;
}

Result<ProductPrice> PriceService::setPrice(const Actor& actor, const QString& productCode, const QString& tierCode,
                                            Money price)
{
    const auto product = ProductRepository(m_context.db).byCode(productCode);
    if (!product)
        return product.error();
    if (product->kind != ProductKind::Finished)
        return Error{ErrorCode::Validation,
                     tr("Only finished products are sold: « %1 » is raw produce.").arg(product->nameFr)};
    const auto tier = PriceRepository(m_context.db).tierByCode(tierCode);
    if (!tier)
        return tier.error();
    if (price.cents() < 0)
        return Error{ErrorCode::Validation, tr("A price cannot be negative.")};
    if (tier->isFree() && price.cents() != 0)
        return Error{ErrorCode::Validation, tr("Everything in the tier « %1 » costs nothing.").arg(tier->nameFr)};
    if (price.cents() > MaxPriceCents)
        return Error{ErrorCode::Validation, tr("Over $1,000 for one pack: check the price.")};
    ProductPrice entry;
    entry.productId = product->id;
    entry.productCode = product->code;
    entry.tierId = tier->id;
    entry.tierCode = tier->code;
    entry.price = price;
    entry.recordedBy = actor.name.trimmed();
    const auto done = UnitOfWork::perform(m_context.db, m_context.clock, actor, QStringLiteral("set-price"),
                                          QStringLiteral("product_price"), [&]() -> Result<UnitOfWork::Change> {
                                              entry.since = m_context.clock.nowUtc();
                                              if (auto r = PriceRepository(m_context.db).insertPrice(entry); !r)
                                                  return r.error();
                                              return UnitOfWork::Change{product->id.value, toJson(entry)};
                                          });
    if (!done)
        return done.error();
    emit m_context.notifier.pricesChanged();
    return entry;
}

Result<std::vector<ProductPrice>> PriceService::prices(const QString& productCode) const
{
    const auto product = ProductRepository(m_context.db).byCode(productCode);
    if (!product)
        return product.error();
    return PriceRepository(m_context.db).currentPrices(product->id);
}

Result<std::optional<Money>> PriceService::priceOf(ProductId product, PriceTierId tier) const
{
    return PriceRepository(m_context.db).currentPrice(product, tier);
}

} // namespace glaneur
