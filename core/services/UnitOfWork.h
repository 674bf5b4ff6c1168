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
    // What a write changed, for its audit line.
    struct Change
    {
        qint64 entityId;
        QJsonObject changes;
    };

    // One audited write in one transaction: begins, runs `write` (which returns a Result<Change>),
    // appends the audit line, commits. Any failure rolls everything back and is returned.
    template <typename Write>
    static Result<Ok> perform(QSqlDatabase db, const Clock& clock, const Actor& actor, const QString& action,
                              const QString& entity, Write&& write)
    {
        UnitOfWork work(std::move(db), clock, actor);
        if (auto r = work.begin(); !r)
            return r;
        const Result<Change> change = write();
        if (!change)
            return change.error();
        if (auto r = work.audit(action, entity, change->entityId, change->changes); !r)
            return r;
        return work.commit();
    }

    UnitOfWork(QSqlDatabase db, const Clock& clock, Actor actor);

    // The audit action and change of (de)activating a record.
    static QString activeAction(bool active);
    static Change activeChange(qint64 entityId, bool active);

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
