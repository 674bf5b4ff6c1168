// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/RecallService.h"

#include "core/services/PartnerService.h"
#include "core/services/RecallSnapshot.h"
#include "core/services/TraceService.h"
#include "core/services/UnitOfWork.h"
#include "core/services/Validation.h"
#include "core/storage/BatchRepository.h"
#include "core/storage/HoldRepository.h"
#include "core/storage/RecallRepository.h"
#include "core/storage/ReceptionLotRepository.h"

#include <QJsonObject>
#include <QSet>

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
    if (auto r = complete(report); !r)
        return r.error();

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

Result<Ok> RecallService::complete(RecallReport& report) const
{
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
    QStringList recalled = report.sourceLots;
    if (!report.lotCode.isEmpty() && !recalled.contains(report.lotCode))
        recalled << report.lotCode;
    auto held = repository.heldAmong(affected + recalled);
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
    return Ok{};
}

Result<RecallReport> RecallService::reportForSupplier(const QString& partnerNameOrId, const QDate& from,
                                                      const QDate& to) const
{
    if (!from.isValid() || !to.isValid())
        return Error{ErrorCode::Validation, tr("Give the first and the last day of the deliveries to recall.")};
    if (to < from)
        return Error{ErrorCode::Validation, tr("The period ends before it starts.")};
    const auto partner = PartnerService(m_context).find(partnerNameOrId);
    if (!partner)
        return partner.error();
    const RecallRepository repository(m_context.db);
    auto lots = repository.receptionLotsOf(partner->id.value, from, to);
    if (!lots)
        return lots.error();
    if (lots->isEmpty())
        return Error{ErrorCode::NotFound,
                     tr("%1 brought in no lot from %2 to %3.")
                         .arg(partner->name, from.toString(Qt::ISODate), to.toString(Qt::ISODate))};
    RecallReport report;
    report.computedAt = m_context.clock.nowUtc();
    report.kind = TraceLot::Kind::Reception;
    report.supplier = partner->name;
    report.from = from;
    report.to = to;
    report.sourceLots = lots.value();
    QSet<QString> seen;
    const TraceService traces(m_context);
    for (const QString& code : report.sourceLots) {
        const auto graph = traces.trace(code, TraceDirection::Forward);
        if (!graph)
            return graph.error();
        for (const TraceLot& lot : graph->lots) {
            if (lot.kind == TraceLot::Kind::Finished && !seen.contains(lot.code)) {
                seen.insert(lot.code);
                report.affectedLots.push_back(lot);
            }
        }
    }
    if (auto r = complete(report); !r)
        return r.error();
    auto balance = repository.receptionBalance(report.sourceLots);
    if (!balance)
        return balance.error();
    report.lotBalance = balance.value();
    return report;
}

Result<RecallExercise> RecallService::recordExercise(const Actor& actor, const RecallReport& report,
                                                     const QDateTime& startedAt, bool mock, const QString& notes)
{
    RecallExercise exercise;
    exercise.mock = mock;
    exercise.subject = report.subject();
    exercise.notes = notes.trimmed();
    if (exercise.notes.size() > 4000)
        return Error{ErrorCode::Validation, tr("The notes are too long (4000 characters at most).")};
    exercise.affectedLots = int(report.affectedLots.size());
    exercise.packsOnHand = report.packsOnHand();
    exercise.recipients = int(report.recipients.size());
    exercise.unexplainedGrams = report.productsBalance.unexplained().grams();
    exercise.recordedBy = actor.name.trimmed();
    const auto done = UnitOfWork::perform(
        m_context.db, m_context.clock, actor, QStringLiteral("record"), QStringLiteral("recall_exercise"),
        [&]() -> Result<UnitOfWork::Change> {
            exercise.finishedAt = m_context.clock.nowUtc();
            if (!startedAt.isValid() || startedAt > exercise.finishedAt)
                return Error{ErrorCode::Validation, tr("The exercise cannot start after it ends.")};
            exercise.startedAt = startedAt.toUTC();
            RecallRepository repository(m_context.db);
            const auto id = repository.insertExercise(exercise);
            if (!id)
                return id.error();
            exercise.id = id.value();
            if (auto r = repository.insertSnapshot(exercise.id, RecallSnapshot::write(report)); !r)
                return r.error();
            return UnitOfWork::Change{id.value(), QJsonObject{{QStringLiteral("subject"), exercise.subject},
                                                              {QStringLiteral("mock"), exercise.mock},
                                                              {QStringLiteral("seconds"), exercise.seconds()}}};
        });
    if (!done)
        return done.error();
    return exercise;
}

Result<std::vector<RecallExercise>> RecallService::exercises(int limit) const
{
    return RecallRepository(m_context.db).exercises(false, limit);
}

Result<RecallRecord> RecallService::record(qint64 exerciseId) const
{
    const RecallRepository repository(m_context.db);
    auto exercise = repository.exercise(exerciseId);
    if (!exercise) {
        if (exercise.error().code == ErrorCode::NotFound)
            return Error{ErrorCode::NotFound, tr("There is no recall record #%1.").arg(exerciseId)};
        return exercise.error();
    }
    const auto snapshot = repository.snapshot(exerciseId);
    if (!snapshot)
        return snapshot.error();
    if (snapshot->isEmpty())
        return Error{ErrorCode::NotFound,
                     tr("Recall record #%1 was kept before Glaneur kept whole reports: only its summary exists.")
                         .arg(exerciseId)};
    auto report = RecallSnapshot::read(snapshot.value());
    if (!report)
        return report.error();
    auto contacts = repository.contacts(exerciseId);
    if (!contacts)
        return contacts.error();
    RecallRecord record;
    record.exercise = std::move(exercise).value();
    record.report = std::move(report).value();
    record.contacts = std::move(contacts).value();
    return record;
}

