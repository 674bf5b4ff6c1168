// SPDX-License-Identifier: GPL-3.0-or-later
// glaneur-cli commands for product labels: the label of a finished lot (PDF, PNG, ZPL), what a
// label still misses, a product's label settings, and the Canadian Nutrient File.
#include "app/cli/CliCommand.h"
#include "app/cli/CliOptions.h"
#include "core/common/FixedPoint.h"
#include "core/domain/AllergenStatement.h"
#include "core/labels/LabelTemplate.h"
#include "core/labels/ProductLabel.h"
#include "core/labels/ProductLabelZpl.h"
#include "core/nutrition/NutrientFile.h"
#include "core/services/DomainJson.h"
#include "core/services/Services.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace glaneur::cli {

namespace {

QJsonObject printJson(const LabelPrint& print)
{
    return QJsonObject{{QStringLiteral("id"), print.id},
                       {QStringLiteral("template"), print.templateId},
                       {QStringLiteral("copies"), print.copies},
                       {QStringLiteral("output"), print.output},
                       {QStringLiteral("at"), print.at.toString(Qt::ISODate)},
                       {QStringLiteral("by"), print.recordedBy}};
}

// `label LOT --check`: what the label says, or what it misses, and the prints so far.
int checkProductLabel(CliRun& run, const QString& lot)
{
    const auto missing = run.services().labels.missingItems(lot);
    if (!missing)
        return run.fail(missing.error());
    const auto frozen = run.services().labels.isFrozen(lot);
    if (!frozen)
        return run.fail(frozen.error());
    const auto prints = run.services().labels.prints(lot);
    if (!prints)
        return run.fail(prints.error());
    const auto content = missing->isEmpty() ? run.services().labels.content(lot) : Result<ProductLabelContent>(Error{});
    // Held or thawed: complete perhaps, but not printable now.
    const auto allowed = run.services().labels.checkPrintable(lot);
    const QString blocked = allowed ? QString() : allowed.error().message;
    const bool printable = missing->isEmpty() && blocked.isEmpty();
    if (run.json()) {
        QJsonArray printList;
        for (const LabelPrint& print : prints.value())
            printList.append(printJson(print));
        QJsonObject json{{QStringLiteral("lot"), scannedCode(lot)},
                         {QStringLiteral("printable"), printable},
                         {QStringLiteral("blocked"), blocked.isEmpty() ? QJsonValue() : QJsonValue(blocked)},
                         {QStringLiteral("frozen"), frozen.value()},
                         {QStringLiteral("missing"), QJsonArray::fromStringList(missing.value())},
                         {QStringLiteral("prints"), printList}};
        if (content)
            json.insert(QStringLiteral("content"), content->toJson());
        run.printJson(json);
    } else if (!missing->isEmpty()) {
        run.print(Cli::tr("The label of %1 cannot be printed; missing:").arg(scannedCode(lot)));
        for (const QString& item : missing.value())
            run.print(QStringLiteral("  – ") + item);
    } else {
        run.print(frozen.value()
                      ? Cli::tr("The label of %1 is frozen since its first print; reprints are identical.")
                            .arg(scannedCode(lot))
                      : Cli::tr("The label of %1 is complete; its first print will freeze it.").arg(scannedCode(lot)));
        run.print(QStringLiteral("  %1 / %2 — %3").arg(content->nameFr, content->nameEn, content->netQuantity));
        run.print(QStringLiteral("  QR: %1").arg(content->qrPayload));
        if (!blocked.isEmpty())
            run.print(QStringLiteral("  ") + blocked);
        for (const LabelPrint& print : prints.value())
            run.print(Cli::tr("  Printed %1: %2 × %3 (%4) by %5")
                          .arg(localTime(print.at))
                          .arg(print.copies)
                          .arg(print.templateId, print.output, print.recordedBy));
    }
    return printable ? CliRun::ExitOk : CliRun::ExitRefused;
}

} // namespace

