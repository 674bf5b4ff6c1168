// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/StockRepository.h"

#include "core/storage/SqlSupport.h"

#include <QSqlQuery>

namespace glaneur {

namespace {

// A lot is held while its latest hold event holds it; thawed once any corrective action of a
// cold-chain event that listed it said so (FS-04).
const char* const HeldSql = "COALESCE((SELECT h.held FROM lot_hold h WHERE h.lot_code = f.code"
                            " ORDER BY h.hold_id DESC LIMIT 1), 0)";
const char* const ThawedSql = "EXISTS (SELECT 1 FROM cold_event_lot el JOIN cold_event_action a"
                              " ON a.event_id = el.event_id WHERE el.finished_lot_id = f.finished_lot_id"
                              " AND a.thawed = 1)";

void bindAll(QSqlQuery& q, const QVariantMap& values)
{
    for (auto it = values.begin(); it != values.end(); ++it)
        q.bindValue(it.key(), it.value());
}

// The filter's conditions on stock_balance b, finished_lot f, product p, location l, site s.
QStringList stockConditions(const StockFilter& filter, QVariantMap& values)
{
    QStringList where{QStringLiteral("b.packs > 0")};
    if (!filter.text.trimmed().isEmpty()) {
        where << QStringLiteral("(f.code LIKE :text ESCAPE '\\' OR p.code LIKE :text ESCAPE '\\'"
                                " OR p.name_fr LIKE :text ESCAPE '\\' OR p.name_en LIKE :text ESCAPE '\\')");
        values.insert(QStringLiteral(":text"), containsPattern(filter.text.trimmed()));
    }
    if (filter.lotId.isValid()) {
        where << QStringLiteral("b.finished_lot_id = :lot");
        values.insert(QStringLiteral(":lot"), filter.lotId.value);
    }
    if (filter.productId.isValid()) {
        where << QStringLiteral("f.product_id = :product");
        values.insert(QStringLiteral(":product"), filter.productId.value);
    }
    if (!filter.locationCode.trimmed().isEmpty()) {
        where << QStringLiteral("l.code = :location");
        values.insert(QStringLiteral(":location"), filter.locationCode.trimmed().toUpper());
    }
    if (!filter.siteCode.trimmed().isEmpty()) {
        where << QStringLiteral("s.code = :site");
        values.insert(QStringLiteral(":site"), filter.siteCode.trimmed().toUpper());
    }
    if (filter.partnerFreezersOnly)
        where << QStringLiteral("l.kind = 'partner-freezer'");
    if (filter.kitchenOnly)
        where << QStringLiteral("l.kind NOT IN ('partner-freezer', 'in-transit')");
    if (filter.bestBeforeUntil) {
        where << QStringLiteral("f.best_before <= :until");
        values.insert(QStringLiteral(":until"), dateText(*filter.bestBeforeUntil));
    }
    return where;
}

} // namespace

Result<StockMovementId> StockRepository::insert(const StockMovement& movement)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO stock_movement (finished_lot_id, kind, from_location_id, to_location_id, packs, grams, reason,"
        " reference, shipment_id, count_id, partner_id, reverses_id, at, recorded_at, recorded_by)"
        " VALUES (:lot, :kind, :from, :to, :packs, :grams, :reason, :reference, :shipment, :count, :partner,"
        " :reverses, :at, :recorded_at, :recorded_by)"));
    q.bindValue(QStringLiteral(":lot"), movement.lotId.value);
    q.bindValue(QStringLiteral(":kind"), codeOf(movement.kind));
    q.bindValue(QStringLiteral(":from"), nullableId(movement.fromId.value));
    q.bindValue(QStringLiteral(":to"), nullableId(movement.toId.value));
    q.bindValue(QStringLiteral(":packs"), movement.packs);
    q.bindValue(QStringLiteral(":grams"), movement.grams);
    q.bindValue(QStringLiteral(":reason"), textValue(movement.reason));
    q.bindValue(QStringLiteral(":reference"), textValue(movement.reference));
    q.bindValue(QStringLiteral(":shipment"), nullableId(movement.shipmentId.value));
    q.bindValue(QStringLiteral(":count"), nullableId(movement.countId.value));
    q.bindValue(QStringLiteral(":partner"), nullableId(movement.partnerId.value));
    q.bindValue(QStringLiteral(":reverses"), nullableId(movement.reversesId.value));
    q.bindValue(QStringLiteral(":at"), utcText(movement.at));
    q.bindValue(QStringLiteral(":recorded_at"), utcText(movement.recordedAt));
    q.bindValue(QStringLiteral(":recorded_by"), textValue(movement.recordedBy));
    if (!q.exec())
        return storageError(q, "insert stock movement");
    return StockMovementId{q.lastInsertId().toLongLong()};
}

