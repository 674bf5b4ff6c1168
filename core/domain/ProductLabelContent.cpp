// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/ProductLabelContent.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace glaneur {

namespace {

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toList(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list << item.toString();
    return list;
}

QString listText(const QString& title, const QStringList& names)
{
    if (names.isEmpty())
        return {};
    return title + names.join(QStringLiteral(", "));
}

Error unreadable(const QString& what)
{
    return Error{ErrorCode::Validation, QCoreApplication::translate("glaneur::ProductLabelContent",
                                                                    "The saved label cannot be read back (%1).")
                                            .arg(what)};
}

} // namespace

QString ProductLabelContent::ingredientListFr() const
{
    // French typography: a no-break space before the colon.
    return listText(QStringLiteral("Ingrédients\u00A0: "), ingredientsFr);
}

QString ProductLabelContent::ingredientListEn() const
{
    return listText(QStringLiteral("Ingredients: "), ingredientsEn);
}

QJsonObject ProductLabelContent::toJson() const
{
    QJsonObject json{
        {QStringLiteral("format"), format},
        {QStringLiteral("lot"), lotCode},
        {QStringLiteral("product"), productCode},
        {QStringLiteral("name_fr"), nameFr},
        {QStringLiteral("name_en"), nameEn},
        {QStringLiteral("pack_g"), packGrams},
        {QStringLiteral("net_quantity"), netQuantity},
        {QStringLiteral("keep_frozen"), keepFrozen},
        {QStringLiteral("cook_before_eating"), cookBeforeEating},
        {QStringLiteral("ingredients_fr"), toArray(ingredientsFr)},
        {QStringLiteral("ingredients_en"), toArray(ingredientsEn)},
        {QStringLiteral("contains_fr"), containsFr},
        {QStringLiteral("contains_en"), containsEn},
        {QStringLiteral("exemption_reason"), exemptionReason},
        {QStringLiteral("high_in"), toArray(highIn)},
        {QStringLiteral("packed_on"), packedOn.toString(Qt::ISODate)},
        {QStringLiteral("best_before"), bestBefore.toString(Qt::ISODate)},
        {QStringLiteral("best_before_text"), bestBeforeText},
        {QStringLiteral("business_name"), businessName},
        {QStringLiteral("business_address"), toArray(businessAddress)},
        {QStringLiteral("origin_fr"), originFr},
        {QStringLiteral("origin_en"), originEn},
        {QStringLiteral("qr"), qrPayload},
        {QStringLiteral("gs1"), gs1},
        {QStringLiteral("gtin"), gtin},
        {QStringLiteral("frozen_at"), frozenAt.isValid() ? frozenAt.toString(Qt::ISODateWithMs) : QString()},
        {QStringLiteral("frozen_by"), frozenBy},
    };
    if (nutrition) {
        QJsonObject amounts;
        QJsonObject percents;
        for (int i = 0; i < NutrientCount; ++i) {
            amounts.insert(QLatin1String(nutrientCode(Nutrient(i))), nutrition->amounts[std::size_t(i)]);
            if (!nutrition->percents[std::size_t(i)].isEmpty())
                percents.insert(QLatin1String(nutrientCode(Nutrient(i))), nutrition->percents[std::size_t(i)]);
        }
        json.insert(QStringLiteral("nutrition"), QJsonObject{{QStringLiteral("serving_fr"), nutrition->servingFr},
                                                             {QStringLiteral("serving_en"), nutrition->servingEn},
                                                             {QStringLiteral("amounts"), amounts},
                                                             {QStringLiteral("percents"), percents}});
    }
    return json;
}

Result<ProductLabelContent> ProductLabelContent::fromJson(const QJsonObject& json)
{
    ProductLabelContent content;
    content.format = json.value(QStringLiteral("format")).toInt();
    if (content.format < 1 || content.format > CurrentFormat)
        return unreadable(QStringLiteral("format %1").arg(content.format));
    content.lotCode = json.value(QStringLiteral("lot")).toString();
    content.productCode = json.value(QStringLiteral("product")).toString();
    content.nameFr = json.value(QStringLiteral("name_fr")).toString();
    content.nameEn = json.value(QStringLiteral("name_en")).toString();
    content.packGrams = json.value(QStringLiteral("pack_g")).toInt();
    content.netQuantity = json.value(QStringLiteral("net_quantity")).toString();
    content.keepFrozen = json.value(QStringLiteral("keep_frozen")).toBool();
    content.cookBeforeEating = json.value(QStringLiteral("cook_before_eating")).toBool();
    content.ingredientsFr = toList(json.value(QStringLiteral("ingredients_fr")));
    content.ingredientsEn = toList(json.value(QStringLiteral("ingredients_en")));
    content.containsFr = json.value(QStringLiteral("contains_fr")).toString();
    content.containsEn = json.value(QStringLiteral("contains_en")).toString();
    content.exemptionReason = json.value(QStringLiteral("exemption_reason")).toString();
    content.highIn = toList(json.value(QStringLiteral("high_in")));
    content.packedOn = QDate::fromString(json.value(QStringLiteral("packed_on")).toString(), Qt::ISODate);
    content.bestBefore = QDate::fromString(json.value(QStringLiteral("best_before")).toString(), Qt::ISODate);
    content.bestBeforeText = json.value(QStringLiteral("best_before_text")).toString();
    content.businessName = json.value(QStringLiteral("business_name")).toString();
    content.businessAddress = toList(json.value(QStringLiteral("business_address")));
    content.originFr = json.value(QStringLiteral("origin_fr")).toString();
    content.originEn = json.value(QStringLiteral("origin_en")).toString();
    content.qrPayload = json.value(QStringLiteral("qr")).toString();
    content.gs1 = json.value(QStringLiteral("gs1")).toBool();
    content.gtin = json.value(QStringLiteral("gtin")).toString();
    const QString frozenAt = json.value(QStringLiteral("frozen_at")).toString();
    if (!frozenAt.isEmpty())
        content.frozenAt = QDateTime::fromString(frozenAt, Qt::ISODateWithMs).toUTC();
    content.frozenBy = json.value(QStringLiteral("frozen_by")).toString();
    if (json.contains(QStringLiteral("nutrition"))) {
        const QJsonObject nutrition = json.value(QStringLiteral("nutrition")).toObject();
        NutritionPanel panel;
        panel.servingFr = nutrition.value(QStringLiteral("serving_fr")).toString();
        panel.servingEn = nutrition.value(QStringLiteral("serving_en")).toString();
        const QJsonObject amounts = nutrition.value(QStringLiteral("amounts")).toObject();
        const QJsonObject percents = nutrition.value(QStringLiteral("percents")).toObject();
        for (int i = 0; i < NutrientCount; ++i) {
            const QString key = QLatin1String(nutrientCode(Nutrient(i)));
            if (!amounts.contains(key))
                return unreadable(key);
            panel.amounts[std::size_t(i)] = amounts.value(key).toString();
            panel.percents[std::size_t(i)] = percents.value(key).toString();
        }
        content.nutrition = panel;
    }
    if (content.lotCode.isEmpty() || content.nameFr.isEmpty() || content.qrPayload.isEmpty())
        return unreadable(QStringLiteral("lot, name or QR"));
    return content;
}

} // namespace glaneur
