// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Id.h"
#include "core/domain/Mass.h"
#include "core/domain/Vocabulary.h"

#include <QDateTime>

#include <optional>

namespace glaneur {

// What a batch lost: peels and trim to compost, rejects discarded, water. A correction carries the
// difference from the row it corrects, like an input's.
struct BatchLoss
{
    BatchRecordId id;
    BatchId batchId;
    LossKind kind = LossKind::Compost;
    std::optional<StepKind> step;
    Mass mass;
    BatchRecordId correctsId;
    QString reason;
    QDateTime at; // UTC
    QString recordedBy;
};

} // namespace glaneur