Result<int> StockRepository::packsAt(FinishedLotId lot, LocationId location) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT packs FROM stock_balance WHERE finished_lot_id = :lot AND location_id = :location"));
    q.bindValue(QStringLiteral(":lot"), lot.value);
    q.bindValue(QStringLiteral(":location"), location.value);
    if (!q.exec())
        return storageError(q, "select stock balance");
    return q.next() ? q.value(0).toInt() : 0;
}

Result<bool> StockRepository::isThawed(FinishedLotId lot) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM finished_lot f WHERE f.finished_lot_id = :lot").arg(QLatin1String(ThawedSql)));
    q.bindValue(QStringLiteral(":lot"), lot.value);
    if (!q.exec())
        return storageError(q, "select thawed lot");
    return q.next() && q.value(0).toInt() != 0;
}

Result<StockSummary> StockRepository::onHandSummary(const StockFilter& filter) const
{
    QVariantMap values;
    const QString where = stockConditions(filter, values).join(QStringLiteral(" AND "));
    const QString from = QStringLiteral(" FROM stock_balance b"
                                        " JOIN finished_lot f ON f.finished_lot_id = b.finished_lot_id"
                                        " JOIN product p ON p.product_id = f.product_id"
                                        " JOIN location l ON l.location_id = b.location_id"
                                        " JOIN site s ON s.site_id = f.site_id"
                                        " LEFT JOIN partner pa ON pa.partner_id = l.partner_id WHERE ");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT p.code, p.name_fr, l.code, l.name, l.kind, COALESCE(pa.name, ''), COUNT(*),"
                             " SUM(b.packs), SUM(b.packs * f.pack_g), MIN(f.best_before), MAX(%1)")
                  .arg(QLatin1String(HeldSql)) +
              from + where +
              QStringLiteral(" GROUP BY p.code, p.name_fr, l.code, l.name, l.kind, COALESCE(pa.name, '')"
                             " ORDER BY p.code, l.code"));
    bindAll(q, values);
    if (!q.exec())
        return storageError(q, "select stock summary");
    StockSummary summary;
    while (q.next()) {
        StockSummary::Group& g = summary.groups.emplace_back();
        g.productCode = q.value(0).toString();
        g.productNameFr = q.value(1).toString();
        g.locationCode = q.value(2).toString();
        g.locationName = q.value(3).toString();
        g.locationKind = fromCode<LocationKind>(q.value(4).toString()).value_or(LocationKind::Freezer);
        g.partnerName = q.value(5).toString();
        g.lines = q.value(6).toInt();
        g.packs = q.value(7).toInt();
        g.grams = q.value(8).toLongLong();
        g.earliestBestBefore = dateFromText(q.value(9));
        g.held = q.value(10).toInt() != 0;
    }
    QSqlQuery held(m_db);
    held.prepare(QStringLiteral("SELECT COUNT(DISTINCT f.code)") + from + where +
                 QStringLiteral(" AND %1 = 1").arg(QLatin1String(HeldSql)));
    bindAll(held, values);
    if (!held.exec() || !held.next())
        return storageError(held, "count held lots on hand");
    summary.heldLots = held.value(0).toInt();
    return summary;
}

Result<std::vector<StockLine>> StockRepository::onHand(const StockFilter& filter) const
{
    QVariantMap values;
    QStringList where = stockConditions(filter, values);
    if (filter.after) {
        // Row values: one comparison in SQLite and PostgreSQL alike.
        where << QStringLiteral("(f.best_before, f.code, l.code) > (:after_best_before, :after_lot, :after_location)");
        values.insert(QStringLiteral(":after_best_before"), dateText(filter.after->bestBefore));
        values.insert(QStringLiteral(":after_lot"), filter.after->lotCode);
        values.insert(QStringLiteral(":after_location"), filter.after->locationCode);
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT f.finished_lot_id, f.code, p.product_id, p.code, p.name_fr, p.name_en,"
                             " l.location_id, l.code, l.name, l.kind, s.code, pa.name, b.packs, f.pack_g,"
                             " f.packed_on, f.best_before, %1, %2"
                             " FROM stock_balance b"
                             " JOIN finished_lot f ON f.finished_lot_id = b.finished_lot_id"
                             " JOIN product p ON p.product_id = f.product_id"
                             " JOIN location l ON l.location_id = b.location_id"
                             " JOIN site s ON s.site_id = f.site_id"
                             " LEFT JOIN partner pa ON pa.partner_id = l.partner_id"
                             " WHERE %3 ORDER BY f.best_before, f.code, l.code LIMIT :limit")
                  .arg(QLatin1String(HeldSql), QLatin1String(ThawedSql), where.join(QStringLiteral(" AND "))));
    bindAll(q, values);
    q.bindValue(QStringLiteral(":limit"), filter.limit);
    if (!q.exec())
        return storageError(q, "select stock on hand");
    std::vector<StockLine> lines;
    while (q.next()) {
        StockLine line;
        line.lotId = FinishedLotId{q.value(0).toLongLong()};
        line.lotCode = q.value(1).toString();
        line.productId = ProductId{q.value(2).toLongLong()};
        line.productCode = q.value(3).toString();
        line.productNameFr = q.value(4).toString();
        line.productNameEn = q.value(5).toString();
        line.locationId = LocationId{q.value(6).toLongLong()};
        line.locationCode = q.value(7).toString();
        line.locationName = q.value(8).toString();
        line.locationKind = fromCode<LocationKind>(q.value(9).toString()).value_or(LocationKind::Freezer);
        line.siteCode = q.value(10).toString();
        line.partnerName = q.value(11).toString();
        line.packs = q.value(12).toInt();
        line.packGrams = q.value(13).toInt();
        line.packedOn = dateFromText(q.value(14));
        line.bestBefore = dateFromText(q.value(15));
        line.held = q.value(16).toInt() != 0;
        line.thawed = q.value(17).toInt() != 0;
        lines.push_back(std::move(line));
    }
    return lines;
}

