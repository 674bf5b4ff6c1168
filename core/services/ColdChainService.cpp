// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/ColdChainService.h"

#include "core/services/DomainJson.h"
#include "core/services/UnitOfWork.h"
#include "core/services/Validation.h"
#include "core/storage/LocationRepository.h"

#include <QJsonObject>

namespace glaneur {

namespace {

// A kitchen thermometer outside this range is misread or broken, not a cold-chain event.
constexpr int LowestTenths = -500;
constexpr int HighestTenths = 600;

Error invalid(const QString& message)
{
    return Error{ErrorCode::Validation, message};
}

} // namespace

Result<TemperatureReading> ColdChainService::record(const Actor& actor, const TemperatureRequest& request)
{
    if (request.locationCode.trimmed().isEmpty())
        return invalid(tr("Say which cold unit was read."));
    const auto location = LocationRepository(m_context.db).byCode(request.locationCode);
    if (!location)
        return location.error();
    if (!location->active)
        return invalid(tr("The location %1 is deactivated.").arg(location->code));
    if (!location->isColdUnit())
        return invalid(
            tr("%1 is not a cold unit: only freezers and cold rooms get temperature readings.").arg(location->code));
    if (request.value.tenths() < LowestTenths || request.value.tenths() > HighestTenths)
        return invalid(tr("%1 °C is not a plausible reading: check the thermometer.").arg(request.value.celsiusText()));
    TemperatureReading reading;
    reading.locationId = location->id;
    reading.locationCode = location->code;
    reading.locationName = location->name;
    reading.locationKind = location->kind;
    reading.thermometerId =
        request.thermometerId.trimmed().isEmpty() ? location->thermometerId : request.thermometerId.trimmed();
    if (reading.thermometerId.isEmpty())
        return invalid(
            tr("Enter the thermometer's number (or set it on the location %1 in Settings).").arg(location->code));
    if (auto r = Validation::optionalText(reading.thermometerId, tr("The thermometer"), 40); !r)
        return r.error();
    reading.note = request.note.trimmed();
    if (auto r = Validation::optionalText(reading.note, tr("The note"), 500); !r)
        return r.error();
    const QDateTime now = m_context.clock.nowUtc();
    const auto when = Validation::notInTheFuture(request.at, now);
    if (!when)
        return when.error();
    reading.at = when.value();
    reading.value = request.value;
    reading.limitMaxTenths = location->temperatureLimitTenths();
    reading.withinLimit = reading.value.tenths() <= reading.limitMaxTenths;
    reading.recordedBy = actor.name.trimmed();

    // The reading and the event it opens, with the lots in the unit at that moment, are one write.
    const auto done = UnitOfWork::perform(m_context.db, m_context.clock, actor, QStringLiteral("temperature"),
                                          QStringLiteral("temperature_reading"), [&]() -> Result<UnitOfWork::Change> {
                                              ColdChainRepository repository(m_context.db);
                                              const auto id = repository.insertReading(reading, now);
                                              if (!id)
                                                  return id.error();
                                              reading.id = id.value();
                                              if (!reading.withinLimit) {
                                                  const auto event =
                                                      repository.openEvent(reading.id, location->id, reading.at);
                                                  if (!event)
                                                      return event.error();
                                                  reading.eventId = event.value();
                                              }
                                              return UnitOfWork::Change{reading.id.value, toJson(reading)};
                                          });
    if (!done)
        return done.error();
    emit m_context.notifier.coldChainChanged();
    return reading;
}

Result<ColdEvent> ColdChainService::addAction(const Actor& actor, ColdEventId eventId, const QString& description,
                                              bool thawed)
{
    const auto event = ColdChainRepository(m_context.db).event(eventId);
    if (!event)
        return event.error();
    ColdEvent::Action action;
    action.description = description.trimmed();
    if (auto r = Validation::requiredText(action.description, tr("The corrective action"), 1000); !r)
        return r.error();
    action.thawed = thawed;
    action.recordedBy = actor.name.trimmed();
    const auto done = UnitOfWork::perform(
        m_context.db, m_context.clock, actor, QStringLiteral("cold-action"), QStringLiteral("cold_event"),
        [&]() -> Result<UnitOfWork::Change> {
            action.at = m_context.clock.nowUtc();
            if (auto r = ColdChainRepository(m_context.db).insertAction(eventId, action); !r)
                return r.error();
            return UnitOfWork::Change{eventId.value, QJsonObject{{QStringLiteral("action"), action.description},
                                                                 {QStringLiteral("thawed"), action.thawed}}};
        });
    if (!done)
        return done.error();
    emit m_context.notifier.coldChainChanged();
    // Thawed lots change how stock is shown and shipped.
    if (thawed)
        emit m_context.notifier.stockChanged();
    return ColdChainRepository(m_context.db).event(eventId);
}

Result<ColdEvent> ColdChainService::event(ColdEventId id) const
{
    return ColdChainRepository(m_context.db).event(id);
}

Result<std::vector<ColdEvent>> ColdChainService::events(const ColdEventFilter& filter) const
{
    return ColdChainRepository(m_context.db).events(filter);
}

Result<std::vector<TemperatureReading>> ColdChainService::readings(const ReadingFilter& filter) const
{
    return ColdChainRepository(m_context.db).readings(filter);
}

Result<std::vector<Location>> ColdChainService::missingReadings(const QDate& day) const
{
    if (!day.isValid())
        return invalid(tr("Choose a day."));
    const QDateTime from = day.startOfDay().toUTC();
    const QDateTime to = day.addDays(1).startOfDay().toUTC();
    return ColdChainRepository(m_context.db).unitsWithoutReading(from, to);
}

} // namespace glaneur
