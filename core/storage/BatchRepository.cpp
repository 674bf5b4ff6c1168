// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/BatchRepository.h"

#include "core/storage/SqlSupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <map>

namespace glaneur {

namespace {

const QString BatchColumns =
    QStringLiteral("SELECT b.batch_id, b.code, b.site_id, s.code, b.product_id, p.code, p.name_fr, p.name_en,"
                   " b.recipe_version_id, COALESCE(r.version, 0), b.started_at, b.started_by, b.notes, b.closed_at,"
                   " COALESCE(b.closed_by, '')"
                   " FROM batch b JOIN site s ON s.site_id = b.site_id JOIN product p ON p.product_id = b.product_id"
                   " LEFT JOIN recipe_version r ON r.recipe_version_id = b.recipe_version_id ");
constexpr int BatchColumnCount = 15;

Batch batchFrom(const QSqlQuery& q)
{
    Batch b;
    b.id = BatchId{q.value(0).toLongLong()};
    b.code = q.value(1).toString();
    b.siteId = SiteId{q.value(2).toLongLong()};
    b.siteCode = q.value(3).toString();
    b.productId = ProductId{q.value(4).toLongLong()};
    b.productCode = q.value(5).toString();
    b.productNameFr = q.value(6).toString();
    b.productNameEn = q.value(7).toString();
    b.recipeVersionId = RecipeVersionId{q.value(8).toLongLong()};
    b.recipeVersion = q.value(9).toInt();
    b.startedAt = utcFromText(q.value(10));
    b.startedBy = q.value(11).toString();
    b.notes = q.value(12).toString();
    b.closedAt = utcFromText(q.value(13));
    b.closedBy = q.value(14).toString();
    return b;
}

Error unknownBatch(const QString& code)
{
    return Error{ErrorCode::NotFound,
                 QCoreApplication::translate("glaneur::BatchRepository", "There is no batch « %1 ».").arg(code)};
}

} // namespace

Result<BatchId> BatchRepository::insert(const Batch& batch)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO batch (code, site_id, product_id, recipe_version_id, started_at, started_by,"
                             " notes) VALUES (:code, :site, :product, :recipe, :at, :by, :notes)"));
    q.bindValue(QStringLiteral(":code"), textValue(batch.code));
    q.bindValue(QStringLiteral(":site"), batch.siteId.value);
    q.bindValue(QStringLiteral(":product"), batch.productId.value);
    q.bindValue(QStringLiteral(":recipe"), nullableId(batch.recipeVersionId.value));
    q.bindValue(QStringLiteral(":at"), utcText(batch.startedAt));
    q.bindValue(QStringLiteral(":by"), textValue(batch.startedBy));
    q.bindValue(QStringLiteral(":notes"), textValue(batch.notes));
    if (!q.exec())
        return storageError(q, "insert batch");
    return BatchId{q.lastInsertId().toLongLong()};
}

Result<Ok> BatchRepository::close(BatchId id, const QDateTime& at, const QString& by)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE batch SET closed_at = :at, closed_by = :by"
                             " WHERE batch_id = :id AND closed_at IS NULL"));
    q.bindValue(QStringLiteral(":at"), utcText(at));
    q.bindValue(QStringLiteral(":by"), textValue(by));
    q.bindValue(QStringLiteral(":id"), id.value);
    if (!q.exec())
        return storageError(q, "close batch");
    if (q.numRowsAffected() != 1)
        return Error{ErrorCode::Conflict,
                     QCoreApplication::translate("glaneur::BatchRepository", "The batch is already closed.")};
    return Ok{};
}

Result<std::vector<Batch>> BatchRepository::select(const QString& where, const QVariantMap& values) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(BatchColumns + where);
    for (auto it = values.begin(); it != values.end(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec())
        return storageError(q, "select batches");
    std::vector<Batch> found;
    while (q.next())
        found.push_back(batchFrom(q));
    return found;
}

Result<Batch> BatchRepository::byId(BatchId id) const
{
    const auto found = select(QStringLiteral("WHERE b.batch_id = :id"), {{QStringLiteral(":id"), id.value}});
    if (!found)
        return found.error();
    if (found->empty())
        return unknownBatch(QString::number(id.value));
    return found->front();
}