int printProductLabel(CliRun& run, const QString& lot, int copies)
{
    if (run.isSet(QStringLiteral("check")))
        return checkProductLabel(run, lot);
    const QString out = run.value(QStringLiteral("out"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (out.isEmpty() ||
        (suffix != QLatin1String("pdf") && suffix != QLatin1String("png") && suffix != QLatin1String("zpl")))
        return run.usage(Cli::tr("Say where to write the labels with --out FILE.pdf, FILE.png or FILE.zpl."));
    const QString templateId = run.isSet(QStringLiteral("template")) ? run.value(QStringLiteral("template"))
                                                                     : labels::ProductLabel::defaultTemplateId();
    const auto labelTemplate = labels::LabelTemplate::byId(templateId);
    if (!labelTemplate)
        return run.fail(labelTemplate.error());
    int dotsPerMm = 8;
    if (run.isSet(QStringLiteral("dpi"))) {
        const auto dpi = wholeOption(run, QStringLiteral("dpi"));
        if (!dpi)
            return run.fail(dpi.error());
        if (dpi.value() != 203 && dpi.value() != 300)
            return run.fail(Error{ErrorCode::Validation, Cli::tr("--dpi is 203 or 300 (the Zebra printer's head).")});
        dotsPerMm = dpi.value() == 300 ? 12 : 8;
    }
    // Check the output before recording the print: a refused layout prints nothing.
    const auto preview = run.services().labels.content(lot);
    if (!preview)
        return run.fail(preview.error());
    if (suffix == QLatin1String("zpl")) {
        if (auto r = labels::ProductLabelZpl::write(preview.value(), labelTemplate.value(), copies, dotsPerMm); !r)
            return run.fail(r.error());
    } else if (auto r = labels::ProductLabel::document(preview.value(), templateId, copies); !r) {
        return run.fail(r.error());
    }

    // A print is recorded (and the label frozen) only when its file can be written: try the folder first.
    {
        QSaveFile probe(out);
        if (!probe.open(QIODevice::WriteOnly))
            return run.fail(Error{ErrorCode::Io, Cli::tr("Cannot write %1: %2").arg(out, probe.errorString())});
        probe.cancelWriting();
    }
    const auto content = run.services().labels.recordPrint(run.actor(), lot, templateId, copies, suffix);
    if (!content)
        return run.fail(content.error());
    QStringList files{out};
    int pages = 1;
    if (suffix == QLatin1String("zpl")) {
        const auto zpl = labels::ProductLabelZpl::write(content.value(), labelTemplate.value(), copies, dotsPerMm);
        if (!zpl)
            return run.fail(zpl.error());
        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly) || file.write(zpl.value()) != zpl->size() || !file.commit())
            return run.fail(Error{ErrorCode::Io, Cli::tr("Cannot write %1: %2").arg(out, file.errorString())});
    } else {
        const auto document = labels::ProductLabel::document(content.value(), templateId, copies);
        if (!document)
            return run.fail(document.error());
        pages = document->pageCount();
        if (suffix == QLatin1String("pdf")) {
            if (auto r = document->writePdf(out, content->lotCode); !r)
                return run.fail(r.error());
        } else {
            const auto written = document->writePng(out);
            if (!written)
                return run.fail(written.error());
            files = written.value();
        }
    }
    if (run.json())
        run.printJson(QJsonObject{{QStringLiteral("lot"), content->lotCode},
                                  {QStringLiteral("template"), templateId},
                                  {QStringLiteral("copies"), copies},
                                  {QStringLiteral("pages"), pages},
                                  {QStringLiteral("qr"), content->qrPayload},
                                  {QStringLiteral("frozen_at"), content->frozenAt.toString(Qt::ISODate)},
                                  {QStringLiteral("files"), QJsonArray::fromStringList(files)}});
    else
        run.print(Cli::tr("%n label(s) of %1 written to %2.", nullptr, copies)
                      .arg(content->lotCode, files.join(QStringLiteral(", "))));
    return CliRun::ExitOk;
}

