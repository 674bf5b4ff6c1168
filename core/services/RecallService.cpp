// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/RecallService.h"

#include "core/services/TraceService.h"
#include "core/services/UnitOfWork.h"
#include "core/services/Validation.h"
#include "core/storage/BatchRepository.h"
#include "core/storage/HoldRepository.h"
#include "core/storage/RecallRepository.h"
#include "core/storage/ReceptionLotRepository.h"

#include <QJsonObject>

#include <algorithm>

namespace glaneur {

Result<RecallReport> RecallService::report(const QString& lotCodeOrScan) const
{
    auto trace = TraceService(m_context).trace(lotCodeOrScan, TraceDirection::Both);
    if (!trace)
        return trace.error();
    RecallReport report;
    report.computedAt = m_context.clock.nowUtc();
    report.trace = std::move(trace).value();
    report.lotCode = report.trace.lotCode;
    const TraceLot* recalled = report.trace.lot(report.lotCode);
    report.kind = recalled->kind;

    // A finished lot affects itself only: its batch's other lots did not take anything from it.
    if (report.kind == TraceLot::Kind::Finished) {
        report.affectedLots.push_back(*recalled);
    } else {
        for (const TraceLot& lot : report.trace.lots) {
            if (lot.kind == TraceLot::Kind::Finished)
                report.affectedLots.push_back(lot);
        }
    }
    std::sort(report.affectedLots.begin(), report.affectedLots.end(), [](const TraceLot& a, const TraceLot& b) {
        return a.date != b.date ? a.date < b.date : a.code < b.code;
    });
    QStringList affected;
    for (const TraceLot& lot : report.affectedLots)
        affected << lot.code;

    const RecallRepository repository(m_context.db);
    auto onHand = repository.onHand(affected);
    if (!onHand)
        return onHand.error();
    report.onHand = std::move(onHand).value();
    auto recipients = repository.recipients(affected);
    if (!recipients)
        return recipients.error();
    report.recipients = std::move(recipients).value();
    auto held = repository.heldAmong(QStringList(affected) << report.lotCode);
    if (!held)
        return held.error();
    report.heldLots = held.value();
    for (RecallStock& stock : report.onHand)
        stock.held = report.heldLots.contains(stock.lotCode);

    auto products = repository.ledgerBalance(affected);
    if (!products)
        return products.error();
    report.productsBalance = products.value();
    qint64 inStock = 0;
    for (const RecallStock& stock : report.onHand)
        inStock += stock.mass.grams();
    report.productsBalance.inStock = Mass::fromGrams(inStock);

    if (report.kind == TraceLot::Kind::Finished) {
        report.lotBalance = report.productsBalance;
    } else {
        // What batches consumed of it, net of corrections; the rest is still in the kitchen.
        const auto lot = ReceptionLotRepository(m_context.db).byCode(report.lotCode);
        if (!lot)
            return lot.error();
        const auto consumed = BatchRepository(m_context.db).consumedFromLot(lot->id);
        if (!consumed)
            return consumed.error();
        report.lotBalance.received = lot->net;
        report.lotBalance.used = Mass::fromGrams(consumed.value());
        report.lotBalance.inStock = Mass::fromGrams(lot->net.grams() - consumed.value());
    }
    return report;
}

Result<QStringList> RecallService::holdAll(const Actor& actor, const QString& lotCodeOrScan, const QString& reason)
{
    QString why = reason;
    if (auto r = Validation::requiredText(why, tr("The reason"), 500); !r)
        return r.error();
    const auto recall = report(lotCodeOrScan);
    if (!recall)
        return recall.error();
    QStringList codes{recall->lotCode};
    for (const TraceLot& lot : recall->affectedLots)
        codes << lot.code;

    UnitOfWork work(m_context.db, m_context.clock, actor);
    if (auto r = work.begin(); !r)
        return r.error();
    // Read again inside the write lock: another station may have held some lots meanwhile.
    const auto alreadyHeld = RecallRepository(m_context.db).heldAmong(codes);
    if (!alreadyHeld)
        return alreadyHeld.error();
    QStringList held;
    HoldRepository holds(m_context.db);
    for (const QString& code : codes) {
        if (alreadyHeld->contains(code))
            continue;
        HoldEvent event;
        event.lotCode = code;
        event.held = true;
        event.reason = why;
        event.at = work.now();
        event.recordedBy = actor.name.trimmed();
        const auto id = holds.append(event);
        if (!id)
            return id.error();
        const QJsonObject changes{{QStringLiteral("lot"), code},
                                  {QStringLiteral("reason"), why},
                                  {QStringLiteral("recall"), recall->lotCode}};
        if (auto r = work.audit(QStringLiteral("hold"), QStringLiteral("lot_hold"), id.value(), changes); !r)
            return r.error();
        held << code;
    }
    if (auto r = work.commit(); !r)
        return r.error();
    if (!held.isEmpty()) {
        emit m_context.notifier.lotsChanged();
        emit m_context.notifier.stockChanged();
    }
    return held;
}

} // namespace glaneur
