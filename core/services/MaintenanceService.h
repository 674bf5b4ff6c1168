// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/services/ServiceContext.h"

#include <QStringList>

namespace glaneur {

// Online backup and integrity check of the database file.
class MaintenanceService
{
public:
    explicit MaintenanceService(ServiceContext context) : m_context(context) {}

    // A consistent copy of the live database (VACUUM INTO), safe while others use it.
    // Refuses to overwrite an existing file.
    Result<Ok> backup(const QString& outPath) const;
    // PRAGMA integrity_check, foreign_key_check and the stock balance against the ledger;
    // an empty list means all is well.
    Result<QStringList> check() const;

private:
    ServiceContext m_context;
};

} // namespace glaneur
