// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Id.h"
#include "core/domain/Vocabulary.h"

#include <QDateTime>

#include <optional>
#include <vector>

namespace glaneur {

// What was done about a reading outside its critical limit (FS-03).
struct CorrectiveAction
{
    qint64 id = 0;
    QString description;
    QDateTime at; // UTC
    QString recordedBy;
};

// A critical-control-point measurement of a batch with the limit in force when it was taken
// (kept with the reading, so a later change of limits does not rewrite history).
struct ControlReading
{
    BatchRecordId id;
    BatchId batchId;
    ControlKind kind = ControlKind::BlanchTemperature;
    int value = 0; // in the kind's unit: tenths of °C, seconds, minutes, or 1 pass / 0 fail
    std::optional<int> limitMin;
    std::optional<int> limitMax;
    bool withinLimit = true;
    QString notes;
    BatchRecordId correctsId; // a corrected reading replaces the one it points at
    QString reason;
    QDateTime at; // UTC
    QString recordedBy;
    std::vector<CorrectiveAction> actions;

    // Out of its limit with nothing done about it: the batch cannot close.
    bool needsAction() const { return !withinLimit && actions.empty(); }
};

} // namespace glaneur
