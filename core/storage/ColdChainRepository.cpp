// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ColdChainRepository.h"

#include "core/storage/SqlSupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace glaneur {

namespace {

const char* const ReadingColumns = "r.reading_id, r.location_id, l.code, l.name, l.kind, r.thermometer_id, r.tenths,"
                                   " r.limit_max_tenths, r.within_limit, r.note, r.at, r.recorded_by, e.event_id";

TemperatureReading readingFrom(const QSqlQuery& q, int first = 0)
{
    TemperatureReading r;
    r.id = TemperatureReadingId{q.value(first + 0).toLongLong()};
    r.locationId = LocationId{q.value(first + 1).toLongLong()};
    r.locationCode = q.value(first + 2).toString();
    r.locationName = q.value(first + 3).toString();
    r.locationKind = fromCode<LocationKind>(q.value(first + 4).toString()).value_or(LocationKind::Freezer);
    r.thermometerId = q.value(first + 5).toString();
    r.value = Temperature::fromTenths(q.value(first + 6).toInt());
    r.limitMaxTenths = q.value(first + 7).toInt();
    r.withinLimit = q.value(first + 8).toInt() != 0;
    r.note = q.value(first + 9).toString();
    r.at = utcFromText(q.value(first + 10));
    r.recordedBy = q.value(first + 11).toString();
    r.eventId = ColdEventId{q.value(first + 12).toLongLong()};
    return r;
}

} // namespace

Result<TemperatureReadingId> ColdChainRepository::insertReading(const TemperatureReading& reading,
                                                                const QDateTime& recordedAt)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO temperature_reading (location_id, thermometer_id, tenths, limit_max_tenths,"
                             " within_limit, note, at, recorded_at, recorded_by) VALUES (:location, :thermometer,"
                             " :tenths, :limit, :within, :note, :at, :recorded_at, :by)"));
    q.bindValue(QStringLiteral(":location"), reading.locationId.value);
    q.bindValue(QStringLiteral(":thermometer"), textValue(reading.thermometerId));
    q.bindValue(QStringLiteral(":tenths"), reading.value.tenths());
    q.bindValue(QStringLiteral(":limit"), reading.limitMaxTenths);
    q.bindValue(QStringLiteral(":within"), reading.withinLimit ? 1 : 0);
    q.bindValue(QStringLiteral(":note"), textValue(reading.note));
    q.bindValue(QStringLiteral(":at"), utcText(reading.at));
    q.bindValue(QStringLiteral(":recorded_at"), utcText(recordedAt));
    q.bindValue(QStringLiteral(":by"), textValue(reading.recordedBy));
    if (!q.exec())
        return storageError(q, "insert temperature reading");
    return TemperatureReadingId{q.lastInsertId().toLongLong()};
}

Result<ColdEventId> ColdChainRepository::openEvent(TemperatureReadingId reading, LocationId location,
                                                   const QDateTime& at)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO cold_event (reading_id) VALUES (:reading)"));
    q.bindValue(QStringLiteral(":reading"), reading.value);
    if (!q.exec())
        return storageError(q, "insert cold event");
    const ColdEventId id{q.lastInsertId().toLongLong()};
    QSqlQuery lots(m_db);
    // From the ledger as it stood at the reading, so a reading entered late lists the right lots.
    lots.prepare(QStringLiteral("INSERT INTO cold_event_lot (event_id, finished_lot_id, packs)"
                                " SELECT :event, finished_lot_id, SUM(delta) FROM ("
                                "  SELECT finished_lot_id, packs AS delta FROM stock_movement"
                                "   WHERE to_location_id = :location AND at <= :at"
                                "  UNION ALL SELECT finished_lot_id, -packs FROM stock_movement"
                                "   WHERE from_location_id = :location AND at <= :at)"
                                " GROUP BY finished_lot_id HAVING SUM(delta) > 0"));
    lots.bindValue(QStringLiteral(":event"), id.value);
    lots.bindValue(QStringLiteral(":location"), location.value);
    lots.bindValue(QStringLiteral(":at"), utcText(at));
    if (!lots.exec())
        return storageError(lots, "insert cold event lots");
    return id;
}

