// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/CsvWriter.h"

#include <QIODevice>

#include <algorithm>

namespace glaneur {

namespace {

// Appends one field, quoted when it holds a comma, a quote, CR or LF. One pass over the text: an
// export writes millions of fields.
void appendField(QByteArray& line, const QString& text)
{
    const bool quoted = std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return u == u',' || u == u'"' || u == u'\r' || u == u'\n';
    });
    if (!quoted) {
        line += text.toUtf8();
        return;
    }
    QByteArray bytes = text.toUtf8();
    bytes.replace("\"", "\"\"");
    line += '"';
    line += bytes;
    line += '"';
}

} // namespace

QByteArray CsvWriter::field(const QString& text)
{
    QByteArray bytes;
    appendField(bytes, text);
    return bytes;
}

QByteArray CsvWriter::record(const QStringList& fields)
{
    // A record of one empty field would be a blank line, which readers skip: quote it.
    if (fields.size() == 1 && fields.front().isEmpty())
        return QByteArrayLiteral("\"\"\r\n");
    QByteArray line;
    line.reserve(256);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        appendField(line, fields.at(i));
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
