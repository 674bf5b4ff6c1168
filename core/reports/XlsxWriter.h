// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace glaneur {

// A spreadsheet (Office Open XML, .xlsx) of plain tables, through libxlsxwriter: one sheet per
// table, its header row bold and frozen, numbers stored as numbers, columns sized to their text.
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(glaneur::XlsxWriter)

public:
    // A number is kept exact as an integer scaled by 10^decimals: 12.5 kg is {125, 1}.
    struct Cell
    {
        enum class Kind { Empty, Text, Number };
        Kind kind = Kind::Empty;
        QString text;
        qint64 scaled = 0;
        int decimals = 0;

        static Cell empty() { return {}; }
        static Cell ofText(const QString& value) { return {Kind::Text, value, 0, 0}; }
        static Cell ofNumber(qint64 scaled, int decimals = 0) { return {Kind::Number, QString(), scaled, decimals}; }
    };
    struct Sheet
    {
        QString name; // at most 31 characters, none of []:*?/\ (Excel's rule)
        QStringList headers;
        std::vector<std::vector<Cell>> rows;
    };

    // Writes the workbook to a file next to `path`, then puts it in place: a failed write leaves
    // whatever was at `path` untouched. An Io error with the reason otherwise.
    static Result<Ok> write(const QString& path, const std::vector<Sheet>& sheets);
};

} // namespace glaneur
