// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Id.h"
#include "core/domain/Mass.h"
#include "core/domain/Vocabulary.h"

#include <QDateTime>

#include <optional>

namespace glaneur {

// A piece of work a participant starts now (task screen) or that is entered after the fact.
struct TaskRequest
{
    ParticipantId participantId;
    TaskKind kind = TaskKind::Sort;
    QString batchCode;          // optional
    QString lotCode;            // optional: a reception or finished lot
    QDateTime startedAt;        // entries: the start (invalid: now minus the duration)
    std::optional<int> minutes; // entries: the duration; or give endedAt
    QDateTime endedAt;
    std::optional<Mass> handled;
};

} // namespace glaneur
