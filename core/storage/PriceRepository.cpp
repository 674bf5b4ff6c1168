// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/PriceRepository.h"

#include "core/storage/SqlSupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace glaneur {

namespace {

PriceTier tierFrom(const QSqlQuery& q)
{
    PriceTier tier;
    tier.id = PriceTierId{q.value(0).toLongLong()};
    tier.code = q.value(1).toString();
    tier.nameFr = q.value(2).toString();
    tier.nameEn = q.value(3).toString();
    tier.active = q.value(4).toInt() != 0;
    return tier;
}

} // namespace

Result<PriceTierId> PriceRepository::insertTier(const PriceTier& tier)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO price_tier (code, name_fr, name_en, active) VALUES (:code, :fr, :en, 1)"));
    q.bindValue(QStringLiteral(":code"), tier.code);
    q.bindValue(QStringLiteral(":fr"), textValue(tier.nameFr));
    q.bindValue(QStringLiteral(":en"), textValue(tier.nameEn));
    if (!q.exec()) {
        if (isUniqueViolation(q))
            return Error{
                ErrorCode::Conflict,
                QCoreApplication::translate("glaneur::PriceRepository", "A price tier with the code %1 already exists.")
                    .arg(tier.code)};
        return storageError(q, "insert price tier");
    }
    return PriceTierId{q.lastInsertId().toLongLong()};
}

Result<Ok> PriceRepository::updateTier(const PriceTier& tier)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE price_tier SET name_fr = :fr, name_en = :en WHERE tier_id = :id"));
    q.bindValue(QStringLiteral(":fr"), textValue(tier.nameFr));
    q.bindValue(QStringLiteral(":en"), textValue(tier.nameEn));
    q.bindValue(QStringLiteral(":id"), tier.id.value);
    if (!q.exec())
        return storageError(q, "update price tier");
    return Ok{};
}

Result<Ok> PriceRepository::setTierActive(PriceTierId id, bool active)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE price_tier SET active = :active WHERE tier_id = :id"));
    q.bindValue(QStringLiteral(":active"), active ? 1 : 0);
    q.bindValue(QStringLiteral(":id"), id.value);
    if (!q.exec())
        return storageError(q, "update price tier");
    return Ok{};
}

Result<std::vector<PriceTier>> PriceRepository::tiers(bool includeInactive) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT tier_id, code, name_fr, name_en, active FROM price_tier") +
                (includeInactive ? QString() : QStringLiteral(" WHERE active = 1")) +
                QStringLiteral(" ORDER BY tier_id")))
        return storageError(q, "select price tiers");
    std::vector<PriceTier> found;
    while (q.next())
        found.push_back(tierFrom(q));
    return found;
}

Result<PriceTier> PriceRepository::tierByCode(const QString& code) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT tier_id, code, name_fr, name_en, active FROM price_tier WHERE code = :code"));
    q.bindValue(QStringLiteral(":code"), code.trimmed().toLower());
    if (!q.exec())
        return storageError(q, "select price tier");
    if (!q.next())
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("glaneur::PriceRepository", "There is no price tier « %1 ».")
                         .arg(code.trimmed())};
    return tierFrom(q);
}

Result<Ok> PriceRepository::insertPrice(const ProductPrice& price)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO product_price (product_id, tier_id, cents, since, recorded_by)"
                             " VALUES (:product, :tier, :cents, :since, :by)"));
    q.bindValue(QStringLiteral(":product"), price.productId.value);
    q.bindValue(QStringLiteral(":tier"), price.tierId.value);
    q.bindValue(QStringLiteral(":cents"), price.price.cents());
    q.bindValue(QStringLiteral(":since"), utcText(price.since));
    q.bindValue(QStringLiteral(":by"), textValue(price.recordedBy));
    if (!q.exec())
        return storageError(q, "insert product price");
    return Ok{};
}

Result<std::vector<ProductPrice>> PriceRepository::currentPrices(ProductId product) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT pp.product_id, p.code, pp.tier_id, t.code, pp.cents, pp.since, pp.recorded_by"
                             " FROM product_price pp JOIN product p ON p.product_id = pp.product_id"
                             " JOIN price_tier t ON t.tier_id = pp.tier_id"
                             " WHERE pp.product_id = :product AND pp.price_id = (SELECT MAX(x.price_id)"
                             " FROM product_price x WHERE x.product_id = pp.product_id AND x.tier_id = pp.tier_id)"
                             " ORDER BY pp.tier_id"));
    q.bindValue(QStringLiteral(":product"), product.value);
    if (!q.exec())
        return storageError(q, "select product prices");
    std::vector<ProductPrice> found;
    while (q.next()) {
        ProductPrice price;
        price.productId = ProductId{q.value(0).toLongLong()};
        price.productCode = q.value(1).toString();
        price.tierId = PriceTierId{q.value(2).toLongLong()};
        price.tierCode = q.value(3).toString();
        price.price = Money::fromCents(q.value(4).toLongLong());
        price.since = utcFromText(q.value(5));
        price.recordedBy = q.value(6).toString();
        found.push_back(std::move(price));
    }
    return found;
}

Result<std::optional<Money>> PriceRepository::currentPrice(ProductId product, PriceTierId tier) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT cents FROM product_price WHERE product_id = :product AND tier_id = :tier"
                             " ORDER BY price_id DESC LIMIT 1"));
    q.bindValue(QStringLiteral(":product"), product.value);
    q.bindValue(QStringLiteral(":tier"), tier.value);
    if (!q.exec())
        return storageError(q, "select product price");
    if (!q.next())
        return std::optional<Money>{};
    return std::optional<Money>{Money::fromCents(q.value(0).toLongLong())};
}

} // namespace glaneur
