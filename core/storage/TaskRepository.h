// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/domain/TaskRecord.h"

#include <QSqlDatabase>

#include <vector>

namespace glaneur {

struct TaskFilter
{
    QDateTime from; // tasks that overlap [from, to); invalid = open
    QDateTime to;
    QDateTime startedAfter; // only tasks started after this instant; invalid = open
    ParticipantId participantId;
    std::optional<TaskReview> review;
    bool runningOnly = false;
    int limit = 5000;
};

// SQL of participants' task records and of the supervisors' reviews. A task row is only ever
// completed (its end time set once); reviews are append-only and the latest one counts.
class TaskRepository
{
public:
    explicit TaskRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<TaskId> insert(const TaskRecord& task);
    Result<Ok> end(TaskId id, const QDateTime& endedAt, std::optional<Mass> handled);
    Result<qint64> review(TaskId id, TaskReview decision, const QString& note, const QDateTime& at, const QString& by);
    Result<TaskRecord> byId(TaskId id) const;
    Result<std::vector<TaskRecord>> list(const TaskFilter& filter) const; // newest first

private:
    QSqlDatabase m_db;
};

} // namespace glaneur
