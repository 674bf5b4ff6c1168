// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/ParticipantService.h"

#include "core/services/DomainJson.h"
#include "core/services/UnitOfWork.h"
#include "core/services/Validation.h"
#include "core/storage/AuditLog.h"
#include "core/storage/ParticipantRepository.h"

#include <QRegularExpression>

namespace glaneur {

Result<Ok> ParticipantService::validate(Participant& participant) const
{
    if (auto r = Validation::requiredText(participant.displayName, tr("The display name"), 40); !r)
        return r;
    if (!participant.activeFrom.isValid())
        participant.activeFrom = m_context.clock.nowUtc().toLocalTime().date();
    if (participant.activeTo.isValid() && participant.activeTo < participant.activeFrom)
        return Error{ErrorCode::Validation, tr("The end of the program is before its start.")};
    return Ok{};
}

Result<Participant> ParticipantService::add(const Actor& actor, Participant participant)
{
    participant.code = participant.code.trimmed().toUpper();
    static const QRegularExpression codePattern(QStringLiteral("^[A-Z0-9][A-Z0-9-]{0,11}$"));
    if (!codePattern.match(participant.code).hasMatch())
        return Error{ErrorCode::Validation, tr("A participant code has 1 to 12 letters, digits or dashes (for "
                                               "example P07). Do not use the person's name.")};
    if (auto r = validate(participant); !r)
        return r.error();
    participant.active = true;
    const auto done = UnitOfWork::perform(m_context.db, m_context.clock, actor, QStringLiteral("create"),
                                          QStringLiteral("participant"), [&]() -> Result<UnitOfWork::Change> {
                                              const auto id = ParticipantRepository(m_context.db).insert(participant);
                                              if (!id)
                                                  return id.error();
                                              participant.id = id.value();
                                              return UnitOfWork::Change{participant.id.value, toJson(participant)};
                                          });
    if (!done)
        return done.error();
    emit m_context.notifier.participantsChanged();
    return participant;
}

Result<Participant> ParticipantService::update(const Actor& actor, Participant participant)
{
    ParticipantRepository repository(m_context.db);
    const auto before = repository.byId(participant.id);
    if (!before)
        return before.error();
    participant.code = before->code;
    participant.active = before->active;
    if (auto r = validate(participant); !r)
        return r.error();
    const auto done = UnitOfWork::perform(m_context.db, m_context.clock, actor, QStringLiteral("update"),
                                          QStringLiteral("participant"), [&]() -> Result<UnitOfWork::Change> {
                                              if (auto r = repository.update(participant); !r)
                                                  return r.error();
                                              return UnitOfWork::Change{
                                                  participant.id.value,
                                                  AuditLog::difference(toJson(before.value()), toJson(participant))};
                                          });
    if (!done)
        return done.error();
    emit m_context.notifier.participantsChanged();
    return participant;
}

Result<Ok> ParticipantService::setActive(const Actor& actor, ParticipantId id, bool active)
{
    const auto done =
        UnitOfWork::perform(m_context.db, m_context.clock, actor, UnitOfWork::activeAction(active),
                            QStringLiteral("participant"), [&]() -> Result<UnitOfWork::Change> {
                                if (auto r = ParticipantRepository(m_context.db).setActive(id, active); !r)
                                    return r.error();
                                return UnitOfWork::activeChange(id.value, active);
                            });
    if (done)
        emit m_context.notifier.participantsChanged();
    return done;
}

Result<std::vector<Participant>> ParticipantService::list(bool includeInactive) const
{
    return ParticipantRepository(m_context.db).list(includeInactive);
}

Result<Participant> ParticipantService::byCode(const QString& code) const
{
    return ParticipantRepository(m_context.db).byCode(code);
}

Result<Participant> ParticipantService::byId(ParticipantId id) const
{
    return ParticipantRepository(m_context.db).byId(id);
}

} // namespace glaneur
