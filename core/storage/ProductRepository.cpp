// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ProductRepository.h"

#include "core/storage/SqlSupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace glaneur {

namespace {

QVariant optionalInt(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

std::optional<int> toOptionalInt(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

void bindProduct(QSqlQuery& q, const Product& p)
{
    q.bindValue(QStringLiteral(":nameFr"), textValue(p.nameFr));
    q.bindValue(QStringLiteral(":nameEn"), textValue(p.nameEn));
    q.bindValue(QStringLiteral(":kind"), codeOf(p.kind));
    q.bindValue(QStringLiteral(":storage"), codeOf(p.storage));
    q.bindValue(QStringLiteral(":shelfLife"), optionalInt(p.shelfLifeDays));
    q.bindValue(QStringLiteral(":packG"), optionalInt(p.packGrams));
    q.bindValue(QStringLiteral(":cnf"), optionalInt(p.cnfFoodId));
}

} // namespace

Result<ProductId> ProductRepository::insert(const Product& product)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO product (code, name_fr, name_en, kind, storage, shelf_life_days, pack_g,"
                             " cnf_food_id, active) VALUES (:code, :nameFr, :nameEn, :kind, :storage, :shelfLife,"
                             " :packG, :cnf, :active)"));
    q.bindValue(QStringLiteral(":code"), textValue(product.code));
    q.bindValue(QStringLiteral(":active"), product.active ? 1 : 0);
    bindProduct(q, product);
    if (!q.exec()) {
        if (isUniqueViolation(q))
            return Error{ErrorCode::Conflict, QCoreApplication::translate("glaneur::ProductRepository",
                                                                          "A product with the code %1 already exists.")
                                                  .arg(product.code)};
        return storageError(q, "insert product");
    }
    return ProductId{q.lastInsertId().toLongLong()};
}

Result<Ok> ProductRepository::update(const Product& product)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE product SET name_fr = :nameFr, name_en = :nameEn, kind = :kind,"
                             " storage = :storage, shelf_life_days = :shelfLife, pack_g = :packG, cnf_food_id = :cnf"
                             " WHERE product_id = :id"));
    bindProduct(q, product);
    q.bindValue(QStringLiteral(":id"), product.id.value);
    if (!q.exec())
        return storageError(q, "update product");
    return Ok{};
}

Result<Ok> ProductRepository::setActive(ProductId id, bool active)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE product SET active = :active WHERE product_id = :id"));
    q.bindValue(QStringLiteral(":active"), active ? 1 : 0);
    q.bindValue(QStringLiteral(":id"), id.value);
    if (!q.exec())
        return storageError(q, "set product active");
    if (q.numRowsAffected() == 0)
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("glaneur::ProductRepository", "This record does not exist.")};
    return Ok{};
}

Result<std::vector<Product>> ProductRepository::select(const QString& where, const QVariantMap& values) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT product_id, code, name_fr, name_en, kind, storage, shelf_life_days, pack_g,"
                             " cnf_food_id, active FROM product ") +
              where + QStringLiteral(" ORDER BY name_fr"));
    for (auto it = values.begin(); it != values.end(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec())
        return storageError(q, "select products");
    std::vector<Product> products;
    while (q.next()) {
        Product p;
        p.id = ProductId{q.value(0).toLongLong()};
        p.code = q.value(1).toString();
        p.nameFr = q.value(2).toString();
        p.nameEn = q.value(3).toString();
        p.kind = fromCode<ProductKind>(q.value(4).toString()).value_or(ProductKind::Raw);
        p.storage = fromCode<StorageMode>(q.value(5).toString()).value_or(StorageMode::Refrigerated);
        p.shelfLifeDays = toOptionalInt(q.value(6));
        p.packGrams = toOptionalInt(q.value(7));
        p.cnfFoodId = toOptionalInt(q.value(8));
        p.active = q.value(9).toInt() != 0;
        products.push_back(std::move(p));
    }
    return products;
}

Result<std::vector<Product>> ProductRepository::list(const ProductFilter& filter) const
{
    QStringList conditions;
    QVariantMap values;
    if (!filter.includeInactive)
        conditions << QStringLiteral("active = 1");
    if (filter.kind) {
        conditions << QStringLiteral("kind = :kind");
        values.insert(QStringLiteral(":kind"), codeOf(*filter.kind));
    }
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        conditions << QStringLiteral("(code LIKE :text ESCAPE '\\' OR name_fr LIKE :text ESCAPE '\\'"
                                     " OR name_en LIKE :text ESCAPE '\\')");
        values.insert(QStringLiteral(":text"), containsPattern(text));
    }
    return select(
        conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")), values);
}

Result<Product> ProductRepository::byId(ProductId id) const
{
    auto found = select(QStringLiteral("WHERE product_id = :id"), {{QStringLiteral(":id"), id.value}});
    if (!found)
        return found.error();
    if (found->empty())
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("glaneur::ProductRepository", "Unknown product (#%1).").arg(id.value)};
    return found->front();
}

Result<Product> ProductRepository::byCode(const QString& code) const
{
    auto found = select(QStringLiteral("WHERE code = :code"), {{QStringLiteral(":code"), code.trimmed().toUpper()}});
    if (!found)
        return found.error();
    if (found->empty())
        return Error{ErrorCode::NotFound, QCoreApplication::translate("glaneur::ProductRepository",
                                                                      "There is no product with the code « %1 ».")
                                              .arg(code.trimmed())};
    return found->front();
}

} // namespace glaneur
