// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Id.h"
#include "core/domain/Mass.h"
#include "core/domain/Vocabulary.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace glaneur {

// What a supervisor asks of a batch, as typed (checked by BatchService).
struct BatchStartRequest
{
    ProductId productId;
    QString siteCode;    // empty: the default kitchen, or the only one
    QDateTime startedAt; // invalid: now
    QString notes;
};

struct BatchStepRequest
{
    StepKind kind = StepKind::Sort;
    QDateTime startedAt; // invalid: now
    QDateTime endedAt;   // may stay invalid
    std::optional<Mass> in;
    std::optional<Mass> out;
    QString notes;
};

struct BatchControlRequest
{
    ControlKind kind = ControlKind::BlanchTemperature;
    int value = 0; // in the kind's unit (ControlRule)
    QDateTime at;  // invalid: now
    QString notes;
    QString correctiveAction; // required later if the value is out of its limit
};

struct BatchOutputRequest
{
    int packs = 0;
    std::optional<int> packGrams; // default: the product's pack size
    QDate packedOn;               // invalid: today
    QString locationCode;         // where the packs are stored; may be empty
};

} // namespace glaneur
