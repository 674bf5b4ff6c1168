// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/CsvTable.h"

#include "core/reports/CsvWriter.h"

namespace glaneur {

Result<Ok> CsvTable::write(QIODevice* device) const
{
    CsvWriter writer(device);
    if (auto r = writer.writeRecord(header); !r)
        return r.error();
    for (const QStringList& row : rows) {
        if (auto r = writer.writeRecord(row); !r)
            return r.error();
    }
    return Ok{};
}

QByteArray CsvTable::toCsv() const
{
    QByteArray bytes = CsvWriter::record(header);
    for (const QStringList& row : rows)
        bytes += CsvWriter::record(row);
    return bytes;
}

QString CsvTable::instantText(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString CsvTable::dateText(const QDate& day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

} // namespace glaneur
