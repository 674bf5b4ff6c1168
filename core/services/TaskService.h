// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Actor.h"
#include "core/common/Result.h"
#include "core/domain/TaskRecord.h"
#include "core/services/ParticipantHours.h"
#include "core/services/ServiceContext.h"
#include "core/services/TaskRequests.h"
#include "core/storage/TaskRepository.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace glaneur {

// Participants' task records (UX-04) and their review by supervisors; the hours they add up to
// per period and program, for the program's funders.
class TaskService
{
    Q_DECLARE_TR_FUNCTIONS(glaneur::TaskService)

public:
    static constexpr int MaxTaskMinutes = TaskRecord::MaxMinutes;
    static constexpr int FutureToleranceSeconds = 300;

    // What a scan on the task screen points at.
    struct ScanTarget
    {
        QString batchCode;
        QString lotCode;
    };

    explicit TaskService(ServiceContext context) : m_context(context) {}

    // A batch code, or a reception or finished lot code (from any label QR or typed).
    Result<ScanTarget> identify(const QString& scanned) const;

    // Starts a task now; refused while the participant has one running.
    Result<TaskRecord> start(const Actor& actor, const TaskRequest& request);
    // Stops a running task now (or at `endedAt`, for a stop that was forgotten).
    Result<TaskRecord> stop(const Actor& actor, TaskId task, std::optional<Mass> handled,
                            const QDateTime& endedAt = {});
    // A finished task entered with its start and its duration (or end).
    Result<TaskRecord> record(const Actor& actor, const TaskRequest& request);
    Result<TaskRecord> review(const Actor& actor, TaskId task, TaskReview decision, const QString& note);

    Result<std::optional<TaskRecord>> running(ParticipantId participant) const;
    Result<std::vector<TaskRecord>> list(const TaskFilter& filter) const;
    Result<ParticipantHours> hours(const QDate& from, const QDate& to) const;

private:
    Result<Ok> checkParticipant(ParticipantId id, const QDate& day) const;
    Result<Ok> checkTargets(TaskRecord& task, const TaskRequest& request) const;
    // Refuses a task that overlaps another (not rejected) task of the same participant.
    Result<Ok> checkNoOverlap(const TaskRecord& task) const;
    static Error alreadyRunning(const TaskRecord& current);
    ServiceContext m_context;
};

} // namespace glaneur
