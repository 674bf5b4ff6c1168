// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/ProductService.h"

#include "core/services/DomainJson.h"
#include "core/services/UnitOfWork.h"
#include "core/services/Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace glaneur {

namespace {

Result<Ok> checkRange(const std::optional<int>& value, int min, int max, const QString& message)
{
    if (value && (*value < min || *value > max))
        return Error{ErrorCode::Validation, message};
    return Ok{};
}

} // namespace

Result<Ok> ProductService::validate(Product& product) const
{
    if (auto r = Validation::requiredText(
            product.nameFr, QCoreApplication::translate("glaneur::ProductService", "The French name"), 120);
        !r)
        return r;
    if (auto r = Validation::requiredText(
            product.nameEn, QCoreApplication::translate("glaneur::ProductService", "The English name"), 120);
        !r)
        return r;
    if (auto r = checkRange(
            product.shelfLifeDays, 1, 3650,
            QCoreApplication::translate("glaneur::ProductService", "The shelf life must be between 1 and 3650 days."));
        !r)
        return r;
    if (auto r = checkRange(
            product.packGrams, 1, 50000,
            QCoreApplication::translate("glaneur::ProductService", "The pack size must be between 1 g and 50 kg."));
        !r)
        return r;
    return checkRange(product.cnfFoodId, 1, 99999999,
                      QCoreApplication::translate("glaneur::ProductService",
                                                  "The Canadian Nutrient File food id must be a positive number."));
}

Result<Product> ProductService::add(const Actor& actor, Product product)
{
    product.code = product.code.trimmed().toUpper();
    static const QRegularExpression codePattern(QStringLiteral("^[A-Z0-9][A-Z0-9-]{0,23}$"));
    if (!codePattern.match(product.code).hasMatch())
        return Error{ErrorCode::Validation,
                     QCoreApplication::translate("glaneur::ProductService",
                                                 "A product code has 1 to 24 letters, digits or dashes, without "
                                                 "accents or spaces (for example CAROTTE).")};
    if (auto r = validate(product); !r)
        return r.error();
    product.active = true;
    const auto done = UnitOfWork::perform(m_context.db, m_context.clock, actor, QStringLiteral("create"),
                                          QStringLiteral("product"), [&]() -> Result<UnitOfWork::Change> {
                                              const auto id = ProductRepository(m_context.db).insert(product);
                                              if (!id)
                                                  return id.error();
                                              product.id = id.value();
                                              return UnitOfWork::Change{product.id.value, toJson(product)};
                                          });
    if (!done)
        return done.error();
    emit m_context.notifier.productsChanged();
    return product;
}

Result<Product> ProductService::update(const Actor& actor, Product product)
{
    ProductRepository repository(m_context.db);
    const auto before = repository.byId(product.id);
    if (!before)
        return before.error();
    if (auto r = validate(product); !r)
        return r.error();
    product.code = before->code;
    product.active = before->active;
    const auto done = UnitOfWork::perform(
        m_context.db, m_context.clock, actor, QStringLiteral("update"), QStringLiteral("product"),
        [&]() -> Result<UnitOfWork::Change> {
            if (auto r = repository.update(product); !r)
                return r.error();
            return UnitOfWork::Change{product.id.value, AuditLog::difference(toJson(before.value()), toJson(product))};
        });
    if (!done)
        return done.error();
    emit m_context.notifier.productsChanged();
    return product;
}

Result<Ok> ProductService::setActive(const Actor& actor, ProductId id, bool active)
{
    ProductRepository repository(m_context.db);
    if (auto before = repository.byId(id); !before)
        return before.error();
    const auto done = UnitOfWork::perform(m_context.db, m_context.clock, actor, UnitOfWork::activeAction(active),
                                          QStringLiteral("product"), [&]() -> Result<UnitOfWork::Change> {
                                              if (auto r = repository.setActive(id, active); !r)
                                                  return r.error();
                                              return UnitOfWork::activeChange(id.value, active);
                                          });
    if (done)
        emit m_context.notifier.productsChanged();
    return done;
}

Result<std::vector<Product>> ProductService::list(const ProductFilter& filter) const
{
    return ProductRepository(m_context.db).list(filter);
}

Result<Product> ProductService::byId(ProductId id) const
{
    return ProductRepository(m_context.db).byId(id);
}

Result<Product> ProductService::byCode(const QString& code) const
{
    return ProductRepository(m_context.db).byCode(code);
}

} // namespace glaneur
