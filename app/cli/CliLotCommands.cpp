// SPDX-License-Identifier: GPL-3.0-or-later
// glaneur-cli commands for lots: receive, lot list/show/scan, label.
#include "app/cli/Cli.h"
#include "app/cli/CliRun.h"
#include "core/domain/LotLink.h"
#include "core/labels/ReceptionLabel.h"
#include "core/services/DomainJson.h"
#include "core/services/Services.h"
#include "core/services/Validation.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace glaneur::cli {

namespace {

// Turns the receive command's options into a request; every unreadable value is refused.
Result<ReceptionRequest> receptionRequest(CliRun& run)
{
    ReceptionRequest request;
    request.siteCode = run.value(QStringLiteral("site"));
    if (run.value(QStringLiteral("supplier")).isEmpty())
        return Error{ErrorCode::Validation, Cli::tr("Name the supplier with --supplier.")};
    const auto supplier = run.services().partners.find(run.value(QStringLiteral("supplier")));
    if (!supplier)
        return supplier.error();
    request.supplierId = supplier->id;
    if (run.isSet(QStringLiteral("farm"))) {
        const auto farm = run.services().partners.find(run.value(QStringLiteral("farm")));
        if (!farm)
            return farm.error();
        request.farmId = farm->id;
    }
    if (run.value(QStringLiteral("product")).isEmpty())
        return Error{ErrorCode::Validation, Cli::tr("Name the product with --product.")};
    const auto product = run.services().products.byCode(run.value(QStringLiteral("product")));
    if (!product)
        return product.error();
    request.productId = product->id;

    const std::pair<const char*, std::optional<Mass>*> masses[] = {
        {"net-kg", &request.net}, {"gross-kg", &request.gross}, {"tare-kg", &request.tare}};
    for (const auto& [name, target] : masses) {
        const QString option = QString::fromLatin1(name);
        if (!run.isSet(option))
            continue;
        if (run.value(option).trimmed().isEmpty())
            return Error{ErrorCode::Validation, Cli::tr("--%1 needs a number of kilograms.").arg(option)};
        const auto mass = Validation::kilograms(run.value(option), QStringLiteral("--") + option);
        if (!mass)
            return mass.error();
        *target = mass.value();
    }
    if (run.isSet(QStringLiteral("at"))) {
        const auto at = Validation::dateTime(run.value(QStringLiteral("at")));
        if (!at)
            return at.error();
        request.receivedAt = at.value();
    }
    if (run.isSet(QStringLiteral("temp-c"))) {
        const auto temperature = Validation::celsius(run.value(QStringLiteral("temp-c")));
        if (!temperature)
            return temperature.error();
        request.temperature = temperature.value();
    }
    if (run.isSet(QStringLiteral("grade"))) {
        request.grade = fromCode<ConditionGrade>(run.value(QStringLiteral("grade")));
        if (!request.grade)
            return Error{ErrorCode::Validation,
                         Cli::tr("The grade is A, B or C, not « %1 ».").arg(run.value(QStringLiteral("grade")))};
    }
    if (run.isSet(QStringLiteral("acquisition"))) {
        const auto acquisition = fromCode<AcquisitionKind>(run.value(QStringLiteral("acquisition")));
        if (!acquisition)
            return Error{ErrorCode::Validation,
                         Cli::tr("The acquisition is donation, purchase or gleaning, not « %1 ».")
                             .arg(run.value(QStringLiteral("acquisition")))};
        request.acquisition = *acquisition;
    }
    if (run.isSet(QStringLiteral("price-cents"))) {
        const auto cents =
            Validation::wholeNumber(run.value(QStringLiteral("price-cents")), QStringLiteral("--price-cents"));
        if (!cents)
            return cents.error();
        request.price = Money::fromCents(cents->value_or(0));
    }
    request.supplierLot = run.value(QStringLiteral("supplier-lot"));
    request.notes = run.value(QStringLiteral("notes"));
    return request;
}

QStringList lotRow(const ReceptionLot& lot)
{
    const QLocale locale;
    return {lot.code, lot.receivedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), lot.productNameFr,
            lot.supplierName +
                (lot.farmId.isValid() ? QStringLiteral(" (") + lot.farmName + QLatin1Char(')') : QString()),
            lot.net.kilogramsText(locale)};
}

