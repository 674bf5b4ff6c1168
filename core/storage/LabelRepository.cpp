// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/LabelRepository.h"

#include "core/storage/SqlSupport.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace glaneur {

namespace {

QString nutrientCodes(const std::vector<Nutrient>& nutrients)
{
    QStringList codes;
    for (Nutrient n : nutrients)
        codes << QLatin1String(nutrientCode(n));
    return codes.join(QLatin1Char(','));
}

std::vector<Nutrient> nutrientsFrom(const QString& text)
{
    std::vector<Nutrient> nutrients;
    for (const QString& code : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const auto n = nutrientFromCode(code))
            nutrients.push_back(*n);
    }
    return nutrients;
}

// Positional placeholders for an IN list of n values.
QString placeholders(std::size_t n)
{
    QStringList marks;
    for (std::size_t i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

} // namespace

Result<ProductLabelling> LabelRepository::labelling(ProductId product) const
{
    ProductLabelling labelling;
    labelling.productId = product;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT low_acid, cook_before_eating, reference_amount_g, serving_dg, serving_measure_fr,"
                             " serving_measure_en, cooked_yield_bp, exemption, exemption_reason, unknown_as_zero, gtin"
                             " FROM product_labelling WHERE product_id = :id"));
    q.bindValue(QStringLiteral(":id"), product.value);
    if (!q.exec())
        return storageError(q, "select product labelling");
    if (q.next()) {
        labelling.lowAcid = q.value(0).toInt() != 0;
        labelling.cookBeforeEating = q.value(1).toInt() != 0;
        if (const auto ra = optionalInteger(q.value(2)))
            labelling.referenceAmountGrams = int(*ra);
        if (const auto serving = optionalInteger(q.value(3)))
            labelling.servingDecigrams = int(*serving);
        labelling.servingMeasureFr = q.value(4).toString();
        labelling.servingMeasureEn = q.value(5).toString();
        labelling.cookedYieldBasisPoints = q.value(6).toInt();
        if (!q.value(7).isNull())
            labelling.exemption = fromCode<NutritionExemption>(q.value(7).toString());
        labelling.exemptionReason = q.value(8).toString();
        labelling.unknownAsZero = nutrientsFrom(q.value(9).toString());
        labelling.gtin = q.value(10).toString();
    }
    auto found = allergens(product);
    if (!found)
        return found.error();
    labelling.allergens = std::move(found).value();
    return labelling;
}

Result<std::vector<ProductAllergen>> LabelRepository::allergens(ProductId product) const
{
    return allergensOf({product});
}

Result<std::vector<ProductAllergen>> LabelRepository::allergensOf(const std::vector<ProductId>& products) const
{
    std::vector<ProductAllergen> found;
    if (products.empty())
        return found;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT code, specific_fr, specific_en FROM product_allergen WHERE product_id IN (") +
              placeholders(products.size()) + QStringLiteral(") ORDER BY product_id, code, specific_en"));
    for (ProductId product : products)
        q.addBindValue(product.value);
    if (!q.exec())
        return storageError(q, "select product allergens");
    while (q.next())
        found.push_back(ProductAllergen{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return found;
}

Result<Ok> LabelRepository::saveLabelling(const ProductLabelling& labelling)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO product_labelling (product_id, low_acid, cook_before_eating, reference_amount_g, serving_dg,"
        " serving_measure_fr, serving_measure_en, cooked_yield_bp, exemption, exemption_reason, unknown_as_zero, gtin)"
        " VALUES (:id, :acid, :cook, :ra, :serving, :fr, :en, :yield, :exemption, :reason, :zero, :gtin)"
        " ON CONFLICT (product_id) DO UPDATE SET low_acid = excluded.low_acid,"
        " cook_before_eating = excluded.cook_before_eating, reference_amount_g = excluded.reference_amount_g,"
        " serving_dg = excluded.serving_dg, serving_measure_fr = excluded.serving_measure_fr,"
        " serving_measure_en = excluded.serving_measure_en, cooked_yield_bp = excluded.cooked_yield_bp,"
        " exemption = excluded.exemption, exemption_reason = excluded.exemption_reason,"
        " unknown_as_zero = excluded.unknown_as_zero, gtin = excluded.gtin"));
    q.bindValue(QStringLiteral(":id"), labelling.productId.value);
    q.bindValue(QStringLiteral(":acid"), labelling.lowAcid ? 1 : 0);
    q.bindValue(QStringLiteral(":cook"), labelling.cookBeforeEating ? 1 : 0);
    q.bindValue(QStringLiteral(":ra"), nullableInteger(labelling.referenceAmountGrams));
    q.bindValue(QStringLiteral(":serving"), nullableInteger(labelling.servingDecigrams));
    q.bindValue(QStringLiteral(":fr"), textValue(labelling.servingMeasureFr));
    q.bindValue(QStringLiteral(":en"), textValue(labelling.servingMeasureEn));
    q.bindValue(QStringLiteral(":yield"), labelling.cookedYieldBasisPoints);
    q.bindValue(QStringLiteral(":exemption"),
                labelling.exemption ? QVariant(codeOf(*labelling.exemption)) : QVariant(QMetaType(QMetaType::QString)));
    q.bindValue(QStringLiteral(":reason"), textValue(labelling.exemptionReason));
    q.bindValue(QStringLiteral(":zero"), textValue(nutrientCodes(labelling.unknownAsZero)));
    q.bindValue(QStringLiteral(":gtin"), textValue(labelling.gtin));
    if (!q.exec())
        return storageError(q, "save product labelling");

    QSqlQuery remove(m_db);
    remove.prepare(QStringLiteral("DELETE FROM product_allergen WHERE product_id = :id"));
    remove.bindValue(QStringLiteral(":id"), labelling.productId.value);
    if (!remove.exec())
        return storageError(remove, "replace product allergens");
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO product_allergen (product_id, code, specific_fr, specific_en)"
                                  " VALUES (:id, :code, :fr, :en)"));
    for (const ProductAllergen& allergen : labelling.allergens) {
        insert.bindValue(QStringLiteral(":id"), labelling.productId.value);
        insert.bindValue(QStringLiteral(":code"), allergen.code);
        insert.bindValue(QStringLiteral(":fr"), textValue(allergen.specificNameFr));
        insert.bindValue(QStringLiteral(":en"), textValue(allergen.specificNameEn));
        if (!insert.exec())
            return storageError(insert, "insert product allergen");
    }
    return Ok{};
}

