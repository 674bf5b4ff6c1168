// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/domain/ImpactIndicators.h"
#include "core/reports/XlsxWriter.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariant>

#include <map>
#include <vector>

namespace glaneur {

// The impact indicators as tables, and their files: one CSV whose first column names the table
// (so that one header row serves every table), or one XLSX with a sheet per table. Both come from
// the same cells, so they always hold the same figures. Masses are integer grams; the workbook
// adds kilograms (one decimal, rounded half up from the grams) and hours (two decimals).
class IndicatorReport
{
    Q_DECLARE_TR_FUNCTIONS(glaneur::IndicatorReport)

public:
    // The columns a table may have; the CSV has them all, in this order, after « Tableau / Table ».
    enum class Field {
        Code,
        Label,
        Tier,
        Lots,
        Documents,
        Packs,
        Grams,
        GramsFromLots,
        Count,
        Participants,
        Tasks,
        ValidatedSeconds,
        PendingSeconds,
        Hours,
    };
    struct Table
    {
        QString code;  // stable, in the CSV's first column: "farms"
        QString sheet; // the workbook's French sheet name: « Fermes »
        std::vector<Field> fields;
        // qint64 for numbers, QString for text; a missing field stays empty.
        std::vector<std::map<Field, QVariant>> rows;
    };

    static std::vector<Table> tables(const ImpactIndicators& indicators);
    // Bilingual, French first, stable: tests and scripts address columns by them.
    static QString header(Field field);
    static QStringList csvHeader();
    static std::vector<QStringList> csvRecords(const std::vector<Table>& tables);
    static std::vector<XlsxWriter::Sheet> sheets(const std::vector<Table>& tables);

    // Hours, two decimals, rounded half up from seconds: "12.50".
    static QString hoursText(qint64 seconds);

    // To FILE.csv or FILE.xlsx (by its suffix, case-insensitive); nothing is left at `path` on failure.
    static Result<Ok> write(const ImpactIndicators& indicators, const QString& path);
    // A Validation error unless `path` ends in .csv or .xlsx.
    static Result<Ok> checkPath(const QString& path);
};

} // namespace glaneur