Result<Batch> BatchRepository::byCode(const QString& code) const
{
    const auto found =
        select(QStringLiteral("WHERE b.code = :code"), {{QStringLiteral(":code"), code.trimmed().toUpper()}});
    if (!found)
        return found.error();
    if (found->empty())
        return unknownBatch(code.trimmed());
    return found->front();
}

Result<std::vector<BatchSummary>> BatchRepository::list(const BatchFilter& filter) const
{
    QStringList conditions;
    QVariantMap values;
    if (filter.closed)
        conditions << (*filter.closed ? QStringLiteral("b.closed_at IS NOT NULL")
                                      : QStringLiteral("b.closed_at IS NULL"));
    // Start times are UTC instants: the local day's bounds are converted once here.
    if (filter.from.isValid()) {
        conditions << QStringLiteral("b.started_at >= :from");
        values.insert(QStringLiteral(":from"), utcText(QDateTime(filter.from, QTime(0, 0))));
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("b.started_at < :to");
        values.insert(QStringLiteral(":to"), utcText(QDateTime(filter.to.addDays(1), QTime(0, 0))));
    }
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        conditions << QStringLiteral("(b.code LIKE :text ESCAPE '\\' OR p.code LIKE :text ESCAPE '\\'"
                                     " OR p.name_fr LIKE :text ESCAPE '\\' OR p.name_en LIKE :text ESCAPE '\\')");
        values.insert(QStringLiteral(":text"), containsPattern(text));
    }
    // Totals come from one grouped query per table over the listed batches, not one per row.
    auto batches = [&]() -> Result<std::vector<Batch>> {
        QSqlQuery s(m_db);
        s.setForwardOnly(true);
        s.prepare(
            BatchColumns +
            (conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "))) +
            QStringLiteral(" ORDER BY b.started_at DESC, b.batch_id DESC LIMIT :limit"));
        for (auto it = values.begin(); it != values.end(); ++it)
            s.bindValue(it.key(), it.value());
        s.bindValue(QStringLiteral(":limit"), filter.limit);
        if (!s.exec())
            return storageError(s, "select batches");
        std::vector<Batch> found;
        while (s.next())
            found.push_back(batchFrom(s));
        return found;
    }();
    if (!batches)
        return batches.error();
    std::vector<BatchSummary> summaries;
    summaries.reserve(batches->size());
    if (batches->empty())
        return summaries;
    std::map<qint64, BatchSummary*> byId;
    for (auto& b : batches.value())
        summaries.push_back(BatchSummary{std::move(b), Mass(), Mass(), 0});
    for (auto& s : summaries)
        byId[s.batch.id.value] = &s;
    QStringList ids;
    for (const auto& s : summaries)
        ids << QString::number(s.batch.id.value);
    // The ids come from the query above (integers), not from the user.
    const QString idList = ids.join(QLatin1Char(','));
    QSqlQuery totals(m_db);
    totals.setForwardOnly(true);
    if (!totals.exec(QStringLiteral("SELECT batch_id, SUM(grams) FROM batch_input WHERE batch_id IN (%1)"
                                    " GROUP BY batch_id")
                         .arg(idList)))
        return storageError(totals, "sum batch inputs");
    while (totals.next())
        byId[totals.value(0).toLongLong()]->consumed = Mass::fromGrams(totals.value(1).toLongLong());
    if (!totals.exec(QStringLiteral("SELECT batch_id, SUM(packs * pack_g), COUNT(*) FROM finished_lot"
                                    " WHERE batch_id IN (%1) GROUP BY batch_id")
                         .arg(idList)))
        return storageError(totals, "sum batch outputs");
    while (totals.next()) {
        BatchSummary* s = byId[totals.value(0).toLongLong()];
        s->packed = Mass::fromGrams(totals.value(1).toLongLong());
        s->finishedLots = totals.value(2).toInt();
    }
    return summaries;
}

