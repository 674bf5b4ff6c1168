// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ReceptionLotRepository.h"

#include "core/storage/SqlSupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace glaneur {

namespace {

QVariant nullableGrams(const std::optional<Mass>& mass)
{
    return mass ? QVariant(mass->grams()) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<Mass> toMass(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<Mass>(Mass::fromGrams(value.toLongLong()));
}

} // namespace

Result<LotId> ReceptionLotRepository::insert(const ReceptionLot& lot)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO reception_lot (code, site_id, supplier_id, farm_id, product_id, net_g, gross_g, tare_g,"
        " received_at, received_on, temperature_dc, grade, acquisition, price_cents, supplier_lot, notes,"
        " received_by, recorded_at)"
        " VALUES (:code, :site, :supplier, :farm, :product, :net, :gross, :tare, :receivedAt, :receivedOn,"
        " :temperature, :grade, :acquisition, :price, :supplierLot, :notes, :receivedBy, :recordedAt)"));
    q.bindValue(QStringLiteral(":code"), textValue(lot.code));
    q.bindValue(QStringLiteral(":site"), lot.siteId.value);
    q.bindValue(QStringLiteral(":supplier"), lot.supplierId.value);
    q.bindValue(QStringLiteral(":farm"),
                lot.farmId.isValid() ? QVariant(lot.farmId.value) : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(QStringLiteral(":product"), lot.productId.value);
    q.bindValue(QStringLiteral(":net"), lot.net.grams());
    q.bindValue(QStringLiteral(":gross"), nullableGrams(lot.gross));
    q.bindValue(QStringLiteral(":tare"), nullableGrams(lot.tare));
    q.bindValue(QStringLiteral(":receivedAt"), utcText(lot.receivedAt));
    q.bindValue(QStringLiteral(":receivedOn"), lot.receivedAt.toLocalTime().date().toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":temperature"),
                lot.temperature ? QVariant(lot.temperature->tenths()) : QVariant(QMetaType(QMetaType::Int)));
    q.bindValue(QStringLiteral(":grade"),
                lot.grade ? QVariant(codeOf(*lot.grade)) : QVariant(QMetaType(QMetaType::QString)));
    q.bindValue(QStringLiteral(":acquisition"), codeOf(lot.acquisition));
    q.bindValue(QStringLiteral(":price"), lot.price.cents());
    q.bindValue(QStringLiteral(":supplierLot"), textValue(lot.supplierLot));
    q.bindValue(QStringLiteral(":notes"), textValue(lot.notes));
    q.bindValue(QStringLiteral(":receivedBy"), textValue(lot.receivedBy));
    q.bindValue(QStringLiteral(":recordedAt"), utcText(lot.recordedAt));
    if (!q.exec())
        return storageError(q, "insert reception lot");
    return LotId{q.lastInsertId().toLongLong()};
}

Result<std::vector<ReceptionLot>> ReceptionLotRepository::select(const QString& where, const QVariantMap& values,
                                                                 int limit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT l.lot_id, l.code, l.site_id, s.code, l.supplier_id, sp.name, l.farm_id, f.name,"
                  " l.product_id, p.code, p.name_fr, p.name_en, l.net_g, l.gross_g, l.tare_g, l.received_at,"
                  " l.temperature_dc, l.grade, l.acquisition, l.price_cents, l.supplier_lot, l.notes, l.received_by,"
                  " l.recorded_at"
                  " FROM reception_lot l"
                  " JOIN site s ON s.site_id = l.site_id"
                  " JOIN partner sp ON sp.partner_id = l.supplier_id"
                  " LEFT JOIN partner f ON f.partner_id = l.farm_id"
                  " JOIN product p ON p.product_id = l.product_id ") +
              where + QStringLiteral(" ORDER BY l.received_at DESC, l.lot_id DESC LIMIT :limit"));
    for (auto it = values.begin(); it != values.end(); ++it)
        q.bindValue(it.key(), it.value());
    q.bindValue(QStringLiteral(":limit"), limit);
    if (!q.exec())
        return storageError(q, "select reception lots");
    std::vector<ReceptionLot> lots;
    while (q.next()) {
        ReceptionLot l;
        l.id = LotId{q.value(0).toLongLong()};
        l.code = q.value(1).toString();
        l.siteId = SiteId{q.value(2).toLongLong()};
        l.siteCode = q.value(3).toString();
        l.supplierId = PartnerId{q.value(4).toLongLong()};
        l.supplierName = q.value(5).toString();
        l.farmId = PartnerId{q.value(6).toLongLong()};
        l.farmName = q.value(7).toString();
        l.productId = ProductId{q.value(8).toLongLong()};
        l.productCode = q.value(9).toString();
        l.productNameFr = q.value(10).toString();
        l.productNameEn = q.value(11).toString();
        l.net = Mass::fromGrams(q.value(12).toLongLong());
        l.gross = toMass(q.value(13));
        l.tare = toMass(q.value(14));
        l.receivedAt = QDateTime::fromString(q.value(15).toString(), Qt::ISODate);
        if (!q.value(16).isNull())
            l.temperature = Temperature::fromTenths(q.value(16).toInt());
        if (!q.value(17).isNull())
            l.grade = fromCode<ConditionGrade>(q.value(17).toString());
        l.acquisition = fromCode<AcquisitionKind>(q.value(18).toString()).value_or(AcquisitionKind::Donation);
        l.price = Money::fromCents(q.value(19).toLongLong());
        l.supplierLot = q.value(20).toString();
        l.notes = q.value(21).toString();
        l.receivedBy = q.value(22).toString();
        l.recordedAt = QDateTime::fromString(q.value(23).toString(), Qt::ISODate);
        lots.push_back(std::move(l));
    }
    return lots;
}

