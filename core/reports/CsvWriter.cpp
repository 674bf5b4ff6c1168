// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/CsvWriter.h"

#include <QIODevice>

namespace glaneur {

QByteArray CsvWriter::field(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    const bool quoted = bytes.contains(',') || bytes.contains('"') || bytes.contains('\r') || bytes.contains('\n');
    if (!quoted)
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

QByteArray CsvWriter::record(const QStringList& fields)
{
    // A record of one empty field would be a blank line, which readers skip: quote it.
    if (fields.size() == 1 && fields.front().isEmpty())
        return QByteArrayLiteral("\"\"\r\n");
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        line += field(fields.at(i));
    }
    line += "\r\n";
    return line;
}

Result<Ok> CsvWriter::writeRecord(const QStringList& fields)
{
    const QByteArray line = record(fields);
    if (!m_device) {
        m_buffer += line;
    } else if (m_device->write(line) != line.size()) {
        return Error{ErrorCode::Io, tr("The CSV file could not be written: %1").arg(m_device->errorString())};
    }
    ++m_records;
    return Ok{};
}

} // namespace glaneur
