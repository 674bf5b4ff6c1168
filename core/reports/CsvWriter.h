// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace glaneur {

// Comma-separated values as RFC 4180 wants them and a spreadsheet opens them: UTF-8 without a
// byte-order mark, CRLF after every record, a field quoted only when it holds a comma, a quote,
// CR or LF (its quotes doubled). Text is written as it is: no trimming, no formula escaping, so
// that an inspector reads exactly what was recorded.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(glaneur::CsvWriter)

public:
    // Writes to a device the caller opened for writing (a QSaveFile, a QBuffer); the device must
    // outlive the writer. Without a device, records are kept and given back by data().
    explicit CsvWriter(QIODevice* device = nullptr) : m_device(device) {}

    // One record and its CRLF. An Io error when the device refuses the bytes.
    Result<Ok> writeRecord(const QStringList& fields);
    // Records written so far, the header included.
    qint64 records() const { return m_records; }
    // What was written when there is no device.
    const QByteArray& data() const { return m_buffer; }

    // One field, quoted if it needs to be.
    static QByteArray field(const QString& text);
    // One record with its CRLF.
    static QByteArray record(const QStringList& fields);

private:
    QIODevice* m_device = nullptr;
    QByteArray m_buffer;
    qint64 m_records = 0;
};

} // namespace glaneur
