// SPDX-License-Identifier: GPL-3.0-or-later
// glaneur-cli commands for the freezer stock (issue 4): moves, shipments and their delivery slips,
// losses, returns, counts of partner freezers, picking, price tiers and prices.
#include "app/cli/Cli.h"
#include "app/cli/CliOptions.h"
#include "app/cli/CliRun.h"
#include "core/documents/DeliverySlip.h"
#include "core/services/DomainJson.h"
#include "core/services/Services.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace glaneur::cli {

namespace {

QString packsText(int packs)
{
    return Cli::tr("%n pack(s)", nullptr, packs);
}

// The only positional argument of a command (a shipment number, a movement id…); nullopt when
// there is none or several.
std::optional<QString> oneArgument(const CliRun& run)
{
    if (run.arguments().size() != 1)
        return std::nullopt;
    return run.arguments().front().trimmed();
}

// One more line for people: what a lot has left where packs were taken from.
void printLeft(const CliRun& run, Services& services, const QString& lotCode, const QString& locationCode)
{
    const auto left = services.stock.packsAt(lotCode, locationCode);
    if (left)
        run.print(Cli::tr("%1 of %2 left at %3.").arg(packsText(left.value()), lotCode, locationCode));
}

// The lot, packs and time every single-lot stock command reads (--lot, --packs, --at).
struct LotPacksAt
{
    QString lotCode;
    int packs = 0;
    QDateTime at;
};

Result<LotPacksAt> lotPacksAt(const CliRun& run)
{
    LotPacksAt read;
    read.lotCode = scannedCode(run.value(QStringLiteral("lot")));
    const auto packs = wholeOption(run, QStringLiteral("packs"));
    if (!packs)
        return packs.error();
    read.packs = packs.value();
    const auto at = optionalDateTime(run, QStringLiteral("at"));
    if (!at)
        return at.error();
    read.at = at.value();
    return read;
}

// ---- moves, losses, returns, reversals

int move(CliRun& run)
{
    if (const QString option = missingOption(run, {"lot", "packs", "from", "to"}); !option.isEmpty())
        return missing(run, QStringLiteral("move"), option);
    const auto common = lotPacksAt(run);
    if (!common)
        return run.fail(common.error());
    MoveRequest request;
    request.lotCode = common->lotCode;
    request.packs = common->packs;
    request.at = common->at;
    request.fromCode = run.value(QStringLiteral("from"));
    request.toCode = run.value(QStringLiteral("to"));
    request.reason = run.value(QStringLiteral("reason"));
    const auto movement = run.services().stock.move(run.actor(), request);
    if (!movement)
        return run.fail(movement.error());
    if (run.json()) {
        run.printJson(toJson(movement.value()));
        return CliRun::ExitOk;
    }
    run.print(Cli::tr("%1 of %2 moved from %3 to %4 (movement #%5).")
                  .arg(packsText(movement->packs), movement->lotCode, movement->fromCode, movement->toCode)
                  .arg(movement->id.value));
    printLeft(run, run.services(), movement->lotCode, movement->fromCode);
    return CliRun::ExitOk;
}

int loss(CliRun& run)
{
    if (const QString option = missingOption(run, {"lot", "packs", "from", "reason"}); !option.isEmpty())
        return missing(run, QStringLiteral("loss"), option);
    const auto common = lotPacksAt(run);
    if (!common)
        return run.fail(common.error());
    LossRequest request;
    request.lotCode = common->lotCode;
    request.packs = common->packs;
    request.at = common->at;
    request.fromCode = run.value(QStringLiteral("from"));
    request.kind = run.isSet(QStringLiteral("destroy")) ? MovementKind::Destruction : MovementKind::Loss;
    request.reason = run.value(QStringLiteral("reason"));
    const auto movement = run.services().stock.recordLoss(run.actor(), request);
    if (!movement)
        return run.fail(movement.error());
    if (run.json()) {
        run.printJson(toJson(movement.value()));
        return CliRun::ExitOk;
    }
    const QString text = movement->kind == MovementKind::Destruction
                             ? Cli::tr("%1 of %2 destroyed at %3: %4 (movement #%5).")
                             : Cli::tr("%1 of %2 lost at %3: %4 (movement #%5).");
    run.print(text.arg(packsText(movement->packs), movement->lotCode, movement->fromCode, movement->reason)
                  .arg(movement->id.value));
    printLeft(run, run.services(), movement->lotCode, movement->fromCode);
    return CliRun::ExitOk;
}

int giveBack(CliRun& run)
{
    if (const QString option = missingOption(run, {"lot", "packs", "partner", "to", "reason"}); !option.isEmpty())
        return missing(run, QStringLiteral("return"), option);
    const auto common = lotPacksAt(run);
    if (!common)
        return run.fail(common.error());
    ReturnRequest request;
    request.lotCode = common->lotCode;
    request.packs = common->packs;
    request.at = common->at;
    request.partner = run.value(QStringLiteral("partner"));
    request.toCode = run.value(QStringLiteral("to"));
    request.reason = run.value(QStringLiteral("reason"));
    const auto movement = run.services().stock.recordReturn(run.actor(), request);
    if (!movement)
        return run.fail(movement.error());
    if (run.json())
        run.printJson(toJson(movement.value()));
    else
        run.print(Cli::tr("%1 of %2 returned by %3 to %4 (movement #%5).")
                      .arg(packsText(movement->packs), movement->lotCode, movement->partnerName, movement->toCode)
                      .arg(movement->id.value));
    return CliRun::ExitOk;
}

int reverse(CliRun& run)
{
    const auto argument = oneArgument(run);
    if (!argument)
        return run.usage(Cli::tr("Name the movement: glaneur-cli reverse MOVEMENT_ID --reason \"…\""));
    const auto id = recordIdText(*argument, Cli::tr("Movement"));
    if (!id)
        return run.fail(id.error());
    const auto reversal =
        run.services().stock.reverse(run.actor(), StockMovementId{id.value()}, run.value(QStringLiteral("reason")));
    if (!reversal)
        return run.fail(reversal.error());
    if (run.json())
        run.printJson(toJson(reversal.value()));
    else
        run.print(
            Cli::tr("Movement #%1 reversed by movement #%2: %3 of %4 back %5.")
                .arg(reversal->reversesId.value)
                .arg(reversal->id.value)
                .arg(packsText(reversal->packs), reversal->lotCode,
                     reversal->toCode.isEmpty() ? Cli::tr("out of stock") : Cli::tr("at %1").arg(reversal->toCode)));
    return CliRun::ExitOk;
}

QString placeText(const QString& code, const QString& partner)
{
    if (!code.isEmpty())
        return code;
    return partner;
}

int movements(CliRun& run)
{
    if (!run.isSet(QStringLiteral("lot")) && !run.isSet(QStringLiteral("location")))
        return run.usage(Cli::tr("« movements » needs --lot or --location (see « glaneur-cli help movements »)."));
    MovementFilter filter;
    if (run.isSet(QStringLiteral("lot")))
        filter.lotCode = scannedCode(run.value(QStringLiteral("lot")));
    filter.locationCode = run.value(QStringLiteral("location")).trimmed().toUpper();
    const auto period = periodOptions(run);
    if (!period)
        return run.fail(period.error());
    filter.from = period->first;
    filter.to = period->second;
    const auto list = run.services().stock.movements(filter);
    if (!list)
        return run.fail(list.error());
    QJsonArray array;
    std::vector<QStringList> rows;
    for (const StockMovement& m : list.value()) {
        array.append(toJson(m));
        QString kind = labelOf(m.kind);
        if (m.reversesId.isValid())
            kind += QLatin1Char(' ') + Cli::tr("of #%1").arg(m.reversesId.value);
        if (m.reversed)
            kind += QLatin1Char(' ') + Cli::tr("(reversed)");
        rows.push_back({QLatin1Char('#') + QString::number(m.id.value), localTime(m.at), kind, m.lotCode,
                        placeText(m.fromCode, m.toCode.isEmpty() ? QString() : m.partnerName),
                        placeText(m.toCode, m.fromCode.isEmpty() ? QString() : m.partnerName), QString::number(m.packs),
                        kg(Mass::fromGrams(m.grams)), m.reference, m.reason});
    }
    if (run.json())
        run.printJson(array);
    else
        run.printTable({Cli::tr("Id"), Cli::tr("When"), Cli::tr("Kind"), Cli::tr("Lot"), Cli::tr("From"), Cli::tr("To"),
                        Cli::tr("Packs"), Cli::tr("Weight"), Cli::tr("Reference"), Cli::tr("Reason")},
                       rows);
    return CliRun::ExitOk;
}

// ---- on hand and picking

int stock(CliRun& run)
{
    StockFilter filter;
    filter.limit = -1;
    QString lotCode;
    if (run.isSet(QStringLiteral("lot"))) {
        lotCode = scannedCode(run.value(QStringLiteral("lot")));
        filter.text = lotCode;
    }
    if (run.isSet(QStringLiteral("product"))) {
        const auto product = run.services().products.byCode(run.value(QStringLiteral("product")));
        if (!product)
            return run.fail(product.error());
        filter.productId = product->id;
    }
    filter.locationCode = run.value(QStringLiteral("location")).trimmed().toUpper();
    filter.siteCode = run.value(QStringLiteral("site")).trimmed().toUpper();
    filter.partnerFreezersOnly = run.isSet(QStringLiteral("partner-freezers"));
    const QDate today = run.services().clock().nowUtc().toLocalTime().date();
    if (run.isSet(QStringLiteral("expiring-days"))) {
        const auto days = wholeOption(run, QStringLiteral("expiring-days"));
        if (!days)
            return run.fail(days.error());
        if (days.value() < 0)
            return run.fail(Error{ErrorCode::Validation, Cli::tr("--expiring-days cannot be negative.")});
        filter.bestBeforeUntil = today.addDays(days.value());
    }
    const auto lines = run.services().stock.onHand(filter);
    if (!lines)
        return run.fail(lines.error());
    QJsonArray array;
    std::vector<QStringList> rows;
    int packs = 0;
    qint64 grams = 0;
    for (const StockLine& line : lines.value()) {
        // The filter's text also matches products; --lot means that lot only.
        if (!lotCode.isEmpty() && line.lotCode != lotCode)
            continue;
        array.append(toJson(line));
        QStringList flags;
        if (line.held)
            flags << Cli::tr("held");
        if (line.thawed)
            flags << Cli::tr("thawed");
        if (line.bestBefore.isValid() && line.bestBefore < today)
            flags << Cli::tr("past best-before");
        const QString place = line.partnerName.isEmpty()
                                  ? line.locationCode
                                  : QStringLiteral("%1 (%2)").arg(line.locationCode, line.partnerName);
        rows.push_back({line.lotCode, line.productCode, place, QString::number(line.packs),
                        kg(Mass::fromGrams(line.grams())), isoDate(line.bestBefore), flags.join(QStringLiteral(", "))});
        packs += line.packs;
        grams += line.grams();
    }
    if (run.json()) {
        run.printJson(array);
        return CliRun::ExitOk;
    }
    if (rows.empty()) {
        run.print(Cli::tr("No stock on hand matches."));
        return CliRun::ExitOk;
    }
    run.printTable({Cli::tr("Lot"), Cli::tr("Product"), Cli::tr("Location"), Cli::tr("Packs"), Cli::tr("Weight"),
                    Cli::tr("Best before"), Cli::tr("Flags")},
                   rows);
    run.print(Cli::tr("Total: %1, %2.").arg(packsText(packs), kg(Mass::fromGrams(grams))));
    return CliRun::ExitOk;
}

int pick(CliRun& run)
{
    if (const QString option = missingOption(run, {"product", "packs"}); !option.isEmpty())
        return missing(run, QStringLiteral("pick"), option);
    const auto product = run.services().products.byCode(run.value(QStringLiteral("product")));
    if (!product)
        return run.fail(product.error());
    const auto packs = wholeOption(run, QStringLiteral("packs"));
    if (!packs)
        return run.fail(packs.error());
    const auto proposals =
        run.services().stock.proposePicking(product->code, packs.value(), run.value(QStringLiteral("site")));
    if (!proposals)
        return run.fail(proposals.error());
    int proposed = 0;
    QJsonArray picks;
    std::vector<QStringList> rows;
    for (const PickProposal& p : proposals.value()) {
        proposed += p.packs;
        picks.append(QJsonObject{{QStringLiteral("lot"), p.lotCode},
                                 {QStringLiteral("location"), p.locationCode},
                                 {QStringLiteral("packs"), p.packs},
                                 {QStringLiteral("best_before"), isoDate(p.bestBefore)}});
        rows.push_back({p.lotCode, p.locationCode, QString::number(p.packs), isoDate(p.bestBefore)});
    }
    const int missingPacks = packs.value() - proposed;
    if (missingPacks > 0)
        run.warn(Cli::tr("Only %1 of %2 can be picked in the kitchen; %3 missing.")
                     .arg(packsText(proposed), product->code)
                     .arg(missingPacks));
    if (run.json())
        run.printJson(QJsonObject{{QStringLiteral("product"), product->code},
                                  {QStringLiteral("packs"), packs.value()},
                                  {QStringLiteral("proposed"), proposed},
                                  {QStringLiteral("missing"), missingPacks},
                                  {QStringLiteral("picks"), picks}});
    else if (!rows.empty())
        run.printTable({Cli::tr("Lot"), Cli::tr("Location"), Cli::tr("Packs"), Cli::tr("Best before")}, rows);
    return CliRun::ExitOk;
}

// ---- counts

// "P-261122-HS-01:12" (or a scanned label, whose URL has colons of its own) → lot and packs.
Result<CountRequest::Line> countLine(const QString& text)
{
    const int colon = int(text.lastIndexOf(QLatin1Char(':')));
    if (colon <= 0)
        return Error{ErrorCode::Validation,
                     Cli::tr("--lot « %1 »: write the lot and the packs counted, e.g. P-261122-HS-01:12.").arg(text)};
    const auto packs = wholeNumberText(text.mid(colon + 1), QStringLiteral("lot"));
    if (!packs)
        return packs.error();
    return CountRequest::Line{scannedCode(text.left(colon)), packs.value()};
}

int count(CliRun& run)
{
    if (const QString option = missingOption(run, {"location", "lot"}); !option.isEmpty())
        return missing(run, QStringLiteral("count"), option);
    CountRequest request;
    request.locationCode = run.value(QStringLiteral("location"));
    for (const QString& text : run.values(QStringLiteral("lot"))) {
        const auto line = countLine(text.trimmed());
        if (!line)
            return run.fail(line.error());
        request.lines.push_back(line.value());
    }
    if (run.isSet(QStringLiteral("collected"))) {
        const auto collected = dollarsOption(run, QStringLiteral("collected"));
        if (!collected)
            return run.fail(collected.error());
        request.collected = collected.value();
    }
    request.reason = run.value(QStringLiteral("reason"));
    const auto at = optionalDateTime(run, QStringLiteral("at"));
    if (!at)
        return run.fail(at.error());
    request.at = at.value();
    const auto counted = run.services().stock.count(run.actor(), request);
    if (!counted)
        return run.fail(counted.error());
    if (run.json()) {
        run.printJson(toJson(counted.value()));
        return CliRun::ExitOk;
    }
    const auto location = run.services().locations.byCode(counted->locationCode);
    const bool salesPoint = location && location->kind == LocationKind::PartnerFreezer;
    run.print(Cli::tr("Count #%1 of %2 recorded.").arg(counted->id.value).arg(counted->locationCode));
    std::vector<QStringList> rows;
    int sold = 0;
    for (const StockCount::Line& line : counted->lines) {
        QStringList row{line.lotCode, line.productNameFr, QString::number(line.expectedPacks),
                        QString::number(line.countedPacks), QString::number(line.difference())};
        if (salesPoint)
            row << (line.difference() < 0 ? moneyText(line.unitPrice) : QString());
        rows.push_back(row);
        if (line.difference() < 0)
            sold -= line.difference();
    }
    QStringList headers{Cli::tr("Lot"), Cli::tr("Product"), Cli::tr("Expected"), Cli::tr("Counted"),
                        Cli::tr("Difference")};
    if (salesPoint)
        headers << Cli::tr("Unit price");
    run.printTable(headers, rows);
    if (salesPoint) {
        run.print(Cli::tr("Sold: %1.").arg(packsText(sold)));
        run.print(
            Cli::tr("Expected: %1; collected: %2; difference: %3.")
                .arg(moneyText(counted->expected), moneyText(counted->collected), moneyText(counted->difference())));
    }
    return CliRun::ExitOk;
}

// ---- shipments

int ship(CliRun& run)
{
    const QString command = QStringLiteral("ship");
    if (const QString option = missingOption(run, {"to", "lot", "packs"}); !option.isEmpty())
        return missing(run, command, option);
    const QStringList lots = run.values(QStringLiteral("lot"));
    const QStringList packs = run.values(QStringLiteral("packs"));
    const QStringList froms = run.values(QStringLiteral("from"));
    if (packs.size() != lots.size())
        return run.usage(Cli::tr("Give one --packs for each --lot, in the same order."));
    if (!froms.isEmpty() && froms.size() != lots.size())
        return run.usage(Cli::tr("Give one --from for each --lot, in the same order, or none."));
    ShipmentRequest request;
    if (run.isSet(QStringLiteral("kind"))) {
        const auto kind = vocabularyOption<ShipmentKind>(run, QStringLiteral("kind"));
        if (!kind)
            return run.fail(kind.error());
        request.kind = kind.value();
    }
    request.partner = run.value(QStringLiteral("to"));
    request.siteCode = run.value(QStringLiteral("site"));
    request.tierCode = run.value(QStringLiteral("tier"));
    request.toLocationCode = run.value(QStringLiteral("to-location"));
    request.note = run.value(QStringLiteral("note"));
    request.outsideQuebecConfirmed = run.isSet(QStringLiteral("confirm-outside-quebec"));
    const auto at = optionalDateTime(run, QStringLiteral("at"));
    if (!at)
        return run.fail(at.error());
    request.at = at.value();
    for (int i = 0; i < lots.size(); ++i) {
        const auto number = wholeNumberText(packs.at(i), QStringLiteral("packs"));
        if (!number)
            return run.fail(number.error());
        request.lines.push_back({scannedCode(lots.at(i)), number.value(), froms.value(i)});
    }
    const auto shipment = run.services().shipments.ship(run.actor(), request);
    if (!shipment) {
        if (shipment.error().code != ErrorCode::NeedsConfirmation)
            return run.fail(shipment.error());
        // TR-10: the warning, then how to go on once the kitchen has its licence.
        return run.fail(Error{ErrorCode::NeedsConfirmation,
                              shipment.error().message + QLatin1Char('\n') +
                                  Cli::tr("Nothing was shipped. Add --confirm-outside-quebec to ship anyway.")});
    }
    if (run.json())
        run.printJson(toJson(shipment.value()));
    else
        run.print(shipment->number);
    return CliRun::ExitOk;
}

QString shipmentPlace(const Shipment& s)
{
    return s.toLocationCode.isEmpty() ? s.partnerName : QStringLiteral("%1 (%2)").arg(s.partnerName, s.toLocationCode);
}

int shipmentList(CliRun& run)
{
    ShipmentFilter filter;
    if (run.isSet(QStringLiteral("partner"))) {
        const auto partner = run.services().partners.find(run.value(QStringLiteral("partner")));
        if (!partner)
            return run.fail(partner.error());
        filter.partnerId = partner->id;
    }
    filter.text = run.value(QStringLiteral("search")).trimmed();
    const auto period = periodOptions(run);
    if (!period)
        return run.fail(period.error());
    filter.from = period->first;
    filter.to = period->second;
    const auto shipments = run.services().shipments.list(filter);
    if (!shipments)
        return run.fail(shipments.error());
    QJsonArray array;
    std::vector<QStringList> rows;
    for (const Shipment& s : shipments.value()) {
        array.append(toJson(s));
        rows.push_back({s.number, localTime(s.shippedAt), labelOf(s.kind), shipmentPlace(s), QString::number(s.packs()),
                        kg(Mass::fromGrams(s.grams())), moneyText(s.amount())});
    }
    if (run.json())
        run.printJson(array);
    else
        run.printTable({Cli::tr("Number"), Cli::tr("Shipped"), Cli::tr("Kind"), Cli::tr("Partner"), Cli::tr("Packs"),
                        Cli::tr("Weight"), Cli::tr("Amount")},
                       rows);
    return CliRun::ExitOk;
}

int shipmentShow(CliRun& run)
{
    const auto number = oneArgument(run);
    if (!number)
        return run.usage(Cli::tr("Name the shipment: glaneur-cli shipment show NUMBER"));
    const auto shipment = run.services().shipments.byNumber(*number);
    if (!shipment)
        return run.fail(shipment.error());
    if (run.json()) {
        run.printJson(toJson(shipment.value()));
        return CliRun::ExitOk;
    }
    const Shipment& s = shipment.value();
    run.print(QStringLiteral("%1  %2").arg(s.number, labelOf(s.kind)));
    run.print(Cli::tr("To: %1").arg(s.partnerName));
    if (!s.address.isEmpty())
        run.print(Cli::tr("Address: %1").arg(s.address.oneLine()));
    if (!s.toLocationCode.isEmpty())
        run.print(Cli::tr("Partner freezer: %1").arg(s.toLocationCode));
    run.print(Cli::tr("Price tier: %1").arg(s.tierCode));
    run.print(Cli::tr("Shipped: %1 from %2, by %3").arg(localTime(s.shippedAt), s.siteCode, s.createdBy));
    if (s.outsideQuebec)
        run.print(Cli::tr("Outside Quebec: shipped after the warning was confirmed."));
    if (!s.note.isEmpty())
        run.print(Cli::tr("Note: %1").arg(s.note));
    run.print(QString());
    std::vector<QStringList> rows;
    for (const ShipmentLine& line : s.lines)
        rows.push_back({line.lotCode, line.productNameFr, line.fromCode, QString::number(line.packs),
                        kg(Mass::fromGrams(line.grams())), isoDate(line.bestBefore), moneyText(line.unitPrice),
                        moneyText(line.amount())});
    run.printTable({Cli::tr("Lot"), Cli::tr("Product"), Cli::tr("From"), Cli::tr("Packs"), Cli::tr("Weight"),
                    Cli::tr("Best before"), Cli::tr("Unit price"), Cli::tr("Amount")},
                   rows);
    run.print(
        Cli::tr("Total: %1, %2, %3.").arg(packsText(s.packs()), kg(Mass::fromGrams(s.grams())), moneyText(s.amount())));
    return CliRun::ExitOk;
}

int shipmentSlip(CliRun& run)
{
    const auto number = oneArgument(run);
    if (!number)
        return run.usage(Cli::tr("Name the shipment: glaneur-cli shipment slip NUMBER --out FILE.pdf"));
    const QString out = run.value(QStringLiteral("out"));
    if (out.trimmed().isEmpty() || QFileInfo(out).suffix().toLower() != QLatin1String("pdf"))
        return run.usage(Cli::tr("Say where to write the slip with --out FILE.pdf."));
    const auto shipment = run.services().shipments.byNumber(*number);
    if (!shipment)
        return run.fail(shipment.error());
    const auto kitchen = run.services().sites.byCode(shipment->siteCode);
    if (!kitchen)
        return run.fail(kitchen.error());
    const documents::DeliverySlip slip(shipment.value(), kitchen.value());
    if (auto r = slip.writePdf(out); !r)
        return run.fail(r.error());
    if (run.json())
        run.printJson(QJsonObject{{QStringLiteral("shipment"), shipment->number},
                                  {QStringLiteral("title"), slip.title()},
                                  {QStringLiteral("pages"), slip.pageCount()},
                                  {QStringLiteral("file"), out}});
    else
        run.print(Cli::tr("%1 of %2 written to %3.").arg(slip.title(), shipment->number, out));
    return CliRun::ExitOk;
}

// ---- price tiers and prices

QStringList tierRow(const PriceTier& t)
{
    return {t.code, t.nameFr, t.nameEn, t.active ? Cli::tr("yes") : Cli::tr("no")};
}

int tierAdd(CliRun& run)
{
    if (const QString option = missingOption(run, {"code", "name-fr", "name-en"}); !option.isEmpty())
        return missing(run, QStringLiteral("tier add"), option);
    PriceTier tier;
    tier.code = run.value(QStringLiteral("code"));
    tier.nameFr = run.value(QStringLiteral("name-fr"));
    tier.nameEn = run.value(QStringLiteral("name-en"));
    const auto added = run.services().prices.addTier(run.actor(), tier);
    if (!added)
        return run.fail(added.error());
    if (run.json())
        run.printJson(toJson(added.value()));
    else
        run.print(Cli::tr("Price tier %1 added.").arg(added->code));
    return CliRun::ExitOk;
}

int tierEdit(CliRun& run)
{
    const auto code = oneArgument(run);
    if (!code)
        return run.usage(Cli::tr("Name the tier: glaneur-cli tier edit CODE --name-fr … --name-en …"));
    const auto stored = run.services().prices.tier(*code);
    if (!stored)
        return run.fail(stored.error());
    PriceTier tier = stored.value();
    if (run.isSet(QStringLiteral("name-fr")))
        tier.nameFr = run.value(QStringLiteral("name-fr"));
    if (run.isSet(QStringLiteral("name-en")))
        tier.nameEn = run.value(QStringLiteral("name-en"));
    const auto updated = run.services().prices.updateTier(run.actor(), tier);
    if (!updated)
        return run.fail(updated.error());
    if (run.json())
        run.printJson(toJson(updated.value()));
    else
        run.print(Cli::tr("Price tier %1 updated.").arg(updated->code));
    return CliRun::ExitOk;
}

int tierSetActive(CliRun& run, bool active)
{
    const auto code = oneArgument(run);
    if (!code)
        return run.usage(Cli::tr("Name the tier: glaneur-cli tier %1 CODE")
                             .arg(active ? QStringLiteral("activate") : QStringLiteral("deactivate")));
    if (auto r = run.services().prices.setTierActive(run.actor(), *code, active); !r)
        return run.fail(r.error());
    const auto tier = run.services().prices.tier(*code);
    if (!tier)
        return run.fail(tier.error());
    if (run.json())
        run.printJson(toJson(tier.value()));
    else
        run.print(active ? Cli::tr("Price tier %1 is active.").arg(tier->code)
                         : Cli::tr("Price tier %1 is deactivated.").arg(tier->code));
    return CliRun::ExitOk;
}

int tierList(CliRun& run)
{
    const auto tiers = run.services().prices.tiers(run.isSet(QStringLiteral("all")));
    if (!tiers)
        return run.fail(tiers.error());
    QJsonArray array;
    std::vector<QStringList> rows;
    for (const PriceTier& t : tiers.value()) {
        array.append(toJson(t));
        rows.push_back(tierRow(t));
    }
    if (run.json())
        run.printJson(array);
    else
        run.printTable({Cli::tr("Code"), Cli::tr("French name"), Cli::tr("English name"), Cli::tr("Active")}, rows);
    return CliRun::ExitOk;
}

int priceSet(CliRun& run)
{
    if (const QString option = missingOption(run, {"product", "tier", "dollars"}); !option.isEmpty())
        return missing(run, QStringLiteral("price set"), option);
    const auto dollars = dollarsOption(run, QStringLiteral("dollars"));
    if (!dollars)
        return run.fail(dollars.error());
    const auto price = run.services().prices.setPrice(run.actor(), run.value(QStringLiteral("product")),
                                                      run.value(QStringLiteral("tier")), dollars.value());
    if (!price)
        return run.fail(price.error());
    if (run.json())
        run.printJson(toJson(price.value()));
    else
        run.print(Cli::tr("A pack of %1 costs %2 in the tier %3.")
                      .arg(price->productCode, moneyText(price->price), price->tierCode));
    return CliRun::ExitOk;
}

int priceList(CliRun& run)
{
    // Without --product: every finished product, as a manager checks the price sheet.
    QStringList codes;
    if (run.isSet(QStringLiteral("product"))) {
        codes << run.value(QStringLiteral("product"));
    } else {
        ProductFilter filter;
        filter.kind = ProductKind::Finished;
        const auto products = run.services().products.list(filter);
        if (!products)
            return run.fail(products.error());
        for (const Product& p : products.value())
            codes << p.code;
    }
    QJsonArray array;
    std::vector<QStringList> rows;
    for (const QString& code : codes) {
        const auto prices = run.services().prices.prices(code);
        if (!prices)
            return run.fail(prices.error());
        for (const ProductPrice& p : prices.value()) {
            array.append(toJson(p));
            rows.push_back({p.productCode, p.tierCode, moneyText(p.price), localTime(p.since)});
        }
    }
    if (run.json())
        run.printJson(array);
    else
        run.printTable({Cli::tr("Product"), Cli::tr("Tier"), Cli::tr("Price per pack"), Cli::tr("Since")}, rows);
    return CliRun::ExitOk;
}

} // namespace