Result<BatchRecordId> BatchRepository::insertInput(const BatchInput& input)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO batch_input (batch_id, lot_id, product_id, grams, corrects_id, reason, at,"
                             " recorded_by) VALUES (:batch, :lot, :product, :grams, :corrects, :reason, :at, :by)"));
    q.bindValue(QStringLiteral(":batch"), input.batchId.value);
    q.bindValue(QStringLiteral(":lot"), nullableId(input.lotId.value));
    q.bindValue(QStringLiteral(":product"), input.productId.value);
    q.bindValue(QStringLiteral(":grams"), input.mass.grams());
    q.bindValue(QStringLiteral(":corrects"), nullableId(input.correctsId.value));
    q.bindValue(QStringLiteral(":reason"), textValue(input.reason));
    q.bindValue(QStringLiteral(":at"), utcText(input.at));
    q.bindValue(QStringLiteral(":by"), textValue(input.recordedBy));
    if (!q.exec())
        return storageError(q, "insert batch input");
    return BatchRecordId{q.lastInsertId().toLongLong()};
}

Result<std::vector<BatchInput>> BatchRepository::inputs(BatchId batch) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT i.input_id, i.lot_id, COALESCE(l.code, ''), i.product_id, p.code, p.name_fr,"
                             " i.grams, i.corrects_id, i.reason, i.at, i.recorded_by"
                             " FROM batch_input i JOIN product p ON p.product_id = i.product_id"
                             " LEFT JOIN reception_lot l ON l.lot_id = i.lot_id"
                             " WHERE i.batch_id = :batch ORDER BY i.input_id"));
    q.bindValue(QStringLiteral(":batch"), batch.value);
    if (!q.exec())
        return storageError(q, "select batch inputs");
    std::vector<BatchInput> found;
    while (q.next()) {
        BatchInput i;
        i.id = BatchRecordId{q.value(0).toLongLong()};
        i.batchId = batch;
        i.lotId = LotId{q.value(1).toLongLong()};
        i.lotCode = q.value(2).toString();
        i.productId = ProductId{q.value(3).toLongLong()};
        i.productCode = q.value(4).toString();
        i.productNameFr = q.value(5).toString();
        i.mass = Mass::fromGrams(q.value(6).toLongLong());
        i.correctsId = BatchRecordId{q.value(7).toLongLong()};
        i.reason = q.value(8).toString();
        i.at = utcFromText(q.value(9));
        i.recordedBy = q.value(10).toString();
        found.push_back(std::move(i));
    }
    return found;
}

Result<qint64> BatchRepository::consumedFromLot(LotId lot) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COALESCE(SUM(grams), 0) FROM batch_input WHERE lot_id = :lot"));
    q.bindValue(QStringLiteral(":lot"), lot.value);
    if (!q.exec() || !q.next())
        return storageError(q, "sum lot consumption");
    return q.value(0).toLongLong();
}

Result<BatchRecordId> BatchRepository::insertStep(const BatchStep& step)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO batch_step (batch_id, kind, started_at, ended_at, in_g, out_g, notes,"
                             " corrects_id, reason, recorded_at, recorded_by) VALUES (:batch, :kind, :start, :end,"
                             " :in, :out, :notes, :corrects, :reason, :recordedAt, :by)"));
    q.bindValue(QStringLiteral(":batch"), step.batchId.value);
    q.bindValue(QStringLiteral(":kind"), codeOf(step.kind));
    q.bindValue(QStringLiteral(":start"), utcText(step.startedAt));
    q.bindValue(QStringLiteral(":end"), nullableUtc(step.endedAt));
    q.bindValue(QStringLiteral(":in"),
                nullableInteger(step.in ? std::optional<qint64>(step.in->grams()) : std::nullopt));
    q.bindValue(QStringLiteral(":out"),
                nullableInteger(step.out ? std::optional<qint64>(step.out->grams()) : std::nullopt));
    q.bindValue(QStringLiteral(":notes"), textValue(step.notes));
    q.bindValue(QStringLiteral(":corrects"), nullableId(step.correctsId.value));
    q.bindValue(QStringLiteral(":reason"), textValue(step.reason));
    q.bindValue(QStringLiteral(":recordedAt"), utcText(step.recordedAt));
    q.bindValue(QStringLiteral(":by"), textValue(step.recordedBy));
    if (!q.exec())
        return storageError(q, "insert batch step");
    return BatchRecordId{q.lastInsertId().toLongLong()};
}

