// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Id.h"
#include "core/domain/Mass.h"

#include <QDateTime>
#include <QString>

namespace glaneur {

// What went into a batch: kilograms of a reception lot (traced), or of an ingredient that is not
// tracked by lot (water, salt). A correction is a new input whose grams are the difference from
// the row it corrects (it may be negative), so that sums stay right and history stays intact.
struct BatchInput
{
    BatchRecordId id;
    BatchId batchId;
    LotId lotId; // invalid for an untracked ingredient
    QString lotCode;
    ProductId productId;
    QString productCode;
    QString productNameFr;
    Mass mass;
    BatchRecordId correctsId;
    QString reason; // why a correction was made
    QDateTime at;   // UTC
    QString recordedBy;
};

} // namespace glaneur
