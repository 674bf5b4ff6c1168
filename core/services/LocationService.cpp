// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/LocationService.h"

#include "core/services/DomainJson.h"
#include "core/services/UnitOfWork.h"
#include "core/services/Validation.h"
#include "core/storage/LocationRepository.h"
#include "core/storage/PartnerRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/StockRepository.h"

#include <QJsonObject>

#include <QRegularExpression>

namespace glaneur {

Result<Location> LocationService::add(const Actor& actor, Location location)
{
    location.code = location.code.trimmed().toUpper();
    static const QRegularExpression codePattern(QStringLiteral("^[A-Z0-9][A-Z0-9-]{0,19}$"));
    if (!codePattern.match(location.code).hasMatch())
        return Error{ErrorCode::Validation, tr("A location code has 1 to 20 letters, digits or dashes, without "
                                               "accents or spaces (for example HS-CONG1).")};
    if (auto r = Validation::requiredText(location.name, tr("The name"), 120); !r)
        return r.error();
    location.thermometerId = location.thermometerId.trimmed();
    if (auto r = Validation::optionalText(location.thermometerId, tr("The thermometer"), 40); !r)
        return r.error();
    if (location.kind == LocationKind::PartnerFreezer) {
        if (!location.partnerId.isValid())
            return Error{ErrorCode::Validation, tr("Say which partner hosts this freezer.")};
        const auto partner = PartnerRepository(m_context.db).byId(location.partnerId);
        if (!partner)
            return partner.error();
        location.partnerName = partner->name;
    } else if (location.partnerId.isValid()) {
        return Error{ErrorCode::Validation, tr("Only a partner freezer belongs to a partner.")};
    }
    if (location.siteId.isValid()) {
        const auto site = SiteRepository(m_context.db).byId(location.siteId);
        if (!site)
            return site.error();
        location.siteCode = site->code;
    }
    location.active = true;
    const auto done = UnitOfWork::perform(m_context.db, m_context.clock, actor, QStringLiteral("create"),
                                          QStringLiteral("location"), [&]() -> Result<UnitOfWork::Change> {
                                              const auto id = LocationRepository(m_context.db).insert(location);
                                              if (!id)
                                                  return id.error();
                                              location.id = id.value();
                                              return UnitOfWork::Change{location.id.value, toJson(location)};
                                          });
    if (!done)
        return done.error();
    emit m_context.notifier.sitesChanged();
    return location;
}

Result<Ok> LocationService::setActive(const Actor& actor, const QString& code, bool active)
{
    const auto location = byCode(code);
    if (!location)
        return location.error();
    const auto done = UnitOfWork::perform(
        m_context.db, m_context.clock, actor, UnitOfWork::activeAction(active), QStringLiteral("location"),
        [&]() -> Result<UnitOfWork::Change> {
            // Inside the lock, so no station moves packs in meanwhile.
            if (!active) {
                const auto lot = StockRepository(m_context.db).aLotAt(location->id);
                if (!lot)
                    return lot.error();
                if (!lot->isEmpty())
                    return Error{ErrorCode::Conflict,
                                 tr("The location %1 still holds packs (%2): move them before deactivating it.")
                                     .arg(location->code, lot.value())};
            }
            if (auto r = LocationRepository(m_context.db).setActive(location->id, active); !r)
                return r.error();
            return UnitOfWork::activeChange(location->id.value, active);
        });
    if (done)
        emit m_context.notifier.sitesChanged();
    return done;
}

Result<Location> LocationService::setThermometer(const Actor& actor, const QString& code, const QString& thermometerId)
{
    auto location = byCode(code);
    if (!location)
        return location.error();
    QString thermometer = thermometerId.trimmed();
    if (auto r = Validation::optionalText(thermometer, tr("The thermometer"), 40); !r)
        return r.error();
    const auto done = UnitOfWork::perform(
        m_context.db, m_context.clock, actor, QStringLiteral("set-thermometer"), QStringLiteral("location"),
        [&]() -> Result<UnitOfWork::Change> {
            if (auto r = LocationRepository(m_context.db).setThermometer(location->id, thermometer); !r)
                return r.error();
            return UnitOfWork::Change{location->id.value, QJsonObject{{QStringLiteral("thermometer"), thermometer}}};
        });
    if (!done)
        return done.error();
    emit m_context.notifier.sitesChanged();
    Location updated = std::move(location).value();
    updated.thermometerId = thermometer;
    return updated;
}

Result<std::vector<Location>> LocationService::list(bool includeInactive) const
{
    return LocationRepository(m_context.db).list(includeInactive);
}

Result<Location> LocationService::byCode(const QString& code) const
{
    return LocationRepository(m_context.db).byCode(code);
}

} // namespace glaneur
