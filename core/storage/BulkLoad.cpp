// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/BulkLoad.h"

#include "core/storage/SqlSupport.h"

namespace glaneur {

BulkLoad::BulkLoad(QSqlDatabase db) : m_db(std::move(db)) {}

BulkLoad::~BulkLoad()
{
    if (m_started)
        (void)finish();
}

Result<Ok> BulkLoad::start()
{
    // Per connection, never stored in the file: the app's own connections keep synchronous=FULL.
    // A bigger WAL between checkpoints saves rewriting the same pages over and over.
    for (const QString& pragma :
         {QStringLiteral("PRAGMA synchronous = OFF"), QStringLiteral("PRAGMA cache_size = -196608"),
          QStringLiteral("PRAGMA temp_store = MEMORY"), QStringLiteral("PRAGMA wal_autocheckpoint = 16384")}) {
        if (auto r = execStatement(m_db, pragma); !r)
            return r;
    }
    m_started = true;
    return Ok{};
}

Result<Ok> BulkLoad::finish()
{
    if (!m_started)
        return Ok{};
    m_started = false;
    // The settings Database::open gives every connection, then one checkpoint that empties the WAL.
    for (const QString& pragma :
         {QStringLiteral("PRAGMA synchronous = FULL"), QStringLiteral("PRAGMA cache_size = -2000"),
          QStringLiteral("PRAGMA temp_store = DEFAULT"), QStringLiteral("PRAGMA wal_autocheckpoint = 1000"),
          QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")}) {
        if (auto r = execStatement(m_db, pragma); !r)
            return r;
    }
    return Ok{};
}

} // namespace glaneur
