// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/domain/MovementRecord.h"

#include <QSqlQuery>

#include <functional>

namespace glaneur {

// One export query, read a record at a time as the file is written: a year of movements is never
// held in memory at once (it took over half a gigabyte on a ten-year database).
class ExportCursor
{
public:
    using Reader = std::function<void(const QSqlQuery&, MovementRecord&)>;

    // Takes a query that is prepared and executed, forward only.
    ExportCursor(QSqlQuery query, Reader reader, const char* what)
        : m_query(std::move(query)), m_reader(std::move(reader)), m_what(what)
    {
    }

    // The next record, read into `into`, which must be a default-constructed record (every reader
    // sets only its own fields); false after the last one.
    Result<bool> next(MovementRecord& into);

private:
    QSqlQuery m_query;
    Reader m_reader;
    const char* m_what;
};

} // namespace glaneur
