// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ShipmentRepository.h"

#include "core/storage/SqlSupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace glaneur {

Result<ShipmentId> ShipmentRepository::insert(const Shipment& shipment)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO shipment (number, kind, site_id, partner_id, partner_name, street, city, province, postal_code,"
        " phone, to_location_id, tier_code, shipped_at, note, outside_quebec, created_at, created_by)"
        " VALUES (:number, :kind, :site, :partner, :name, :street, :city, :province, :postal, :phone, :to, :tier,"
        " :shipped, :note, :outside, :created_at, :created_by)"));
    q.bindValue(QStringLiteral(":number"), shipment.number);
    q.bindValue(QStringLiteral(":kind"), codeOf(shipment.kind));
    q.bindValue(QStringLiteral(":site"), shipment.siteId.value);
    q.bindValue(QStringLiteral(":partner"), shipment.partnerId.value);
    q.bindValue(QStringLiteral(":name"), textValue(shipment.partnerName));
    q.bindValue(QStringLiteral(":street"), textValue(shipment.address.street));
    q.bindValue(QStringLiteral(":city"), textValue(shipment.address.city));
    q.bindValue(QStringLiteral(":province"), textValue(shipment.address.province));
    q.bindValue(QStringLiteral(":postal"), textValue(shipment.address.postalCode));
    q.bindValue(QStringLiteral(":phone"), textValue(shipment.phone));
    q.bindValue(QStringLiteral(":to"), nullableId(shipment.toLocationId.value));
    q.bindValue(QStringLiteral(":tier"), textValue(shipment.tierCode));
    q.bindValue(QStringLiteral(":shipped"), utcText(shipment.shippedAt));
    q.bindValue(QStringLiteral(":note"), textValue(shipment.note));
    q.bindValue(QStringLiteral(":outside"), shipment.outsideQuebec ? 1 : 0);
    q.bindValue(QStringLiteral(":created_at"), utcText(shipment.createdAt));
    q.bindValue(QStringLiteral(":created_by"), textValue(shipment.createdBy));
    if (!q.exec()) {
        if (isUniqueViolation(q))
            return Error{ErrorCode::Conflict, QCoreApplication::translate("glaneur::ShipmentRepository",
                                                                          "A shipment numbered %1 already exists.")
                                                  .arg(shipment.number)};
        return storageError(q, "insert shipment");
    }
    return ShipmentId{q.lastInsertId().toLongLong()};
}

Result<Ok> ShipmentRepository::insertLine(ShipmentId shipment, const ShipmentLine& line)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO shipment_line (shipment_id, finished_lot_id, from_location_id, packs,"
                             " pack_g, unit_cents, movement_id) VALUES (:shipment, :lot, :from, :packs, :pack_g,"
                             " :unit, :movement)"));
    q.bindValue(QStringLiteral(":shipment"), shipment.value);
    q.bindValue(QStringLiteral(":lot"), line.lotId.value);
    q.bindValue(QStringLiteral(":from"), line.fromId.value);
    q.bindValue(QStringLiteral(":packs"), line.packs);
    q.bindValue(QStringLiteral(":pack_g"), line.packGrams);
    q.bindValue(QStringLiteral(":unit"), line.unitPrice.cents());
    q.bindValue(QStringLiteral(":movement"), line.movementId.value);
    if (!q.exec())
        return storageError(q, "insert shipment line");
    return Ok{};
}

Result<std::vector<Shipment>> ShipmentRepository::select(const QString& where, const QVariantMap& values,
                                                         int limit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT sh.shipment_id, sh.number, sh.kind, sh.site_id, s.code, sh.partner_id,"
                             " sh.partner_name, sh.street, sh.city, sh.province, sh.postal_code, sh.phone,"
                             " sh.to_location_id, l.code, sh.tier_code, sh.shipped_at, sh.note, sh.outside_quebec,"
                             " sh.created_at, sh.created_by"
                             " FROM shipment sh JOIN site s ON s.site_id = sh.site_id"
                             " LEFT JOIN location l ON l.location_id = sh.to_location_id ") +
              where + QStringLiteral(" ORDER BY sh.shipped_at DESC, sh.shipment_id DESC LIMIT :limit"));
    for (auto it = values.begin(); it != values.end(); ++it)
        q.bindValue(it.key(), it.value());
    q.bindValue(QStringLiteral(":limit"), limit);
    if (!q.exec())
        return storageError(q, "select shipments");
    std::vector<Shipment> found;
    while (q.next()) {
        Shipment s;
        s.id = ShipmentId{q.value(0).toLongLong()};
        s.number = q.value(1).toString();
        s.kind = fromCode<ShipmentKind>(q.value(2).toString()).value_or(ShipmentKind::Sale);
        s.siteId = SiteId{q.value(3).toLongLong()};
        s.siteCode = q.value(4).toString();
        s.partnerId = PartnerId{q.value(5).toLongLong()};
        s.partnerName = q.value(6).toString();
        s.address.street = q.value(7).toString();
        s.address.city = q.value(8).toString();
        s.address.province = q.value(9).toString();
        s.address.postalCode = q.value(10).toString();
        s.phone = q.value(11).toString();
        s.toLocationId = LocationId{q.value(12).toLongLong()};
        s.toLocationCode = q.value(13).toString();
        s.tierCode = q.value(14).toString();
        s.shippedAt = utcFromText(q.value(15));
        s.note = q.value(16).toString();
        s.outsideQuebec = q.value(17).toInt() != 0;
        s.createdAt = utcFromText(q.value(18));
        s.createdBy = q.value(19).toString();
        found.push_back(std::move(s));
    }
    if (auto r = attachLines(found); !r)
        return r.error();
    return found;
}