Result<std::vector<BatchStep>> BatchRepository::steps(BatchId batch) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT step_id, kind, started_at, ended_at, in_g, out_g, notes, corrects_id, reason,"
        " recorded_by, recorded_at FROM batch_step WHERE batch_id = :batch ORDER BY started_at, step_id"));
    q.bindValue(QStringLiteral(":batch"), batch.value);
    if (!q.exec())
        return storageError(q, "select batch steps");
    std::vector<BatchStep> found;
    while (q.next()) {
        BatchStep s;
        s.id = BatchRecordId{q.value(0).toLongLong()};
        s.batchId = batch;
        s.kind = fromCode<StepKind>(q.value(1).toString()).value_or(StepKind::Sort);
        s.startedAt = utcFromText(q.value(2));
        s.endedAt = utcFromText(q.value(3));
        if (const auto in = optionalInteger(q.value(4)))
            s.in = Mass::fromGrams(*in);
        if (const auto out = optionalInteger(q.value(5)))
            s.out = Mass::fromGrams(*out);
        s.notes = q.value(6).toString();
        s.correctsId = BatchRecordId{q.value(7).toLongLong()};
        s.reason = q.value(8).toString();
        s.recordedBy = q.value(9).toString();
        s.recordedAt = utcFromText(q.value(10));
        found.push_back(std::move(s));
    }
    return found;
}

Result<BatchRecordId> BatchRepository::insertLoss(const BatchLoss& loss)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO batch_loss (batch_id, kind, step, grams, corrects_id, reason, at,"
                             " recorded_by) VALUES (:batch, :kind, :step, :grams, :corrects, :reason, :at, :by)"));
    q.bindValue(QStringLiteral(":batch"), loss.batchId.value);
    q.bindValue(QStringLiteral(":kind"), codeOf(loss.kind));
    q.bindValue(QStringLiteral(":step"),
                loss.step ? QVariant(codeOf(*loss.step)) : QVariant(QMetaType(QMetaType::QString)));
    q.bindValue(QStringLiteral(":grams"), loss.mass.grams());
    q.bindValue(QStringLiteral(":corrects"), nullableId(loss.correctsId.value));
    q.bindValue(QStringLiteral(":reason"), textValue(loss.reason));
    q.bindValue(QStringLiteral(":at"), utcText(loss.at));
    q.bindValue(QStringLiteral(":by"), textValue(loss.recordedBy));
    if (!q.exec())
        return storageError(q, "insert batch loss");
    return BatchRecordId{q.lastInsertId().toLongLong()};
}

Result<std::vector<BatchLoss>> BatchRepository::losses(BatchId batch) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT loss_id, kind, step, grams, corrects_id, reason, at, recorded_by"
                             " FROM batch_loss WHERE batch_id = :batch ORDER BY loss_id"));
    q.bindValue(QStringLiteral(":batch"), batch.value);
    if (!q.exec())
        return storageError(q, "select batch losses");
    std::vector<BatchLoss> found;
    while (q.next()) {
        BatchLoss l;
        l.id = BatchRecordId{q.value(0).toLongLong()};
        l.batchId = batch;
        l.kind = fromCode<LossKind>(q.value(1).toString()).value_or(LossKind::Compost);
        if (!q.value(2).isNull())
            l.step = fromCode<StepKind>(q.value(2).toString());
        l.mass = Mass::fromGrams(q.value(3).toLongLong());
        l.correctsId = BatchRecordId{q.value(4).toLongLong()};
        l.reason = q.value(5).toString();
        l.at = utcFromText(q.value(6));
        l.recordedBy = q.value(7).toString();
        found.push_back(std::move(l));
    }
    return found;
}

