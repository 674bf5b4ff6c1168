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
    // Per connection, except the journal mode: the app's own connections keep synchronous=FULL. Without the
    // write-ahead log each commit writes its pages once, into the file, instead of into the log and later
    // again at the checkpoint; the exclusive lock saves taking the file lock at every transaction.
    for (const QString& pragma :
         {QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"), QStringLiteral("PRAGMA journal_mode = MEMORY"),
          QStringLiteral("PRAGMA synchronous = OFF"), QStringLiteral("PRAGMA cache_size = -196608"),
          QStringLiteral("PRAGMA temp_store = MEMORY")}) {
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
    // Back to the write-ahead log and the settings Database::open gives every connection; the
    // checkpoint leaves the log empty.
    for (const QString& pragma :
         {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA locking_mode = NORMAL"),
          QStringLiteral("PRAGMA synchronous = FULL"), QStringLiteral("PRAGMA cache_size = -2000"),
          QStringLiteral("PRAGMA temp_store = DEFAULT"), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")}) {
        if (auto r = execStatement(m_db, pragma); !r)
            return r;
    }
    return Ok{};
}

} // namespace glaneur
