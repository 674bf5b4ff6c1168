// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QSqlDatabase>

namespace glaneur {

// Connection settings for filling a new database in bulk (the synthetic-history generator):
// no fsync at each commit, the rollback journal in memory instead of the write-ahead log, an exclusive
// lock and a large page cache. A crash or power loss during the load may corrupt the file, which is
// acceptable only for a database being generated from scratch. finish() (or the destructor) puts back
// the write-ahead log and the normal settings of Database.
class BulkLoad
{
public:
    explicit BulkLoad(QSqlDatabase db);
    ~BulkLoad();
    Q_DISABLE_COPY_MOVE(BulkLoad)

    Result<Ok> start();
    Result<Ok> finish();

private:
    QSqlDatabase m_db;
    bool m_started = false;
};

} // namespace glaneur