int printLot(CliRun& run, const ReceptionLot& lot)
{
    if (run.json()) {
        run.printJson(toJson(lot));
        return CliRun::ExitOk;
    }
    const QLocale locale;
    const auto kg = [&locale](const Mass& m) { return m.kilogramsText(locale); };
    std::vector<QStringList> rows{
        {Cli::tr("Lot"), lot.code},
        {Cli::tr("Kitchen"), lot.siteCode},
        {Cli::tr("Product"), lot.productNameFr + QStringLiteral(" / ") + lot.productNameEn},
        {Cli::tr("Supplier"), lot.supplierName},
    };
    if (lot.farmId.isValid())
        rows.push_back({Cli::tr("Farm"), lot.farmName});
    rows.push_back({Cli::tr("Received"), lot.receivedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))});
    rows.push_back({Cli::tr("Net weight"), kg(lot.net)});
    if (lot.gross)
        rows.push_back({Cli::tr("Gross weight"), kg(*lot.gross)});
    if (lot.tare)
        rows.push_back({Cli::tr("Tare"), kg(*lot.tare)});
    if (lot.temperature)
        rows.push_back({Cli::tr("Temperature"),
                        locale.toString(lot.temperature->tenths() / 10.0, 'f', 1) + QStringLiteral(" °C")});
    if (lot.grade)
        rows.push_back({Cli::tr("Grade"), labelOf(*lot.grade)});
    rows.push_back({Cli::tr("Acquisition"), labelOf(lot.acquisition)});
    if (lot.price.cents() > 0)
        rows.push_back({Cli::tr("Price"), locale.toCurrencyString(double(lot.price.cents()) / 100.0)});
    if (!lot.supplierLot.isEmpty())
        rows.push_back({Cli::tr("Supplier's lot"), lot.supplierLot});
    if (!lot.notes.isEmpty())
        rows.push_back({Cli::tr("Notes"), lot.notes});
    rows.push_back({Cli::tr("Received by"), lot.receivedBy});
    for (const QStringList& row : rows)
        run.print(row.at(0).leftJustified(16) + row.at(1));
    return CliRun::ExitOk;
}

int receive(CliRun& run)
{
    const auto request = receptionRequest(run);
    if (!request)
        return run.fail(request.error());
    const auto lot = run.services().receptions.receive(run.actor(), request.value());
    if (!lot)
        return run.fail(lot.error());
    if (run.json())
        run.printJson(toJson(lot.value()));
    else
        run.print(lot->code);
    return CliRun::ExitOk;
}

int lotList(CliRun& run)
{
    LotFilter filter;
    filter.text = run.value(QStringLiteral("search"));
    if (run.isSet(QStringLiteral("supplier"))) {
        const auto supplier = run.services().partners.find(run.value(QStringLiteral("supplier")));
        if (!supplier)
            return run.fail(supplier.error());
        filter.supplierId = supplier->id;
    }
    if (run.isSet(QStringLiteral("product"))) {
        const auto product = run.services().products.byCode(run.value(QStringLiteral("product")));
        if (!product)
            return run.fail(product.error());
        filter.productId = product->id;
    }
    for (const auto& [option, target] :
         {std::pair{QStringLiteral("from"), &filter.from}, std::pair{QStringLiteral("to"), &filter.to}}) {
        if (!run.isSet(option))
            continue;
        const auto day = Validation::date(run.value(option));
        if (!day)
            return run.fail(day.error());
        *target = day.value();
    }
    if (run.isSet(QStringLiteral("limit"))) {
        const auto limit = Validation::wholeNumber(run.value(QStringLiteral("limit")), QStringLiteral("--limit"));
        if (!limit)
            return run.fail(limit.error());
        filter.limit = std::max(1, limit->value_or(500));
    }
    const auto lots = run.services().receptions.search(filter);
    if (!lots)
        return run.fail(lots.error());
    QJsonArray array;
    std::vector<QStringList> rows;
    for (const ReceptionLot& lot : lots.value()) {
        array.append(toJson(lot));
        rows.push_back(lotRow(lot));
    }
    if (run.json())
        run.printJson(array);
    else
        run.printTable({Cli::tr("Lot"), Cli::tr("Received"), Cli::tr("Product"), Cli::tr("Supplier"), Cli::tr("Net")},
                       rows);
    return CliRun::ExitOk;
}