void addStockCommands(std::vector<CliCommand>& commands)
{
    const auto existing = CliCommand::Database::Existing;
    const QCommandLineOption at = valueOption("at", "ISO", Cli::tr("When it happened (default: now)."));
    const QCommandLineOption lot = valueOption("lot", "LOT", Cli::tr("The finished lot (code or scanned label)."));
    const QCommandLineOption packs = valueOption("packs", "N", Cli::tr("Number of packs."));
    const QCommandLineOption from = valueOption("from", "DATE", Cli::tr("From this day on."));
    const QCommandLineOption to = valueOption("to", "DATE", Cli::tr("Up to this day."));

    commands.push_back({QStringLiteral("move"),
                        QString(),
                        Cli::tr("Move packs between two locations (to a partner freezer: a restock)."),
                        {lot, packs, valueOption("from", "LOCATION", Cli::tr("Where the packs are.")),
                         valueOption("to", "LOCATION", Cli::tr("Where they go.")),
                         valueOption("reason", "TEXT", Cli::tr("Why (kept in the history).")), at},
                        existing,
                        move});
    commands.push_back(
        {QStringLiteral("ship"),
         QString(),
         Cli::tr("Ship packs to a partner (sale, donation or restock); prints the shipment number."),
         {valueOption("to", "PARTNER", Cli::tr("The partner who receives it (name or #id).")),
          valueOption("lot", "LOT", Cli::tr("A finished lot; repeat --lot, --packs and --from for several lines.")),
          valueOption("packs", "N", Cli::tr("Packs of that lot.")),
          valueOption("from", "LOCATION", Cli::tr("Where that lot is taken (default: where it is in the kitchen).")),
          valueOption("kind", "KIND",
                      Cli::tr("%1 (default: sale).").arg(codesOf<ShipmentKind>().join(QStringLiteral(", ")))),
          valueOption("tier", "TIER", Cli::tr("Price tier of a sale (default: the partner's).")),
          valueOption("to-location", "LOCATION", Cli::tr("The partner freezer a restock fills.")),
          valueOption("site", "CODE", Cli::tr("The kitchen it leaves from (default: the default kitchen).")),
          valueOption("note", "TEXT", Cli::tr("A note on the delivery slip.")), at,
          QCommandLineOption(QStringLiteral("confirm-outside-quebec"),
                             Cli::tr("The partner is outside Quebec and the kitchen may ship there (TR-10)."))},
         existing,
         ship});
    commands.push_back({QStringLiteral("shipment list"),
                        QString(),
                        Cli::tr("List the shipments, newest first."),
                        {valueOption("partner", "PARTNER", Cli::tr("Only this partner's shipments.")), from, to,
                         valueOption("search", "TEXT", Cli::tr("Number or partner contains."))},
                        existing,
                        shipmentList});
    commands.push_back({QStringLiteral("shipment show"),
                        QStringLiteral("NUMBER"),
                        Cli::tr("Show a shipment and its lines."),
                        {},
                        existing,
                        shipmentShow});
    commands.push_back({QStringLiteral("shipment slip"),
                        QStringLiteral("NUMBER"),
                        Cli::tr("Write the bilingual delivery slip (or donation receipt) of a shipment as a PDF."),
                        {valueOption("out", "FILE.pdf", Cli::tr("The PDF file to write."))},
                        existing,
                        shipmentSlip});
    commands.push_back(
        {QStringLiteral("stock"),
         QString(),
         Cli::tr("Packs on hand per lot and location, earliest best-before first."),
         {valueOption("location", "LOCATION", Cli::tr("Only this location.")),
          valueOption("product", "CODE", Cli::tr("Only this product.")),
          valueOption("lot", "LOT", Cli::tr("Only this lot.")),
          valueOption("site", "CODE", Cli::tr("Only this kitchen.")),
          QCommandLineOption(QStringLiteral("partner-freezers"), Cli::tr("Only the freezers at partners.")),
          valueOption("expiring-days", "D", Cli::tr("Only lots whose best-before is within D days."))},
         existing,
         stock});
    commands.push_back(
        {QStringLiteral("movements"),
         QString(),
         Cli::tr("The stock ledger of a lot or a location, in the order it was written."),
         {lot, valueOption("location", "LOCATION", Cli::tr("Movements from or to this location.")), from, to},
         existing,
         movements});
    commands.push_back({QStringLiteral("reverse"),
                        QStringLiteral("MOVEMENT_ID"),
                        Cli::tr("Undo a stock movement with a reversing movement."),
                        {valueOption("reason", "TEXT", Cli::tr("Why (required)."))},
                        existing,
                        reverse});
    commands.push_back(
        {QStringLiteral("loss"),
         QString(),
         Cli::tr("Record packs spoiled, broken or lost, or destroyed with --destroy."),
         {lot, packs, valueOption("from", "LOCATION", Cli::tr("Where the packs were.")),
          valueOption("reason", "TEXT", Cli::tr("What happened (required).")),
          QCommandLineOption(QStringLiteral("destroy"), Cli::tr("The packs were destroyed (e.g. a held lot).")), at},
         existing,
         loss});
    commands.push_back({QStringLiteral("return"),
                        QString(),
                        Cli::tr("Packs a partner brings back."),
                        {lot, packs, valueOption("partner", "PARTNER", Cli::tr("Who brings them back.")),
                         valueOption("to", "LOCATION", Cli::tr("Where they go: a kitchen location or quarantine.")),
                         valueOption("reason", "TEXT", Cli::tr("Why (required).")), at},
                        existing,
                        giveBack});
    commands.push_back(
        {QStringLiteral("count"),
         QString(),
         Cli::tr("Count a location; at a partner freezer the packs gone are sales, reconciled with the cash."),
         {valueOption("location", "LOCATION", Cli::tr("The location counted.")),
          valueOption("lot", "LOT:COUNTED", Cli::tr("A lot and the packs found, e.g. P-261122-HS-01:12; repeat it.")),
          valueOption("collected", "DOLLARS", Cli::tr("Money found in a partner freezer's cash box.")),
          valueOption("reason", "TEXT", Cli::tr("Why a kitchen count differs, or cash is missing.")), at},
         existing,
         count});
    commands.push_back({QStringLiteral("pick"),
                        QString(),
                        Cli::tr("Which packs to take for an order: earliest best-before first."),
                        {valueOption("product", "CODE", Cli::tr("The finished product.")), packs,
                         valueOption("site", "CODE", Cli::tr("Only this kitchen."))},
                        existing,
                        pick});

    const QCommandLineOption nameFr = valueOption("name-fr", "NAME", Cli::tr("French name."));
    const QCommandLineOption nameEn = valueOption("name-en", "NAME", Cli::tr("English name."));
    commands.push_back({QStringLiteral("tier add"),
                        QString(),
                        Cli::tr("Add a price tier."),
                        {valueOption("code", "CODE", Cli::tr("Lowercase code, e.g. solidarity.")), nameFr, nameEn},
                        existing,
                        tierAdd});
    commands.push_back({QStringLiteral("tier edit"),
                        QStringLiteral("CODE"),
                        Cli::tr("Rename a price tier."),
                        {nameFr, nameEn},
                        existing,
                        tierEdit});
    commands.push_back({QStringLiteral("tier deactivate"),
                        QStringLiteral("CODE"),
                        Cli::tr("Deactivate a price tier (past sales keep it)."),
                        {},
                        existing,
                        [](CliRun& run) { return tierSetActive(run, false); }});
    commands.push_back({QStringLiteral("tier activate"),
                        QStringLiteral("CODE"),
                        Cli::tr("Reactivate a price tier."),
                        {},
                        existing,
                        [](CliRun& run) { return tierSetActive(run, true); }});
    commands.push_back({QStringLiteral("tier list"),
                        QString(),
                        Cli::tr("List the price tiers."),
                        {QCommandLineOption(QStringLiteral("all"), Cli::tr("Include deactivated tiers."))},
                        existing,
                        tierList});
    commands.push_back({QStringLiteral("price set"),
                        QString(),
                        Cli::tr("Set the price of one pack of a product in a tier (from now on)."),
                        {valueOption("product", "CODE", Cli::tr("The finished product.")),
                         valueOption("tier", "TIER", Cli::tr("The price tier.")),
                         valueOption("dollars", "DOLLARS", Cli::tr("Price of one pack, e.g. 4.25."))},
                        existing,
                        priceSet});
    commands.push_back(
        {QStringLiteral("price list"),
         QString(),
         Cli::tr("Current prices per tier."),
         {valueOption("product", "CODE", Cli::tr("Only this product (default: every finished product)."))},
         existing,
         priceList});
}

} // namespace glaneur::cli
