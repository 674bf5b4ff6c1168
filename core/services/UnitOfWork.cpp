// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/UnitOfWork.h"

#include "core/storage/SqlSupport.h"

#include <QCoreApplication>

namespace glaneur {

UnitOfWork::UnitOfWork(QSqlDatabase db, const Clock& clock, Actor actor)
    : m_db(std::move(db)), m_actor(std::move(actor)), m_now(clock.nowUtc())
{
    m_actor.name = m_actor.name.trimmed();
}

QString UnitOfWork::activeAction(bool active)
{
    return active ? QStringLiteral("activate") : QStringLiteral("deactivate");
}

UnitOfWork::Change UnitOfWork::activeChange(qint64 entityId, bool active)
{
    return Change{entityId, QJsonObject{{QStringLiteral("active"), active}}};
}

Result<Ok> UnitOfWork::begin()
{
    if (m_actor.name.isEmpty())
        return Error{
            ErrorCode::Validation,
            QCoreApplication::translate("glaneur::UnitOfWork", "Choose the operator (who is working) before saving.")};
    m_transaction.emplace(m_db);
    if (!m_transaction->isActive())
        return storageError(m_db, "begin transaction");
    return Ok{};
}

Result<Ok> UnitOfWork::audit(const QString& action, const QString& entity, qint64 entityId, const QJsonObject& changes)
{
    AuditLog log(m_db);
    return log.append(AuditEntry{0, m_now, m_actor.name, action, entity, entityId, changes});
}

Result<Ok> UnitOfWork::commit()
{
    if (!m_transaction || !m_transaction->commit())
        return storageError(m_db, "commit");
    return Ok{};
}

} // namespace glaneur
