// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/OperatorRepository.h"

#include "core/storage/SqlSupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace glaneur {

Result<OperatorId> OperatorRepository::insert(const QString& name)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO operator (name) VALUES (:name)"));
    q.bindValue(QStringLiteral(":name"), name);
    if (!q.exec()) {
        if (isUniqueViolation(q))
            return Error{ErrorCode::Conflict, QCoreApplication::translate("glaneur::OperatorRepository",
                                                                          "The operator « %1 » already exists.")
                                                  .arg(name)};
        return storageError(q, "insert operator");
    }
    return OperatorId{q.lastInsertId().toLongLong()};
}

Result<Ok> OperatorRepository::setActive(OperatorId id, bool active)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE operator SET active = :active WHERE operator_id = :id"));
    q.bindValue(QStringLiteral(":active"), active ? 1 : 0);
    q.bindValue(QStringLiteral(":id"), id.value);
    if (!q.exec())
        return storageError(q, "set operator active");
    if (q.numRowsAffected() == 0)
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("glaneur::OperatorRepository", "This record does not exist.")};
    return Ok{};
}

Result<std::vector<Operator>> OperatorRepository::list(bool includeInactive) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT operator_id, name, active FROM operator") +
                (includeInactive ? QString() : QStringLiteral(" WHERE active = 1")) + QStringLiteral(" ORDER BY name")))
        return storageError(q, "list operators");
    std::vector<Operator> operators;
    while (q.next())
        operators.push_back(
            Operator{OperatorId{q.value(0).toLongLong()}, q.value(1).toString(), q.value(2).toInt() != 0});
    return operators;
}

} // namespace glaneur
