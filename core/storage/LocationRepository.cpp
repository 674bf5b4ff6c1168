// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/LocationRepository.h"

#include "core/storage/SqlSupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace glaneur {

Result<LocationId> LocationRepository::insert(const Location& location)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO location (code, name, kind, site_id, partner_id, thermometer_id, active)"
                             " VALUES (:code, :name, :kind, :site, :partner, :thermometer, 1)"));
    q.bindValue(QStringLiteral(":code"), textValue(location.code));
    q.bindValue(QStringLiteral(":name"), textValue(location.name));
    q.bindValue(QStringLiteral(":kind"), codeOf(location.kind));
    q.bindValue(QStringLiteral(":site"), nullableId(location.siteId.value));
    q.bindValue(QStringLiteral(":partner"), nullableId(location.partnerId.value));
    q.bindValue(QStringLiteral(":thermometer"), textValue(location.thermometerId));
    if (!q.exec()) {
        if (isUniqueViolation(q))
            return Error{ErrorCode::Conflict, QCoreApplication::translate("glaneur::LocationRepository",
                                                                          "A location with the code %1 already exists.")
                                                  .arg(location.code)};
        return storageError(q, "insert location");
    }
    return LocationId{q.lastInsertId().toLongLong()};
}

Result<Ok> LocationRepository::setActive(LocationId id, bool active)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE location SET active = :active WHERE location_id = :id"));
    q.bindValue(QStringLiteral(":active"), active ? 1 : 0);
    q.bindValue(QStringLiteral(":id"), id.value);
    if (!q.exec())
        return storageError(q, "update location");
    if (q.numRowsAffected() == 0)
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("glaneur::LocationRepository", "Unknown location.")};
    return Ok{};
}

Result<Ok> LocationRepository::setThermometer(LocationId id, const QString& thermometerId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE location SET thermometer_id = :thermometer WHERE location_id = :id"));
    q.bindValue(QStringLiteral(":thermometer"), textValue(thermometerId));
    q.bindValue(QStringLiteral(":id"), id.value);
    if (!q.exec())
        return storageError(q, "update location thermometer");
    return Ok{};
}

Result<std::vector<Location>> LocationRepository::select(const QString& where, const QVariantMap& values) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT l.location_id, l.code, l.name, l.kind, l.site_id, s.code, l.partner_id, p.name,"
                             " l.active, l.thermometer_id FROM location l"
                             " LEFT JOIN site s ON s.site_id = l.site_id"
                             " LEFT JOIN partner p ON p.partner_id = l.partner_id ") +
              where + QStringLiteral(" ORDER BY l.code"));
    for (auto it = values.begin(); it != values.end(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec())
        return storageError(q, "select locations");
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
        l.active = q.value(8).toInt() != 0;
        l.thermometerId = q.value(9).toString();
        found.push_back(std::move(l));
    }
    return found;
}

Result<std::vector<Location>> LocationRepository::list(bool includeInactive) const
{
    return select(includeInactive ? QString() : QStringLiteral("WHERE l.active = 1"), {});
}

Result<Location> LocationRepository::byCode(const QString& code) const
{
    const auto found =
        select(QStringLiteral("WHERE l.code = :code"), {{QStringLiteral(":code"), code.trimmed().toUpper()}});
    if (!found)
        return found.error();
    if (found->empty())
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("glaneur::LocationRepository", "There is no location « %1 ».")
                         .arg(code.trimmed())};
    return found->front();
}

} // namespace glaneur
