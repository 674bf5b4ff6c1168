// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/domain/RecallRecord.h"
#include "core/domain/RecallReport.h"

#include <QCoreApplication>

class QIODevice;

namespace glaneur {

class CsvWriter;

// A recall report as one CSV file (RC-01, TR-06) for the recall record and for a spreadsheet: one
// row per affected lot, per place still holding packs, per delivery to follow up, and per line of
// the mass balance, the « Section » column saying which; a kept recall record adds one row per
// contact of its checklist. Masses in grams, instants in local time.
class RecallCsv
{
    Q_DECLARE_TR_FUNCTIONS(glaneur::RecallCsv)

public:
    static QStringList header();
    static Result<Ok> write(const RecallReport& report, QIODevice* device);
    static Result<Ok> write(const RecallRecord& record, QIODevice* device);

private:
    static Result<Ok> writeReport(const RecallReport& report, CsvWriter& csv);
};

} // namespace glaneur
