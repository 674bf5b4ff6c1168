// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/ProductLabelService.h"

#include "core/domain/AllergenStatement.h"
#include "core/domain/BestBeforeDate.h"
#include "core/domain/FinishedLot.h"
#include "core/domain/Gtin.h"
#include "core/domain/LotLink.h"
#include "core/domain/NetQuantity.h"
#include "core/nutrition/FrontOfPackage.h"
#include "core/nutrition/NutrientFile.h"
#include "core/nutrition/NutritionRounding.h"
#include "core/services/HoldService.h"
#include "core/services/SettingsService.h"
#include "core/services/TraceService.h"
#include "core/services/UnitOfWork.h"
#include "core/storage/BatchRepository.h"
#include "core/storage/FinishedLotRepository.h"
#include "core/storage/ProductRepository.h"
#include "core/storage/RecipeRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/StockRepository.h"

#include <QJsonObject>
#include <QSet>

namespace glaneur {

namespace {

// Municipal water (CNF 2933) is local by nature: it does not stop a « Produit du Québec ».
constexpr int WaterFoodId = 2933;

QString nutrientName(Nutrient nutrient)
{
    const char* names[NutrientCount] = {
        QT_TRANSLATE_NOOP("glaneur::ProductLabelService", "energy"),
        QT_TRANSLATE_NOOP("glaneur::ProductLabelService", "fat"),
        QT_TRANSLATE_NOOP("glaneur::ProductLabelService", "saturated fat"),
        QT_TRANSLATE_NOOP("glaneur::ProductLabelService", "trans fat"),
        QT_TRANSLATE_NOOP("glaneur::ProductLabelService", "carbohydrate"),
        QT_TRANSLATE_NOOP("glaneur::ProductLabelService", "fibre"),
        QT_TRANSLATE_NOOP("glaneur::ProductLabelService", "sugars"),
        QT_TRANSLATE_NOOP("glaneur::ProductLabelService", "protein"),
        QT_TRANSLATE_NOOP("glaneur::ProductLabelService", "cholesterol"),
        QT_TRANSLATE_NOOP("glaneur::ProductLabelService", "sodium"),
        QT_TRANSLATE_NOOP("glaneur::ProductLabelService", "potassium"),
        QT_TRANSLATE_NOOP("glaneur::ProductLabelService", "calcium"),
        QT_TRANSLATE_NOOP("glaneur::ProductLabelService", "iron"),
    };
    return QCoreApplication::translate("glaneur::ProductLabelService", names[int(nutrient)]);
}

// Ingredient names in a list are common nouns: « carottes, eau, oignons ».
QString asListItem(const QString& name)
{
    if (name.size() > 1 && name.at(0).isUpper() && !name.at(1).isUpper())
        return name.at(0).toLower() + name.mid(1);
    return name;
}

QStringList addressLines(const Address& address)
{
    QStringList lines;
    if (!address.street.isEmpty())
        lines << address.street;
    QString city = address.city;
    if (!address.province.isEmpty())
        city += QLatin1Char(' ') + address.province;
    if (!address.postalCode.isEmpty())
        city += QStringLiteral("  ") + address.postalCode;
    if (!city.trimmed().isEmpty())
        lines << city.trimmed();
    return lines;
}

} // namespace

Result<FinishedLot> ProductLabelService::lot(const QString& lotCodeOrScan) const
{
    const auto code = LotLink::lotCodeFromScan(lotCodeOrScan);
    if (!code)
        return Error{ErrorCode::Validation, tr("« %1 » is not a lot code.").arg(lotCodeOrScan.trimmed())};
    auto found = FinishedLotRepository(m_context.db).byCode(*code);
    if (!found && found.error().code == ErrorCode::NotFound)
        return Error{ErrorCode::NotFound,
                     tr("No finished lot has the code %1; product labels are printed for finished lots.").arg(*code)};
    return found;
}

Result<ProductLabelService::Composition> ProductLabelService::compose(const FinishedLot& lot) const
{
    Composition composition;
    ProductLabelContent& content = composition.content;
    QStringList& missing = composition.missing;

    const auto product = ProductRepository(m_context.db).byId(lot.productId);
    if (!product)
        return product.error();
    const auto labelling = LabelRepository(m_context.db).labelling(lot.productId);
    if (!labelling)
        return labelling.error();
    const auto organisation = SettingsService(m_context).organisation();
    if (!organisation)
        return organisation.error();
    const auto site = SiteRepository(m_context.db).byId(lot.siteId);
    if (!site)
        return site.error();

    content.lotCode = lot.code;
    content.productCode = product->code;
    content.nameFr = product->nameFr;
    content.nameEn = product->nameEn;
    content.packGrams = lot.packGrams;
    content.netQuantity = NetQuantity::text(lot.packGrams);
    // LB-03: on every frozen product by default (regulatory-requirements.md A3).
    content.keepFrozen = product->storage == StorageMode::Frozen;
    content.cookBeforeEating = labelling->cookBeforeEating;
    content.packedOn = lot.packedOn;
    content.bestBefore = lot.bestBefore;
    if (const auto text = BestBeforeDate::format(lot.bestBefore))
        content.bestBeforeText = text.value();
    else
        missing << tr("a valid best-before date");

    // TR-07: the business, at the kitchen that packed the lot.
    content.businessName = organisation->name;
    if (content.businessName.isEmpty())
        missing << tr("the organisation's name (Settings › Organisation)");
    // An address without street, city or postal code is none, even with its province (saved as
    // QC by default): addressLines() would print the province alone.
    const Address& address = site->address.isEmpty() ? organisation->address : site->address;
    if (!address.isEmpty())
        content.businessAddress = addressLines(address);
    if (content.businessAddress.isEmpty())
        missing << tr("the address of the kitchen %1 or of the organisation (Settings)").arg(site->code);

    // QR (design.md §4): GS1 Digital Link for a product with a GTIN in GS1 mode, else plain.
    if (organisation->gs1QrCodes && !labelling->gtin.isEmpty()) {
        const auto gtin = Gtin::parse(labelling->gtin);
        const auto link = gtin ? gtin->digitalLink(organisation->gs1Resolver, lot.code, lot.bestBefore,
                                                   Mass::fromGrams(lot.packGrams))
                               : Result<QString>(gtin.error());
        if (link) {
            content.qrPayload = link.value();
            content.gs1 = true;
            content.gtin = gtin->gtin14();
        } else {
            missing << tr("a valid GS1 Digital Link: %1").arg(link.error().message);
        }
    } else if (organisation->qrDomain.isEmpty()) {
        missing << tr("the web domain of the QR codes (Settings › Organisation)");
    } else {
        content.qrPayload = LotLink::plainUrl(organisation->qrDomain, lot.code);
    }

    const auto recipe = recipeOf(lot);
    if (!recipe)
        return recipe.error();
    if (auto r = composeNutrition(lot, recipe.value(), composition); !r)
        return r.error();
    if (auto r = composeOrigin(lot, recipe.value(), composition); !r)
        return r.error();
    return composition;
}

Result<std::optional<Recipe>> ProductLabelService::recipeOf(const FinishedLot& lot) const
{
    // The recipe the batch used (TR-03), else the product's current one.
    const auto batch = BatchRepository(m_context.db).byId(lot.batchId);
    if (!batch)
        return batch.error();
    RecipeRepository recipes(m_context.db);
    if (batch->recipeVersion > 0) {
        auto used = recipes.byId(batch->recipeVersionId);
        if (!used)
            return used.error();
        return std::optional<Recipe>(std::move(used).value());
    }
    return recipes.current(lot.productId);
}

Result<Ok> ProductLabelService::composeNutrition(const FinishedLot& lot, const std::optional<Recipe>& recipe,
                                                 Composition& composition) const
{
    ProductLabelContent& content = composition.content;
    QStringList& missing = composition.missing;
    ProductRepository products(m_context.db);
    LabelRepository labels(m_context.db);
    const auto product = products.byId(lot.productId);
    if (!product)
        return product.error();
    const auto labelling = labels.labelling(lot.productId);
    if (!labelling)
        return labelling.error();

    // Ingredient list and allergens (C1 items 6 and 7).
    std::vector<ProductId> allergenSources{lot.productId};
    if (recipe) {
        for (const RecipeIngredient& ingredient : recipe->ingredients)
            allergenSources.push_back(ingredient.productId);
        if (recipe->ingredients.size() > 1) {
            for (const RecipeIngredient& ingredient : recipe->ingredients) {
                content.ingredientsFr << asListItem(ingredient.nameFr);
                content.ingredientsEn << asListItem(ingredient.nameEn);
            }
        }
    }
    const auto allergens = labels.allergensOf(allergenSources);
    if (!allergens)
        return allergens.error();
    const auto statement = AllergenStatement::fromAllergens(allergens.value());
    if (!statement) {
        missing << statement.error().message;
    } else {
        content.containsFr = statement->french();
        content.containsEn = statement->english();
    }

    if (labelling->exemption) {
        content.exemptionReason = labelling->exemptionReason;
        return Ok{};
    }

    // The composition: the product's own CNF food (it describes the product as sold), or the
    // recipe's ingredients, concentrated by the cooking yield (nutrition-facts-canada.md §5).
    std::vector<CompositionPart> parts;
    int yield = 10000;
    const NutrientFile& file = NutrientFile::builtIn();
    const auto addPart = [&](int basisPoints, const std::optional<int>& foodId, const QString& name) {
        if (!foodId) {
            missing << tr("the Canadian Nutrient File food of « %1 » (Catalogue › product)").arg(name);
            return;
        }
        const auto food = file.food(*foodId);
        if (!food) {
            missing << tr("food %1 of « %2 » is not in the Canadian Nutrient File").arg(*foodId).arg(name);
            return;
        }
        CompositionPart part{basisPoints, food->per100g};
        for (int n = 0; n < NutrientCount; ++n) {
            const auto nutrient = Nutrient(n);
            if (part.per100g.isKnown(nutrient))
                continue;
            if (labelling->confirmsZero(nutrient))
                part.per100g.setValue(nutrient, 0);
            else
                missing << tr("the %1 of « %2 » (CNF %3), which the Canadian Nutrient File does not give: "
                              "confirm 0 in the product's label settings if it is right")
                               .arg(nutrientName(nutrient), food->nameFr)
                               .arg(*foodId);
        }
        parts.push_back(part);
    };
    if (product->cnfFoodId) {
        addPart(10000, product->cnfFoodId, product->nameFr);
    } else if (recipe && !recipe->ingredients.empty()) {
        yield = labelling->cookedYieldBasisPoints;
        for (const RecipeIngredient& ingredient : recipe->ingredients) {
            const auto ingredientProduct = products.byId(ingredient.productId);
            if (!ingredientProduct)
                return ingredientProduct.error();
            addPart(ingredient.shareBasisPoints, ingredientProduct->cnfFoodId, ingredient.nameFr);
        }
    } else {
        missing << tr("a Canadian Nutrient File food or a composition for « %1 » (Catalogue)").arg(product->nameFr);
    }

    // Serving (§4): the whole package when it holds less than twice the reference amount.
    if (!labelling->referenceAmountGrams) {
        missing << tr("the reference amount of « %1 » (product's label settings)").arg(product->nameFr);
        return Ok{};
    }
    const int referenceGrams = *labelling->referenceAmountGrams;
    const bool wholePackage = lot.packGrams < 2 * referenceGrams;
    qint64 servingDecigrams = 0;
    NutritionPanel panel;
    if (wholePackage) {
        servingDecigrams = qint64(lot.packGrams) * 10;
        // Regulated wording of the bilingual table, whatever the interface's language.
        panel.servingFr = QStringLiteral("pour 1 emballage (%1 g)").arg(lot.packGrams);
        panel.servingEn = QStringLiteral("Per 1 package (%1 g)").arg(lot.packGrams);
    } else if (!labelling->servingDecigrams || labelling->servingMeasureFr.isEmpty()) {
        missing << tr("the serving size and its household measure (product's label settings)");
        return Ok{};
    } else {
        servingDecigrams = *labelling->servingDecigrams;
        const qint64 thousandths = servingDecigrams * 100;
        panel.servingFr = QStringLiteral("pour %1 (%2 g)")
                              .arg(labelling->servingMeasureFr, servingSizeText(thousandths, NumberFormat::French));
        panel.servingEn = QStringLiteral("Per %1 (%2 g)")
                              .arg(labelling->servingMeasureEn, servingSizeText(thousandths, NumberFormat::English));
    }
    if (parts.empty() || !missing.isEmpty())
        return Ok{};
    const auto perServing = portionAmounts(parts, servingDecigrams, yield);
    if (!perServing) {
        missing << perServing.error().message;
        return Ok{};
    }
    const auto perReference = portionAmounts(parts, qint64(referenceGrams) * 10, yield);
    if (!perReference) {
        missing << perReference.error().message;
        return Ok{};
    }
    const auto facts = nutritionFacts(perServing.value(), perReference.value());
    if (!facts) {
        missing << facts.error().message;
        return Ok{};
    }
    for (int n = 0; n < NutrientCount; ++n) {
        const auto nutrient = Nutrient(n);
        panel.amounts[std::size_t(n)] = facts->amount(nutrient).text(NumberFormat::English);
        if (const auto percent = facts->percentDailyValue(nutrient))
            panel.percents[std::size_t(n)] = percentText(*percent, NumberFormat::English);
    }
    content.nutrition = panel;

    // Front-of-package symbol (§8), from the unrounded amounts: single-ingredient products are
    // exempt (FrontOfPackage::isExempt says why), the others meet the thresholds or not. The
    // recipe decides, even when the product's own CNF food gives the amounts: a soup is made of
    // several ingredients whatever food describes it.
    const bool multiIngredient = recipe && recipe->ingredients.size() > 1;
    if (!FrontOfPackage::isExempt(multiIngredient ? FrontOfPackage::Composition::MultiIngredient
                                                  : FrontOfPackage::Composition::SingleIngredient,
                                  labelling->exemption.has_value()))
        content.highIn =
            FrontOfPackage::codes(FrontOfPackage::highIn(perServing.value(), perReference.value(), referenceGrams));
    return Ok{};
}

Result<Ok> ProductLabelService::composeOrigin(const FinishedLot& lot, const std::optional<Recipe>& recipe,
                                              Composition& composition) const
{
    // LB-10: « Produit du Québec » only when every input lot came from a Quebec farm and every
    // ingredient of the recipe but water was among those lots (salt or oil bought elsewhere are
    // not Quebec produce). Otherwise the label says nothing of origin, which is optional.
    const auto graph = TraceService(m_context).trace(lot.code, TraceDirection::Backward);
    if (!graph)
        return graph.error();
    QStringList receptionLots;
    QSet<QString> tracedProducts;
    for (const TraceLot& traced : graph->lots) {
        if (traced.kind == TraceLot::Kind::Reception) {
            receptionLots << traced.code;
            tracedProducts.insert(traced.productCode);
        }
    }
    if (receptionLots.isEmpty())
        return Ok{};
    if (recipe) {
        ProductRepository products(m_context.db);
        for (const RecipeIngredient& ingredient : recipe->ingredients) {
            if (tracedProducts.contains(ingredient.productCode))
                continue;
            const auto product = products.byId(ingredient.productId);
            if (!product)
                return product.error();
            if (product->cnfFoodId != WaterFoodId)
                return Ok{};
        }
    }
    const auto provinces = LabelRepository(m_context.db).farmProvinces(receptionLots);
    if (!provinces)
        return provinces.error();
    for (const QString& province : provinces.value()) {
        if (province != QLatin1String("QC"))
            return Ok{};
    }
    composition.content.originFr = QStringLiteral("Produit du Québec");
    composition.content.originEn = QStringLiteral("Product of Quebec");
    return Ok{};
}

Result<ProductLabelContent> ProductLabelService::frozenOrComposed(const FinishedLot& lot) const
{
    const auto snapshot = LabelRepository(m_context.db).snapshot(lot.id);
    if (!snapshot)
        return snapshot.error();
    if (snapshot->has_value())
        return ProductLabelContent::fromJson(snapshot->value());
    const auto composition = compose(lot);
    if (!composition)
        return composition.error();
    if (!composition->missing.isEmpty())
        return Error{ErrorCode::Validation, tr("The label of %1 cannot be printed; missing:\n– %2")
                                                .arg(lot.code, composition->missing.join(QStringLiteral("\n– ")))};
    return composition->content;
}

Result<ProductLabelContent> ProductLabelService::content(const QString& lotCodeOrScan) const
{
    const auto found = lot(lotCodeOrScan);
    if (!found)
        return found.error();
    return frozenOrComposed(found.value());
}

Result<QStringList> ProductLabelService::missingItems(const QString& lotCodeOrScan) const
{
    const auto found = lot(lotCodeOrScan);
    if (!found)
        return found.error();
    const auto frozen = LabelRepository(m_context.db).snapshot(found->id);
    if (!frozen)
        return frozen.error();
    if (frozen->has_value())
        return QStringList();
    const auto composition = compose(found.value());
    if (!composition)
        return composition.error();
    return composition->missing;
}

Result<bool> ProductLabelService::isFrozen(const QString& lotCodeOrScan) const
{
    const auto found = lot(lotCodeOrScan);
    if (!found)
        return found.error();
    const auto frozen = LabelRepository(m_context.db).snapshot(found->id);
    if (!frozen)
        return frozen.error();
    return frozen->has_value();
}

Result<Ok> ProductLabelService::checkPrintable(const QString& lotCodeOrScan) const
{
    const auto found = lot(lotCodeOrScan);
    if (!found)
        return found.error();
    return checkPrintable(found.value());
}

Result<Ok> ProductLabelService::checkPrintable(const FinishedLot& lot) const
{
    if (auto r = HoldService(m_context).checkLabellable(lot.code); !r)
        return r.error();
    // A thawed lot must never leave with « Garder congelé » on it (FS-04).
    const auto thawed = StockRepository(m_context.db).isThawed(lot.id);
    if (!thawed)
        return thawed.error();
    if (thawed.value())
        return Error{ErrorCode::Conflict,
                     tr("The lot %1 was declared thawed after a cold-chain event: its label would say « Garder "
                        "congelé / Keep Frozen ». Mark its packs « Décongelé » by hand, or destroy them.")
                         .arg(lot.code)};
    return Ok{};
}

Result<ProductLabelContent> ProductLabelService::recordPrint(const Actor& actor, const QString& lotCodeOrScan,
                                                             const QString& templateId, int copies,
                                                             const QString& output)
{
    if (copies < 1 || copies > 10000)
        return Error{ErrorCode::Validation, tr("Print 1 to 10000 labels at a time.")};
    const auto found = lot(lotCodeOrScan);
    if (!found)
        return found.error();
    UnitOfWork work(m_context.db, m_context.clock, actor);
    if (auto r = work.begin(); !r)
        return r.error();
    // Inside the write lock: a hold committed by another station is seen (RC-02).
    if (auto r = checkPrintable(found.value()); !r)
        return r.error();
    auto frozenOrNew = frozenOrComposed(found.value());
    if (!frozenOrNew)
        return frozenOrNew.error();
    ProductLabelContent content = std::move(frozenOrNew).value();
    LabelRepository repository(m_context.db);
    const bool firstPrint = !content.frozenAt.isValid();
    if (firstPrint) {
        content.frozenAt = work.now();
        content.frozenBy = actor.name;
        if (auto r = repository.insertSnapshot(found->id, content.toJson(), work.now(), actor.name); !r)
            return r.error();
    }
    const LabelPrint print{0, found->code, templateId, copies, output, work.now(), actor.name};
    const auto printId = repository.insertPrint(found->id, print);
    if (!printId)
        return printId.error();
    const QJsonObject changes{{QStringLiteral("lot"), found->code},
                              {QStringLiteral("template"), templateId},
                              {QStringLiteral("copies"), copies},
                              {QStringLiteral("output"), output},
                              {QStringLiteral("first_print"), firstPrint}};
    if (auto r = work.audit(QStringLiteral("print"), QStringLiteral("label"), printId.value(), changes); !r)
        return r.error();
    if (auto r = work.commit(); !r)
        return r.error();
    emit m_context.notifier.stockChanged();
    return content;
}

Result<std::vector<LabelPrint>> ProductLabelService::prints(const QString& lotCodeOrScan) const
{
    const auto found = lot(lotCodeOrScan);
    if (!found)
        return found.error();
    return LabelRepository(m_context.db).prints(found->id);
}

} // namespace glaneur