Result<std::vector<StockMovement>> StockRepository::movements(const MovementFilter& filter) const
{
    QStringList where{QStringLiteral("1 = 1")};
    QVariantMap values;
    if (!filter.lotCode.trimmed().isEmpty()) {
        where << QStringLiteral("f.code = :lot");
        values.insert(QStringLiteral(":lot"), filter.lotCode.trimmed().toUpper());
    }
    if (!filter.locationCode.trimmed().isEmpty()) {
        where << QStringLiteral("(lf.code = :location OR lt.code = :location)");
        values.insert(QStringLiteral(":location"), filter.locationCode.trimmed().toUpper());
    }
    if (filter.movementId.isValid()) {
        where << QStringLiteral("m.movement_id = :movement");
        values.insert(QStringLiteral(":movement"), filter.movementId.value);
    }
    if (filter.shipmentId.isValid()) {
        where << QStringLiteral("m.shipment_id = :shipment");
        values.insert(QStringLiteral(":shipment"), filter.shipmentId.value);
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("m.at >= :from");
        values.insert(QStringLiteral(":from"), utcText(filter.from));
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("m.at < :to");
        values.insert(QStringLiteral(":to"), utcText(filter.to));
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT m.movement_id, m.kind, m.finished_lot_id, f.code, m.from_location_id, lf.code,"
                             " m.to_location_id, lt.code, m.packs, m.grams, m.reason, m.reference, m.shipment_id,"
                             " m.count_id, m.partner_id, pa.name, m.reverses_id,"
                             " EXISTS (SELECT 1 FROM stock_movement r WHERE r.reverses_id = m.movement_id),"
                             " m.at, m.recorded_at, m.recorded_by"
                             " FROM stock_movement m"
                             " JOIN finished_lot f ON f.finished_lot_id = m.finished_lot_id"
                             " LEFT JOIN location lf ON lf.location_id = m.from_location_id"
                             " LEFT JOIN location lt ON lt.location_id = m.to_location_id"
                             " LEFT JOIN partner pa ON pa.partner_id = m.partner_id"
                             " WHERE %1 ORDER BY m.movement_id LIMIT :limit")
                  .arg(where.join(QStringLiteral(" AND "))));
    bindAll(q, values);
    q.bindValue(QStringLiteral(":limit"), filter.limit);
    if (!q.exec())
        return storageError(q, "select stock movements");
    std::vector<StockMovement> found;
    while (q.next()) {
        StockMovement m;
        m.id = StockMovementId{q.value(0).toLongLong()};
        m.kind = fromCode<MovementKind>(q.value(1).toString()).value_or(MovementKind::Transfer);
        m.lotId = FinishedLotId{q.value(2).toLongLong()};
        m.lotCode = q.value(3).toString();
        m.fromId = LocationId{q.value(4).toLongLong()};
        m.fromCode = q.value(5).toString();
        m.toId = LocationId{q.value(6).toLongLong()};
        m.toCode = q.value(7).toString();
        m.packs = q.value(8).toInt();
        m.grams = q.value(9).toLongLong();
        m.reason = q.value(10).toString();
        m.reference = q.value(11).toString();
        m.shipmentId = ShipmentId{q.value(12).toLongLong()};
        m.countId = StockCountId{q.value(13).toLongLong()};
        m.partnerId = PartnerId{q.value(14).toLongLong()};
        m.partnerName = q.value(15).toString();
        m.reversesId = StockMovementId{q.value(16).toLongLong()};
        m.reversed = q.value(17).toInt() != 0;
        m.at = utcFromText(q.value(18));
        m.recordedAt = utcFromText(q.value(19));
        m.recordedBy = q.value(20).toString();
        found.push_back(std::move(m));
    }
    return found;
}