Result<std::optional<QJsonObject>> LabelRepository::snapshot(FinishedLotId lot) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT content FROM label_snapshot WHERE finished_lot_id = :id"));
    q.bindValue(QStringLiteral(":id"), lot.value);
    if (!q.exec())
        return storageError(q, "select label snapshot");
    if (!q.next())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
}

Result<Ok> LabelRepository::insertSnapshot(FinishedLotId lot, const QJsonObject& content, const QDateTime& at,
                                           const QString& by)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO label_snapshot (finished_lot_id, content, at, recorded_by)"
                             " VALUES (:id, :content, :at, :by)"));
    q.bindValue(QStringLiteral(":id"), lot.value);
    q.bindValue(QStringLiteral(":content"), QString::fromUtf8(QJsonDocument(content).toJson(QJsonDocument::Compact)));
    q.bindValue(QStringLiteral(":at"), utcText(at));
    q.bindValue(QStringLiteral(":by"), textValue(by));
    if (!q.exec())
        return storageError(q, "insert label snapshot");
    return Ok{};
}

Result<qint64> LabelRepository::insertPrint(FinishedLotId lot, const LabelPrint& print)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO label_print (finished_lot_id, template, copies, output, at, recorded_by)"
                             " VALUES (:id, :template, :copies, :output, :at, :by)"));
    q.bindValue(QStringLiteral(":id"), lot.value);
    q.bindValue(QStringLiteral(":template"), textValue(print.templateId));
    q.bindValue(QStringLiteral(":copies"), print.copies);
    q.bindValue(QStringLiteral(":output"), textValue(print.output));
    q.bindValue(QStringLiteral(":at"), utcText(print.at));
    q.bindValue(QStringLiteral(":by"), textValue(print.recordedBy));
    if (!q.exec())
        return storageError(q, "insert label print");
    return q.lastInsertId().toLongLong();
}

Result<std::vector<LabelPrint>> LabelRepository::prints(FinishedLotId lot) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT p.print_id, f.code, p.template, p.copies, p.output, p.at, p.recorded_by"
                             " FROM label_print p JOIN finished_lot f ON f.finished_lot_id = p.finished_lot_id"
                             " WHERE p.finished_lot_id = :id ORDER BY p.print_id"));
    q.bindValue(QStringLiteral(":id"), lot.value);
    if (!q.exec())
        return storageError(q, "select label prints");
    std::vector<LabelPrint> found;
    while (q.next())
        found.push_back(LabelPrint{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                   q.value(3).toInt(), q.value(4).toString(), utcFromText(q.value(5)),
                                   q.value(6).toString()});
    return found;
}

Result<QStringList> LabelRepository::farmProvinces(const QStringList& receptionLotCodes) const
{
    QStringList provinces;
    if (receptionLotCodes.isEmpty())
        return provinces;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT COALESCE(farm.province, CASE WHEN supplier.kind = 'farm'"
                             " THEN supplier.province END, '')"
                             " FROM reception_lot r JOIN partner supplier ON supplier.partner_id = r.supplier_id"
                             " LEFT JOIN partner farm ON farm.partner_id = r.farm_id"
                             " WHERE r.code IN (") +
              placeholders(std::size_t(receptionLotCodes.size())) + QStringLiteral(")"));
    for (const QString& code : receptionLotCodes)
        q.addBindValue(code);
    if (!q.exec())
        return storageError(q, "select farm provinces");
    while (q.next())
        provinces << q.value(0).toString();
    return provinces;
}

} // namespace glaneur