namespace {

QString foodLine(const NutrientFood& food)
{
    return QStringLiteral("%1  %2 / %3").arg(food.foodId, 5).arg(food.nameFr, food.nameEn);
}

QString nutrientValue(const NutrientAmounts& amounts, Nutrient nutrient)
{
    const auto value = amounts.value(nutrient);
    if (!value)
        return Cli::tr("unknown");
    // Base units back to the table's units: kcal (×1000), g (×10^6) or mg (×1000).
    const qint64 perUnit = baseUnitsPerDisplayUnit(nutrient);
    const int decimals = perUnit == 1000000 ? 6 : 3;
    const QString unit = nutrient == Nutrient::Energy ? QStringLiteral("kcal")
                         : perUnit == 1000000         ? QStringLiteral("g")
                                                      : QStringLiteral("mg");
    return formatFixed(*value, decimals) + QLatin1Char(' ') + unit;
}

int nutrientSearch(CliRun& run)
{
    const auto foods = NutrientFile::builtIn().search(run.arguments().join(QLatin1Char(' ')), 50);
    if (run.json()) {
        QJsonArray array;
        for (const NutrientFood& food : foods)
            array.append(QJsonObject{{QStringLiteral("id"), food.foodId},
                                     {QStringLiteral("name_fr"), food.nameFr},
                                     {QStringLiteral("name_en"), food.nameEn}});
        run.printJson(array);
        return CliRun::ExitOk;
    }
    for (const NutrientFood& food : foods)
        run.print(foodLine(food));
    if (foods.empty())
        run.print(Cli::tr("No food of the Canadian Nutrient File matches."));
    return CliRun::ExitOk;
}

int nutrientShow(CliRun& run)
{
    if (run.arguments().size() != 1)
        return run.usage(Cli::tr("Name the food: glaneur-cli nutrient show ID"));
    const auto id = wholeNumberText(run.arguments().front(), QStringLiteral("ID"));
    if (!id)
        return run.fail(id.error());
    const auto food = NutrientFile::builtIn().food(id.value());
    if (!food)
        return run.fail(
            Error{ErrorCode::NotFound, Cli::tr("The Canadian Nutrient File has no food %1.").arg(id.value())});
    if (run.json()) {
        QJsonObject values;
        for (int n = 0; n < NutrientCount; ++n) {
            const auto value = food->per100g.value(Nutrient(n));
            values.insert(QLatin1String(nutrientCode(Nutrient(n))), value ? QJsonValue(double(*value)) : QJsonValue());
        }
        run.printJson(QJsonObject{{QStringLiteral("id"), food->foodId},
                                  {QStringLiteral("name_fr"), food->nameFr},
                                  {QStringLiteral("name_en"), food->nameEn},
                                  {QStringLiteral("per_100g_base_units"), values}});
        return CliRun::ExitOk;
    }
    run.print(foodLine(food.value()));
    std::vector<QStringList> rows;
    for (int n = 0; n < NutrientCount; ++n)
        rows.push_back({QLatin1String(nutrientCode(Nutrient(n))), nutrientValue(food->per100g, Nutrient(n))});
    run.printTable({Cli::tr("Nutrient"), Cli::tr("Per 100 g")}, rows);
    return CliRun::ExitOk;
}

Result<std::optional<bool>> yesNo(const CliRun& run, const QString& option)
{
    if (!run.isSet(option))
        return std::optional<bool>();
    const QString text = run.value(option).trimmed().toLower();
    if (text == QLatin1String("yes") || text == QLatin1String("oui"))
        return std::optional<bool>(true);
    if (text == QLatin1String("no") || text == QLatin1String("non"))
        return std::optional<bool>(false);
    return Error{ErrorCode::Validation, Cli::tr("--%1 is yes or no.").arg(option)};
}

Result<qint64> decimalOption(const CliRun& run, const QString& option, int decimals)
{
    const auto value = parseFixed(run.value(option), decimals);
    if (!value)
        return Error{ErrorCode::Validation, Cli::tr("--%1: « %2 » is not a number with at most %3 decimal(s).")
                                                .arg(option, run.value(option))
                                                .arg(decimals)};
    return *value;
}

// Applies the options given to the product's labelling; the others keep their value.
Result<Ok> applyLabellingOptions(const CliRun& run, ProductLabelling& labelling)
{
    if (run.isSet(QStringLiteral("reference-g"))) {
        const auto grams = wholeOption(run, QStringLiteral("reference-g"));
        if (!grams)
            return grams.error();
        labelling.referenceAmountGrams = grams.value();
    }
    if (run.isSet(QStringLiteral("serving-g"))) {
        const auto decigrams = decimalOption(run, QStringLiteral("serving-g"), 1);
        if (!decigrams)
            return decigrams.error();
        labelling.servingDecigrams = int(decigrams.value());
    }
    if (run.isSet(QStringLiteral("serving-fr")))
        labelling.servingMeasureFr = run.value(QStringLiteral("serving-fr"));
    if (run.isSet(QStringLiteral("serving-en")))
        labelling.servingMeasureEn = run.value(QStringLiteral("serving-en"));
    if (run.isSet(QStringLiteral("yield-percent"))) {
        const auto basisPoints = decimalOption(run, QStringLiteral("yield-percent"), 2);
        if (!basisPoints)
            return basisPoints.error();
        labelling.cookedYieldBasisPoints = int(basisPoints.value());
    }
    if (run.isSet(QStringLiteral("no-exemption"))) {
        labelling.exemption.reset();
        labelling.exemptionReason.clear();
    }
    if (run.isSet(QStringLiteral("exemption"))) {
        const auto exemption = vocabularyOption<NutritionExemption>(run, QStringLiteral("exemption"));
        if (!exemption)
            return exemption.error();
        labelling.exemption = exemption.value();
    }
    if (run.isSet(QStringLiteral("exemption-reason")))
        labelling.exemptionReason = run.value(QStringLiteral("exemption-reason"));
    if (run.isSet(QStringLiteral("zero"))) {
        labelling.unknownAsZero.clear();
        for (const QString& code : run.value(QStringLiteral("zero")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto nutrient = nutrientFromCode(code.trimmed().toLower());
            if (!nutrient)
                return Error{ErrorCode::Validation, Cli::tr("--zero: unknown nutrient « %1 »; expected e.g. trans, "
                                                            "saturated, sugars, cholesterol.")
                                                        .arg(code.trimmed())};
            labelling.unknownAsZero.push_back(*nutrient);
        }
    }
    if (run.isSet(QStringLiteral("gtin")))
        labelling.gtin = run.value(QStringLiteral("gtin"));
    for (const char* name : {"low-acid", "cook-before-eating"}) {
        const auto flag = yesNo(run, QLatin1String(name));
        if (!flag)
            return flag.error();
        if (const std::optional<bool> value = flag.value())
            (qstrcmp(name, "low-acid") == 0 ? labelling.lowAcid : labelling.cookBeforeEating) = *value;
    }
    if (run.isSet(QStringLiteral("no-allergens")))
        labelling.allergens.clear();
    for (const QString& text : run.values(QStringLiteral("allergen"))) {
        const QStringList parts = text.split(QLatin1Char(':'));
        if (parts.size() != 1 && parts.size() != 3)
            return Error{ErrorCode::Validation,
                         Cli::tr("--allergen is CODE, or CODE:FRENCH NAME:ENGLISH NAME for tree nuts, fish, "
                                 "crustaceans and molluscs (e.g. tree-nut:Noix de Grenoble:Walnuts).")};
        labelling.allergens.push_back(ProductAllergen{parts.at(0), parts.value(1), parts.value(2)});
    }
    return Ok{};
}

void printLabelling(const CliRun& run, const Product& product, const ProductLabelling& labelling)
{
    if (run.json()) {
        QJsonObject json = toJson(labelling);
        json.insert(QStringLiteral("product"), product.code);
        json.insert(QStringLiteral("cnf"), product.cnfFoodId ? QJsonValue(*product.cnfFoodId) : QJsonValue());
        run.printJson(json);
        return;
    }
    const QString none = Cli::tr("(none)");
    QStringList allergens;
    for (const ProductAllergen& allergen : labelling.allergens)
        allergens << (allergen.specificNameFr.isEmpty()
                          ? allergen.code
                          : QStringLiteral("%1 (%2)").arg(allergen.code, allergen.specificNameFr));
    QStringList zero;
    for (Nutrient n : labelling.unknownAsZero)
        zero << QLatin1String(nutrientCode(n));
    const std::vector<QStringList> rows{
        {Cli::tr("Product"), product.code + QStringLiteral(" — ") + product.nameFr},
        {Cli::tr("Canadian Nutrient File food"), product.cnfFoodId ? QString::number(*product.cnfFoodId) : none},
        {Cli::tr("Reference amount"),
         labelling.referenceAmountGrams ? QStringLiteral("%1 g").arg(*labelling.referenceAmountGrams) : none},
        {Cli::tr("Serving"), labelling.servingDecigrams
                                 ? QStringLiteral("%1 (%2 g) / %3")
                                       .arg(labelling.servingMeasureFr, formatFixed(*labelling.servingDecigrams, 1),
                                            labelling.servingMeasureEn)
                                 : none},
        {Cli::tr("Cooked yield"), formatFixed(labelling.cookedYieldBasisPoints, 2) + QStringLiteral(" %")},
        {Cli::tr("Nutrition Facts exemption"),
         labelling.exemption ? labelOf(*labelling.exemption) + QStringLiteral(" — ") + labelling.exemptionReason
                             : none},
        {Cli::tr("Confirmed 0 where unknown"), zero.isEmpty() ? none : zero.join(QStringLiteral(", "))},
        {Cli::tr("Allergens"), allergens.isEmpty() ? none : allergens.join(QStringLiteral(", "))},
        {Cli::tr("GTIN"), labelling.gtin.isEmpty() ? none : labelling.gtin},
        {Cli::tr("Low-acid"), labelling.lowAcid ? Cli::tr("yes") : Cli::tr("no")},
        {Cli::tr("Cook before eating"), labelling.cookBeforeEating ? Cli::tr("yes") : Cli::tr("no")},
    };
    run.printTable({Cli::tr("Label"), Cli::tr("Value")}, rows);
}

int productLabelling(CliRun& run)
{
    if (run.arguments().size() != 1)
        return run.usage(Cli::tr("Name the product: glaneur-cli product labelling CODE [options]"));
    const auto product = run.services().products.byCode(run.arguments().front().trimmed().toUpper());
    if (!product)
        return run.fail(product.error());
    auto labelling = run.services().products.labelling(product->id);
    if (!labelling)
        return run.fail(labelling.error());
    ProductLabelling changed = labelling.value();
    if (auto r = applyLabellingOptions(run, changed); !r)
        return run.fail(r.error());
    const QStringList editing{QStringLiteral("reference-g"),
                              QStringLiteral("serving-g"),
                              QStringLiteral("serving-fr"),
                              QStringLiteral("serving-en"),
                              QStringLiteral("yield-percent"),
                              QStringLiteral("exemption"),
                              QStringLiteral("exemption-reason"),
                              QStringLiteral("no-exemption"),
                              QStringLiteral("zero"),
                              QStringLiteral("gtin"),
                              QStringLiteral("low-acid"),
                              QStringLiteral("cook-before-eating"),
                              QStringLiteral("allergen"),
                              QStringLiteral("no-allergens")};
    bool edits = false;
    for (const QString& option : editing)
        edits = edits || run.isSet(option);
    if (edits) {
        labelling = run.services().products.setLabelling(run.actor(), changed);
        if (!labelling)
            return run.fail(labelling.error());
    }
    printLabelling(run, product.value(), labelling.value());
    return CliRun::ExitOk;
}

} // namespace

void addLabelCommands(std::vector<CliCommand>& commands)
{
    const auto existing = CliCommand::Database::Existing;
    commands.push_back(
        {QStringLiteral("product labelling"),
         QStringLiteral("CODE"),
         Cli::tr("Show or set what a product's label needs (serving, allergens, exemption, GTIN…)."),
         {valueOption("reference-g", "G", Cli::tr("Reference amount in grams (85 for vegetables).")),
          valueOption("serving-g", "G", Cli::tr("Serving size in grams, e.g. 85 or 8,5.")),
          valueOption("serving-fr", "TEXT", Cli::tr("Household measure in French, e.g. « 2/3 tasse ».")),
          valueOption("serving-en", "TEXT", Cli::tr("Household measure in English, e.g. \"2/3 cup\".")),
          valueOption("yield-percent", "P", Cli::tr("Finished weight as a % of the ingredients' weight (cooking).")),
          valueOption("exemption", "KIND",
                      Cli::tr("No Nutrition Facts table: fresh-produce, ingredient-or-institution, small-package or "
                              "all-zero.")),
          valueOption("exemption-reason", "TEXT", Cli::tr("Why the exemption applies.")),
          QCommandLineOption(QStringLiteral("no-exemption"), Cli::tr("Print the Nutrition Facts table again.")),
          valueOption("zero", "LIST",
                      Cli::tr("Nutrients confirmed 0 where the nutrient file has no value, e.g. trans.")),
          valueOption("gtin", "DIGITS", Cli::tr("GTIN allocated by GS1 Canada (empty to remove).")),
          valueOption("low-acid", "yes|no", Cli::tr("Low-acid food (pH > 4.6).")),
          valueOption("cook-before-eating", "yes|no",
                      Cli::tr("Print « Cuire avant de consommer / Cook before eating ».")),
          valueOption("allergen", "CODE[:FR:EN]",
                      Cli::tr("An allergen (repeat); species names for nuts, fish, shellfish.")),
          QCommandLineOption(QStringLiteral("no-allergens"),
                             Cli::tr("Remove the allergens before adding those given."))},
         existing,
         productLabelling});
    commands.push_back({QStringLiteral("nutrient search"),
                        QStringLiteral("TEXT"),
                        Cli::tr("Find foods of the Canadian Nutrient File (French or English words, or an id)."),
                        {},
                        existing,
                        nutrientSearch});
    commands.push_back({QStringLiteral("nutrient show"),
                        QStringLiteral("ID"),
                        Cli::tr("Show a Canadian Nutrient File food's values per 100 g."),
                        {},
                        existing,
                        nutrientShow});
}

} // namespace glaneur::cli
