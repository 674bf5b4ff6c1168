// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ExportCursor.h"

#include "core/storage/SqlSupport.h"

#include <QSqlError>

namespace glaneur {

Result<bool> ExportCursor::next(MovementRecord& into)
{
    if (!m_query.next()) {
        // next() is false at the end and on a failed step alike.
        if (m_query.lastError().isValid())
            return storageError(m_query, m_what);
        return false;
    }
    m_reader(m_query, into);
    return true;
}

} // namespace glaneur