int lotShow(CliRun& run)
{
    if (run.arguments().size() != 1)
        return run.usage(Cli::tr("Name the lot: glaneur-cli lot show LOT"));
    const auto lot = run.services().receptions.lotFromScan(run.arguments().front());
    if (!lot)
        return run.fail(lot.error());
    return printLot(run, lot.value());
}

int label(CliRun& run)
{
    if (run.arguments().size() != 1)
        return run.usage(Cli::tr("Name the lot: glaneur-cli label LOT --out FILE.pdf"));
    int copies = 1;
    if (run.isSet(QStringLiteral("copies"))) {
        const auto number = Validation::wholeNumber(run.value(QStringLiteral("copies")), QStringLiteral("--copies"));
        if (!number)
            return run.fail(number.error());
        if (number->value_or(0) < 1 || number->value_or(0) > 10000)
            return run.fail(Error{ErrorCode::Validation, Cli::tr("--copies is between 1 and 10000.")});
        copies = number->value_or(1);
    }
    // A finished lot gets its product label; a reception lot its reception label.
    if (const auto finished = run.services().labels.isFrozen(run.arguments().front());
        finished || finished.error().code != ErrorCode::NotFound)
        return printProductLabel(run, run.arguments().front(), copies);
    // An unknown lot is said so before anything about the options.
    const auto lot = run.services().receptions.lotFromScan(run.arguments().front());
    if (!lot)
        return run.fail(lot.error());
    if (run.isSet(QStringLiteral("check")))
        return run.usage(
            Cli::tr("--check is for the product label of a finished lot; %1 is a reception lot.").arg(lot->code));
    const QString out = run.value(QStringLiteral("out"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (out.isEmpty() || (suffix != QLatin1String("pdf") && suffix != QLatin1String("png")))
        return run.usage(Cli::tr("Say where to write the label with --out FILE.pdf or --out FILE.png."));
    if (auto r = run.services().holds.checkLabellable(lot->code); !r)
        return run.fail(r.error());
    const auto organisation = run.services().settings.organisation();
    if (!organisation)
        return run.fail(organisation.error());
    const QString templateId = run.isSet(QStringLiteral("template"))
                                   ? run.value(QStringLiteral("template"))
                                   : labels::LabelTemplate::defaultReceptionTemplateId();
    const auto document = labels::ReceptionLabel::document(lot.value(), organisation.value(), templateId, copies);
    if (!document)
        return run.fail(document.error());
    QStringList files{out};
    if (suffix == QLatin1String("pdf")) {
        if (auto r = document->writePdf(out, lot->code); !r)
            return run.fail(r.error());
    } else {
        const auto written = document->writePng(out);
        if (!written)
            return run.fail(written.error());
        files = written.value();
    }
    if (run.json())
        run.printJson(QJsonObject{{QStringLiteral("lot"), lot->code},
                                  {QStringLiteral("template"), document->labelTemplate().id},
                                  {QStringLiteral("copies"), copies},
                                  {QStringLiteral("pages"), document->pageCount()},
                                  {QStringLiteral("qr"), LotLink::plainUrl(organisation->qrDomain, lot->code)},
                                  {QStringLiteral("files"), QJsonArray::fromStringList(files)}});
    else
        run.print(Cli::tr("Label of %1 written to %2.").arg(lot->code, files.join(QStringLiteral(", "))));
    return CliRun::ExitOk;
}

} // namespace

void addLotCommands(std::vector<CliCommand>& commands)
{
    const auto existing = CliCommand::Database::Existing;
    commands.push_back(
        {QStringLiteral("receive"),
         QString(),
         Cli::tr("Receive a lot of produce; prints its new lot code."),
         {valueOption("supplier", "PARTNER", Cli::tr("Who delivered (name or #id).")),
          valueOption("farm", "PARTNER", Cli::tr("The origin farm, when the supplier is not the farm.")),
          valueOption("product", "CODE", Cli::tr("Product code.")),
          valueOption("net-kg", "KG", Cli::tr("Net weight in kilograms.")),
          valueOption("gross-kg", "KG", Cli::tr("Gross weight in kilograms.")),
          valueOption("tare-kg", "KG", Cli::tr("Tare in kilograms.")),
          valueOption("at", "ISO", Cli::tr("When it was received (default: now), e.g. 2026-11-22T09:30.")),
          valueOption("temp-c", "T", Cli::tr("Temperature at reception, °C.")),
          valueOption("grade", "A|B|C", Cli::tr("Condition grade.")),
          valueOption("acquisition", "KIND", Cli::tr("donation (default), purchase or gleaning.")),
          valueOption("price-cents", "N", Cli::tr("Price paid, in cents (purchases).")),
          valueOption("supplier-lot", "CODE", Cli::tr("The supplier's own lot code.")),
          valueOption("notes", "TEXT", Cli::tr("Notes.")),
          valueOption("site", "CODE", Cli::tr("Receiving kitchen (default: the default kitchen)."))},
         existing,
         receive});
    commands.push_back({QStringLiteral("lot list"),
                        QString(),
                        Cli::tr("List or search reception lots, newest first."),
                        {valueOption("search", "TEXT", Cli::tr("Lot code, supplier, farm or product contains.")),
                         valueOption("supplier", "PARTNER", Cli::tr("Only this supplier's lots.")),
                         valueOption("product", "CODE", Cli::tr("Only this product.")),
                         valueOption("from", "DATE", Cli::tr("Received on or after this date.")),
                         valueOption("to", "DATE", Cli::tr("Received on or before this date.")),
                         valueOption("limit", "N", Cli::tr("At most N lots (500 by default)."))},
                        existing,
                        lotList});
    commands.push_back({QStringLiteral("lot show"),
                        QStringLiteral("LOT"),
                        Cli::tr("Show a lot; LOT may also be a scanned label (URL or GS1)."),
                        {},
                        existing,
                        lotShow});
    commands.push_back(
        {QStringLiteral("label"),
         QStringLiteral("LOT"),
         Cli::tr("Render a lot's labels: a finished lot's product label (PDF, PNG or ZPL), or a "
                 "reception lot's label (PDF or PNG). The first print of a finished lot freezes its "
                 "label."),
         {valueOption("out", "FILE", Cli::tr("FILE.pdf, FILE.png or FILE.zpl (ZPL: finished lots).")),
          valueOption("template", "ID",
                      Cli::tr("Label template (default roll-4x6 for finished lots, reception-4x3 for "
                              "reception lots).")),
          valueOption("copies", "N", Cli::tr("How many labels (1 by default).")),
          valueOption("dpi", "203|300", Cli::tr("ZPL: the Zebra printer's resolution (203 by default).")),
          QCommandLineOption(QStringLiteral("check"),
                             Cli::tr("Finished lots: say what the label misses, or what it says."))},
         existing,
         label});
}

} // namespace glaneur::cli