Result<BatchRecordId> BatchRepository::insertReading(const ControlReading& reading)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO control_reading (batch_id, kind, value, limit_min, limit_max, within_limit,"
                             " notes, corrects_id, reason, at, recorded_by) VALUES (:batch, :kind, :value, :min, :max,"
                             " :within, :notes, :corrects, :reason, :at, :by)"));
    q.bindValue(QStringLiteral(":batch"), reading.batchId.value);
    q.bindValue(QStringLiteral(":kind"), codeOf(reading.kind));
    q.bindValue(QStringLiteral(":value"), reading.value);
    q.bindValue(QStringLiteral(":min"), nullableInteger(reading.limitMin));
    q.bindValue(QStringLiteral(":max"), nullableInteger(reading.limitMax));
    q.bindValue(QStringLiteral(":within"), reading.withinLimit ? 1 : 0);
    q.bindValue(QStringLiteral(":notes"), textValue(reading.notes));
    q.bindValue(QStringLiteral(":corrects"), nullableId(reading.correctsId.value));
    q.bindValue(QStringLiteral(":reason"), textValue(reading.reason));
    q.bindValue(QStringLiteral(":at"), utcText(reading.at));
    q.bindValue(QStringLiteral(":by"), textValue(reading.recordedBy));
    if (!q.exec())
        return storageError(q, "insert control reading");
    return BatchRecordId{q.lastInsertId().toLongLong()};
}

Result<qint64> BatchRepository::insertAction(BatchRecordId reading, const CorrectiveAction& action)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO corrective_action (reading_id, description, at, recorded_by)"
                             " VALUES (:reading, :description, :at, :by)"));
    q.bindValue(QStringLiteral(":reading"), reading.value);
    q.bindValue(QStringLiteral(":description"), textValue(action.description));
    q.bindValue(QStringLiteral(":at"), utcText(action.at));
    q.bindValue(QStringLiteral(":by"), textValue(action.recordedBy));
    if (!q.exec())
        return storageError(q, "insert corrective action");
    return q.lastInsertId().toLongLong();
}

Result<std::vector<ControlReading>> BatchRepository::readings(BatchId batch) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT reading_id, kind, value, limit_min, limit_max, within_limit, notes, corrects_id,"
                             " reason, at, recorded_by FROM control_reading WHERE batch_id = :batch"
                             " ORDER BY reading_id"));
    q.bindValue(QStringLiteral(":batch"), batch.value);
    if (!q.exec())
        return storageError(q, "select control readings");
    std::vector<ControlReading> found;
    std::map<qint64, size_t> indexById;
    while (q.next()) {
        ControlReading r;
        r.id = BatchRecordId{q.value(0).toLongLong()};
        r.batchId = batch;
        r.kind = fromCode<ControlKind>(q.value(1).toString()).value_or(ControlKind::BlanchTemperature);
        r.value = q.value(2).toInt();
        if (const auto min = optionalInteger(q.value(3)))
            r.limitMin = int(*min);
        if (const auto max = optionalInteger(q.value(4)))
            r.limitMax = int(*max);
        r.withinLimit = q.value(5).toInt() != 0;
        r.notes = q.value(6).toString();
        r.correctsId = BatchRecordId{q.value(7).toLongLong()};
        r.reason = q.value(8).toString();
        r.at = utcFromText(q.value(9));
        r.recordedBy = q.value(10).toString();
        indexById[r.id.value] = found.size();
        found.push_back(std::move(r));
    }
    QSqlQuery a(m_db);
    a.setForwardOnly(true);
    a.prepare(QStringLiteral("SELECT a.action_id, a.reading_id, a.description, a.at, a.recorded_by"
                             " FROM corrective_action a JOIN control_reading r ON r.reading_id = a.reading_id"
                             " WHERE r.batch_id = :batch ORDER BY a.action_id"));
    a.bindValue(QStringLiteral(":batch"), batch.value);
    if (!a.exec())
        return storageError(a, "select corrective actions");
    while (a.next()) {
        const auto it = indexById.find(a.value(1).toLongLong());
        if (it == indexById.end())
            continue;
        found[it->second].actions.push_back(CorrectiveAction{a.value(0).toLongLong(), a.value(2).toString(),
                                                             utcFromText(a.value(3)), a.value(4).toString()});
    }
    return found;
}

} // namespace glaneur
