// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

#include <vector>

class QIODevice;

namespace glaneur {

// A report as one header row and its rows of text, ready for CsvWriter.
struct CsvTable
{
    QStringList header;
    std::vector<QStringList> rows;

    // The header then every row, through CsvWriter; an Io error when the device refuses bytes.
    Result<Ok> write(QIODevice* device) const;
    QByteArray toCsv() const;

    // How reports write time (the shared decisions of issue 6): an instant in local time
    // "2026-11-22 09:30", a date "2026-11-22"; empty when invalid.
    static QString instantText(const QDateTime& at);
    static QString dateText(const QDate& day);
};

} // namespace glaneur
