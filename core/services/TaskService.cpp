// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/TaskService.h"

#include "core/domain/LotLink.h"
#include "core/services/DomainJson.h"
#include "core/services/UnitOfWork.h"
#include "core/services/Validation.h"
#include "core/storage/BatchRepository.h"
#include "core/storage/ParticipantRepository.h"
#include "core/storage/TraceRepository.h"

#include <map>

namespace glaneur {

namespace {

Error invalid(const QString& message)
{
    return Error{ErrorCode::Validation, message};
}

QDateTime wholeSeconds(QDateTime at)
{
    at = at.toUTC();
    at.setTime(QTime(at.time().hour(), at.time().minute(), at.time().second()));
    return at;
}

} // namespace

Result<TaskService::ScanTarget> TaskService::identify(const QString& scanned) const
{
    const auto code = LotLink::lotCodeFromScan(scanned);
    if (!code)
        return invalid(tr("« %1 » is not a lot or batch code.").arg(scanned.trimmed().left(60)));
    const auto batch = BatchRepository(m_context.db).byCode(*code);
    if (batch)
        return ScanTarget{batch->code, QString()};
    if (batch.error().code != ErrorCode::NotFound)
        return batch.error();
    const auto lot = TraceRepository(m_context.db).lot(*code);
    if (!lot)
        return lot.error();
    if (!lot->has_value())
        return Error{ErrorCode::NotFound, tr("There is no lot or batch « %1 ».").arg(*code)};
    return ScanTarget{QString(), lot->value().code};
}

Result<Ok> TaskService::checkParticipant(ParticipantId id, const QDate& day) const
{
    if (!id.isValid())
        return invalid(tr("Choose the participant."));
    const auto participant = ParticipantRepository(m_context.db).byId(id);
    if (!participant)
        return participant.error();
    if (!participant->active)
        return invalid(tr("The participant %1 is deactivated.").arg(participant->code));
    if (day < participant->activeFrom || (participant->activeTo.isValid() && day > participant->activeTo))
        return invalid(tr("%1 is not in a program on that day.").arg(participant->displayName));
    return Ok{};
}

Result<Ok> TaskService::checkTargets(TaskRecord& task, const TaskRequest& request) const
{
    if (!request.batchCode.trimmed().isEmpty()) {
        const auto batch = BatchRepository(m_context.db).byCode(request.batchCode);
        if (!batch)
            return batch.error();
        task.batchId = batch->id;
        task.batchCode = batch->code;
    }
    if (!request.lotCode.trimmed().isEmpty()) {
        const auto lot = TraceRepository(m_context.db).lot(request.lotCode.trimmed().toUpper());
        if (!lot)
            return lot.error();
        if (!lot->has_value())
            return Error{ErrorCode::NotFound, tr("There is no lot « %1 ».").arg(request.lotCode.trimmed())};
        task.lotCode = lot->value().code;
    }
    if (request.handled && (request.handled->grams() < 0 || request.handled->grams() > 5'000'000))
        return invalid(tr("The weight handled must be between 0 and 5,000 kg."));
    task.handled = request.handled;
    return Ok{};
}

Error TaskService::alreadyRunning(const TaskRecord& current)
{
    return Error{ErrorCode::Conflict,
                 tr("A task is already running for this participant (%1 since %2): stop it first.")
                     .arg(labelOf(current.kind),
                          QLocale().toString(current.startedAt.toLocalTime().time(), QLocale::ShortFormat))};
}

Result<TaskRecord> TaskService::start(const Actor& actor, const TaskRequest& request)
{
    const QDateTime now = wholeSeconds(m_context.clock.nowUtc());
    if (auto r = checkParticipant(request.participantId, now.toLocalTime().date()); !r)
        return r.error();
    TaskRecord task;
    task.participantId = request.participantId;
    task.kind = request.kind;
    if (auto r = checkTargets(task, request); !r)
        return r.error();
    task.startedAt = now;
    task.recordedBy = actor.name.trimmed();
    const auto done = UnitOfWork::perform(m_context.db, m_context.clock, actor, QStringLiteral("start-task"),
                                          QStringLiteral("task_record"), [&]() -> Result<UnitOfWork::Change> {
                                              // Checked inside the write lock: two stations cannot both
                                              // start a task for the same participant.
                                              const auto current = running(request.participantId);
                                              if (!current)
                                                  return current.error();
                                              if (current->has_value())
                                                  return alreadyRunning(current->value());
                                              task.recordedAt = m_context.clock.nowUtc();
                                              const auto id = TaskRepository(m_context.db).insert(task);
                                              if (!id)
                                                  return id.error();
                                              task.id = id.value();
                                              return UnitOfWork::Change{task.id.value, toJson(task)};
                                          });
    if (!done)
        return done.error();
    emit m_context.notifier.tasksChanged();
    const auto stored = TaskRepository(m_context.db).byId(task.id);
    return stored ? stored : Result<TaskRecord>(task);
}

Result<TaskRecord> TaskService::stop(const Actor& actor, TaskId id, std::optional<Mass> handled,
                                     const QDateTime& requestedEnd)
{
    TaskRepository tasks(m_context.db);
    const auto task = tasks.byId(id);
    if (!task)
        return task.error();
    if (!task->isRunning())
        return Error{ErrorCode::Conflict, tr("This task is already finished.")};
    const QDateTime now = wholeSeconds(m_context.clock.nowUtc());
    const QDateTime endedAt = requestedEnd.isValid() ? wholeSeconds(requestedEnd) : now;
    if (endedAt > now.addSecs(FutureToleranceSeconds))
        return invalid(tr("The end time is in the future."));
    if (endedAt <= task->startedAt)
        return invalid(tr("The end must be after the start."));
    if (task->startedAt.secsTo(endedAt) > MaxTaskMinutes * 60)
        return invalid(tr("This task would last over 16 hours: enter the time it really ended."));
    if (handled && (handled->grams() < 0 || handled->grams() > 5'000'000))
        return invalid(tr("The weight handled must be between 0 and 5,000 kg."));
    const auto done = UnitOfWork::perform(
        m_context.db, m_context.clock, actor, QStringLiteral("stop-task"), QStringLiteral("task_record"),
        [&]() -> Result<UnitOfWork::Change> {
            if (auto r = tasks.end(id, endedAt, handled); !r)
                return r.error();
            return UnitOfWork::Change{id.value,
                                      QJsonObject{{QStringLiteral("ended_at"), endedAt.toString(Qt::ISODate)},
                                                  {QStringLiteral("grams"), handled ? QJsonValue(handled->grams())
                                                                                    : QJsonValue(QJsonValue::Null)}}};
        });
    if (!done)
        return done.error();
    emit m_context.notifier.tasksChanged();
    return tasks.byId(id);
}

Result<TaskRecord> TaskService::record(const Actor& actor, const TaskRequest& request)
{
    const QDateTime now = wholeSeconds(m_context.clock.nowUtc());
    QDateTime startedAt = request.startedAt.isValid() ? wholeSeconds(request.startedAt) : QDateTime();
    QDateTime endedAt = request.endedAt.isValid() ? wholeSeconds(request.endedAt) : QDateTime();
    if (request.minutes) {
        if (*request.minutes <= 0)
            return invalid(tr("The duration must be more than zero minutes."));
        if (*request.minutes > MaxTaskMinutes)
            return invalid(tr("A task cannot last over 16 hours (%1 minutes entered).").arg(*request.minutes));
        if (!startedAt.isValid())
            startedAt = (endedAt.isValid() ? endedAt : now).addSecs(-qint64(*request.minutes) * 60);
        const QDateTime computedEnd = startedAt.addSecs(qint64(*request.minutes) * 60);
        if (endedAt.isValid() && endedAt != computedEnd)
            return invalid(tr("Give the duration or the end, not two that disagree."));
        endedAt = computedEnd;
    }
    if (!startedAt.isValid() || !endedAt.isValid())
        return invalid(tr("Enter when the task started and how long it lasted."));
    if (endedAt <= startedAt)
        return invalid(tr("The end must be after the start."));
    if (startedAt.secsTo(endedAt) > qint64(MaxTaskMinutes) * 60)
        return invalid(tr("A task cannot last over 16 hours."));
    if (endedAt > now.addSecs(FutureToleranceSeconds))
        return invalid(tr("The task ends in the future. Check the date and time."));
    if (startedAt.date().year() < 2000)
        return invalid(tr("The date is too far in the past. Check the date."));
    if (auto r = checkParticipant(request.participantId, startedAt.toLocalTime().date()); !r)
        return r.error();
    TaskRecord task;
    task.participantId = request.participantId;
    task.kind = request.kind;
    task.startedAt = startedAt;
    task.endedAt = endedAt;
    if (auto r = checkTargets(task, request); !r)
        return r.error();
    task.recordedBy = actor.name.trimmed();
    const auto done = UnitOfWork::perform(m_context.db, m_context.clock, actor, QStringLiteral("record-task"),
                                          QStringLiteral("task_record"), [&]() -> Result<UnitOfWork::Change> {
                                              // Inside the write lock: hours must never count twice.
                                              if (auto r = checkNoOverlap(task); !r)
                                                  return r.error();
                                              task.recordedAt = m_context.clock.nowUtc();
                                              const auto id = TaskRepository(m_context.db).insert(task);
                                              if (!id)
                                                  return id.error();
                                              task.id = id.value();
                                              return UnitOfWork::Change{task.id.value, toJson(task)};
                                          });
    if (!done)
        return done.error();
    emit m_context.notifier.tasksChanged();
    return TaskRepository(m_context.db).byId(task.id);
}

Result<Ok> TaskService::checkNoOverlap(const TaskRecord& task) const
{
    TaskFilter filter;
    filter.participantId = task.participantId;
    filter.from = task.startedAt;
    filter.to = task.endedAt;
    // A finished task lasts at most MaxTaskMinutes (record() and stop() refuse longer), so only the
    // tasks started since then can overlap: the index reads a day of the participant's history,
    // not all of it (years of tasks made each entry slower).
    filter.startedAfter = task.startedAt.addSecs(-qint64(MaxTaskMinutes) * 60);
    filter.limit = 50;
    const auto found = TaskRepository(m_context.db).list(filter);
    if (!found)
        return found.error();
    std::vector<TaskRecord> others = found.value();
    // A task still running may have started before that. It is always the participant's latest
    // task: nothing can be started or recorded after its start while it runs.
    TaskFilter latest;
    latest.participantId = task.participantId;
    latest.limit = 1;
    const auto last = TaskRepository(m_context.db).list(latest);
    if (!last)
        return last.error();
    if (!last->empty() && last->front().isRunning() && last->front().startedAt < task.endedAt)
        others.push_back(last->front());
    for (const TaskRecord& other : others) {
        if (other.review == TaskReview::Rejected)
            continue;
        const QLocale locale;
        return Error{
            ErrorCode::Conflict,
            tr("This participant already has a task at that time (%1 from %2): the hours would count "
               "twice.")
                .arg(labelOf(other.kind), locale.toString(other.startedAt.toLocalTime(), QLocale::ShortFormat))};
    }
    return Ok{};
}

Result<TaskRecord> TaskService::review(const Actor& actor, TaskId id, TaskReview decision, const QString& noteText)
{
    if (decision == TaskReview::Pending)
        return invalid(tr("Validate or reject the task."));
    QString note = noteText;
    if (auto r = Validation::optionalText(note, tr("The note"), 500); !r)
        return r.error();
    if (decision == TaskReview::Rejected && note.isEmpty())
        return invalid(tr("Say why the task is rejected."));
    TaskRepository tasks(m_context.db);
    const auto task = tasks.byId(id);
    if (!task)
        return task.error();
    if (task->isRunning())
        return invalid(tr("The task is still running: stop it before reviewing it."));
    const auto done = UnitOfWork::perform(
        m_context.db, m_context.clock, actor, QStringLiteral("review-task"), QStringLiteral("task_record"),
        [&]() -> Result<UnitOfWork::Change> {
            const auto reviewed = tasks.review(id, decision, note, m_context.clock.nowUtc(), actor.name.trimmed());
            if (!reviewed)
                return reviewed.error();
            return UnitOfWork::Change{
                id.value, QJsonObject{{QStringLiteral("review"), codeOf(decision)}, {QStringLiteral("note"), note}}};
        });
    if (!done)
        return done.error();
    emit m_context.notifier.tasksChanged();
    return tasks.byId(id);
}

Result<std::optional<TaskRecord>> TaskService::running(ParticipantId participant) const
{
    TaskFilter filter;
    filter.participantId = participant;
    filter.runningOnly = true;
    filter.limit = 1;
    const auto found = TaskRepository(m_context.db).list(filter);
    if (!found)
        return found.error();
    if (found->empty())
        return std::optional<TaskRecord>();
    return std::optional<TaskRecord>(found->front());
}

Result<std::vector<TaskRecord>> TaskService::list(const TaskFilter& filter) const
{
    return TaskRepository(m_context.db).list(filter);
}

Result<ParticipantHours> TaskService::hours(const QDate& from, const QDate& to) const
{
    if (!from.isValid() || !to.isValid() || to < from)
        return invalid(tr("Choose a period whose end is not before its start."));
    // The local days' bounds as instants: a day of 23 or 25 hours counts as long as it really is.
    const QDateTime periodStart = QDateTime(from, QTime(0, 0)).toUTC();
    const QDateTime periodEnd = QDateTime(to.addDays(1), QTime(0, 0)).toUTC();
    TaskFilter filter;
    filter.from = periodStart;
    filter.to = periodEnd;
    filter.limit = 10'000'000;
    const auto tasks = TaskRepository(m_context.db).list(filter);
    if (!tasks)
        return tasks.error();
    ParticipantHours report;
    report.from = from;
    report.to = to;
    std::map<std::pair<int, QString>, ParticipantHours::Row> rows;
    for (const auto& task : tasks.value()) {
        if (task.isRunning() || task.review == TaskReview::Rejected)
            continue;
        const QDateTime start = std::max(task.startedAt, periodStart);
        const QDateTime end = std::min(task.endedAt, periodEnd);
        const qint64 seconds = start.secsTo(end);
        if (seconds <= 0)
            continue;
        auto& row = rows[{int(task.program), task.participantCode}];
        row.participantCode = task.participantCode;
        row.participantName = task.participantName;
        row.program = task.program;
        row.tasks += 1;
        (task.review == TaskReview::Validated ? row.validatedSeconds : row.pendingSeconds) += seconds;
    }
    for (auto& [key, row] : rows) {
        if (report.programs.empty() || report.programs.back().program != row.program)
            report.programs.push_back(ParticipantHours::ProgramTotal{row.program, 0, 0, 0});
        auto& total = report.programs.back();
        total.validatedSeconds += row.validatedSeconds;
        total.pendingSeconds += row.pendingSeconds;
        total.participants += 1;
        report.rows.push_back(row);
    }
    return report;
}

} // namespace glaneur