Result<std::optional<StockMovement>> StockRepository::byId(StockMovementId id) const
{
    MovementFilter filter;
    filter.movementId = id;
    filter.limit = 1;
    const auto found = movements(filter);
    if (!found)
        return found.error();
    if (found->empty())
        return std::optional<StockMovement>{};
    return std::optional<StockMovement>{found->front()};
}

Result<QString> StockRepository::aLotAt(LocationId location) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT f.code FROM stock_balance b JOIN finished_lot f"
                             " ON f.finished_lot_id = b.finished_lot_id"
                             " WHERE b.location_id = :location AND b.packs > 0 LIMIT 1"));
    q.bindValue(QStringLiteral(":location"), location.value);
    if (!q.exec())
        return storageError(q, "select stock of a location");
    return q.next() ? q.value(0).toString() : QString();
}

Result<StockCountId> StockRepository::insertCount(const StockCount& count)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO stock_count (location_id, at, expected_cents, collected_cents, reason,"
                             " recorded_by) VALUES (:location, :at, :expected, :collected, :reason, :by)"));
    q.bindValue(QStringLiteral(":location"), count.locationId.value);
    q.bindValue(QStringLiteral(":at"), utcText(count.at));
    q.bindValue(QStringLiteral(":expected"), count.expected.cents());
    q.bindValue(QStringLiteral(":collected"), count.collected.cents());
    q.bindValue(QStringLiteral(":reason"), textValue(count.reason));
    q.bindValue(QStringLiteral(":by"), textValue(count.recordedBy));
    if (!q.exec())
        return storageError(q, "insert stock count");
    const StockCountId id{q.lastInsertId().toLongLong()};
    QSqlQuery line(m_db);
    line.prepare(QStringLiteral("INSERT INTO stock_count_line (count_id, finished_lot_id, expected_packs,"
                                " counted_packs, unit_cents) SELECT :count, finished_lot_id, :expected, :counted,"
                                " :unit FROM finished_lot WHERE code = :lot"));
    for (const auto& l : count.lines) {
        line.bindValue(QStringLiteral(":count"), id.value);
        line.bindValue(QStringLiteral(":expected"), l.expectedPacks);
        line.bindValue(QStringLiteral(":counted"), l.countedPacks);
        line.bindValue(QStringLiteral(":unit"), l.unitPrice.cents());
        line.bindValue(QStringLiteral(":lot"), l.lotCode);
        if (!line.exec())
            return storageError(line, "insert stock count line");
    }
    return id;
}

Result<QStringList> StockRepository::balanceMismatches() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("WITH ledger AS ("
                             " SELECT finished_lot_id, location_id, SUM(packs) AS packs FROM ("
                             "  SELECT finished_lot_id, to_location_id AS location_id, packs FROM stock_movement"
                             "   WHERE to_location_id IS NOT NULL"
                             "  UNION ALL SELECT finished_lot_id, from_location_id, -packs FROM stock_movement"
                             "   WHERE from_location_id IS NOT NULL)"
                             " GROUP BY finished_lot_id, location_id)"
                             " SELECT f.code, l.code, COALESCE(g.packs, 0), COALESCE(b.packs, 0)"
                             " FROM ledger g LEFT JOIN stock_balance b ON b.finished_lot_id = g.finished_lot_id"
                             "  AND b.location_id = g.location_id"
                             " JOIN finished_lot f ON f.finished_lot_id = g.finished_lot_id"
                             " JOIN location l ON l.location_id = g.location_id"
                             " WHERE COALESCE(g.packs, 0) <> COALESCE(b.packs, 0)"
                             " UNION ALL SELECT f.code, l.code, 0, b.packs FROM stock_balance b"
                             " JOIN finished_lot f ON f.finished_lot_id = b.finished_lot_id"
                             " JOIN location l ON l.location_id = b.location_id"
                             " WHERE b.packs <> 0 AND NOT EXISTS (SELECT 1 FROM stock_movement m"
                             "  WHERE m.finished_lot_id = b.finished_lot_id"
                             "  AND (m.to_location_id = b.location_id OR m.from_location_id = b.location_id))"));
    if (!q.exec())
        return storageError(q, "compare stock balance with the ledger");
    QStringList mismatches;
    while (q.next())
        mismatches << QStringLiteral("%1 @ %2: ledger %3, balance %4")
                          .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toString());
    return mismatches;
}

} // namespace glaneur
