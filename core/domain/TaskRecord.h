// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Id.h"
#include "core/domain/Mass.h"
#include "core/domain/Vocabulary.h"

#include <QDateTime>

#include <optional>

namespace glaneur {

enum class TaskReview { Pending, Validated, Rejected };

// A participant's piece of work: what, when, on which batch or lot, how much. Times are UTC
// instants, so durations stay right across midnight and daylight-saving changes.
struct TaskRecord
{
    // A finished task lasts at most this long (longer is a forgotten stop or a typo): the queries of
    // a period rely on it to read a few hours before the period, not the whole history.
    static constexpr int MaxMinutes = 16 * 60;

    TaskId id;
    ParticipantId participantId;
    QString participantCode;
    QString participantName;
    ParticipantProgram program = ParticipantProgram::PreEmployability;
    TaskKind kind = TaskKind::Sort;
    BatchId batchId;
    QString batchCode;
    QString lotCode;
    QDateTime startedAt; // UTC
    QDateTime endedAt;   // UTC; invalid while the task is running
    std::optional<Mass> handled;
    QString recordedBy;
    QDateTime recordedAt;
    TaskReview review = TaskReview::Pending;
    QString reviewNote;
    QString reviewedBy;

    bool isRunning() const { return !endedAt.isValid(); }
    qint64 seconds() const { return isRunning() ? 0 : startedAt.secsTo(endedAt); }
};

} // namespace glaneur
