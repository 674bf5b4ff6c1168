// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Id.h"
#include "core/domain/Mass.h"
#include "core/domain/Vocabulary.h"

#include <QDateTime>

#include <optional>

namespace glaneur {

// A processing step done in a batch, with kilograms in and out so that yield and loss per step
// are known. A correction replaces the step it points at.
struct BatchStep
{
    BatchRecordId id;
    BatchId batchId;
    StepKind kind = StepKind::Sort;
    QDateTime startedAt; // UTC
    QDateTime endedAt;   // UTC, may be invalid
    std::optional<Mass> in;
    std::optional<Mass> out;
    QString notes;
    BatchRecordId correctsId;
    QString reason;
    QString recordedBy;
    QDateTime recordedAt;

    // out / in in tenths of a percent (975 = 97.5 %), when both are known.
    std::optional<int> yieldPerMille() const
    {
        if (!in || !out || in->grams() <= 0)
            return std::nullopt;
        return int((out->grams() * 1000 + in->grams() / 2) / in->grams());
    }
};

} // namespace glaneur
