// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/TaskRepository.h"

#include "core/storage/SqlSupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace glaneur {

namespace {

const QString TaskColumns = QStringLiteral(
    "SELECT t.task_id, t.participant_id, p.code, p.display_name, p.program, t.task, t.batch_id,"
    " COALESCE(b.code, ''), t.lot_code, t.started_at, t.ended_at, t.grams, t.recorded_by, t.recorded_at,"
    " COALESCE(r.decision, ''), COALESCE(r.note, ''), COALESCE(r.reviewed_by, '')"
    " FROM task_record t JOIN participant p ON p.participant_id = t.participant_id"
    " LEFT JOIN batch b ON b.batch_id = t.batch_id"
    " LEFT JOIN task_review r ON r.review_id = (SELECT MAX(review_id) FROM task_review WHERE task_id = t.task_id) ");

TaskRecord taskFrom(const QSqlQuery& q)
{
    TaskRecord t;
    t.id = TaskId{q.value(0).toLongLong()};
    t.participantId = ParticipantId{q.value(1).toLongLong()};
    t.participantCode = q.value(2).toString();
    t.participantName = q.value(3).toString();
    t.program = fromCode<ParticipantProgram>(q.value(4).toString()).value_or(ParticipantProgram::PreEmployability);
    t.kind = fromCode<TaskKind>(q.value(5).toString()).value_or(TaskKind::Sort);
    t.batchId = BatchId{q.value(6).toLongLong()};
    t.batchCode = q.value(7).toString();
    t.lotCode = q.value(8).toString();
    t.startedAt = utcFromText(q.value(9));
    t.endedAt = utcFromText(q.value(10));
    if (const auto grams = optionalInteger(q.value(11)))
        t.handled = Mass::fromGrams(*grams);
    t.recordedBy = q.value(12).toString();
    t.recordedAt = utcFromText(q.value(13));
    const QString decision = q.value(14).toString();
    t.review = decision == QLatin1String("validated")  ? TaskReview::Validated
               : decision == QLatin1String("rejected") ? TaskReview::Rejected
                                                       : TaskReview::Pending;
    t.reviewNote = q.value(15).toString();
    t.reviewedBy = q.value(16).toString();
    return t;
}

} // namespace

Result<TaskId> TaskRepository::insert(const TaskRecord& task)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO task_record (participant_id, task, batch_id, lot_code, started_at, ended_at,"
                             " grams, recorded_by, recorded_at) VALUES (:participant, :task, :batch, :lot, :start,"
                             " :end, :grams, :by, :at)"));
    q.bindValue(QStringLiteral(":participant"), task.participantId.value);
    q.bindValue(QStringLiteral(":task"), codeOf(task.kind));
    q.bindValue(QStringLiteral(":batch"), nullableId(task.batchId.value));
    q.bindValue(QStringLiteral(":lot"), textValue(task.lotCode));
    q.bindValue(QStringLiteral(":start"), utcText(task.startedAt));
    q.bindValue(QStringLiteral(":end"), nullableUtc(task.endedAt));
    q.bindValue(QStringLiteral(":grams"),
                nullableInteger(task.handled ? std::optional<qint64>(task.handled->grams()) : std::nullopt));
    q.bindValue(QStringLiteral(":by"), textValue(task.recordedBy));
    q.bindValue(QStringLiteral(":at"), utcText(task.recordedAt));
    if (!q.exec())
        return storageError(q, "insert task");
    return TaskId{q.lastInsertId().toLongLong()};
}

Result<Ok> TaskRepository::end(TaskId id, const QDateTime& endedAt, std::optional<Mass> handled)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE task_record SET ended_at = :end, grams = :grams"
                             " WHERE task_id = :id AND ended_at IS NULL"));
    q.bindValue(QStringLiteral(":end"), utcText(endedAt));
    q.bindValue(QStringLiteral(":grams"),
                nullableInteger(handled ? std::optional<qint64>(handled->grams()) : std::nullopt));
    q.bindValue(QStringLiteral(":id"), id.value);
    if (!q.exec())
        return storageError(q, "end task");
    if (q.numRowsAffected() != 1)
        return Error{ErrorCode::Conflict,
                     QCoreApplication::translate("glaneur::TaskRepository", "This task is already finished.")};
    return Ok{};
}