Result<Ok> ColdChainRepository::insertAction(ColdEventId event, const ColdEvent::Action& action)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO cold_event_action (event_id, description, thawed, at, recorded_by)"
                             " VALUES (:event, :description, :thawed, :at, :by)"));
    q.bindValue(QStringLiteral(":event"), event.value);
    q.bindValue(QStringLiteral(":description"), textValue(action.description));
    q.bindValue(QStringLiteral(":thawed"), action.thawed ? 1 : 0);
    q.bindValue(QStringLiteral(":at"), utcText(action.at));
    q.bindValue(QStringLiteral(":by"), textValue(action.recordedBy));
    if (!q.exec())
        return storageError(q, "insert cold event action");
    return Ok{};
}

Result<std::vector<TemperatureReading>> ColdChainRepository::readings(const ReadingFilter& filter) const
{
    QStringList where{QStringLiteral("1 = 1")};
    QVariantMap values;
    if (!filter.locationCode.trimmed().isEmpty()) {
        where << QStringLiteral("l.code = :location");
        values.insert(QStringLiteral(":location"), filter.locationCode.trimmed().toUpper());
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("r.at >= :from");
        values.insert(QStringLiteral(":from"), utcText(filter.from));
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("r.at < :to");
        values.insert(QStringLiteral(":to"), utcText(filter.to));
    }
    if (filter.outOfLimitOnly)
        where << QStringLiteral("r.within_limit = 0");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM temperature_reading r JOIN location l ON l.location_id = r.location_id"
                             " LEFT JOIN cold_event e ON e.reading_id = r.reading_id"
                             " WHERE %2 ORDER BY r.at DESC, r.reading_id DESC LIMIT :limit")
                  .arg(QLatin1String(ReadingColumns), where.join(QStringLiteral(" AND "))));
    for (auto it = values.begin(); it != values.end(); ++it)
        q.bindValue(it.key(), it.value());
    q.bindValue(QStringLiteral(":limit"), filter.limit);
    if (!q.exec())
        return storageError(q, "select temperature readings");
    std::vector<TemperatureReading> found;
    while (q.next())
        found.push_back(readingFrom(q));
    return found;
}

Result<std::vector<ColdEvent>> ColdChainRepository::events(const ColdEventFilter& filter) const
{
    QStringList where{QStringLiteral("1 = 1")};
    QVariantMap values;
    if (filter.openOnly)
        where << QStringLiteral("NOT EXISTS (SELECT 1 FROM cold_event_action a WHERE a.event_id = e.event_id)");
    if (!filter.locationCode.trimmed().isEmpty()) {
        where << QStringLiteral("l.code = :location");
        values.insert(QStringLiteral(":location"), filter.locationCode.trimmed().toUpper());
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM cold_event e JOIN temperature_reading r ON r.reading_id = e.reading_id"
                             " JOIN location l ON l.location_id = r.location_id"
                             " WHERE %2 ORDER BY r.at DESC, e.event_id DESC LIMIT :limit")
                  .arg(QLatin1String(ReadingColumns), where.join(QStringLiteral(" AND "))));
    for (auto it = values.begin(); it != values.end(); ++it)
        q.bindValue(it.key(), it.value());
    q.bindValue(QStringLiteral(":limit"), filter.limit);
    if (!q.exec())
        return storageError(q, "select cold events");
    std::vector<ColdEvent> found;
    while (q.next()) {
        ColdEvent event;
        event.reading = readingFrom(q);
        event.id = event.reading.eventId;
        found.push_back(std::move(event));
    }
    if (auto r = attachDetails(found); !r)
        return r.error();
    return found;
}