Result<Ok> ShipmentRepository::attachLines(std::vector<Shipment>& shipments) const
{
    if (shipments.empty())
        return Ok{};
    QHash<qint64, Shipment*> byId;
    QStringList ids;
    for (auto& s : shipments) {
        byId.insert(s.id.value, &s);
        ids << QString::number(s.id.value); // integers from the database, not user text
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString sql = QStringLiteral(
        "SELECT sl.shipment_id, sl.finished_lot_id, f.code, p.code, p.name_fr, p.name_en, sl.from_location_id,"
        " l.code, sl.packs, sl.pack_g, f.best_before, sl.unit_cents, sl.movement_id,"
        " EXISTS (SELECT 1 FROM cold_event_lot el JOIN cold_event_action a ON a.event_id = el.event_id"
        " WHERE el.finished_lot_id = sl.finished_lot_id AND a.thawed = 1)"
        " FROM shipment_line sl JOIN finished_lot f ON f.finished_lot_id = sl.finished_lot_id"
        " JOIN product p ON p.product_id = f.product_id JOIN location l ON l.location_id = sl.from_location_id"
        " WHERE sl.shipment_id IN (%1) ORDER BY sl.line_id");
    if (!q.exec(sql.arg(ids.join(QLatin1Char(',')))))
        return storageError(q, "select shipment lines");
    while (q.next()) {
        Shipment* shipment = byId.value(q.value(0).toLongLong());
        if (!shipment)
            continue;
        ShipmentLine line;
        line.lotId = FinishedLotId{q.value(1).toLongLong()};
        line.lotCode = q.value(2).toString();
        line.productCode = q.value(3).toString();
        line.productNameFr = q.value(4).toString();
        line.productNameEn = q.value(5).toString();
        line.fromId = LocationId{q.value(6).toLongLong()};
        line.fromCode = q.value(7).toString();
        line.packs = q.value(8).toInt();
        line.packGrams = q.value(9).toInt();
        line.bestBefore = dateFromText(q.value(10));
        line.unitPrice = Money::fromCents(q.value(11).toLongLong());
        line.movementId = StockMovementId{q.value(12).toLongLong()};
        line.thawed = q.value(13).toInt() != 0;
        shipment->lines.push_back(std::move(line));
    }
    return Ok{};
}

Result<Shipment> ShipmentRepository::byNumber(const QString& number) const
{
    auto found = select(QStringLiteral("WHERE sh.number = :number"),
                        {{QStringLiteral(":number"), number.trimmed().toUpper()}}, 1);
    if (!found)
        return found.error();
    if (found->empty())
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("glaneur::ShipmentRepository", "There is no shipment « %1 ».")
                         .arg(number.trimmed())};
    return std::move(found.value().front());
}

Result<std::vector<Shipment>> ShipmentRepository::list(const ShipmentFilter& filter) const
{
    QStringList where{QStringLiteral("1 = 1")};
    QVariantMap values;
    if (!filter.text.trimmed().isEmpty()) {
        where << QStringLiteral("(sh.number LIKE :text ESCAPE '\\' OR sh.partner_name LIKE :text ESCAPE '\\')");
        values.insert(QStringLiteral(":text"), containsPattern(filter.text.trimmed()));
    }
    if (filter.partnerId.isValid()) {
        where << QStringLiteral("sh.partner_id = :partner");
        values.insert(QStringLiteral(":partner"), filter.partnerId.value);
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("sh.shipped_at >= :from");
        values.insert(QStringLiteral(":from"), utcText(filter.from));
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("sh.shipped_at < :to");
        values.insert(QStringLiteral(":to"), utcText(filter.to));
    }
    return select(QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")), values, filter.limit);
}

} // namespace glaneur
