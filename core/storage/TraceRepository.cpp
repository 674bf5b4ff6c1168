// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/TraceRepository.h"

#include "core/storage/SqlSupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace glaneur {

Result<std::optional<TraceLot>> TraceRepository::lot(const QString& code) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT l.code, p.code, p.name_fr, p.name_en, s.code, l.received_on, l.net_g, sp.name,"
                             " COALESCE(f.name, '') FROM reception_lot l JOIN product p ON p.product_id = l.product_id"
                             " JOIN site s ON s.site_id = l.site_id JOIN partner sp ON sp.partner_id = l.supplier_id"
                             " LEFT JOIN partner f ON f.partner_id = l.farm_id WHERE l.code = :code"));
    q.bindValue(QStringLiteral(":code"), code);
    if (!q.exec())
        return storageError(q, "select traced reception lot");
    if (q.next()) {
        TraceLot lot;
        lot.code = q.value(0).toString();
        lot.kind = TraceLot::Kind::Reception;
        lot.productCode = q.value(1).toString();
        lot.productNameFr = q.value(2).toString();
        lot.productNameEn = q.value(3).toString();
        lot.siteCode = q.value(4).toString();
        lot.date = dateFromText(q.value(5));
        lot.net = Mass::fromGrams(q.value(6).toLongLong());
        lot.supplier = q.value(7).toString();
        lot.farm = q.value(8).toString();
        return std::optional<TraceLot>(lot);
    }
    q.prepare(QStringLiteral("SELECT f.code, p.code, p.name_fr, p.name_en, s.code, f.packed_on, f.packs, f.pack_g,"
                             " f.best_before, COALESCE(l.code, '') FROM finished_lot f"
                             " JOIN product p ON p.product_id = f.product_id JOIN site s ON s.site_id = f.site_id"
                             " LEFT JOIN location l ON l.location_id = f.location_id WHERE f.code = :code"));
    q.bindValue(QStringLiteral(":code"), code);
    if (!q.exec())
        return storageError(q, "select traced finished lot");
    if (!q.next())
        return std::optional<TraceLot>();
    TraceLot lot;
    lot.code = q.value(0).toString();
    lot.kind = TraceLot::Kind::Finished;
    lot.productCode = q.value(1).toString();
    lot.productNameFr = q.value(2).toString();
    lot.productNameEn = q.value(3).toString();
    lot.siteCode = q.value(4).toString();
    lot.date = dateFromText(q.value(5));
    lot.packs = q.value(6).toInt();
    lot.net = Mass::fromGrams(qint64(lot.packs) * q.value(7).toLongLong());
    lot.bestBefore = dateFromText(q.value(8));
    lot.location = q.value(9).toString();
    return std::optional<TraceLot>(lot);
}

Result<TraceBatch> TraceRepository::batch(qint64 batchId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT b.code, p.code, p.name_fr, s.code, b.started_at, b.closed_at FROM batch b"
                             " JOIN product p ON p.product_id = b.product_id JOIN site s ON s.site_id = b.site_id"
                             " WHERE b.batch_id = :batch"));
    q.bindValue(QStringLiteral(":batch"), batchId);
    if (!q.exec())
        return storageError(q, "select traced batch");
    if (!q.next())
        return Error{ErrorCode::NotFound, QCoreApplication::translate("glaneur::TraceRepository", "Unknown batch.")};
    TraceBatch b;
    b.code = q.value(0).toString();
    b.productCode = q.value(1).toString();
    b.productNameFr = q.value(2).toString();
    b.siteCode = q.value(3).toString();
    b.startedAt = utcFromText(q.value(4));
    b.closed = !q.value(5).isNull();
    q.prepare(QStringLiteral("SELECT p.code, p.name_fr, SUM(i.grams) FROM batch_input i"
                             " JOIN product p ON p.product_id = i.product_id"
                             " WHERE i.batch_id = :batch AND i.lot_id IS NULL GROUP BY p.code, p.name_fr"
                             " HAVING SUM(i.grams) > 0 ORDER BY SUM(i.grams) DESC"));
    q.bindValue(QStringLiteral(":batch"), batchId);
    if (!q.exec())
        return storageError(q, "select untracked ingredients");
    while (q.next())
        b.untracked.push_back(TraceBatch::Ingredient{q.value(0).toString(), q.value(1).toString(),
                                                     Mass::fromGrams(q.value(2).toLongLong())});
    return b;
}

Result<std::vector<TraceRepository::Hop>> TraceRepository::hops(const QString& sql, const QString& key,
                                                                const QVariant& value) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.bindValue(key, value);
    if (!q.exec())
        return storageError(q, "select trace hops");
    std::vector<Hop> found;
    while (q.next())
        found.push_back(Hop{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                            Mass::fromGrams(q.value(3).toLongLong()), q.value(4).toInt()});
    return found;
}

Result<std::optional<TraceRepository::Hop>> TraceRepository::producedBy(const QString& finishedLotCode) const
{
    const auto found = hops(QStringLiteral("SELECT b.batch_id, b.code, f.code, f.packs * f.pack_g, f.packs"
                                           " FROM finished_lot f JOIN batch b ON b.batch_id = f.batch_id"
                                           " WHERE f.code = :code"),
                            QStringLiteral(":code"), finishedLotCode);
    if (!found)
        return found.error();
    if (found->empty())
        return std::optional<Hop>();
    return std::optional<Hop>(found->front());
}

Result<std::vector<TraceRepository::Hop>> TraceRepository::consumedBy(qint64 batchId) const
{
    return hops(QStringLiteral("SELECT i.batch_id, b.code, l.code, SUM(i.grams), 0 FROM batch_input i"
                               " JOIN batch b ON b.batch_id = i.batch_id JOIN reception_lot l ON l.lot_id = i.lot_id"
                               " WHERE i.batch_id = :batch GROUP BY i.batch_id, b.code, l.code"
                               " HAVING SUM(i.grams) > 0 ORDER BY l.code"),
                QStringLiteral(":batch"), batchId);
}

Result<std::vector<TraceRepository::Hop>> TraceRepository::consumersOf(const QString& receptionLotCode) const
{
    return hops(QStringLiteral("SELECT i.batch_id, b.code, l.code, SUM(i.grams), 0 FROM reception_lot l"
                               " JOIN batch_input i ON i.lot_id = l.lot_id JOIN batch b ON b.batch_id = i.batch_id"
                               " WHERE l.code = :code GROUP BY i.batch_id, b.code, l.code"
                               " HAVING SUM(i.grams) > 0 ORDER BY b.code"),
                QStringLiteral(":code"), receptionLotCode);
}

Result<std::vector<TraceRepository::Hop>> TraceRepository::outputsOf(qint64 batchId) const
{
    return hops(QStringLiteral("SELECT f.batch_id, b.code, f.code, f.packs * f.pack_g, f.packs FROM finished_lot f"
                               " JOIN batch b ON b.batch_id = f.batch_id WHERE f.batch_id = :batch ORDER BY f.code"),
                QStringLiteral(":batch"), batchId);
}

} // namespace glaneur
