// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/BatchService.h"

#include "core/domain/ControlRule.h"
#include "core/domain/LotCode.h"
#include "core/services/DomainJson.h"
#include "core/services/HoldService.h"
#include "core/services/SettingsService.h"
#include "core/services/SiteService.h"
#include "core/services/UnitOfWork.h"
#include "core/services/Validation.h"
#include "core/storage/LocationRepository.h"
#include "core/storage/LotSequenceRepository.h"
#include "core/storage/ProductRepository.h"
#include "core/storage/ReceptionLotRepository.h"
#include "core/storage/RecipeRepository.h"
#include "core/storage/StockRepository.h"

namespace glaneur {

namespace {

Error invalid(const QString& message)
{
    return Error{ErrorCode::Validation, message};
}

QString kilograms(Mass mass)
{
    return mass.kilogramsText(QLocale());
}

// The sum of a row and of every correction that points at it.
template <typename Row>
qint64 correctedTotal(const std::vector<Row>& rows, BatchRecordId original)
{
    qint64 total = 0;
    for (const auto& row : rows) {
        if (row.id == original || row.correctsId == original)
            total += row.mass.grams();
    }
    return total;
}

template <typename Row>
const Row* findRow(const std::vector<Row>& rows, BatchRecordId id)
{
    for (const auto& row : rows) {
        if (row.id == id)
            return &row;
    }
    return nullptr;
}

// What a correction of an input or a loss applies to: the original row (also when one of its
// corrections was picked) and the difference that brings its total to newTotal.
template <typename Row>
Result<std::pair<Row, qint64>> correctionTarget(const std::vector<Row>& rows, BatchRecordId picked, Mass newTotal,
                                                const QString& notFound)
{
    const Row* original = findRow(rows, picked);
    if (original && original->correctsId.isValid())
        original = findRow(rows, original->correctsId);
    if (!original)
        return Error{ErrorCode::NotFound, notFound};
    const qint64 delta = newTotal.grams() - correctedTotal(rows, original->id);
    if (delta == 0)
        return invalid(BatchService::tr("The corrected weight is the same as the recorded one."));
    return std::make_pair(*original, delta);
}

// A correction's reason and new total, checked before anything is read or written.
Result<Ok> checkCorrection(QString& reason, Mass newTotal)
{
    if (auto r = Validation::requiredText(reason, BatchService::tr("The reason of the correction"), 500); !r)
        return r;
    if (newTotal.grams() < 0)
        return invalid(BatchService::tr("The corrected weight cannot be negative."));
    return Ok{};
}

} // namespace

Result<QDateTime> BatchService::checkedTime(const QDateTime& requested, const QDateTime& notBefore) const
{
    const QDateTime now = m_context.clock.nowUtc();
    QDateTime at = requested.isValid() ? requested.toUTC() : now;
    at.setTime(QTime(at.time().hour(), at.time().minute(), at.time().second()));
    if (at > now.addSecs(FutureToleranceSeconds))
        return invalid(tr("The time is in the future. Check the date and time."));
    if (at.date().year() < 2000)
        return invalid(tr("The date is too far in the past. Check the date."));
    if (notBefore.isValid() && at < notBefore)
        return invalid(tr("The time is before the batch started (%1).")
                           .arg(QLocale().toString(notBefore.toLocalTime(), QLocale::ShortFormat)));
    return at;
}

Result<Batch> BatchService::openBatch(const QString& code) const
{
    auto found = batch(code);
    if (!found)
        return found;
    if (found->isClosed())
        return Error{ErrorCode::Conflict, tr("The batch %1 is closed: it cannot be changed. Record a correction "
                                             "instead.")
                                              .arg(found->code)};
    return found;
}

Result<Batch> BatchService::batch(const QString& code) const
{
    if (code.trimmed().isEmpty())
        return invalid(tr("Say which batch."));
    return BatchRepository(m_context.db).byCode(code);
}

Result<Batch> BatchService::start(const Actor& actor, const BatchStartRequest& request)
{
    if (!request.productId.isValid())
        return invalid(tr("Choose the finished product this batch makes."));
    const auto product = ProductRepository(m_context.db).byId(request.productId);
    if (!product)
        return product.error();
    if (product->kind != ProductKind::Finished)
        return invalid(tr("« %1 » is raw produce: a batch makes a finished product.").arg(product->nameFr));
    if (!product->active)
        return invalid(tr("The product « %1 » is deactivated.").arg(product->nameFr));
    const auto site = SiteService(m_context).workingSite(request.siteCode);
    if (!site)
        return site.error();
    const auto startedAt = checkedTime(request.startedAt, {});
    if (!startedAt)
        return startedAt.error();

    Batch batch;
    batch.siteId = site->id;
    batch.siteCode = site->code;
    batch.productId = product->id;
    batch.productCode = product->code;
    batch.productNameFr = product->nameFr;
    batch.productNameEn = product->nameEn;
    batch.startedAt = startedAt.value();
    batch.notes = request.notes.trimmed();
    if (auto r = Validation::optionalText(batch.notes, tr("The notes"), 2000); !r)
        return r.error();
    const auto recipe = RecipeRepository(m_context.db).current(product->id);
    if (!recipe)
        return recipe.error();
    if (recipe->has_value()) {
        batch.recipeVersionId = recipe->value().id;
        batch.recipeVersion = recipe->value().version;
    }

    UnitOfWork work(m_context.db, m_context.clock, actor);
    if (auto r = work.begin(); !r)
        return r.error();
    batch.startedBy = actor.name.trimmed();
    const QString prefix = LotCode::prefix(LotCode::Batch, batch.startedAt.toLocalTime().date(), site->code);
    const auto sequence = LotSequenceRepository(m_context.db).next(prefix);
    if (!sequence)
        return sequence.error();
    batch.code = LotCode::make(prefix, sequence.value(), 2);
    if (!LotCode::isWellFormed(batch.code))
        return invalid(tr("Too many batches today in this kitchen: the batch code would be too long."));
    const auto id = BatchRepository(m_context.db).insert(batch);
    if (!id)
        return id.error();
    batch.id = id.value();
    if (auto r = work.audit(QStringLiteral("start"), QStringLiteral("batch"), batch.id.value, toJson(batch)); !r)
        return r.error();
    if (auto r = work.commit(); !r)
        return r.error();
    emit m_context.notifier.batchesChanged();
    return batch;
}

Result<Mass> BatchService::remaining(const QString& lotCode) const
{
    const auto lot = ReceptionLotRepository(m_context.db).byCode(lotCode);
    if (!lot)
        return lot.error();
    const auto consumed = BatchRepository(m_context.db).consumedFromLot(lot->id);
    if (!consumed)
        return consumed.error();
    return Mass::fromGrams(lot->net.grams() - consumed.value());
}

Result<BatchInput> BatchService::consume(const Actor& actor, const QString& batchCode, const QString& lotCode,
                                         Mass mass)
{
    const auto batch = openBatch(batchCode);
    if (!batch)
        return batch.error();
    if (mass.grams() <= 0)
        return invalid(tr("The weight consumed must be greater than zero."));
    if (lotCode.trimmed().isEmpty())
        return invalid(tr("Scan or type the lot to consume."));
    const auto lot = ReceptionLotRepository(m_context.db).byCode(lotCode);
    if (!lot)
        return lot.error();
    if (batch->recipeVersionId.isValid()) {
        const auto recipe = RecipeRepository(m_context.db).byId(batch->recipeVersionId);
        if (!recipe)
            return recipe.error();
        if (!recipe->containsProduct(lot->productId))
            return invalid(tr("The lot %1 is %2, which is not in the composition of %3.")
                               .arg(lot->code, lot->productNameFr, batch->productNameFr));
    }

    BatchInput input;
    input.batchId = batch->id;
    input.lotId = lot->id;
    input.lotCode = lot->code;
    input.productId = lot->productId;
    input.productCode = lot->productCode;
    input.productNameFr = lot->productNameFr;
    input.mass = mass;
    input.recordedBy = actor.name.trimmed();
    UnitOfWork work(m_context.db, m_context.clock, actor);
    if (auto r = work.begin(); !r)
        return r.error();
    // Checked inside the write lock: two stations cannot both take the last kilograms, and a hold
    // put on the lot at another station meanwhile counts.
    if (auto r = HoldService(m_context).checkNotHeld(lot->code); !r)
        return r.error();
    const auto consumed = BatchRepository(m_context.db).consumedFromLot(lot->id);
    if (!consumed)
        return consumed.error();
    const Mass left = Mass::fromGrams(lot->net.grams() - consumed.value());
    if (mass.grams() > left.grams())
        return invalid(tr("The lot %1 has only %2 left (of %3 received): %4 cannot be consumed.")
                           .arg(lot->code, kilograms(left), kilograms(lot->net), kilograms(mass)));
    input.at = work.now();
    const auto id = BatchRepository(m_context.db).insertInput(input);
    if (!id)
        return id.error();
    input.id = id.value();
    QJsonObject json = toJson(input);
    json.insert(QStringLiteral("batch"), batch->code);
    if (auto r = work.audit(QStringLiteral("consume"), QStringLiteral("batch_input"), input.id.value, json); !r)
        return r.error();
    if (auto r = work.commit(); !r)
        return r.error();
    emit m_context.notifier.batchesChanged();
    return input;
}

Result<BatchInput> BatchService::addIngredient(const Actor& actor, const QString& batchCode, ProductId ingredient,
                                               Mass mass)
{
    const auto batch = openBatch(batchCode);
    if (!batch)
        return batch.error();
    if (mass.grams() <= 0)
        return invalid(tr("The weight added must be greater than zero."));
    if (mass.grams() > MaxInputGrams)
        return invalid(tr("The weight is over 5,000 kg: check the number."));
    const auto product = ProductRepository(m_context.db).byId(ingredient);
    if (!product)
        return product.error();
    if (isTrackedByLot(product->id).value_or(false))
        return invalid(tr("%1 is received by lot: scan the lot it comes from, so that a trace finds its farm.")
                           .arg(product->nameFr));
    if (batch->recipeVersionId.isValid()) {
        const auto recipe = RecipeRepository(m_context.db).byId(batch->recipeVersionId);
        if (!recipe)
            return recipe.error();
        if (!recipe->containsProduct(product->id))
            return invalid(tr("%1 is not in the composition of %2.").arg(product->nameFr, batch->productNameFr));
    }
    BatchInput input;
    input.batchId = batch->id;
    input.productId = product->id;
    input.productCode = product->code;
    input.productNameFr = product->nameFr;
    input.mass = mass;
    input.recordedBy = actor.name.trimmed();
    const auto done = UnitOfWork::perform(m_context.db, m_context.clock, actor, QStringLiteral("add-ingredient"),
                                          QStringLiteral("batch_input"), [&]() -> Result<UnitOfWork::Change> {
                                              input.at = m_context.clock.nowUtc();
                                              const auto id = BatchRepository(m_context.db).insertInput(input);
                                              if (!id)
                                                  return id.error();
                                              input.id = id.value();
                                              QJsonObject json = toJson(input);
                                              json.insert(QStringLiteral("batch"), batch->code);
                                              return UnitOfWork::Change{input.id.value, json};
                                          });
    if (!done)
        return done.error();
    emit m_context.notifier.batchesChanged();
    return input;
}

Result<BatchStep> BatchService::recordStep(const Actor& actor, const QString& batchCode,
                                           const BatchStepRequest& request)
{
    const auto batch = openBatch(batchCode);
    if (!batch)
        return batch.error();
    const auto startedAt = checkedTime(request.startedAt, batch->startedAt);
    if (!startedAt)
        return startedAt.error();
    BatchStep step;
    step.batchId = batch->id;
    step.kind = request.kind;
    step.startedAt = startedAt.value();
    if (request.endedAt.isValid()) {
        const auto endedAt = checkedTime(request.endedAt, step.startedAt);
        if (!endedAt)
            return invalid(tr("The end of the step must be after its start, and not in the future."));
        step.endedAt = endedAt.value();
    }
    for (const auto& mass : {request.in, request.out}) {
        if (mass && (mass->grams() < 0 || mass->grams() > MaxInputGrams))
            return invalid(tr("The weights of a step must be between 0 and 5,000 kg."));
    }
    step.in = request.in;
    step.out = request.out;
    step.notes = request.notes.trimmed();
    if (auto r = Validation::optionalText(step.notes, tr("The notes"), 2000); !r)
        return r.error();
    step.recordedBy = actor.name.trimmed();
    const auto done = UnitOfWork::perform(m_context.db, m_context.clock, actor, QStringLiteral("record-step"),
                                          QStringLiteral("batch_step"), [&]() -> Result<UnitOfWork::Change> {
                                              step.recordedAt = m_context.clock.nowUtc();
                                              const auto id = BatchRepository(m_context.db).insertStep(step);
                                              if (!id)
                                                  return id.error();
                                              step.id = id.value();
                                              QJsonObject json = toJson(step);
                                              json.insert(QStringLiteral("batch"), batch->code);
                                              return UnitOfWork::Change{step.id.value, json};
                                          });
    if (!done)
        return done.error();
    emit m_context.notifier.batchesChanged();
    return step;
}

Result<BatchLoss> BatchService::recordLoss(const Actor& actor, const QString& batchCode, LossKind kind, Mass mass,
                                           std::optional<StepKind> step)
{
    const auto batch = openBatch(batchCode);
    if (!batch)
        return batch.error();
    if (mass.grams() <= 0)
        return invalid(tr("The weight lost must be greater than zero."));
    BatchLoss loss;
    loss.batchId = batch->id;
    loss.kind = kind;
    loss.step = step;
    loss.mass = mass;
    loss.recordedBy = actor.name.trimmed();
    UnitOfWork work(m_context.db, m_context.clock, actor);
    if (auto r = work.begin(); !r)
        return r.error();
    const auto balance = balanceOf(batch.value());
    if (!balance)
        return balance.error();
    if (balance->lost.grams() + mass.grams() > balance->consumed.grams())
        return invalid(tr("The losses would be more than what the batch consumed (%1): record what went in "
                          "first.")
                           .arg(kilograms(balance->consumed)));
    loss.at = work.now();
    const auto id = BatchRepository(m_context.db).insertLoss(loss);
    if (!id)
        return id.error();
    loss.id = id.value();
    QJsonObject json = toJson(loss);
    json.insert(QStringLiteral("batch"), batch->code);
    if (auto r = work.audit(QStringLiteral("record-loss"), QStringLiteral("batch_loss"), loss.id.value, json); !r)
        return r.error();
    if (auto r = work.commit(); !r)
        return r.error();
    emit m_context.notifier.batchesChanged();
    return loss;
}

Result<ControlReading> BatchService::recordControl(const Actor& actor, const QString& batchCode,
                                                   const BatchControlRequest& request)
{
    const auto batch = openBatch(batchCode);
    if (!batch)
        return batch.error();
    const auto at = checkedTime(request.at, batch->startedAt);
    if (!at)
        return at.error();
    const ControlRule rule = ControlRule::forKind(request.kind);
    ControlReading reading;
    reading.batchId = batch->id;
    reading.kind = request.kind;
    reading.value = request.value;
    reading.limitMin = rule.minimum();
    reading.limitMax = rule.maximum();
    reading.withinLimit = rule.accepts(request.value);
    reading.at = at.value();
    reading.notes = request.notes.trimmed();
    if (auto r = Validation::optionalText(reading.notes, tr("The notes"), 2000); !r)
        return r.error();
    QString action = request.correctiveAction.trimmed();
    if (auto r = Validation::optionalText(action, tr("The corrective action"), 2000); !r)
        return r.error();
    reading.recordedBy = actor.name.trimmed();
    const auto done = UnitOfWork::perform(
        m_context.db, m_context.clock, actor, QStringLiteral("record-control"), QStringLiteral("control_reading"),
        [&]() -> Result<UnitOfWork::Change> {
            BatchRepository batches(m_context.db);
            const auto id = batches.insertReading(reading);
            if (!id)
                return id.error();
            reading.id = id.value();
            if (!action.isEmpty() && !reading.withinLimit) {
                CorrectiveAction corrective{0, action, m_context.clock.nowUtc(), reading.recordedBy};
                const auto actionId = batches.insertAction(reading.id, corrective);
                if (!actionId)
                    return actionId.error();
                corrective.id = actionId.value();
                reading.actions.push_back(corrective);
            }
            QJsonObject json = toJson(reading);
            json.insert(QStringLiteral("batch"), batch->code);
            return UnitOfWork::Change{reading.id.value, json};
        });
    if (!done)
        return done.error();
    emit m_context.notifier.batchesChanged();
    return reading;
}

Result<ControlReading> BatchService::addCorrectiveAction(const Actor& actor, const QString& batchCode,
                                                         BatchRecordId readingId, const QString& text)
{
    const auto found = batch(batchCode);
    if (!found)
        return found.error();
    QString description = text;
    if (auto r = Validation::requiredText(description, tr("The corrective action"), 2000); !r)
        return r.error();
    const auto readings = BatchRepository(m_context.db).readings(found->id);
    if (!readings)
        return readings.error();
    const ControlReading* reading = findRow(readings.value(), readingId);
    if (!reading)
        return Error{ErrorCode::NotFound, tr("The batch %1 has no such reading.").arg(found->code)};
    if (reading->withinLimit)
        return invalid(tr("This reading is within its limit: no corrective action is needed."));
    ControlReading updated = *reading;
    const auto done = UnitOfWork::perform(
        m_context.db, m_context.clock, actor, QStringLiteral("corrective-action"), QStringLiteral("control_reading"),
        [&]() -> Result<UnitOfWork::Change> {
            CorrectiveAction action{0, description, m_context.clock.nowUtc(), actor.name.trimmed()};
            const auto id = BatchRepository(m_context.db).insertAction(readingId, action);
            if (!id)
                return id.error();
            action.id = id.value();
            updated.actions.push_back(action);
            return UnitOfWork::Change{readingId.value, QJsonObject{{QStringLiteral("batch"), found->code},
                                                                   {QStringLiteral("corrective_action"), description}}};
        });
    if (!done)
        return done.error();
    emit m_context.notifier.batchesChanged();
    return updated;
}

Result<FinishedLot> BatchService::output(const Actor& actor, const QString& batchCode,
                                         const BatchOutputRequest& request)
{
    const auto batch = openBatch(batchCode);
    if (!batch)
        return batch.error();
    if (request.packs <= 0)
        return invalid(tr("Enter the number of packs (at least 1)."));
    if (request.packs > MaxPacks)
        return invalid(tr("Over 100,000 packs in one lot: check the number."));
    const auto product = ProductRepository(m_context.db).byId(batch->productId);
    if (!product)
        return product.error();
    const int packGrams = request.packGrams.value_or(product->packGrams.value_or(0));
    if (packGrams <= 0)
        return invalid(
            tr("Enter the net weight of one pack (the product « %1 » has no pack size).").arg(product->nameFr));
    if (packGrams > MaxPackGrams)
        return invalid(tr("A pack of over 50 kg: check the weight of one pack."));
    if (!product->shelfLifeDays)
        return invalid(tr("The product « %1 » has no shelf life: set it in the catalogue so the best-before date "
                          "can be computed.")
                           .arg(product->nameFr));
    const QDate today = m_context.clock.nowUtc().toLocalTime().date();
    const QDate packedOn = request.packedOn.isValid() ? request.packedOn : today;
    if (packedOn > today)
        return invalid(tr("The pack date is in the future."));
    if (packedOn < batch->startedAt.toLocalTime().date())
        return invalid(tr("The pack date is before the batch started."));

    FinishedLot lot;
    lot.batchId = batch->id;
    lot.batchCode = batch->code;
    lot.siteId = batch->siteId;
    lot.siteCode = batch->siteCode;
    lot.productId = product->id;
    lot.productCode = product->code;
    lot.productNameFr = product->nameFr;
    lot.productNameEn = product->nameEn;
    lot.packs = request.packs;
    lot.packGrams = packGrams;
    lot.packedOn = packedOn;
    lot.bestBefore = packedOn.addDays(*product->shelfLifeDays);
    if (!request.locationCode.trimmed().isEmpty()) {
        const auto location = LocationRepository(m_context.db).byCode(request.locationCode);
        if (!location)
            return location.error();
        if (!location->active)
            return invalid(tr("The location %1 is deactivated.").arg(location->code));
        if (location->kind == LocationKind::PartnerFreezer || location->kind == LocationKind::InTransit)
            return invalid(tr("New packs go to a kitchen location first, not to %1.").arg(location->code));
        lot.locationId = location->id;
        lot.locationCode = location->code;
    } else {
        // Packs always enter the ledger somewhere: the kitchen's first place that suits the product.
        const LocationKind suited = product->storage == StorageMode::Frozen         ? LocationKind::Freezer
                                    : product->storage == StorageMode::Refrigerated ? LocationKind::ColdRoom
                                                                                    : LocationKind::Dry;
        const auto all = LocationRepository(m_context.db).list(false);
        if (!all)
            return all.error();
        for (const auto& location : all.value()) {
            if (location.siteId == batch->siteId && location.kind == suited) {
                lot.locationId = location.id;
                lot.locationCode = location.code;
                break;
            }
        }
        if (!lot.locationId.isValid())
            return invalid(tr("Say where the packs are stored: the kitchen %1 has no %2 yet.")
                               .arg(batch->siteCode, labelOf(suited).toLower()));
    }

    UnitOfWork work(m_context.db, m_context.clock, actor);
    if (auto r = work.begin(); !r)
        return r.error();
    lot.createdBy = actor.name.trimmed();
    lot.createdAt = work.now();
    const QString prefix = LotCode::prefix(LotCode::Finished, packedOn, batch->siteCode);
    const auto sequence = LotSequenceRepository(m_context.db).next(prefix);
    if (!sequence)
        return sequence.error();
    lot.code = LotCode::make(prefix, sequence.value(), 2);
    if (!LotCode::isWellFormed(lot.code))
        return invalid(tr("Too many finished lots that day in this kitchen: the lot code would be too long."));
    const auto id = FinishedLotRepository(m_context.db).insert(lot);
    if (!id)
        return id.error();
    lot.id = id.value();
    StockMovement entry;
    entry.kind = MovementKind::Output;
    entry.lotId = lot.id;
    entry.lotCode = lot.code;
    entry.toId = lot.locationId;
    entry.toCode = lot.locationCode;
    entry.packs = lot.packs;
    entry.grams = lot.net().grams();
    entry.reference = batch->code;
    entry.at = lot.createdAt;
    entry.recordedAt = lot.createdAt;
    entry.recordedBy = lot.createdBy;
    if (auto r = StockRepository(m_context.db).insert(entry); !r)
        return r.error();
    if (auto r = work.audit(QStringLiteral("output"), QStringLiteral("finished_lot"), lot.id.value, toJson(lot)); !r)
        return r.error();
    if (auto r = work.commit(); !r)
        return r.error();
    emit m_context.notifier.batchesChanged();
    emit m_context.notifier.stockChanged();
    return lot;
}

Result<MassBalance> BatchService::balanceOf(const Batch& batch) const
{
    BatchRepository batches(m_context.db);
    const auto inputs = batches.inputs(batch.id);
    if (!inputs)
        return inputs.error();
    const auto losses = batches.losses(batch.id);
    if (!losses)
        return losses.error();
    const auto outputs = FinishedLotRepository(m_context.db).ofBatch(batch.id);
    if (!outputs)
        return outputs.error();
    const auto settings = SettingsService(m_context).organisation();
    if (!settings)
        return settings.error();
    qint64 consumed = 0, lost = 0, packed = 0;
    for (const auto& input : inputs.value())
        consumed += input.mass.grams();
    for (const auto& loss : losses.value())
        lost += loss.mass.grams();
    for (const auto& lot : outputs.value())
        packed += lot.net().grams();
    MassBalance balance;
    balance.consumed = Mass::fromGrams(consumed);
    balance.lost = Mass::fromGrams(lost);
    balance.packed = Mass::fromGrams(packed);
    balance.thresholdPercent = settings->unexplainedLossPercent;
    return balance;
}

Result<MassBalance> BatchService::close(const Actor& actor, const QString& batchCode)
{
    const auto batch = openBatch(batchCode);
    if (!batch)
        return batch.error();
    MassBalance balance;
    const auto done = UnitOfWork::perform(
        m_context.db, m_context.clock, actor, QStringLiteral("close"), QStringLiteral("batch"),
        [&]() -> Result<UnitOfWork::Change> {
            // Checked inside the write lock: a reading recorded meanwhile at another station counts.
            const auto readings = BatchRepository(m_context.db).readings(batch->id);
            if (!readings)
                return readings.error();
            BatchDetail detail;
            detail.readings = readings.value();
            const auto unresolved = detail.unresolvedReadings();
            if (!unresolved.empty()) {
                QStringList names;
                for (const auto& reading : unresolved)
                    names << QStringLiteral("%1 (%2)").arg(labelOf(reading.kind),
                                                           ControlRule::forKind(reading.kind).format(reading.value));
                return Error{ErrorCode::Conflict, tr("The batch %1 cannot be closed: a reading is outside its limit "
                                                     "without a corrective action: %2.")
                                                      .arg(batch->code, names.join(QStringLiteral(", ")))};
            }
            const auto computed = balanceOf(batch.value());
            if (!computed)
                return computed.error();
            balance = computed.value();
            if (auto r = BatchRepository(m_context.db).close(batch->id, m_context.clock.nowUtc(), actor.name.trimmed());
                !r)
                return r.error();
            QJsonObject json = toJson(balance);
            json.insert(QStringLiteral("batch"), batch->code);
            return UnitOfWork::Change{batch->id.value, json};
        });
    if (!done)
        return done.error();
    emit m_context.notifier.batchesChanged();
    return balance;
}

Result<BatchInput> BatchService::correctInput(const Actor& actor, const QString& batchCode, BatchRecordId inputId,
                                              Mass newTotal, const QString& reasonText)
{
    const auto found = batch(batchCode);
    if (!found)
        return found.error();
    QString reason = reasonText;
    if (auto r = checkCorrection(reason, newTotal); !r)
        return r.error();
    UnitOfWork work(m_context.db, m_context.clock, actor);
    if (auto r = work.begin(); !r)
        return r.error();
    BatchRepository batches(m_context.db);
    const auto inputs = batches.inputs(found->id);
    if (!inputs)
        return inputs.error();
    const auto target =
        correctionTarget(inputs.value(), inputId, newTotal, tr("The batch %1 has no such input.").arg(found->code));
    if (!target)
        return target.error();
    const BatchInput* original = &target->first;
    const qint64 delta = target->second;
    if (original->lotId.isValid() && delta > 0) {
        const auto lot = ReceptionLotRepository(m_context.db).byId(original->lotId);
        if (!lot)
            return lot.error();
        if (auto r = HoldService(m_context).checkNotHeld(lot->code); !r)
            return r.error();
        const auto consumed = batches.consumedFromLot(original->lotId);
        if (!consumed)
            return consumed.error();
        if (consumed.value() + delta > lot->net.grams())
            return invalid(tr("The lot %1 has only %2 left: the correction would consume more than it has.")
                               .arg(lot->code, kilograms(Mass::fromGrams(lot->net.grams() - consumed.value()))));
    }
    if (delta < 0) {
        const auto balance = balanceOf(found.value());
        if (!balance)
            return balance.error();
        if (balance->consumed.grams() + delta < balance->lost.grams())
            return invalid(tr("The batch would have consumed less than it lost (%1): correct the losses first.")
                               .arg(kilograms(balance->lost)));
    }
    BatchInput correction = *original;
    correction.mass = Mass::fromGrams(delta);
    correction.correctsId = original->id;
    correction.reason = reason;
    correction.at = work.now();
    correction.recordedBy = actor.name.trimmed();
    const auto id = batches.insertInput(correction);
    if (!id)
        return id.error();
    correction.id = id.value();
    QJsonObject json = toJson(correction);
    json.insert(QStringLiteral("batch"), found->code);
    json.insert(QStringLiteral("new_total_g"), newTotal.grams());
    if (auto r = work.audit(QStringLiteral("correct"), QStringLiteral("batch_input"), correction.id.value, json); !r)
        return r.error();
    if (auto r = work.commit(); !r)
        return r.error();
    emit m_context.notifier.batchesChanged();
    return correction;
}

Result<BatchLoss> BatchService::correctLoss(const Actor& actor, const QString& batchCode, BatchRecordId lossId,
                                            Mass newTotal, const QString& reasonText)
{
    const auto found = batch(batchCode);
    if (!found)
        return found.error();
    QString reason = reasonText;
    if (auto r = checkCorrection(reason, newTotal); !r)
        return r.error();
    UnitOfWork work(m_context.db, m_context.clock, actor);
    if (auto r = work.begin(); !r)
        return r.error();
    BatchRepository batches(m_context.db);
    const auto losses = batches.losses(found->id);
    if (!losses)
        return losses.error();
    const auto target =
        correctionTarget(losses.value(), lossId, newTotal, tr("The batch %1 has no such loss.").arg(found->code));
    if (!target)
        return target.error();
    const BatchLoss* original = &target->first;
    const qint64 delta = target->second;
    if (delta > 0) {
        const auto balance = balanceOf(found.value());
        if (!balance)
            return balance.error();
        if (balance->lost.grams() + delta > balance->consumed.grams())
            return invalid(
                tr("The losses would be more than what the batch consumed (%1).").arg(kilograms(balance->consumed)));
    }
    BatchLoss correction = *original;
    correction.mass = Mass::fromGrams(delta);
    correction.correctsId = original->id;
    correction.reason = reason;
    correction.at = work.now();
    correction.recordedBy = actor.name.trimmed();
    const auto id = batches.insertLoss(correction);
    if (!id)
        return id.error();
    correction.id = id.value();
    QJsonObject json = toJson(correction);
    json.insert(QStringLiteral("batch"), found->code);
    json.insert(QStringLiteral("new_total_g"), newTotal.grams());
    if (auto r = work.audit(QStringLiteral("correct"), QStringLiteral("batch_loss"), correction.id.value, json); !r)
        return r.error();
    if (auto r = work.commit(); !r)
        return r.error();
    emit m_context.notifier.batchesChanged();
    return correction;
}

Result<ControlReading> BatchService::correctReading(const Actor& actor, const QString& batchCode,
                                                    BatchRecordId readingId, int value, const QString& reasonText)
{
    const auto found = batch(batchCode);
    if (!found)
        return found.error();
    QString reason = reasonText;
    if (auto r = Validation::requiredText(reason, tr("The reason of the correction"), 500); !r)
        return r.error();
    const auto readings = BatchRepository(m_context.db).readings(found->id);
    if (!readings)
        return readings.error();
    const auto current = BatchDetail::current(readings.value());
    const ControlReading* original = findRow(current, readingId);
    if (!original)
        return Error{ErrorCode::NotFound,
                     tr("The batch %1 has no such reading, or it was already corrected.").arg(found->code)};
    ControlReading correction = *original;
    correction.actions.clear();
    correction.value = value;
    correction.withinLimit =
        (!original->limitMin || value >= *original->limitMin) && (!original->limitMax || value <= *original->limitMax);
    correction.correctsId = original->id;
    correction.reason = reason;
    correction.recordedBy = actor.name.trimmed();
    const auto done = UnitOfWork::perform(m_context.db, m_context.clock, actor, QStringLiteral("correct"),
                                          QStringLiteral("control_reading"), [&]() -> Result<UnitOfWork::Change> {
                                              const auto id = BatchRepository(m_context.db).insertReading(correction);
                                              if (!id)
                                                  return id.error();
                                              correction.id = id.value();
                                              QJsonObject json = toJson(correction);
                                              json.insert(QStringLiteral("batch"), found->code);
                                              return UnitOfWork::Change{correction.id.value, json};
                                          });
    if (!done)
        return done.error();
    emit m_context.notifier.batchesChanged();
    return correction;
}

Result<BatchDetail> BatchService::detail(const QString& code) const
{
    const auto found = batch(code);
    if (!found)
        return found.error();
    BatchDetail detail;
    detail.batch = found.value();
    BatchRepository batches(m_context.db);
    if (found->recipeVersionId.isValid()) {
        const auto recipe = RecipeRepository(m_context.db).byId(found->recipeVersionId);
        if (!recipe)
            return recipe.error();
        detail.recipe = recipe.value();
    }
    auto inputs = batches.inputs(found->id);
    if (!inputs)
        return inputs.error();
    detail.inputs = std::move(inputs.value());
    auto steps = batches.steps(found->id);
    if (!steps)
        return steps.error();
    detail.steps = std::move(steps.value());
    auto losses = batches.losses(found->id);
    if (!losses)
        return losses.error();
    detail.losses = std::move(losses.value());
    auto readings = batches.readings(found->id);
    if (!readings)
        return readings.error();
    detail.readings = std::move(readings.value());
    auto outputs = FinishedLotRepository(m_context.db).ofBatch(found->id);
    if (!outputs)
        return outputs.error();
    detail.outputs = std::move(outputs.value());
    const auto balance = balanceOf(found.value());
    if (!balance)
        return balance.error();
    detail.balance = balance.value();
    return detail;
}

Result<std::vector<BatchSummary>> BatchService::list(const BatchFilter& filter) const
{
    return BatchRepository(m_context.db).list(filter);
}

std::optional<bool> BatchService::isTrackedByLot(ProductId product) const
{
    LotFilter filter;
    filter.productId = product;
    filter.limit = 1;
    const auto lots = ReceptionLotRepository(m_context.db).search(filter);
    if (!lots)
        return std::nullopt;
    return !lots->empty();
}

Result<std::vector<BatchSummary>> BatchService::openBatches() const
{
    BatchFilter filter;
    filter.closed = false;
    filter.limit = 200;
    return list(filter);
}

Result<FinishedLot> BatchService::finishedLot(const QString& code) const
{
    return FinishedLotRepository(m_context.db).byCode(code);
}

Result<std::vector<FinishedLot>> BatchService::finishedLots(const FinishedLotFilter& filter) const
{
    return FinishedLotRepository(m_context.db).search(filter);
}

} // namespace glaneur
