// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ParticipantRepository.h"

#include "core/storage/SqlSupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace glaneur {

namespace {

Error unknownParticipant(const QString& code)
{
    return Error{
        ErrorCode::NotFound,
        QCoreApplication::translate("glaneur::ParticipantRepository", "There is no participant « %1 ».").arg(code)};
}

} // namespace

Result<ParticipantId> ParticipantRepository::insert(const Participant& participant)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO participant (code, display_name, program, active_from, active_to, active)"
                             " VALUES (:code, :name, :program, :from, :to, 1)"));
    q.bindValue(QStringLiteral(":code"), textValue(participant.code));
    q.bindValue(QStringLiteral(":name"), textValue(participant.displayName));
    q.bindValue(QStringLiteral(":program"), codeOf(participant.program));
    q.bindValue(QStringLiteral(":from"), dateText(participant.activeFrom));
    q.bindValue(QStringLiteral(":to"), nullableDate(participant.activeTo));
    if (!q.exec()) {
        if (isUniqueViolation(q))
            return Error{ErrorCode::Conflict, QCoreApplication::translate("glaneur::ParticipantRepository",
                                                                          "The code %1 is already used by a "
                                                                          "participant.")
                                                  .arg(participant.code)};
        return storageError(q, "insert participant");
    }
    return ParticipantId{q.lastInsertId().toLongLong()};
}

Result<Ok> ParticipantRepository::update(const Participant& participant)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE participant SET display_name = :name, program = :program, active_from = :from,"
                             " active_to = :to WHERE participant_id = :id"));
    q.bindValue(QStringLiteral(":name"), textValue(participant.displayName));
    q.bindValue(QStringLiteral(":program"), codeOf(participant.program));
    q.bindValue(QStringLiteral(":from"), dateText(participant.activeFrom));
    q.bindValue(QStringLiteral(":to"), nullableDate(participant.activeTo));
    q.bindValue(QStringLiteral(":id"), participant.id.value);
    if (!q.exec())
        return storageError(q, "update participant");
    if (q.numRowsAffected() == 0)
        return unknownParticipant(participant.code);
    return Ok{};
}

Result<Ok> ParticipantRepository::setActive(ParticipantId id, bool active)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE participant SET active = :active WHERE participant_id = :id"));
    q.bindValue(QStringLiteral(":active"), active ? 1 : 0);
    q.bindValue(QStringLiteral(":id"), id.value);
    if (!q.exec())
        return storageError(q, "update participant");
    if (q.numRowsAffected() == 0)
        return unknownParticipant(QString::number(id.value));
    return Ok{};
}

Result<std::vector<Participant>> ParticipantRepository::select(const QString& where, const QVariantMap& values) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT participant_id, code, display_name, program, active_from, active_to, active"
                             " FROM participant ") +
              where + QStringLiteral(" ORDER BY display_name, code"));
    for (auto it = values.begin(); it != values.end(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec())
        return storageError(q, "select participants");
    std::vector<Participant> found;
    while (q.next()) {
        Participant p;
        p.id = ParticipantId{q.value(0).toLongLong()};
        p.code = q.value(1).toString();
        p.displayName = q.value(2).toString();
        p.program = fromCode<ParticipantProgram>(q.value(3).toString()).value_or(ParticipantProgram::PreEmployability);
        p.activeFrom = dateFromText(q.value(4));
        p.activeTo = dateFromText(q.value(5));
        p.active = q.value(6).toInt() != 0;
        found.push_back(std::move(p));
    }
    return found;
}

Result<std::vector<Participant>> ParticipantRepository::list(bool includeInactive) const
{
    return select(includeInactive ? QString() : QStringLiteral("WHERE active = 1"), {});
}

Result<Participant> ParticipantRepository::byId(ParticipantId id) const
{
    const auto found = select(QStringLiteral("WHERE participant_id = :id"), {{QStringLiteral(":id"), id.value}});
    if (!found)
        return found.error();
    if (found->empty())
        return unknownParticipant(QString::number(id.value));
    return found->front();
}

Result<Participant> ParticipantRepository::byCode(const QString& code) const
{
    const auto found =
        select(QStringLiteral("WHERE code = :code"), {{QStringLiteral(":code"), code.trimmed().toUpper()}});
    if (!found)
        return found.error();
    if (found->empty())
        return unknownParticipant(code.trimmed());
    return found->front();
}

} // namespace glaneur
