// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Actor.h"
#include "core/common/Result.h"
#include "core/domain/Product.h"
#include "core/domain/ProductLabelling.h"
#include "core/services/ServiceContext.h"
#include "core/storage/ProductRepository.h"

#include <vector>

namespace glaneur {

// The product catalogue. A product's code is fixed once created; products are deactivated,
// never deleted.
class ProductService
{
public:
    explicit ProductService(ServiceContext context) : m_context(context) {}

    Result<Product> add(const Actor& actor, Product product);
    Result<Product> update(const Actor& actor, Product product);
    Result<Ok> setActive(const Actor& actor, ProductId id, bool active);
    Result<std::vector<Product>> list(const ProductFilter& filter = {}) const;
    Result<Product> byId(ProductId id) const;
    Result<Product> byCode(const QString& code) const;

    // What the product's label needs beyond the catalogue (defaults until saved).
    Result<ProductLabelling> labelling(ProductId id) const;
    // Checks and saves it with its audit record: serving and reference amount in range, both
    // household measures or none, a reason for an exemption, a valid GTIN that is not for
    // restricted circulation, known allergens with specific names where the law wants them.
    Result<ProductLabelling> setLabelling(const Actor& actor, ProductLabelling labelling);

private:
    Result<Ok> validate(Product& product) const;
    ServiceContext m_context;
};

} // namespace glaneur
