// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/ShipmentService.h"

#include "core/domain/LotCode.h"
#include "core/services/DomainJson.h"
#include "core/services/HoldService.h"
#include "core/services/PartnerService.h"
#include "core/services/SiteService.h"
#include "core/services/UnitOfWork.h"
#include "core/services/Validation.h"
#include "core/storage/FinishedLotRepository.h"
#include "core/storage/LocationRepository.h"
#include "core/storage/LotSequenceRepository.h"
#include "core/storage/PriceRepository.h"
#include "core/storage/StockRepository.h"

#include <map>

namespace glaneur {

namespace {

constexpr int MaxLines = 200;

Error invalid(const QString& message)
{
    return Error{ErrorCode::Validation, message};
}

// What a line will take, resolved before the write lock.
struct PlannedLine
{
    FinishedLot lot;
    Location from;
    int packs = 0;
};

} // namespace

QString ShipmentService::outsideQuebecWarning(const Partner& partner)
{
    const QString province = partner.address.province.trimmed().toUpper();
    if (province.isEmpty() || province == QLatin1String("QC"))
        return {};
    return tr("%1 is outside Quebec (%2). Shipping food there is interprovincial trade: it needs a licence under "
              "the Safe Food for Canadians Regulations and a preventive control plan. Ship only if the kitchen "
              "holds them.")
        .arg(partner.name, province);
}

Result<Shipment> ShipmentService::ship(const Actor& actor, const ShipmentRequest& request)
{
    if (request.partner.trimmed().isEmpty())
        return invalid(tr("Say which partner receives the shipment."));
    const auto partner = PartnerService(m_context).find(request.partner);
    if (!partner)
        return partner.error();
    if (!partner->active)
        return invalid(tr("The partner %1 is deactivated.").arg(partner->name));
    if (partner->address.isEmpty())
        return invalid(
            tr("Enter the address of %1 first: a shipment record needs the recipient's address.").arg(partner->name));
    if (request.lines.empty())
        return invalid(tr("Add at least one lot to the shipment."));
    if (request.lines.size() > MaxLines)
        return invalid(tr("Over 200 lines on one shipment: split it."));
    QString note = request.note.trimmed();
    if (auto r = Validation::optionalText(note, tr("The note"), 500); !r)
        return r.error();
    const auto when = Validation::notInTheFuture(request.at, m_context.clock.nowUtc());
    if (!when)
        return when.error();
    const QDateTime at = when.value();
    const auto site = SiteService(m_context).workingSite(request.siteCode);
    if (!site)
        return site.error();

    // The tier and unit prices: a donation is free; a restock is paid later, when the freezer is counted.
    PriceRepository prices(m_context.db);
    QString tierCode = request.tierCode.trimmed().toLower();
    if (request.kind == ShipmentKind::Donation)
        tierCode = PriceTier::freeCode();
    else if (tierCode.isEmpty())
        tierCode = partner->priceTier.isEmpty() ? QStringLiteral("full") : partner->priceTier.toLower();
    const auto tier = prices.tierByCode(tierCode);
    if (!tier)
        return tier.error();
    if (!tier->active)
        return invalid(tr("The price tier « %1 » is deactivated.").arg(tier->nameFr));

    LocationRepository locations(m_context.db);
    std::optional<Location> destination;
    if (request.kind == ShipmentKind::Restock) {
        if (!request.toLocationCode.trimmed().isEmpty()) {
            const auto found = locations.byCode(request.toLocationCode);
            if (!found)
                return found.error();
            destination = found.value();
        } else {
            const auto all = locations.list(false);
            if (!all)
                return all.error();
            for (const auto& l : all.value()) {
                if (l.kind != LocationKind::PartnerFreezer || l.partnerId != partner->id)
                    continue;
                if (destination)
                    return invalid(tr("%1 hosts several freezers: say which one is restocked.").arg(partner->name));
                destination = l;
            }
            if (!destination)
                return invalid(tr("%1 hosts no partner freezer: add it in Settings first.").arg(partner->name));
        }
        if (destination->kind != LocationKind::PartnerFreezer || destination->partnerId != partner->id)
            return invalid(tr("%1 is not a freezer of %2.").arg(destination->code, partner->name));
        if (!destination->active)
            return invalid(tr("The location %1 is deactivated.").arg(destination->code));
    } else if (!request.toLocationCode.trimmed().isEmpty()) {
        return invalid(tr("Only a restock goes to a partner freezer."));
    }

    std::vector<PlannedLine> planned;
    StockRepository stock(m_context.db);
    for (const auto& line : request.lines) {
        if (auto r = Validation::packs(line.packs); !r)
            return r.error();
        auto lot = FinishedLotRepository(m_context.db).byCode(line.lotCode);
        if (!lot)
            return lot.error();
        Location from;
        if (!line.fromCode.trimmed().isEmpty()) {
            const auto found = locations.byCode(line.fromCode);
            if (!found)
                return found.error();
            from = found.value();
        } else {
            StockFilter filter;
            filter.lotId = lot->id;
            filter.kitchenOnly = true;
            filter.limit = -1;
            const auto where = stock.onHand(filter);
            if (!where)
                return where.error();
            QStringList places;
            for (const auto& place : where.value()) {
                if (place.locationKind == LocationKind::Quarantine)
                    continue;
                places << QStringLiteral("%1 (%2)").arg(place.locationCode).arg(place.packs);
                from.id = place.locationId;
                from.code = place.locationCode;
                from.kind = place.locationKind;
            }
            if (places.isEmpty())
                return Error{ErrorCode::Conflict, tr("No pack of %1 is left in the kitchen.").arg(lot->code)};
            if (places.size() > 1)
                return invalid(tr("%1 is in several places: say which one to take it from (%2).")
                                   .arg(lot->code, places.join(QStringLiteral(", "))));
        }
        if (!from.isKitchen())
            return invalid(tr("Ship from a kitchen location, not from %1.").arg(from.code));
        if (from.kind == LocationKind::Quarantine)
            return invalid(tr("Packs in quarantine are not shipped."));
        planned.push_back({std::move(lot).value(), from, line.packs});
    }

    Shipment shipment;
    shipment.kind = request.kind;
    shipment.siteId = site->id;
    shipment.siteCode = site->code;
    shipment.partnerId = partner->id;
    shipment.partnerName = partner->name;
    shipment.address = partner->address;
    shipment.phone = partner->phone;
    if (destination) {
        shipment.toLocationId = destination->id;
        shipment.toLocationCode = destination->code;
    }
    shipment.tierCode = tier->code;
    shipment.shippedAt = at;
    shipment.note = note;
    shipment.createdBy = actor.name.trimmed();
    for (const auto& p : planned) {
        ShipmentLine line;
        line.lotId = p.lot.id;
        line.lotCode = p.lot.code;
        line.productCode = p.lot.productCode;
        line.productNameFr = p.lot.productNameFr;
        line.productNameEn = p.lot.productNameEn;
        line.fromId = p.from.id;
        line.fromCode = p.from.code;
        line.packs = p.packs;
        line.packGrams = p.lot.packGrams;
        line.bestBefore = p.lot.bestBefore;
        if (request.kind == ShipmentKind::Sale && !tier->isFree()) {
            const auto price = prices.currentPrice(p.lot.productId, tier->id);
            if (!price)
                return price.error();
            if (!price->has_value())
                return invalid(tr("« %1 » has no price in the tier « %2 »: set it in Settings first.")
                                   .arg(p.lot.productNameFr, tier->nameFr));
            line.unitPrice = price->value();
        }
        shipment.lines.push_back(std::move(line));
    }

    const QString warning = outsideQuebecWarning(partner.value());
    if (!warning.isEmpty() && !request.outsideQuebecConfirmed)
        return Error{ErrorCode::NeedsConfirmation, warning};
    shipment.outsideQuebec = !warning.isEmpty();

    UnitOfWork work(m_context.db, m_context.clock, actor);
    if (auto r = work.begin(); !r)
        return r.error();
    // Inside the write lock: holds and quantities are what they are now, for every station.
    HoldService holds(m_context);
    // Lines repeating a lot and a place take from the same packs: their sum must be there.
    std::map<std::pair<qint64, qint64>, int> taken;
    for (const auto& line : shipment.lines)
        taken[{line.lotId.value, line.fromId.value}] += line.packs;
    for (const auto& line : shipment.lines) {
        if (auto r = holds.checkNotHeld(line.lotCode); !r)
            return r.error();
        const auto available = stock.packsAt(line.lotId, line.fromId);
        if (!available)
            return available.error();
        if (available.value() < taken[{line.lotId.value, line.fromId.value}])
            return Error{
                ErrorCode::Conflict,
                tr("Only %n pack(s) of %1 left at %2.", nullptr, available.value()).arg(line.lotCode, line.fromCode)};
    }
    shipment.createdAt = work.now();
    const QString prefix = LotCode::prefix(QLatin1Char('E'), at.toLocalTime().date(), site->code);
    const auto sequence = LotSequenceRepository(m_context.db).next(prefix);
    if (!sequence)
        return sequence.error();
    shipment.number = LotCode::make(prefix, sequence.value(), 2);
    const auto id = ShipmentRepository(m_context.db).insert(shipment);
    if (!id)
        return id.error();
    shipment.id = id.value();
    const MovementKind kind = request.kind == ShipmentKind::Sale       ? MovementKind::Shipment
                              : request.kind == ShipmentKind::Donation ? MovementKind::Donation
                                                                       : MovementKind::Restock;
    for (auto& line : shipment.lines) {
        StockMovement m;
        m.kind = kind;
        m.lotId = line.lotId;
        m.lotCode = line.lotCode;
        m.fromId = line.fromId;
        m.fromCode = line.fromCode;
        m.toId = shipment.toLocationId;
        m.toCode = shipment.toLocationCode;
        m.packs = line.packs;
        m.grams = line.grams();
        m.reference = shipment.number;
        m.shipmentId = shipment.id;
        m.partnerId = partner->id;
        m.at = at;
        m.recordedAt = work.now();
        m.recordedBy = shipment.createdBy;
        const auto movement = stock.insert(m);
        if (!movement)
            return movement.error();
        line.movementId = movement.value();
        if (auto r = ShipmentRepository(m_context.db).insertLine(shipment.id, line); !r)
            return r.error();
    }
    if (auto r = work.audit(QStringLiteral("ship"), QStringLiteral("shipment"), shipment.id.value, toJson(shipment));
        !r)
        return r.error();
    if (auto r = work.commit(); !r)
        return r.error();
    emit m_context.notifier.stockChanged();
    // As stored, with what the write did not compute (lines flagged thawed, FS-04). The shipment is
    // written either way, so a failed read gives back what was written rather than an error.
    auto stored = ShipmentRepository(m_context.db).byNumber(shipment.number);
    if (!stored)
        return shipment;
    return stored;
}

Result<Shipment> ShipmentService::byNumber(const QString& number) const
{
    return ShipmentRepository(m_context.db).byNumber(number);
}

Result<std::vector<Shipment>> ShipmentService::list(const ShipmentFilter& filter) const
{
    return ShipmentRepository(m_context.db).list(filter);
}

} // namespace glaneur