Result<ColdEvent> ColdChainRepository::event(ColdEventId id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM cold_event e JOIN temperature_reading r ON r.reading_id = e.reading_id"
                             " JOIN location l ON l.location_id = r.location_id WHERE e.event_id = :id")
                  .arg(QLatin1String(ReadingColumns)));
    q.bindValue(QStringLiteral(":id"), id.value);
    if (!q.exec())
        return storageError(q, "select cold event");
    if (!q.next())
        return Error{ErrorCode::NotFound, QCoreApplication::translate("glaneur::ColdChainRepository",
                                                                      "There is no cold-chain event number %1.")
                                              .arg(id.value)};
    std::vector<ColdEvent> found(1);
    found.front().reading = readingFrom(q);
    found.front().id = id;
    if (auto r = attachDetails(found); !r)
        return r.error();
    return std::move(found.front());
}

Result<Ok> ColdChainRepository::attachDetails(std::vector<ColdEvent>& events) const
{
    QSqlQuery lots(m_db);
    lots.prepare(QStringLiteral("SELECT el.finished_lot_id, f.code, p.name_fr, el.packs FROM cold_event_lot el"
                                " JOIN finished_lot f ON f.finished_lot_id = el.finished_lot_id"
                                " JOIN product p ON p.product_id = f.product_id"
                                " WHERE el.event_id = :event ORDER BY f.code"));
    QSqlQuery actions(m_db);
    actions.prepare(QStringLiteral("SELECT description, thawed, at, recorded_by FROM cold_event_action"
                                   " WHERE event_id = :event ORDER BY action_id"));
    for (auto& event : events) {
        lots.bindValue(QStringLiteral(":event"), event.id.value);
        if (!lots.exec())
            return storageError(lots, "select cold event lots");
        while (lots.next())
            event.lots.push_back({FinishedLotId{lots.value(0).toLongLong()}, lots.value(1).toString(),
                                  lots.value(2).toString(), lots.value(3).toInt()});
        actions.bindValue(QStringLiteral(":event"), event.id.value);
        if (!actions.exec())
            return storageError(actions, "select cold event actions");
        while (actions.next())
            event.actions.push_back({actions.value(0).toString(), actions.value(1).toInt() != 0,
                                     utcFromText(actions.value(2)), actions.value(3).toString()});
    }
    return Ok{};
}

Result<std::vector<Location>> ColdChainRepository::unitsWithoutReading(const QDateTime& fromUtc,
                                                                       const QDateTime& toUtc) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT l.location_id, l.code, l.name, l.kind, l.site_id, s.code, l.partner_id, p.name,"
                             " l.thermometer_id FROM location l"
                             " LEFT JOIN site s ON s.site_id = l.site_id"
                             " LEFT JOIN partner p ON p.partner_id = l.partner_id"
                             " WHERE l.active = 1 AND (l.kind IN ('freezer', 'cold-room', 'partner-freezer')"
                             " OR (l.kind = 'quarantine' AND l.thermometer_id <> ''))"
                             " AND NOT EXISTS (SELECT 1 FROM temperature_reading r WHERE r.location_id = l.location_id"
                             " AND r.at >= :from AND r.at < :to) ORDER BY l.code"));
    q.bindValue(QStringLiteral(":from"), utcText(fromUtc));
    q.bindValue(QStringLiteral(":to"), utcText(toUtc));
    if (!q.exec())
        return storageError(q, "select cold units without reading");
    std::vector<Location> found;
    while (q.next()) {
        Location l;
        l.id = LocationId{q.value(0).toLongLong()};
        l.code = q.value(1).toString();
        l.name = q.value(2).toString();
        l.kind = fromCode<LocationKind>(q.value(3).toString()).value_or(LocationKind::Freezer);
        l.siteId = SiteId{q.value(4).toLongLong()};
        l.siteCode = q.value(5).toString();
        l.partnerId = PartnerId{q.value(6).toLongLong()};
        l.partnerName = q.value(7).toString();
        l.thermometerId = q.value(8).toString();
        found.push_back(std::move(l));
    }
    return found;
}

} // namespace glaneur
