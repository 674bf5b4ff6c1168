// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/DomainJson.h"

#include <QJsonArray>

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

QJsonValue utcOrNull(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateOrNull(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
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

QJsonObject toJson(const ProductLabelling& labelling)
{
    QJsonArray zero;
    for (Nutrient n : labelling.unknownAsZero)
        zero.append(QLatin1String(nutrientCode(n)));
    QJsonArray allergens;
    for (const ProductAllergen& allergen : labelling.allergens) {
        QJsonObject entry{{QStringLiteral("code"), allergen.code}};
        if (!allergen.specificNameFr.isEmpty())
            entry.insert(QStringLiteral("name_fr"), allergen.specificNameFr);
        if (!allergen.specificNameEn.isEmpty())
            entry.insert(QStringLiteral("name_en"), allergen.specificNameEn);
        allergens.append(entry);
    }
    return QJsonObject{
        {QStringLiteral("product_id"), labelling.productId.value},
        {QStringLiteral("low_acid"), labelling.lowAcid},
        {QStringLiteral("cook_before_eating"), labelling.cookBeforeEating},
        {QStringLiteral("reference_amount_g"),
         labelling.referenceAmountGrams ? QJsonValue(*labelling.referenceAmountGrams) : QJsonValue()},
        {QStringLiteral("serving_dg"),
         labelling.servingDecigrams ? QJsonValue(*labelling.servingDecigrams) : QJsonValue()},
        {QStringLiteral("serving_measure_fr"), labelling.servingMeasureFr},
        {QStringLiteral("serving_measure_en"), labelling.servingMeasureEn},
        {QStringLiteral("cooked_yield_bp"), labelling.cookedYieldBasisPoints},
        {QStringLiteral("exemption"), labelling.exemption ? QJsonValue(codeOf(*labelling.exemption)) : QJsonValue()},
        {QStringLiteral("exemption_reason"), labelling.exemptionReason},
        {QStringLiteral("unknown_as_zero"), zero},
        {QStringLiteral("gtin"), labelling.gtin},
        {QStringLiteral("allergens"), allergens},
    };
}

QJsonObject toJson(const OrganisationSettings& settings)
{
    QJsonObject json{{QStringLiteral("name"), settings.name},
                     {QStringLiteral("mapaq_permit"), settings.mapaqPermit},
                     {QStringLiteral("qr_domain"), settings.qrDomain},
                     {QStringLiteral("qr_gs1"), settings.gs1QrCodes},
                     {QStringLiteral("gs1_resolver"), settings.gs1Resolver},
                     {QStringLiteral("default_site"), settings.defaultSiteCode},
                     {QStringLiteral("unexplained_loss_percent"), settings.unexplainedLossPercent}};
    insertAddress(json, settings.address);
    return json;
}

QJsonObject toJson(const Location& location)
{
    return QJsonObject{{QStringLiteral("id"), location.id.value},
                       {QStringLiteral("code"), location.code},
                       {QStringLiteral("name"), location.name},
                       {QStringLiteral("kind"), codeOf(location.kind)},
                       {QStringLiteral("site"), textOrNull(location.siteCode)},
                       {QStringLiteral("partner"), textOrNull(location.partnerName)},
                       {QStringLiteral("thermometer"), textOrNull(location.thermometerId)},
                       {QStringLiteral("active"), location.active}};
}

QJsonObject toJson(const Recipe& recipe)
{
    QJsonArray ingredients;
    for (const auto& ingredient : recipe.ingredients)
        ingredients.append(QJsonObject{{QStringLiteral("product"), ingredient.productCode},
                                       {QStringLiteral("name_fr"), ingredient.nameFr},
                                       {QStringLiteral("share_bp"), ingredient.shareBasisPoints}});
    return QJsonObject{{QStringLiteral("version"), recipe.version}, {QStringLiteral("ingredients"), ingredients}};
}

QJsonObject toJson(const Batch& batch)
{
    return QJsonObject{{QStringLiteral("batch"), batch.code},
                       {QStringLiteral("id"), batch.id.value},
                       {QStringLiteral("site"), batch.siteCode},
                       {QStringLiteral("product"), batch.productCode},
                       {QStringLiteral("product_name_fr"), batch.productNameFr},
                       {QStringLiteral("recipe_version"),
                        batch.recipeVersion > 0 ? QJsonValue(batch.recipeVersion) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("started_at"), utcOrNull(batch.startedAt)},
                       {QStringLiteral("started_by"), batch.startedBy},
                       {QStringLiteral("notes"), batch.notes},
                       {QStringLiteral("closed_at"), utcOrNull(batch.closedAt)},
                       {QStringLiteral("closed_by"), textOrNull(batch.closedBy)}};
}

QJsonObject toJson(const BatchInput& input)
{
    return QJsonObject{{QStringLiteral("id"), input.id.value},
                       {QStringLiteral("lot"), textOrNull(input.lotCode)},
                       {QStringLiteral("product"), input.productCode},
                       {QStringLiteral("grams"), input.mass.grams()},
                       {QStringLiteral("corrects"), idOrNull(input.correctsId.value)},
                       {QStringLiteral("reason"), input.reason},
                       {QStringLiteral("at"), utcOrNull(input.at)},
                       {QStringLiteral("by"), input.recordedBy}};
}

QJsonObject toJson(const BatchStep& step)
{
    return QJsonObject{{QStringLiteral("id"), step.id.value},
                       {QStringLiteral("step"), codeOf(step.kind)},
                       {QStringLiteral("started_at"), utcOrNull(step.startedAt)},
                       {QStringLiteral("ended_at"), utcOrNull(step.endedAt)},
                       {QStringLiteral("in_g"), optionalGrams(step.in)},
                       {QStringLiteral("out_g"), optionalGrams(step.out)},
                       {QStringLiteral("notes"), step.notes},
                       {QStringLiteral("corrects"), idOrNull(step.correctsId.value)},
                       {QStringLiteral("reason"), step.reason},
                       {QStringLiteral("by"), step.recordedBy}};
}

QJsonObject toJson(const BatchLoss& loss)
{
    return QJsonObject{
        {QStringLiteral("id"), loss.id.value},
        {QStringLiteral("kind"), codeOf(loss.kind)},
        {QStringLiteral("step"), loss.step ? QJsonValue(codeOf(*loss.step)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("grams"), loss.mass.grams()},
        {QStringLiteral("corrects"), idOrNull(loss.correctsId.value)},
        {QStringLiteral("reason"), loss.reason},
        {QStringLiteral("at"), utcOrNull(loss.at)},
        {QStringLiteral("by"), loss.recordedBy}};
}

QJsonObject toJson(const ControlReading& reading)
{
    QJsonArray actions;
    for (const auto& action : reading.actions)
        actions.append(QJsonObject{{QStringLiteral("action"), action.description},
                                   {QStringLiteral("at"), utcOrNull(action.at)},
                                   {QStringLiteral("by"), action.recordedBy}});
    return QJsonObject{{QStringLiteral("id"), reading.id.value},
                       {QStringLiteral("kind"), codeOf(reading.kind)},
                       {QStringLiteral("value"), reading.value},
                       {QStringLiteral("limit_min"), optional(reading.limitMin)},
                       {QStringLiteral("limit_max"), optional(reading.limitMax)},
                       {QStringLiteral("within_limit"), reading.withinLimit},
                       {QStringLiteral("notes"), reading.notes},
                       {QStringLiteral("corrects"), idOrNull(reading.correctsId.value)},
                       {QStringLiteral("reason"), reading.reason},
                       {QStringLiteral("at"), utcOrNull(reading.at)},
                       {QStringLiteral("by"), reading.recordedBy},
                       {QStringLiteral("corrective_actions"), actions}};
}

QJsonObject toJson(const FinishedLot& lot)
{
    return QJsonObject{{QStringLiteral("lot"), lot.code},
                       {QStringLiteral("id"), lot.id.value},
                       {QStringLiteral("batch"), lot.batchCode},
                       {QStringLiteral("site"), lot.siteCode},
                       {QStringLiteral("product"), lot.productCode},
                       {QStringLiteral("product_name_fr"), lot.productNameFr},
                       {QStringLiteral("product_name_en"), lot.productNameEn},
                       {QStringLiteral("packs"), lot.packs},
                       {QStringLiteral("pack_g"), lot.packGrams},
                       {QStringLiteral("net_g"), lot.net().grams()},
                       {QStringLiteral("packed_on"), dateOrNull(lot.packedOn)},
                       {QStringLiteral("best_before"), dateOrNull(lot.bestBefore)},
                       {QStringLiteral("location"), textOrNull(lot.locationCode)},
                       {QStringLiteral("created_by"), lot.createdBy}};
}

QJsonObject toJson(const MassBalance& balance)
{
    return QJsonObject{{QStringLiteral("consumed_g"), balance.consumed.grams()},
                       {QStringLiteral("packed_g"), balance.packed.grams()},
                       {QStringLiteral("lost_g"), balance.lost.grams()},
                       {QStringLiteral("unexplained_g"), balance.unexplained().grams()},
                       {QStringLiteral("unexplained_per_mille"), balance.unexplainedPerMille()},
                       {QStringLiteral("threshold_percent"), balance.thresholdPercent},
                       {QStringLiteral("over_threshold"), balance.overThreshold()}};
}

QJsonObject toJson(const Participant& participant)
{
    return QJsonObject{{QStringLiteral("id"), participant.id.value},
                       {QStringLiteral("code"), participant.code},
                       {QStringLiteral("name"), participant.displayName},
                       {QStringLiteral("program"), codeOf(participant.program)},
                       {QStringLiteral("active_from"), dateOrNull(participant.activeFrom)},
                       {QStringLiteral("active_to"), dateOrNull(participant.activeTo)},
                       {QStringLiteral("active"), participant.active}};
}

QString codeOf(TaskReview review)
{
    switch (review) {
    case TaskReview::Validated:
        return QStringLiteral("validated");
    case TaskReview::Rejected:
        return QStringLiteral("rejected");
    case TaskReview::Pending:
        break;
    }
    return QStringLiteral("pending");
}

QJsonObject toJson(const TaskRecord& task)
{
    return QJsonObject{
        {QStringLiteral("id"), task.id.value},
        {QStringLiteral("participant"), task.participantCode},
        {QStringLiteral("task"), codeOf(task.kind)},
        {QStringLiteral("batch"), textOrNull(task.batchCode)},
        {QStringLiteral("lot"), textOrNull(task.lotCode)},
        {QStringLiteral("started_at"), utcOrNull(task.startedAt)},
        {QStringLiteral("ended_at"), utcOrNull(task.endedAt)},
        {QStringLiteral("minutes"), task.isRunning() ? QJsonValue(QJsonValue::Null) : QJsonValue(task.seconds() / 60)},
        {QStringLiteral("grams"), optionalGrams(task.handled)},
        {QStringLiteral("review"), codeOf(task.review)},
        {QStringLiteral("recorded_by"), task.recordedBy}};
}

QString codeOf(TraceDirection direction)
{
    switch (direction) {
    case TraceDirection::Backward:
        return QStringLiteral("backward");
    case TraceDirection::Forward:
        return QStringLiteral("forward");
    case TraceDirection::Both:
        break;
    }
    return QStringLiteral("both");
}

QJsonObject toJson(const TraceGraph& graph)
{
    QJsonArray lots;
    for (const auto& lot : graph.lots) {
        const bool reception = lot.kind == TraceLot::Kind::Reception;
        QJsonObject json{{QStringLiteral("lot"), lot.code},
                         {QStringLiteral("kind"), reception ? QStringLiteral("reception") : QStringLiteral("finished")},
                         {QStringLiteral("product"), lot.productCode},
                         {QStringLiteral("product_name_fr"), lot.productNameFr},
                         {QStringLiteral("site"), lot.siteCode},
                         {QStringLiteral("date"), dateOrNull(lot.date)},
                         {QStringLiteral("grams"), lot.net.grams()}};
        if (reception) {
            json.insert(QStringLiteral("supplier"), lot.supplier);
            json.insert(QStringLiteral("farm"), textOrNull(lot.farm));
        } else {
            json.insert(QStringLiteral("packs"), lot.packs);
            json.insert(QStringLiteral("best_before"), dateOrNull(lot.bestBefore));
            json.insert(QStringLiteral("location"), textOrNull(lot.location));
        }
        lots.append(json);
    }
    QJsonArray batches;
    for (const auto& batch : graph.batches) {
        QJsonArray untracked;
        for (const auto& ingredient : batch.untracked)
            untracked.append(QJsonObject{{QStringLiteral("product"), ingredient.productCode},
                                         {QStringLiteral("grams"), ingredient.mass.grams()}});
        batches.append(QJsonObject{{QStringLiteral("batch"), batch.code},
                                   {QStringLiteral("product"), batch.productCode},
                                   {QStringLiteral("site"), batch.siteCode},
                                   {QStringLiteral("started_at"), utcOrNull(batch.startedAt)},
                                   {QStringLiteral("closed"), batch.closed},
                                   {QStringLiteral("untracked_ingredients"), untracked}});
    }
    const auto links = [](const std::vector<TraceLink>& list) {
        QJsonArray array;
        for (const auto& link : list) {
            QJsonObject json{{QStringLiteral("from"), link.from},
                             {QStringLiteral("to"), link.to},
                             {QStringLiteral("grams"), link.mass.grams()}};
            if (link.packs > 0)
                json.insert(QStringLiteral("packs"), link.packs);
            array.append(json);
        }
        return array;
    };
    QJsonObject json{{QStringLiteral("lot"), graph.lotCode},
                     {QStringLiteral("direction"), codeOf(graph.direction)},
                     {QStringLiteral("lots"), lots},
                     {QStringLiteral("batches"), batches}};
    if (graph.direction != TraceDirection::Forward)
        json.insert(QStringLiteral("backward"), links(graph.backward));
    if (graph.direction != TraceDirection::Backward)
        json.insert(QStringLiteral("forward"), links(graph.forward));
    return json;
}

namespace {

QJsonObject balanceJson(const RecallBalance& balance)
{
    return QJsonObject{{QStringLiteral("received"), balance.received.grams()},
                       {QStringLiteral("used"), balance.used.grams()},
                       {QStringLiteral("in_stock"), balance.inStock.grams()},
                       {QStringLiteral("shipped"), balance.shipped.grams()},
                       {QStringLiteral("lost"), balance.lost.grams()},
                       {QStringLiteral("unexplained"), balance.unexplained().grams()}};
}

QString channelCode(RecallRecipient::Channel channel)
{
    switch (channel) {
    case RecallRecipient::Channel::Sale:
        return QStringLiteral("sale");
    case RecallRecipient::Channel::Donation:
        return QStringLiteral("donation");
    case RecallRecipient::Channel::Restock:
        return QStringLiteral("restock");
    case RecallRecipient::Channel::PublicSale:
        return QStringLiteral("public-sale");
    }
    return {};
}

} // namespace

QJsonObject toJson(const RecallReport& report)
{
    QJsonArray affected;
    QJsonArray affectedDetails;
    for (const TraceLot& lot : report.affectedLots) {
        affected.append(lot.code);
        affectedDetails.append(QJsonObject{{QStringLiteral("lot"), lot.code},
                                           {QStringLiteral("product"), lot.productCode},
                                           {QStringLiteral("product_name_fr"), lot.productNameFr},
                                           {QStringLiteral("product_name_en"), lot.productNameEn},
                                           {QStringLiteral("packed_on"), dateOrNull(lot.date)},
                                           {QStringLiteral("best_before"), dateOrNull(lot.bestBefore)},
                                           {QStringLiteral("packs"), lot.packs},
                                           {QStringLiteral("grams"), lot.net.grams()},
                                           {QStringLiteral("held"), report.heldLots.contains(lot.code)}});
    }
    QJsonArray onHand;
    for (const RecallStock& stock : report.onHand)
        onHand.append(QJsonObject{{QStringLiteral("lot"), stock.lotCode},
                                  {QStringLiteral("location"), stock.locationCode},
                                  {QStringLiteral("location_name"), stock.locationName},
                                  {QStringLiteral("partner"), textOrNull(stock.partnerName)},
                                  {QStringLiteral("kitchen"), stock.kitchen},
                                  {QStringLiteral("packs"), stock.packs},
                                  {QStringLiteral("grams"), stock.mass.grams()},
                                  {QStringLiteral("held"), stock.held}});
    QJsonArray recipients;
    for (const RecallRecipient& recipient : report.recipients) {
        QJsonObject json{{QStringLiteral("partner"), recipient.partnerName},
                         {QStringLiteral("channel"), channelCode(recipient.channel)},
                         {QStringLiteral("contact"), recipient.contactName},
                         {QStringLiteral("phone"), recipient.phone},
                         {QStringLiteral("email"), recipient.email},
                         {QStringLiteral("lot"), recipient.lotCode},
                         {QStringLiteral("reference"), textOrNull(recipient.reference)},
                         {QStringLiteral("date"), utcOrNull(recipient.at)},
                         {QStringLiteral("packs"), recipient.packs},
                         {QStringLiteral("grams"), recipient.mass.grams()}};
        insertAddress(json, recipient.address);
        recipients.append(json);
    }
    QJsonObject balance = balanceJson(report.lotBalance);
    balance.insert(QStringLiteral("products"), balanceJson(report.productsBalance));
    QJsonObject json{{QStringLiteral("lot"), textOrNull(report.lotCode)},
                     {QStringLiteral("kind"), report.kind == TraceLot::Kind::Reception ? QStringLiteral("reception")
                                                                                       : QStringLiteral("finished")},
                     {QStringLiteral("computed_at"), utcOrNull(report.computedAt)},
                     {QStringLiteral("affected_lots"), affected},
                     {QStringLiteral("affected"), affectedDetails},
                     {QStringLiteral("held_lots"), QJsonArray::fromStringList(report.heldLots)},
                     {QStringLiteral("on_hand"), onHand},
                     {QStringLiteral("recipients"), recipients},
                     {QStringLiteral("mass_balance"), balance}};
    if (report.lotCode.isEmpty()) {
        json.insert(QStringLiteral("supplier"), report.supplier);
        json.insert(QStringLiteral("from"), dateOrNull(report.from));
        json.insert(QStringLiteral("to"), dateOrNull(report.to));
        json.insert(QStringLiteral("source_lots"), QJsonArray::fromStringList(report.sourceLots));
    } else {
        json.insert(QStringLiteral("trace"), toJson(report.trace));
    }
    return json;
}

QJsonObject toJson(const RecallExercise& exercise)
{
    return QJsonObject{{QStringLiteral("id"), exercise.id},
                       {QStringLiteral("mock"), exercise.mock},
                       {QStringLiteral("subject"), exercise.subject},
                       {QStringLiteral("started_at"), utcOrNull(exercise.startedAt)},
                       {QStringLiteral("finished_at"), utcOrNull(exercise.finishedAt)},
                       {QStringLiteral("seconds"), exercise.seconds()},
                       {QStringLiteral("affected_lots"), exercise.affectedLots},
                       {QStringLiteral("packs_on_hand"), exercise.packsOnHand},
                       {QStringLiteral("recipients"), exercise.recipients},
                       {QStringLiteral("unexplained_grams"), exercise.unexplainedGrams},
                       {QStringLiteral("notes"), exercise.notes},
                       {QStringLiteral("recorded_by"), exercise.recordedBy}};
}

QJsonObject toJson(const StockMovement& movement)
{
    return QJsonObject{{QStringLiteral("id"), movement.id.value},
                       {QStringLiteral("kind"), codeOf(movement.kind)},
                       {QStringLiteral("lot"), movement.lotCode},
                       {QStringLiteral("from"), textOrNull(movement.fromCode)},
                       {QStringLiteral("to"), textOrNull(movement.toCode)},
                       {QStringLiteral("packs"), movement.packs},
                       {QStringLiteral("grams"), movement.grams},
                       {QStringLiteral("reason"), movement.reason},
                       {QStringLiteral("reference"), movement.reference},
                       {QStringLiteral("partner"), textOrNull(movement.partnerName)},
                       {QStringLiteral("reverses"), idOrNull(movement.reversesId.value)},
                       {QStringLiteral("reversed"), movement.reversed},
                       {QStringLiteral("at"), utcOrNull(movement.at)},
                       {QStringLiteral("recorded_by"), movement.recordedBy}};
}

QJsonObject toJson(const StockLine& line)
{
    return QJsonObject{{QStringLiteral("lot"), line.lotCode},
                       {QStringLiteral("product"), line.productCode},
                       {QStringLiteral("product_name_fr"), line.productNameFr},
                       {QStringLiteral("product_name_en"), line.productNameEn},
                       {QStringLiteral("location"), line.locationCode},
                       {QStringLiteral("location_kind"), codeOf(line.locationKind)},
                       {QStringLiteral("site"), line.siteCode},
                       {QStringLiteral("partner"), textOrNull(line.partnerName)},
                       {QStringLiteral("packs"), line.packs},
                       {QStringLiteral("pack_g"), line.packGrams},
                       {QStringLiteral("grams"), line.grams()},
                       {QStringLiteral("packed_on"), dateOrNull(line.packedOn)},
                       {QStringLiteral("best_before"), dateOrNull(line.bestBefore)},
                       {QStringLiteral("held"), line.held},
                       {QStringLiteral("thawed"), line.thawed}};
}

QJsonObject toJson(const StockCount& count)
{
    QJsonArray lines;
    for (const auto& line : count.lines)
        lines.append(QJsonObject{{QStringLiteral("lot"), line.lotCode},
                                 {QStringLiteral("expected_packs"), line.expectedPacks},
                                 {QStringLiteral("counted_packs"), line.countedPacks},
                                 {QStringLiteral("difference"), line.difference()},
                                 {QStringLiteral("unit_price_cents"), line.unitPrice.cents()}});
    return QJsonObject{{QStringLiteral("id"), count.id.value},
                       {QStringLiteral("location"), count.locationCode},
                       {QStringLiteral("at"), utcOrNull(count.at)},
                       {QStringLiteral("lines"), lines},
                       {QStringLiteral("expected_cents"), count.expected.cents()},
                       {QStringLiteral("collected_cents"), count.collected.cents()},
                       {QStringLiteral("difference_cents"), count.difference().cents()},
                       {QStringLiteral("reason"), count.reason},
                       {QStringLiteral("recorded_by"), count.recordedBy}};
}

QJsonObject toJson(const Shipment& shipment)
{
    QJsonArray lines;
    for (const auto& line : shipment.lines)
        lines.append(QJsonObject{{QStringLiteral("lot"), line.lotCode},
                                 {QStringLiteral("product"), line.productCode},
                                 {QStringLiteral("product_name_fr"), line.productNameFr},
                                 {QStringLiteral("from"), line.fromCode},
                                 {QStringLiteral("packs"), line.packs},
                                 {QStringLiteral("grams"), line.grams()},
                                 {QStringLiteral("best_before"), dateOrNull(line.bestBefore)},
                                 {QStringLiteral("unit_price_cents"), line.unitPrice.cents()},
                                 {QStringLiteral("thawed"), line.thawed}});
    return QJsonObject{{QStringLiteral("shipment"), shipment.number},
                       {QStringLiteral("id"), shipment.id.value},
                       {QStringLiteral("kind"), codeOf(shipment.kind)},
                       {QStringLiteral("site"), shipment.siteCode},
                       {QStringLiteral("partner"), shipment.partnerName},
                       {QStringLiteral("address"), shipment.address.oneLine()},
                       {QStringLiteral("province"), shipment.address.province},
                       {QStringLiteral("to_location"), textOrNull(shipment.toLocationCode)},
                       {QStringLiteral("tier"), shipment.tierCode},
                       {QStringLiteral("shipped_at"), utcOrNull(shipment.shippedAt)},
                       {QStringLiteral("outside_quebec"), shipment.outsideQuebec},
                       {QStringLiteral("note"), shipment.note},
                       {QStringLiteral("lines"), lines},
                       {QStringLiteral("packs"), shipment.packs()},
                       {QStringLiteral("grams"), shipment.grams()},
                       {QStringLiteral("amount_cents"), shipment.amount().cents()},
                       {QStringLiteral("created_by"), shipment.createdBy}};
}

QJsonObject toJson(const PriceTier& tier)
{
    return QJsonObject{{QStringLiteral("code"), tier.code},
                       {QStringLiteral("name_fr"), tier.nameFr},
                       {QStringLiteral("name_en"), tier.nameEn},
                       {QStringLiteral("active"), tier.active}};
}

QJsonObject toJson(const ProductPrice& price)
{
    return QJsonObject{{QStringLiteral("product"), price.productCode},
                       {QStringLiteral("tier"), price.tierCode},
                       {QStringLiteral("price_cents"), price.price.cents()},
                       {QStringLiteral("since"), utcOrNull(price.since)}};
}

QJsonObject toJson(const TemperatureReading& reading)
{
    return QJsonObject{{QStringLiteral("id"), reading.id.value},
                       {QStringLiteral("location"), reading.locationCode},
                       {QStringLiteral("thermometer"), reading.thermometerId},
                       {QStringLiteral("tenths_c"), reading.value.tenths()},
                       {QStringLiteral("limit_max_tenths_c"), reading.limitMaxTenths},
                       {QStringLiteral("within_limit"), reading.withinLimit},
                       {QStringLiteral("note"), reading.note},
                       {QStringLiteral("at"), utcOrNull(reading.at)},
                       {QStringLiteral("event"), idOrNull(reading.eventId.value)},
                       {QStringLiteral("recorded_by"), reading.recordedBy}};
}

QJsonObject toJson(const ColdEvent& event)
{
    QJsonArray lots;
    for (const auto& lot : event.lots)
        lots.append(QJsonObject{{QStringLiteral("lot"), lot.lotCode},
                                {QStringLiteral("product_name_fr"), lot.productNameFr},
                                {QStringLiteral("packs"), lot.packs}});
    QJsonArray actions;
    for (const auto& action : event.actions)
        actions.append(QJsonObject{{QStringLiteral("description"), action.description},
                                   {QStringLiteral("thawed"), action.thawed},
                                   {QStringLiteral("at"), utcOrNull(action.at)},
                                   {QStringLiteral("recorded_by"), action.recordedBy}});
    return QJsonObject{{QStringLiteral("event"), event.id.value},
                       {QStringLiteral("reading"), toJson(event.reading)},
                       {QStringLiteral("lots"), lots},
                       {QStringLiteral("actions"), actions},
                       {QStringLiteral("open"), event.open()},
                       {QStringLiteral("thawed"), event.thawed()}};
}

} // namespace glaneur