Result<RecallContact> RecallService::recordContact(const Actor& actor, RecallContact contact)
{
    const auto kept = record(contact.exerciseId);
    if (!kept)
        return kept.error();
    contact.recipient = contact.recipient.trimmed();
    if (!kept->recipientNames().contains(contact.recipient))
        return Error{
            ErrorCode::Validation,
            tr("« %1 » is not among the recipients of this recall: choose one of them.").arg(contact.recipient)};
    if (auto r = Validation::optionalText(contact.spokeWith, tr("The person reached"), 200); !r)
        return r.error();
    if (auto r = Validation::optionalText(contact.notes, tr("The notes"), 2000); !r)
        return r.error();
    if (contact.packsReturned < 0 || contact.packsDestroyed < 0 || contact.packsOnSale < 0)
        return Error{ErrorCode::Validation, tr("Packs are counted from 0 up.")};
    const int accounted = contact.packsReturned + contact.packsDestroyed + contact.packsOnSale;
    if (!contact.reached && accounted > 0)
        return Error{ErrorCode::Validation,
                     tr("Nobody was reached: packs returned, destroyed or still on sale cannot be known yet.")};
    const int received = kept->packsReceivedBy(contact.recipient);
    if (accounted > received)
        return Error{ErrorCode::Validation,
                     tr("%1 received %n pack(s) of the affected lots: returned, destroyed and still on sale "
                        "together cannot be more.",
                        nullptr, received)
                         .arg(contact.recipient)};
    contact.recordedBy = actor.name.trimmed();
    const auto done = UnitOfWork::perform(
        m_context.db, m_context.clock, actor, QStringLiteral("record"), QStringLiteral("recall_contact"),
        [&]() -> Result<UnitOfWork::Change> {
            contact.recordedAt = m_context.clock.nowUtc();
            if (!contact.contactedAt.isValid())
                contact.contactedAt = contact.recordedAt;
            const auto when = Validation::notInTheFuture(contact.contactedAt, contact.recordedAt);
            if (!when)
                return when.error();
            contact.contactedAt = when.value();
            if (contact.contactedAt < kept->exercise.startedAt)
                return Error{ErrorCode::Validation, tr("The contact cannot come before the recall started (%1).")
                                                        .arg(kept->exercise.startedAt.toLocalTime().toString(
                                                            QStringLiteral("yyyy-MM-dd HH:mm")))};
            const auto id = RecallRepository(m_context.db).insertContact(contact);
            if (!id)
                return id.error();
            contact.id = id.value();
            return UnitOfWork::Change{id.value(), QJsonObject{{QStringLiteral("exercise"), contact.exerciseId},
                                                              {QStringLiteral("recipient"), contact.recipient},
                                                              {QStringLiteral("reached"), contact.reached},
                                                              {QStringLiteral("returned"), contact.packsReturned},
                                                              {QStringLiteral("destroyed"), contact.packsDestroyed},
                                                              {QStringLiteral("on_sale"), contact.packsOnSale}}};
        });
    if (!done)
        return done.error();
    return contact;
}

Result<std::optional<QDateTime>> RecallService::lastMockRecall() const
{
    const auto last = RecallRepository(m_context.db).exercises(true, 1);
    if (!last)
        return last.error();
    if (last->empty())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(last->front().finishedAt);
}

Result<bool> RecallService::mockRecallDue() const
{
    const auto last = lastMockRecall();
    if (!last)
        return last.error();
    return !last->has_value() || last->value().addMonths(12) < m_context.clock.nowUtc();
}

Result<QStringList> RecallService::holdAll(const Actor& actor, const QString& lotCodeOrScan, const QString& reason)
{
    return hold(
        actor, [&] { return report(lotCodeOrScan); }, reason);
}

Result<QStringList> RecallService::holdAllForSupplier(const Actor& actor, const QString& partnerNameOrId,
                                                      const QDate& from, const QDate& to, const QString& reason)
{
    return hold(
        actor, [&] { return reportForSupplier(partnerNameOrId, from, to); }, reason);
}

Result<QStringList> RecallService::hold(const Actor& actor, const std::function<Result<RecallReport>()>& compute,
                                        const QString& reason)
{
    QString why = reason;
    if (auto r = Validation::requiredText(why, tr("The reason"), 500); !r)
        return r.error();
    UnitOfWork work(m_context.db, m_context.clock, actor);
    if (auto r = work.begin(); !r)
        return r.error();
    // Inside the write lock: no station can pack, ship or hold meanwhile.
    const auto recall = compute();
    if (!recall)
        return recall.error();
    QStringList codes = recall->lotCode.isEmpty() ? recall->sourceLots : QStringList{recall->lotCode};
    for (const TraceLot& lot : recall->affectedLots)
        codes << lot.code;
    const QString recallName = recall->subject();
    const auto alreadyHeld = RecallRepository(m_context.db).heldAmong(codes);
    if (!alreadyHeld)
        return alreadyHeld.error();
    QStringList held;
    HoldRepository holds(m_context.db);
    for (const QString& code : codes) {
        if (alreadyHeld->contains(code) || held.contains(code))
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
        const QJsonObject changes{
            {QStringLiteral("lot"), code}, {QStringLiteral("reason"), why}, {QStringLiteral("recall"), recallName}};
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
