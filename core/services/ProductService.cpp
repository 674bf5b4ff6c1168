// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/ProductService.h"

#include "core/domain/AllergenStatement.h"
#include "core/domain/Gtin.h"
#include "core/services/DomainJson.h"
#include "core/services/UnitOfWork.h"
#include "core/services/Validation.h"
#include "core/storage/LabelRepository.h"

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

Result<ProductLabelling> ProductService::labelling(ProductId id) const
{
    if (auto product = ProductRepository(m_context.db).byId(id); !product)
        return product.error();
    return LabelRepository(m_context.db).labelling(id);
}

Result<ProductLabelling> ProductService::setLabelling(const Actor& actor, ProductLabelling labelling)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("glaneur::ProductService", text); };
    const auto product = ProductRepository(m_context.db).byId(labelling.productId);
    if (!product)
        return product.error();
    if (auto r = checkRange(labelling.referenceAmountGrams, 1, 2000,
                            tr("The reference amount must be between 1 g and 2000 g."));
        !r)
        return r.error();
    if (auto r = checkRange(labelling.servingDecigrams, 1, 20000, tr("The serving must be between 0.1 g and 2000 g."));
        !r)
        return r.error();
    labelling.servingMeasureFr = labelling.servingMeasureFr.simplified();
    labelling.servingMeasureEn = labelling.servingMeasureEn.simplified();
    if (labelling.servingMeasureFr.isEmpty() != labelling.servingMeasureEn.isEmpty())
        return Error{ErrorCode::Validation,
                     tr("Give the household measure of a serving in both French and English (« 2/3 tasse » and "
                        "\"2/3 cup\"), or in neither.")};
    if (labelling.servingMeasureFr.size() > 40 || labelling.servingMeasureEn.size() > 40)
        return Error{ErrorCode::Validation, tr("A household measure has at most 40 characters.")};
    if (labelling.cookedYieldBasisPoints < 1000 || labelling.cookedYieldBasisPoints > 100000)
        return Error{ErrorCode::Validation,
                     tr("The cooked yield must be between 10 % and 1000 % of the ingredients' weight.")};
    labelling.exemptionReason = labelling.exemptionReason.trimmed();
    if (labelling.exemption && labelling.exemptionReason.isEmpty())
        return Error{ErrorCode::Validation, tr("Say why the product needs no Nutrition Facts table.")};
    if (!labelling.exemption)
        labelling.exemptionReason.clear();
    labelling.gtin = labelling.gtin.trimmed();
    if (!labelling.gtin.isEmpty()) {
        const auto gtin = Gtin::parse(labelling.gtin);
        if (!gtin)
            return gtin.error();
        if (gtin->isRestrictedCirculation())
            return Error{ErrorCode::Validation,
                         tr("This GTIN is for restricted circulation (in-store use); use the GTIN allocated by GS1 "
                            "Canada.")};
        labelling.gtin = gtin->digits();
    }
    for (ProductAllergen& allergen : labelling.allergens) {
        allergen.code = allergen.code.trimmed().toLower();
        allergen.specificNameFr = allergen.specificNameFr.simplified();
        allergen.specificNameEn = allergen.specificNameEn.simplified();
    }
    if (auto statement = AllergenStatement::fromAllergens(labelling.allergens); !statement)
        return statement.error();

    LabelRepository repository(m_context.db);
    const auto before = repository.labelling(labelling.productId);
    if (!before)
        return before.error();
    const auto done = UnitOfWork::perform(m_context.db, m_context.clock, actor, QStringLiteral("update"),
                                          QStringLiteral("product_labelling"), [&]() -> Result<UnitOfWork::Change> {
                                              if (auto r = repository.saveLabelling(labelling); !r)
                                                  return r.error();
                                              return UnitOfWork::Change{
                                                  labelling.productId.value,
                                                  AuditLog::difference(toJson(before.value()), toJson(labelling))};
                                          });
    if (!done)
        return done.error();
    emit m_context.notifier.productsChanged();
    return repository.labelling(labelling.productId);
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
