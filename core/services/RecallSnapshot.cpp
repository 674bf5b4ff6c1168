// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/RecallSnapshot.h"

#include "core/services/DomainJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace glaneur {

namespace {

QString textOf(const QJsonObject& json, const char* key)
{
    return json.value(QLatin1String(key)).toString();
}

Mass grams(const QJsonObject& json, const char* key)
{
    return Mass::fromGrams(qint64(json.value(QLatin1String(key)).toDouble()));
}

QDate date(const QJsonObject& json, const char* key)
{
    return QDate::fromString(textOf(json, key), Qt::ISODate);
}

QDateTime instant(const QJsonObject& json, const char* key)
{
    QDateTime at = QDateTime::fromString(textOf(json, key), Qt::ISODate);
    if (at.isValid())
        at = at.toUTC();
    return at;
}

RecallBalance balanceFrom(const QJsonObject& json)
{
    RecallBalance balance;
    balance.received = grams(json, "received");
    balance.used = grams(json, "used");
    balance.inStock = grams(json, "in_stock");
    balance.shipped = grams(json, "shipped");
    balance.lost = grams(json, "lost");
    return balance;
}

RecallRecipient::Channel channelFrom(const QString& code)
{
    return code == QLatin1String("donation")      ? RecallRecipient::Channel::Donation
           : code == QLatin1String("restock")     ? RecallRecipient::Channel::Restock
           : code == QLatin1String("public-sale") ? RecallRecipient::Channel::PublicSale
                                                  : RecallRecipient::Channel::Sale;
}

} // namespace

QByteArray RecallSnapshot::write(const RecallReport& report)
{
    return QJsonDocument(toJson(report)).toJson(QJsonDocument::Compact);
}

Result<RecallReport> RecallSnapshot::read(const QByteArray& text)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || !root.contains(QLatin1String("affected")))
        return Error{ErrorCode::Storage, tr("The recall record's report cannot be read.")};

    RecallReport report;
    report.lotCode = textOf(root, "lot");
    report.kind =
        textOf(root, "kind") == QLatin1String("finished") ? TraceLot::Kind::Finished : TraceLot::Kind::Reception;
    report.computedAt = instant(root, "computed_at");
    report.supplier = textOf(root, "supplier");
    report.from = date(root, "from");
    report.to = date(root, "to");
    for (const QJsonValue& code : root.value(QLatin1String("source_lots")).toArray())
        report.sourceLots << code.toString();
    for (const QJsonValue& code : root.value(QLatin1String("held_lots")).toArray())
        report.heldLots << code.toString();
    for (const QJsonValue& value : root.value(QLatin1String("affected")).toArray()) {
        const QJsonObject json = value.toObject();
        TraceLot lot;
        lot.kind = TraceLot::Kind::Finished;
        lot.code = textOf(json, "lot");
        lot.productCode = textOf(json, "product");
        lot.productNameFr = textOf(json, "product_name_fr");
        lot.productNameEn = textOf(json, "product_name_en");
        lot.date = date(json, "packed_on");
        lot.bestBefore = date(json, "best_before");
        lot.packs = json.value(QLatin1String("packs")).toInt();
        lot.net = grams(json, "grams");
        report.affectedLots.push_back(lot);
    }
    for (const QJsonValue& value : root.value(QLatin1String("on_hand")).toArray()) {
        const QJsonObject json = value.toObject();
        RecallStock stock;
        stock.lotCode = textOf(json, "lot");
        stock.locationCode = textOf(json, "location");
        stock.locationName = textOf(json, "location_name");
        stock.partnerName = textOf(json, "partner");
        stock.kitchen = json.value(QLatin1String("kitchen")).toBool();
        stock.packs = json.value(QLatin1String("packs")).toInt();
        stock.mass = grams(json, "grams");
        stock.held = json.value(QLatin1String("held")).toBool();
        report.onHand.push_back(stock);
    }
    for (const QJsonValue& value : root.value(QLatin1String("recipients")).toArray()) {
        const QJsonObject json = value.toObject();
        RecallRecipient recipient;
        recipient.channel = channelFrom(textOf(json, "channel"));
        recipient.partnerName = textOf(json, "partner");
        recipient.address = Address{textOf(json, "address"), textOf(json, "city"), textOf(json, "province"),
                                    textOf(json, "postal_code")};
        recipient.contactName = textOf(json, "contact");
        recipient.phone = textOf(json, "phone");
        recipient.email = textOf(json, "email");
        recipient.lotCode = textOf(json, "lot");
        recipient.reference = textOf(json, "reference");
        recipient.at = instant(json, "date");
        recipient.packs = json.value(QLatin1String("packs")).toInt();
        recipient.mass = grams(json, "grams");
        report.recipients.push_back(recipient);
    }
    const QJsonObject balance = root.value(QLatin1String("mass_balance")).toObject();
    report.lotBalance = balanceFrom(balance);
    report.productsBalance = balanceFrom(balance.value(QLatin1String("products")).toObject());
    return report;
}

} // namespace glaneur
