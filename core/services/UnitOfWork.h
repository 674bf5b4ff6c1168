// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Actor.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Transaction.h"

#include <optional>

namespace glaneur {

// One write = one transaction = its audit record. A service begins a unit of work, makes its
// changes, records them with audit(), and commits; any early return rolls everything back.
class UnitOfWork
{
public:
    UnitOfWork(QSqlDatabase db, const Clock& clock, Actor actor);

    // Refuses an anonymous write, then takes the write lock.
    Result<Ok> begin();
    Result<Ok> audit(const QString& action, const QString& entity, qint64 entityId, const QJsonObject& changes);
    Result<Ok> commit();

    QDateTime now() const { return m_now; }

private:
    QSqlDatabase m_db;
    Actor m_actor;
    QDateTime m_now;
    std::optional<Transaction> m_transaction;
};

} // namespace glaneur
