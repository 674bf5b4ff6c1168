// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/DomainJson.h"

namespace glaneur {

namespace {

void insertAddress(QJsonObject& json, const Address& address)
{
    json.insert(QStringLiteral("address"), address.street);
    json.insert(QStringLiteral("city"), address.city);
    json.insert(QStringLiteral("province"), address.province);
    json.insert(QStringLiteral("postal_code"), address.postalCode);
}

QJsonValue optional(const std::optional<int>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalGrams(const std::optional<Mass>& mass)
{
    return mass ? QJsonValue(mass->grams()) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject toJson(const Site& site)
{
    QJsonObject json{{QStringLiteral("id"), site.id.value},
                     {QStringLiteral("code"), site.code},
                     {QStringLiteral("name"), site.name},
                     {QStringLiteral("active"), site.active}};
    insertAddress(json, site.address);
    return json;
}

QJsonObject toJson(const Partner& partner)
{
    QJsonObject json{{QStringLiteral("id"), partner.id.value},    {QStringLiteral("kind"), codeOf(partner.kind)},
                     {QStringLiteral("name"), partner.name},      {QStringLiteral("contact"), partner.contactName},
                     {QStringLiteral("phone"), partner.phone},    {QStringLiteral("email"), partner.email},
                     {QStringLiteral("tier"), partner.priceTier}, {QStringLiteral("active"), partner.active}};
    insertAddress(json, partner.address);
    return json;
}

QJsonObject toJson(const Product& product)
{
    return QJsonObject{{QStringLiteral("id"), product.id.value},
                       {QStringLiteral("code"), product.code},
                       {QStringLiteral("name_fr"), product.nameFr},
                       {QStringLiteral("name_en"), product.nameEn},
                       {QStringLiteral("kind"), codeOf(product.kind)},
                       {QStringLiteral("storage"), codeOf(product.storage)},
                       {QStringLiteral("shelf_life_days"), optional(product.shelfLifeDays)},
                       {QStringLiteral("pack_g"), optional(product.packGrams)},
                       {QStringLiteral("cnf"), optional(product.cnfFoodId)},
                       {QStringLiteral("active"), product.active}};
}

QJsonObject toJson(const ReceptionLot& lot)
{
    return QJsonObject{
        {QStringLiteral("lot"), lot.code},
        {QStringLiteral("id"), lot.id.value},
        {QStringLiteral("site"), lot.siteCode},
        {QStringLiteral("supplier"), lot.supplierName},
        {QStringLiteral("supplier_id"), lot.supplierId.value},
        {QStringLiteral("farm"), lot.farmId.isValid() ? QJsonValue(lot.farmName) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("product"), lot.productCode},
        {QStringLiteral("product_name_fr"), lot.productNameFr},
        {QStringLiteral("product_name_en"), lot.productNameEn},
        {QStringLiteral("net_g"), lot.net.grams()},
        {QStringLiteral("gross_g"), optionalGrams(lot.gross)},
        {QStringLiteral("tare_g"), optionalGrams(lot.tare)},
        {QStringLiteral("received_at"), lot.receivedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("temperature_c"),
         lot.temperature ? QJsonValue(lot.temperature->celsiusText()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("grade"), lot.grade ? QJsonValue(codeOf(*lot.grade)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("acquisition"), codeOf(lot.acquisition)},
        {QStringLiteral("price_cents"), lot.price.cents()},
        {QStringLiteral("supplier_lot"), lot.supplierLot},
        {QStringLiteral("notes"), lot.notes},
        {QStringLiteral("received_by"), lot.receivedBy},
    };
}

QJsonObject toJson(const OrganisationSettings& settings)
{
    QJsonObject json{{QStringLiteral("name"), settings.name},
                     {QStringLiteral("mapaq_permit"), settings.mapaqPermit},
                     {QStringLiteral("qr_domain"), settings.qrDomain},
                     {QStringLiteral("default_site"), settings.defaultSiteCode}};
    insertAddress(json, settings.address);
    return json;
}

} // namespace glaneur
