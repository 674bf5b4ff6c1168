// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/FinishedLotRepository.h"

#include "core/storage/SqlSupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace glaneur {

Result<FinishedLotId> FinishedLotRepository::insert(const FinishedLot& lot)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO finished_lot (code, batch_id, site_id, product_id, packs, pack_g, packed_on,"
                             " best_before, location_id, created_at, created_by) VALUES (:code, :batch, :site,"
                             " :product, :packs, :packG, :packedOn, :bestBefore, :location, :at, :by)"));
    q.bindValue(QStringLiteral(":code"), textValue(lot.code));
    q.bindValue(QStringLiteral(":batch"), lot.batchId.value);
    q.bindValue(QStringLiteral(":site"), lot.siteId.value);
    q.bindValue(QStringLiteral(":product"), lot.productId.value);
    q.bindValue(QStringLiteral(":packs"), lot.packs);
    q.bindValue(QStringLiteral(":packG"), lot.packGrams);
    q.bindValue(QStringLiteral(":packedOn"), dateText(lot.packedOn));
    q.bindValue(QStringLiteral(":bestBefore"), dateText(lot.bestBefore));
    q.bindValue(QStringLiteral(":location"), nullableId(lot.locationId.value));
    q.bindValue(QStringLiteral(":at"), utcText(lot.createdAt));
    q.bindValue(QStringLiteral(":by"), textValue(lot.createdBy));
    if (!q.exec())
        return storageError(q, "insert finished lot");
    return FinishedLotId{q.lastInsertId().toLongLong()};
}

Result<std::vector<FinishedLot>> FinishedLotRepository::select(const QString& where, const QVariantMap& values,
                                                               int limit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT f.finished_lot_id, f.code, f.batch_id, b.code, f.site_id, s.code, f.product_id,"
                             " p.code, p.name_fr, p.name_en, f.packs, f.pack_g, f.packed_on, f.best_before,"
                             " f.location_id, COALESCE(l.code, ''), f.created_at, f.created_by"
                             " FROM finished_lot f JOIN batch b ON b.batch_id = f.batch_id"
                             " JOIN site s ON s.site_id = f.site_id JOIN product p ON p.product_id = f.product_id"
                             " LEFT JOIN location l ON l.location_id = f.location_id ") +
              where + QStringLiteral(" ORDER BY f.packed_on DESC, f.finished_lot_id DESC LIMIT :limit"));
    for (auto it = values.begin(); it != values.end(); ++it)
        q.bindValue(it.key(), it.value());
    q.bindValue(QStringLiteral(":limit"), limit);
    if (!q.exec())
        return storageError(q, "select finished lots");
    std::vector<FinishedLot> found;
    while (q.next()) {
        FinishedLot f;
        f.id = FinishedLotId{q.value(0).toLongLong()};
        f.code = q.value(1).toString();
        f.batchId = BatchId{q.value(2).toLongLong()};
        f.batchCode = q.value(3).toString();
        f.siteId = SiteId{q.value(4).toLongLong()};
        f.siteCode = q.value(5).toString();
        f.productId = ProductId{q.value(6).toLongLong()};
        f.productCode = q.value(7).toString();
        f.productNameFr = q.value(8).toString();
        f.productNameEn = q.value(9).toString();
        f.packs = q.value(10).toInt();
        f.packGrams = q.value(11).toInt();
        f.packedOn = dateFromText(q.value(12));
        f.bestBefore = dateFromText(q.value(13));
        f.locationId = LocationId{q.value(14).toLongLong()};
        f.locationCode = q.value(15).toString();
        f.createdAt = utcFromText(q.value(16));
        f.createdBy = q.value(17).toString();
        found.push_back(std::move(f));
    }
    return found;
}

Result<FinishedLot> FinishedLotRepository::byCode(const QString& code) const
{
    const auto found =
        select(QStringLiteral("WHERE f.code = :code"), {{QStringLiteral(":code"), code.trimmed().toUpper()}}, 1);
    if (!found)
        return found.error();
    if (found->empty())
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("glaneur::FinishedLotRepository", "There is no finished lot « %1 ».")
                         .arg(code.trimmed())};
    return found->front();
}

Result<std::vector<FinishedLot>> FinishedLotRepository::ofBatch(BatchId batch) const
{
    auto found = select(QStringLiteral("WHERE f.batch_id = :batch"), {{QStringLiteral(":batch"), batch.value}}, 10000);
    if (!found)
        return found;
    std::vector<FinishedLot> lots = std::move(found).value();
    std::reverse(lots.begin(), lots.end()); // in the order they were made
    return lots;
}

Result<std::vector<FinishedLot>> FinishedLotRepository::search(const FinishedLotFilter& filter) const
{
    QStringList conditions;
    QVariantMap values;
    if (filter.productId.isValid()) {
        conditions << QStringLiteral("f.product_id = :product");
        values.insert(QStringLiteral(":product"), filter.productId.value);
    }
    if (filter.from.isValid()) {
        conditions << QStringLiteral("f.packed_on >= :from");
        values.insert(QStringLiteral(":from"), dateText(filter.from));
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("f.packed_on <= :to");
        values.insert(QStringLiteral(":to"), dateText(filter.to));
    }
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        conditions << QStringLiteral("(f.code LIKE :text ESCAPE '\\' OR b.code LIKE :text ESCAPE '\\'"
                                     " OR p.code LIKE :text ESCAPE '\\' OR p.name_fr LIKE :text ESCAPE '\\'"
                                     " OR p.name_en LIKE :text ESCAPE '\\')");
        values.insert(QStringLiteral(":text"), containsPattern(text));
    }
    return select(conditions.isEmpty() ? QString()
                                       : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")),
                  values, filter.limit);
}

} // namespace glaneur
