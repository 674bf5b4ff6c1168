// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/StockService.h"

#include "core/services/DomainJson.h"
#include "core/services/HoldService.h"
#include "core/services/UnitOfWork.h"
#include "core/services/Validation.h"
#include "core/storage/FinishedLotRepository.h"
#include "core/storage/LocationRepository.h"
#include "core/storage/PartnerRepository.h"
#include "core/storage/PriceRepository.h"
#include "core/storage/ProductRepository.h"

#include <QSet>

namespace glaneur {

namespace {

Error invalid(const QString& message)
{
    return Error{ErrorCode::Validation, message};
}

// What a partner holds of a lot: shipped or donated to it, less what it brought back.
Result<qint64> packsWithPartner(QSqlDatabase db, PartnerId partner, const QString& lotCode)
{
    MovementFilter filter;
    filter.lotCode = lotCode;
    filter.limit = -1;
    const auto history = StockRepository(db).movements(filter);
    if (!history)
        return history.error();
    qint64 received = 0;
    for (const auto& m : history.value()) {
        if (m.partnerId != partner || m.reversed)
            continue;
        if (m.kind == MovementKind::Shipment || m.kind == MovementKind::Donation)
            received += m.packs;
        else if (m.kind == MovementKind::Return)
            received -= m.packs;
    }
    return received;
}

Result<Location> activeLocation(QSqlDatabase db, const QString& code, const QString& missing)
{
    if (code.trimmed().isEmpty())
        return invalid(missing);
    auto location = LocationRepository(db).byCode(code);
    if (!location)
        return location.error();
    if (!location->active)
        return Error{ErrorCode::Validation, StockService::tr("The location %1 is deactivated.").arg(location->code)};
    return location;
}

} // namespace

Result<StockMovement> StockService::record(const Actor& actor, StockMovement movement, bool heldAllowed,
                                           const std::function<Result<Ok>()>& checkInLock)
{
    UnitOfWork work(m_context.db, m_context.clock, actor);
    if (auto r = work.begin(); !r)
        return r.error();
    if (checkInLock) {
        if (auto r = checkInLock(); !r)
            return r.error();
    }
    // Inside the write lock: no other station can hold the lot or take these packs meanwhile.
    if (!heldAllowed) {
        if (auto r = HoldService(m_context).checkNotHeld(movement.lotCode); !r)
            return r.error();
    }
    StockRepository stock(m_context.db);
    if (movement.fromId.isValid()) {
        const auto available = stock.packsAt(movement.lotId, movement.fromId);
        if (!available)
            return available.error();
        if (available.value() < movement.packs)
            return Error{ErrorCode::Conflict, tr("Only %n pack(s) of %1 left at %2.", nullptr, available.value())
                                                  .arg(movement.lotCode, movement.fromCode)};
    }
    movement.recordedAt = work.now();
    movement.recordedBy = actor.name.trimmed();
    if (!movement.at.isValid())
        movement.at = work.now();
    const auto id = stock.insert(movement);
    if (!id)
        return id.error();
    movement.id = id.value();
    if (auto r =
            work.audit(codeOf(movement.kind), QStringLiteral("stock_movement"), movement.id.value, toJson(movement));
        !r)
        return r.error();
    if (auto r = work.commit(); !r)
        return r.error();
    emit m_context.notifier.stockChanged();
    return movement;
}

Result<StockMovement> StockService::move(const Actor& actor, const MoveRequest& request)
{
    if (auto r = Validation::packs(request.packs); !r)
        return r.error();
    const auto lot = FinishedLotRepository(m_context.db).byCode(request.lotCode);
    if (!lot)
        return lot.error();
    if (request.fromCode.trimmed().isEmpty())
        return invalid(tr("Say where the packs are now."));
    const auto from = LocationRepository(m_context.db).byCode(request.fromCode);
    if (!from)
        return from.error();
    const auto to = activeLocation(m_context.db, request.toCode, tr("Say where the packs go."));
    if (!to)
        return to.error();
    if (from->id == to->id)
        return invalid(tr("The packs are already at %1.").arg(to->code));
    QString reason = request.reason.trimmed();
    if (auto r = Validation::optionalText(reason, tr("The reason"), 500); !r)
        return r.error();
    const auto at = Validation::notInTheFuture(request.at, m_context.clock.nowUtc());
    if (!at)
        return at.error();

    StockMovement movement;
    movement.kind = to->kind == LocationKind::PartnerFreezer ? MovementKind::Restock : MovementKind::Transfer;
    movement.lotId = lot->id;
    movement.lotCode = lot->code;
    movement.fromId = from->id;
    movement.fromCode = from->code;
    movement.toId = to->id;
    movement.toCode = to->code;
    movement.packs = request.packs;
    movement.grams = qint64(request.packs) * lot->packGrams;
    movement.reason = reason;
    movement.partnerId = to->partnerId;
    movement.partnerName = to->partnerName;
    movement.at = at.value();
    // A held lot may only go to quarantine (design §2, "hold").
    return record(actor, movement, to->kind == LocationKind::Quarantine);
}

Result<StockMovement> StockService::recordLoss(const Actor& actor, const LossRequest& request)
{
    if (request.kind != MovementKind::Loss && request.kind != MovementKind::Destruction)
        return invalid(tr("A loss is either a loss or a destruction."));
    if (auto r = Validation::packs(request.packs); !r)
        return r.error();
    const auto lot = FinishedLotRepository(m_context.db).byCode(request.lotCode);
    if (!lot)
        return lot.error();
    if (request.fromCode.trimmed().isEmpty())
        return invalid(tr("Say where the packs were."));
    const auto from = LocationRepository(m_context.db).byCode(request.fromCode);
    if (!from)
        return from.error();
    QString reason = request.reason.trimmed();
    if (auto r = Validation::requiredText(reason, tr("The reason"), 500); !r)
        return r.error();
    const auto at = Validation::notInTheFuture(request.at, m_context.clock.nowUtc());
    if (!at)
        return at.error();

    StockMovement movement;
    movement.kind = request.kind;
    movement.lotId = lot->id;
    movement.lotCode = lot->code;
    movement.fromId = from->id;
    movement.fromCode = from->code;
    movement.packs = request.packs;
    movement.grams = qint64(request.packs) * lot->packGrams;
    movement.reason = reason;
    movement.at = at.value();
    // Destroying or writing off a held lot is how a hold ends for spoiled product.
    return record(actor, movement, true);
}

Result<StockMovement> StockService::recordReturn(const Actor& actor, const ReturnRequest& request)
{
    if (auto r = Validation::packs(request.packs); !r)
        return r.error();
    const auto lot = FinishedLotRepository(m_context.db).byCode(request.lotCode);
    if (!lot)
        return lot.error();
    if (request.partner.trimmed().isEmpty())
        return invalid(tr("Say which partner brings the packs back."));
    const auto partner = PartnerRepository(m_context.db).byName(request.partner);
    if (!partner)
        return partner.error();
    const auto to = activeLocation(m_context.db, request.toCode, tr("Say where the returned packs go."));
    if (!to)
        return to.error();
    if (!to->isKitchen())
        return invalid(tr("Returned packs go to a kitchen location or to quarantine, not to %1.").arg(to->code));
    QString reason = request.reason.trimmed();
    if (auto r = Validation::requiredText(reason, tr("The reason"), 500); !r)
        return r.error();
    const auto at = Validation::notInTheFuture(request.at, m_context.clock.nowUtc());
    if (!at)
        return at.error();

    // A partner can only bring back what it received of this lot and has not returned yet.
    const auto partnerStillHolds = [&]() -> Result<Ok> {
        const auto held = packsWithPartner(m_context.db, partner->id, lot->code);
        if (!held)
            return held.error();
        const qint64 received = held.value();
        if (request.packs > received)
            return Error{ErrorCode::Conflict,
                         tr("%1 holds only %n pack(s) of %2 shipped by us.", nullptr, int(received))
                             .arg(partner->name, lot->code)};
        return Ok{};
    };

    StockMovement movement;
    movement.kind = MovementKind::Return;
    movement.lotId = lot->id;
    movement.lotCode = lot->code;
    movement.toId = to->id;
    movement.toCode = to->code;
    movement.packs = request.packs;
    movement.grams = qint64(request.packs) * lot->packGrams;
    movement.reason = reason;
    movement.partnerId = partner->id;
    movement.partnerName = partner->name;
    movement.at = at.value();
    return record(actor, movement, true, partnerStillHolds);
}

Result<StockCount> StockService::count(const Actor& actor, const CountRequest& request)
{
    const auto location = activeLocation(m_context.db, request.locationCode, tr("Say which location was counted."));
    if (!location)
        return location.error();
    if (request.lines.empty())
        return invalid(tr("Enter at least one counted lot."));
    QString reason = request.reason.trimmed();
    if (auto r = Validation::optionalText(reason, tr("The reason"), 500); !r)
        return r.error();
    const auto at = Validation::notInTheFuture(request.at, m_context.clock.nowUtc());
    if (!at)
        return at.error();
    if (request.collected && request.collected->cents() < 0)
        return invalid(tr("The money collected cannot be negative."));

    const bool salesPoint = location->kind == LocationKind::PartnerFreezer;
    std::optional<PriceTier> tier;
    if (salesPoint) {
        const auto partner = PartnerRepository(m_context.db).byId(location->partnerId);
        if (!partner)
            return partner.error();
        const QString tierCode = partner->priceTier.isEmpty() ? QStringLiteral("full") : partner->priceTier;
        const auto found = PriceRepository(m_context.db).tierByCode(tierCode);
        if (!found)
            return found.error();
        tier = found.value();
    }

    struct Counted
    {
        FinishedLot lot;
        int counted = 0;
    };
    std::vector<Counted> counted;
    QSet<QString> seen;
    for (const auto& line : request.lines) {
        if (line.countedPacks < 0)
            return invalid(tr("A count cannot be negative (%1).").arg(line.lotCode.trimmed()));
        if (line.countedPacks > 0) {
            if (auto r = Validation::packs(line.countedPacks); !r)
                return r.error();
        }
        auto lot = FinishedLotRepository(m_context.db).byCode(line.lotCode);
        if (!lot)
            return lot.error();
        if (seen.contains(lot->code))
            return invalid(tr("The lot %1 is counted twice.").arg(lot->code));
        seen.insert(lot->code);
        counted.push_back({std::move(lot).value(), line.countedPacks});
    }

    StockCount result;
    result.locationId = location->id;
    result.locationCode = location->code;
    result.reason = reason;
    result.recordedBy = actor.name.trimmed();

    UnitOfWork work(m_context.db, m_context.clock, actor);
    if (auto r = work.begin(); !r)
        return r.error();
    result.at = at.value();
    StockRepository stock(m_context.db);
    qint64 expectedCents = 0;
    bool kitchenDifference = false;
    bool surplus = false;
    for (const auto& c : counted) {
        const auto onHand = stock.packsAt(c.lot.id, location->id);
        if (!onHand)
            return onHand.error();
        StockCount::Line line;
        line.lotCode = c.lot.code;
        line.productNameFr = c.lot.productNameFr;
        line.expectedPacks = onHand.value();
        line.countedPacks = c.counted;
        if (salesPoint && line.difference() < 0 && !tier->isFree()) {
            const auto price = PriceRepository(m_context.db).currentPrice(c.lot.productId, tier->id);
            if (!price)
                return price.error();
            if (!price->has_value())
                return invalid(tr("« %1 » has no price in the tier « %2 »: set it in Settings before counting.")
                                   .arg(c.lot.productNameFr, tier->nameFr));
            line.unitPrice = price->value();
            expectedCents += line.unitPrice.cents() * -line.difference();
        }
        if (line.difference() > 0)
            surplus = true;
        else if (line.difference() < 0 && !salesPoint)
            kitchenDifference = true;
        result.lines.push_back(line);
    }
    if ((kitchenDifference || surplus) && reason.isEmpty())
        return invalid(tr("The count differs from the stock: enter the reason of the difference."));
    result.expected = Money::fromCents(expectedCents);
    result.collected = request.collected.value_or(result.expected);
    const auto id = stock.insertCount(result);
    if (!id)
        return id.error();
    result.id = id.value();
    for (std::size_t i = 0; i < result.lines.size(); ++i) {
        const auto& line = result.lines[i];
        if (line.difference() == 0)
            continue;
        StockMovement m;
        m.lotId = counted[i].lot.id;
        m.lotCode = line.lotCode;
        m.packs = std::abs(line.difference());
        m.grams = qint64(m.packs) * counted[i].lot.packGrams;
        m.countId = result.id;
        m.reference = QStringLiteral("count-%1").arg(result.id.value); // stored, so not translated
        m.reason = reason;
        m.at = result.at;
        m.recordedAt = work.now();
        m.recordedBy = result.recordedBy;
        if (line.difference() > 0) {
            m.kind = MovementKind::Adjustment;
            m.toId = location->id;
        } else {
            m.kind = salesPoint ? MovementKind::Sale : MovementKind::Adjustment;
            m.fromId = location->id;
            m.partnerId = location->partnerId;
        }
        if (auto r = stock.insert(m); !r)
            return r.error();
    }
    QJsonObject audit = toJson(result);
    if (auto r = work.audit(QStringLiteral("count"), QStringLiteral("stock_count"), result.id.value, audit); !r)
        return r.error();
    if (auto r = work.commit(); !r)
        return r.error();
    emit m_context.notifier.stockChanged();
    return result;
}

Result<StockMovement> StockService::reverse(const Actor& actor, StockMovementId movementId, const QString& reason)
{
    QString why = reason.trimmed();
    if (auto r = Validation::requiredText(why, tr("The reason"), 500); !r)
        return r.error();
    const auto original = StockRepository(m_context.db).byId(movementId);
    if (!original)
        return original.error();
    if (!original->has_value())
        return Error{ErrorCode::NotFound, tr("There is no stock movement number %1.").arg(movementId.value)};
    const StockMovement& m = original->value();
    if (m.kind == MovementKind::Reversal)
        return invalid(tr("A reversal cannot be reversed: record the movement again instead."));
    if (m.reversed)
        return Error{ErrorCode::Conflict, tr("The movement %1 was already reversed.").arg(m.id.value)};
    // Packs the partner brought back are in our stock again: undoing their shipment too would count
    // them twice.
    const auto nothingReturnedSince = [&]() -> Result<Ok> {
        // Again inside the lock: another station may have reversed it meanwhile.
        const auto now = StockRepository(m_context.db).byId(m.id);
        if (!now)
            return now.error();
        if (now->has_value() && now->value().reversed)
            return Error{ErrorCode::Conflict, tr("The movement %1 was already reversed.").arg(m.id.value)};
        if ((m.kind != MovementKind::Shipment && m.kind != MovementKind::Donation) || !m.partnerId.isValid())
            return Ok{};
        const auto held = packsWithPartner(m_context.db, m.partnerId, m.lotCode);
        if (!held)
            return held.error();
        if (held.value() < m.packs)
            return Error{ErrorCode::Conflict,
                         tr("%1 returned packs of %2 since: reverse the return first.").arg(m.partnerName, m.lotCode)};
        return Ok{};
    };

    StockMovement reversal;
    reversal.kind = MovementKind::Reversal;
    reversal.lotId = m.lotId;
    reversal.lotCode = m.lotCode;
    reversal.fromId = m.toId;
    reversal.fromCode = m.toCode;
    reversal.toId = m.fromId;
    reversal.toCode = m.fromCode;
    reversal.packs = m.packs;
    reversal.grams = m.grams;
    reversal.reason = why;
    reversal.reference = m.reference;
    reversal.shipmentId = m.shipmentId;
    reversal.countId = m.countId;
    reversal.partnerId = m.partnerId;
    reversal.partnerName = m.partnerName;
    reversal.reversesId = m.id;
    // Undoing a mistake is always allowed, held or not; the packs must still be where it put them.
    return record(actor, reversal, true, nothingReturnedSince);
}

Result<StockSummary> StockService::onHandSummary(const StockFilter& filter) const
{
    return StockRepository(m_context.db).onHandSummary(filter);
}

Result<std::vector<StockLine>> StockService::onHand(const StockFilter& filter) const
{
    return StockRepository(m_context.db).onHand(filter);
}

Result<int> StockService::packsAt(const QString& lotCode, const QString& locationCode) const
{
    const auto lot = FinishedLotRepository(m_context.db).byCode(lotCode);
    if (!lot)
        return lot.error();
    const auto location = LocationRepository(m_context.db).byCode(locationCode);
    if (!location)
        return location.error();
    return StockRepository(m_context.db).packsAt(lot->id, location->id);
}

Result<std::vector<StockMovement>> StockService::movements(const MovementFilter& filter) const
{
    return StockRepository(m_context.db).movements(filter);
}

Result<StockMovement> StockService::movement(StockMovementId id) const
{
    const auto found = StockRepository(m_context.db).byId(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{ErrorCode::NotFound, tr("There is no stock movement number %1.").arg(id.value)};
    return found->value();
}

Result<std::vector<PickProposal>> StockService::proposePicking(const QString& productCode, int packs,
                                                               const QString& siteCode) const
{
    if (auto r = Validation::packs(packs); !r)
        return r.error();
    const auto product = ProductRepository(m_context.db).byCode(productCode);
    if (!product)
        return product.error();
    StockFilter filter;
    filter.kitchenOnly = true;
    filter.siteCode = siteCode;
    filter.limit = -1;
    filter.productId = product->id;
    const auto lines = StockRepository(m_context.db).onHand(filter);
    if (!lines)
        return lines.error();
    std::vector<PickProposal> proposals;
    int missing = packs;
    for (const auto& line : lines.value()) {
        if (missing == 0)
            break;
        // Held, thawed and quarantined packs are never proposed.
        if (line.held || line.thawed || line.locationKind == LocationKind::Quarantine)
            continue;
        const int take = std::min(missing, line.packs);
        proposals.push_back({line.lotCode, line.locationCode, take, line.bestBefore});
        missing -= take;
    }
    return proposals;
}

} // namespace glaneur