Result<qint64> TaskRepository::review(TaskId id, TaskReview decision, const QString& note, const QDateTime& at,
                                      const QString& by)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO task_review (task_id, decision, note, at, reviewed_by)"
                             " VALUES (:task, :decision, :note, :at, :by)"));
    q.bindValue(QStringLiteral(":task"), id.value);
    q.bindValue(QStringLiteral(":decision"),
                decision == TaskReview::Rejected ? QStringLiteral("rejected") : QStringLiteral("validated"));
    q.bindValue(QStringLiteral(":note"), textValue(note));
    q.bindValue(QStringLiteral(":at"), utcText(at));
    q.bindValue(QStringLiteral(":by"), textValue(by));
    if (!q.exec())
        return storageError(q, "insert task review");
    return q.lastInsertId().toLongLong();
}

Result<TaskRecord> TaskRepository::byId(TaskId id) const
{
    QSqlQuery q(m_db);
    q.prepare(TaskColumns + QStringLiteral("WHERE t.task_id = :id"));
    q.bindValue(QStringLiteral(":id"), id.value);
    if (!q.exec())
        return storageError(q, "select task");
    if (!q.next())
        return Error{ErrorCode::NotFound, QCoreApplication::translate("glaneur::TaskRepository", "Unknown task.")};
    return taskFrom(q);
}

Result<std::vector<TaskRecord>> TaskRepository::list(const TaskFilter& filter) const
{
    QStringList conditions;
    QVariantMap values;
    if (filter.from.isValid()) {
        // Running tasks, or finished ones that end after `from`. A finished task lasts at most
        // TaskRecord::MaxMinutes, so it started at most that long before `from`: both sets are
        // index ranges (the running ones have a partial index), not a walk through every year.
        conditions << QStringLiteral("t.task_id IN (SELECT task_id FROM task_record WHERE ended_at IS NULL"
                                     " UNION ALL SELECT task_id FROM task_record WHERE started_at > :earliest"
                                     " AND ended_at > :from)");
        values.insert(QStringLiteral(":from"), utcText(filter.from));
        values.insert(QStringLiteral(":earliest"), utcText(filter.from.addSecs(-qint64(TaskRecord::MaxMinutes) * 60)));
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("t.started_at < :to");
        values.insert(QStringLiteral(":to"), utcText(filter.to));
    }
    if (filter.startedAfter.isValid()) {
        conditions << QStringLiteral("t.started_at > :after");
        values.insert(QStringLiteral(":after"), utcText(filter.startedAfter));
    }
    if (filter.participantId.isValid()) {
        conditions << QStringLiteral("t.participant_id = :participant");
        values.insert(QStringLiteral(":participant"), filter.participantId.value);
    }
    if (filter.runningOnly)
        conditions << QStringLiteral("t.ended_at IS NULL");
    if (filter.review) {
        if (*filter.review == TaskReview::Pending)
            conditions << QStringLiteral("r.decision IS NULL");
        else {
            conditions << QStringLiteral("r.decision = :decision");
            values.insert(QStringLiteral(":decision"), *filter.review == TaskReview::Validated
                                                           ? QStringLiteral("validated")
                                                           : QStringLiteral("rejected"));
        }
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(TaskColumns +
              (conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "))) +
              QStringLiteral(" ORDER BY t.started_at DESC, t.task_id DESC LIMIT :limit"));
    for (auto it = values.begin(); it != values.end(); ++it)
        q.bindValue(it.key(), it.value());
    q.bindValue(QStringLiteral(":limit"), filter.limit);
    if (!q.exec())
        return storageError(q, "select tasks");
    std::vector<TaskRecord> found;
    while (q.next())
        found.push_back(taskFrom(q));
    return found;
}

} // namespace glaneur