Result<ReceptionLot> ReceptionLotRepository::byId(LotId id) const
{
    auto found = select(QStringLiteral("WHERE l.lot_id = :id"), {{QStringLiteral(":id"), id.value}}, 1);
    if (!found)
        return found.error();
    if (found->empty())
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("glaneur::ReceptionLotRepository", "Unknown lot.")};
    return found->front();
}

Result<ReceptionLot> ReceptionLotRepository::byCode(const QString& code) const
{
    auto found =
        select(QStringLiteral("WHERE l.code = :code"), {{QStringLiteral(":code"), code.trimmed().toUpper()}}, 1);
    if (!found)
        return found.error();
    if (found->empty())
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("glaneur::ReceptionLotRepository", "There is no lot « %1 ».")
                         .arg(code.trimmed())};
    return found->front();
}

Result<std::vector<ReceptionLot>> ReceptionLotRepository::search(const LotFilter& filter) const
{
    QStringList conditions;
    QVariantMap values;
    if (filter.supplierId.isValid()) {
        conditions << QStringLiteral("l.supplier_id = :supplier");
        values.insert(QStringLiteral(":supplier"), filter.supplierId.value);
    }
    if (filter.productId.isValid()) {
        conditions << QStringLiteral("l.product_id = :product");
        values.insert(QStringLiteral(":product"), filter.productId.value);
    }
    if (filter.from.isValid()) {
        conditions << QStringLiteral("l.received_on >= :from");
        values.insert(QStringLiteral(":from"), filter.from.toString(Qt::ISODate));
        // The same bound on the instant, a day early whatever the time zone: the list reads its index
        // by instant, and without it an empty period was read to the first lot ever received.
        conditions << QStringLiteral("l.received_at >= :from_instant");
        values.insert(QStringLiteral(":from_instant"),
                      utcText(QDateTime(filter.from.addDays(-1), QTime(0, 0), Qt::UTC)));
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("l.received_on <= :to");
        values.insert(QStringLiteral(":to"), filter.to.toString(Qt::ISODate));
    }
    if (filter.after) {
        // Row values: one index range in SQLite and PostgreSQL alike.
        conditions << QStringLiteral("(l.received_at, l.lot_id) < (:after_at, :after_id)");
        values.insert(QStringLiteral(":after_at"), utcText(filter.after->first));
        values.insert(QStringLiteral(":after_id"), filter.after->second.value);
    }
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        conditions << QStringLiteral(
            "(l.code LIKE :text ESCAPE '\\' OR sp.name LIKE :text ESCAPE '\\' OR f.name LIKE :text ESCAPE '\\'"
            " OR p.code LIKE :text ESCAPE '\\' OR p.name_fr LIKE :text ESCAPE '\\' OR p.name_en LIKE :text ESCAPE '\\'"
            " OR l.supplier_lot LIKE :text ESCAPE '\\')");
        values.insert(QStringLiteral(":text"), containsPattern(text));
    }
    return select(conditions.isEmpty() ? QString()
                                       : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")),
                  values, filter.limit);
}

} // namespace glaneur
