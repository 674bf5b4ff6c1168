// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/domain/Product.h"

#include <QSqlDatabase>

#include <vector>

namespace glaneur {

struct ProductFilter
{
    QString text; // part of the code or of either name
    std::optional<ProductKind> kind;
    bool includeInactive = false;
};

// SQL of the product catalogue.
class ProductRepository
{
public:
    explicit ProductRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<ProductId> insert(const Product& product);
    Result<Ok> update(const Product& product); // every column but the code
    Result<Ok> setActive(ProductId id, bool active);
    Result<std::vector<Product>> list(const ProductFilter& filter) const;
    Result<Product> byId(ProductId id) const;
    Result<Product> byCode(const QString& code) const; // NotFound when absent

private:
    Result<std::vector<Product>> select(const QString& where, const QVariantMap& values) const;
    QSqlDatabase m_db;
};

} // namespace glaneur
