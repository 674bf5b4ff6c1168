// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Id.h"

#include <QDateTime>
#include <QString>

namespace glaneur {

// One recall, or one mock recall, run from its start to its report (RC-03, RC-04): how long it
// took, what it found, and what the team noted (gaps, corrective actions). SFCR 84(2) asks for a
// mock recall at least every 12 months, documented and kept 2 years.
struct RecallExercise
{
    qint64 id = 0;
    bool mock = true;
    QString subject; // the lot, or « Supplier 2026-11-01..2026-11-15 »
    QDateTime startedAt;
    QDateTime finishedAt;
    int affectedLots = 0;
    int packsOnHand = 0;
    int recipients = 0;
    qint64 unexplainedGrams = 0;
    QString notes;
    QString recordedBy;

    qint64 seconds() const { return startedAt.secsTo(finishedAt); }
};

} // namespace glaneur
