// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/HoldService.h"

#include "core/services/UnitOfWork.h"
#include "core/services/Validation.h"
#include "core/storage/TraceRepository.h"

#include <QJsonObject>

namespace glaneur {

Result<HoldEvent> HoldService::change(const Actor& actor, const QString& lotCode, const QString& reason, bool held)
{
    HoldEvent event;
    event.lotCode = lotCode.trimmed().toUpper();
    event.held = held;
    event.reason = reason;
    if (auto r = Validation::requiredText(event.reason, tr("The reason"), 500); !r)
        return r.error();
    const auto lot = TraceRepository(m_context.db).lot(event.lotCode);
    if (!lot)
        return lot.error();
    if (!lot->has_value())
        return Error{ErrorCode::NotFound, tr("There is no lot « %1 ».").arg(lotCode.trimmed())};
    event.recordedBy = actor.name.trimmed();
    const auto done = UnitOfWork::perform(
        m_context.db, m_context.clock, actor, held ? QStringLiteral("hold") : QStringLiteral("release"),
        QStringLiteral("lot_hold"), [&]() -> Result<UnitOfWork::Change> {
            // Inside the write lock, so two stations cannot both hold (or release) the same lot.
            const auto current = HoldRepository(m_context.db).activeHold(event.lotCode);
            if (!current)
                return current.error();
            if (held && current->has_value())
                return Error{ErrorCode::Conflict,
                             tr("The lot %1 is already on hold (%2).").arg(event.lotCode, current->value().reason)};
            if (!held && !current->has_value())
                return Error{ErrorCode::Conflict, tr("The lot %1 is not on hold.").arg(event.lotCode)};
            event.at = m_context.clock.nowUtc();
            const auto id = HoldRepository(m_context.db).append(event);
            if (!id)
                return id.error();
            return UnitOfWork::Change{id.value(), QJsonObject{{QStringLiteral("lot"), event.lotCode},
                                                              {QStringLiteral("reason"), event.reason}}};
        });
    if (!done)
        return done.error();
    emit m_context.notifier.lotsChanged();
    return event;
}

Result<HoldEvent> HoldService::hold(const Actor& actor, const QString& lotCode, const QString& reason)
{
    return change(actor, lotCode, reason, true);
}

Result<HoldEvent> HoldService::release(const Actor& actor, const QString& lotCode, const QString& reason)
{
    return change(actor, lotCode, reason, false);
}

Result<std::optional<HoldEvent>> HoldService::activeHold(const QString& lotCode) const
{
    return HoldRepository(m_context.db).activeHold(lotCode.trimmed().toUpper());
}

Result<std::vector<HoldEvent>> HoldService::history(const QString& lotCode) const
{
    return HoldRepository(m_context.db).history(lotCode.trimmed().toUpper());
}

Result<Ok> HoldService::checkNotHeld(const QString& lotCode) const
{
    const auto hold = activeHold(lotCode);
    if (!hold)
        return hold.error();
    if (hold->has_value())
        return Error{
            ErrorCode::Conflict,
            tr("The lot %1 is on hold (%2): release it first.").arg(lotCode.trimmed().toUpper(), hold->value().reason)};
    return Ok{};
}

Result<Ok> HoldService::checkLabellable(const QString& lotCode) const
{
    const auto hold = activeHold(lotCode);
    if (!hold)
        return hold.error();
    if (hold->has_value())
        return Error{ErrorCode::Conflict, tr("The lot %1 is on hold (%2): its labels cannot be printed until it is "
                                             "released.")
                                              .arg(lotCode.trimmed().toUpper(), hold->value().reason)};
    return Ok{};
}

} // namespace glaneur
