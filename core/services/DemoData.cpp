// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/DemoData.h"

#include "core/services/Services.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>
#include <QTimeZone>

namespace glaneur {

namespace {

struct DemoPartner
{
    PartnerKind kind;
    const char* name;
    const char* street;
    const char* city;
    const char* province;
    const char* postalCode;
    const char* contact;
    const char* phone;
};

// Fictitious names; real towns of Montérégie-Ouest, and one Ontario buyer across the border.
const DemoPartner demoPartners[] = {
    {PartnerKind::Farm, "Ferme des Deux Rivières", "412 rang du Cinq", "Saint-Chrysostome", "QC", "J0S 1R0",
     "Louise Brault", "450 555-0141"},
    {PartnerKind::Farm, "Jardins de la Châteauguay", "88 chemin de la Rivière", "Ormstown", "QC", "J0S 1K0",
     "Marc Hébert", "450 555-0172"},
    {PartnerKind::Farm, "Ferme Lefebvre et filles", "1290 montée Cazaville", "Sainte-Clotilde", "QC", "J0L 1W0",
     "Annie Lefebvre", "450 555-0113"},
    {PartnerKind::Farm, "Vergers de la Covey Hill", "35 chemin Covey Hill", "Havelock", "QC", "J0S 2C0", "Paul McNeil",
     "450 555-0190"},
    {PartnerKind::Farm, "Potager du Lac Saint-François", "7 rue du Quai", "Saint-Anicet", "QC", "J0S 1M0",
     "Karine Leduc", "450 555-0125"},
    {PartnerKind::Retailer, "Marché Bonprix Valleyfield", "150 boulevard Mgr-Langlois", "Salaberry-de-Valleyfield",
     "QC", "J6S 5R2", "Gérant des fruits et légumes", "450 555-0160"},
    {PartnerKind::Distributor, "Distribution Fraîcheur Montérégie", "900 rue Industrielle", "Beauharnois", "QC",
     "J6N 1X9", "Réception", "450 555-0188"},
    {PartnerKind::FoodBank, "Banque alimentaire du Suroît", "22 rue Victoria", "Salaberry-de-Valleyfield", "QC",
     "J6T 1A1", "Coordination", "450 555-0101"},
    {PartnerKind::CommunityOrg, "Comptoir solidaire de Beauharnois", "60 rue Ellice", "Beauharnois", "QC", "J6N 1W8",
     "Nadia Roy", "450 555-0133"},
    {PartnerKind::School, "École secondaire du Haut-Saint-Laurent", "2 rue Dalhousie", "Huntingdon", "QC", "J0S 1H0",
     "Cafétéria", "450 555-0155"},
    {PartnerKind::SalesPoint, "Épicerie solidaire de Châteauguay", "15 boulevard D'Youville", "Châteauguay", "QC",
     "J6J 2P8", "Hugo Tremblay", "450 555-0177"},
    {PartnerKind::CommunityOrg, "Cornwall Community Pantry", "340 Pitt Street", "Cornwall", "ON", "K6J 3R1",
     "Sarah Grant", "613 555-0122"},
};

struct DemoProduct
{
    const char* code;
    const char* nameFr;
    const char* nameEn;
    ProductKind kind;
    StorageMode storage;
    int shelfLifeDays; // -1: a pantry ingredient, never received by lot (water, oil, salt)
    int packGrams;
    int cnf;
};

const DemoProduct demoProducts[] = {
    {"CAROTTE", "Carottes", "Carrots", ProductKind::Raw, StorageMode::Refrigerated, 21, 0, 2380},
    {"OIGNON", "Oignons", "Onions", ProductKind::Raw, StorageMode::Ambient, 30, 0, 2401},
    {"POMME", "Pommes", "Apples", ProductKind::Raw, StorageMode::Refrigerated, 30, 0, 1696},
    {"POIRE", "Poires", "Pears", ProductKind::Raw, StorageMode::Refrigerated, 14, 0, 1731},
    {"BROCOLI", "Brocoli", "Broccoli", ProductKind::Raw, StorageMode::Refrigerated, 5, 0, 2374},
    {"CHOU-FLEUR", "Chou-fleur", "Cauliflower", ProductKind::Raw, StorageMode::Refrigerated, 7, 0, 2385},
    {"CHOU", "Chou vert", "Green cabbage", ProductKind::Raw, StorageMode::Refrigerated, 30, 0, 2361},
    {"BETTERAVE", "Betteraves", "Beets", ProductKind::Raw, StorageMode::Refrigerated, 30, 0, 2500},
    {"POIREAU", "Poireaux", "Leeks", ProductKind::Raw, StorageMode::Refrigerated, 10, 0, 2396},
    {"CHOU-FRISE", "Chou frisé", "Kale", ProductKind::Raw, StorageMode::Refrigerated, 5, 0, 2395},
    {"MAIS", "Maïs sucré", "Sweet corn", ProductKind::Raw, StorageMode::Refrigerated, 3, 0, 2388},
    {"COURGETTE", "Courgettes", "Zucchini", ProductKind::Raw, StorageMode::Refrigerated, 7, 0, 2303},
    {"CAROTTE-RONDELLES", "Carottes en rondelles blanchies", "Blanched carrot rounds", ProductKind::Finished,
     StorageMode::Frozen, 365, 500, 2383},
    {"SOUPE-CAROTTE", "Soupe carotte et oignon", "Carrot and onion soup", ProductKind::Finished, StorageMode::Frozen,
     270, 750, 0},
    {"COMPOTE-POMME", "Compote de pommes", "Applesauce", ProductKind::Finished, StorageMode::Frozen, 365, 500, 0},
    {"EAU", "Eau", "Water", ProductKind::Raw, StorageMode::Ambient, -1, 0, 2933},
    {"HUILE-CANOLA", "Huile de canola", "Canola oil", ProductKind::Raw, StorageMode::Ambient, -1, 0, 451},
    {"SEL", "Sel", "Salt", ProductKind::Raw, StorageMode::Ambient, -1, 0, 214},
};

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

Result<DemoData::Summary> DemoData::fill(Services& services, const Actor& actor, quint32 seed)
{
    const auto existing = services.partners.list(PartnerFilter{QString(), std::nullopt, true});
    if (!existing)
        return existing.error();
    if (!existing->empty())
        return Error{ErrorCode::Conflict,
                     QCoreApplication::translate("glaneur::DemoData",
                                                 "The demonstration data goes only into a new, empty database.")};
    Summary summary;

    for (const char* name : {"Marie-Ève (réception)", "Julien (superviseur)", "Sophie (gestion)"}) {
        if (auto r = services.operators.add(actor, text(name)); !r)
            return r.error();
    }
    const std::pair<const char*, Address> sites[] = {
        {"HS", Address{text("3 rue Lorne"), text("Huntingdon"), text("QC"), text("J0S 1H0")}},
        {"BS", Address{text("111 rue Saint-Laurent"), text("Beauharnois"), text("QC"), text("J6N 1V9")}},
    };
    const char* siteNames[] = {"Cuisine du Haut-Saint-Laurent", "Cuisine de Beauharnois-Salaberry"};
    for (int i = 0; i < 2; ++i) {
        if (auto r = services.sites.add(
                actor, Site{SiteId{}, text(sites[i].first), text(siteNames[i]), sites[i].second, true});
            !r)
            return r.error();
    }
    OrganisationSettings organisation;
    organisation.name = text("Les Cuisines solidaires du Suroît");
    organisation.address = Address{text("3 rue Lorne"), text("Huntingdon"), text("QC"), text("J0S 1H0")};
    organisation.mapaqPermit = text("PA-123456");
    organisation.qrDomain = text("cuisines-suroit.example.org");
    organisation.defaultSiteCode = text("HS");
    if (auto r = services.settings.saveOrganisation(actor, organisation); !r)
        return r.error();

    std::vector<Partner> farms;
    std::vector<Partner> suppliers;
    for (const DemoPartner& d : demoPartners) {
        Partner p;
        p.kind = d.kind;
        p.name = text(d.name);
        p.address = Address{text(d.street), text(d.city), text(d.province), text(d.postalCode)};
        p.contactName = text(d.contact);
        p.phone = text(d.phone);
        const auto added = services.partners.add(actor, p);
        if (!added)
            return added.error();
        ++summary.partners;
        if (d.kind == PartnerKind::Farm)
            farms.push_back(added.value());
        if (d.kind == PartnerKind::Farm || d.kind == PartnerKind::Retailer || d.kind == PartnerKind::Distributor)
            suppliers.push_back(added.value());
    }

    std::vector<Product> raw;
    QHash<QString, Product> products;
    for (const DemoProduct& d : demoProducts) {
        Product p;
        p.code = text(d.code);
        p.nameFr = text(d.nameFr);
        p.nameEn = text(d.nameEn);
        p.kind = d.kind;
        p.storage = d.storage;
        if (d.shelfLifeDays > 0)
            p.shelfLifeDays = d.shelfLifeDays;
        if (d.packGrams > 0)
            p.packGrams = d.packGrams;
        if (d.cnf > 0)
            p.cnfFoodId = d.cnf;
        const auto added = services.products.add(actor, p);
        if (!added)
            return added.error();
        ++summary.products;
        if (d.kind == ProductKind::Raw && d.shelfLifeDays > 0)
            raw.push_back(added.value());
        products.insert(added->code, added.value());
    }

    if (auto r = fillLabelling(services, actor, products); !r)
        return r.error();

    // Three weeks of weekday receptions, two to four a day, between 8:00 and 15:00 local time.
    QRandomGenerator random(seed);
    const QDateTime now = services.clock().nowUtc();
    const QDate today = now.toLocalTime().date();
    for (int back = 21; back >= 1; --back) {
        const QDate day = today.addDays(-back);
        if (day.dayOfWeek() > 5)
            continue;
        const int count = 2 + int(random.bounded(3));
        for (int i = 0; i < count; ++i) {
            const Partner& supplier = suppliers.at(random.bounded(int(suppliers.size())));
            ReceptionRequest request;
            request.supplierId = supplier.id;
            if (supplier.kind != PartnerKind::Farm)
                request.farmId = farms.at(random.bounded(int(farms.size()))).id;
            request.productId = raw.at(random.bounded(int(raw.size()))).id;
            const qint64 tare = 2000 + 500 * random.bounded(8);
            const qint64 net = 5000 + 250 * random.bounded(600);
            request.gross = Mass::fromGrams(net + tare);
            request.tare = Mass::fromGrams(tare);
            request.receivedAt = QDateTime(day, QTime(8 + i * 2, int(random.bounded(60))), Qt::LocalTime).toUTC();
            request.temperature = Temperature::fromTenths(20 + int(random.bounded(120)));
            request.grade = ConditionGrade(random.bounded(3));
            const int acquisition = int(random.bounded(10));
            request.acquisition = acquisition < 6   ? AcquisitionKind::Donation
                                  : acquisition < 8 ? AcquisitionKind::Gleaning
                                                    : AcquisitionKind::Purchase;
            if (request.acquisition == AcquisitionKind::Purchase)
                request.price = Money::fromCents(net / 1000 * 40); // $0.40 a kilogram
            if (random.bounded(4) == 0)
                request.supplierLot = QStringLiteral("L%1").arg(random.bounded(10000, 99999));
            const auto lot = services.receptions.receive(actor, request);
            if (!lot)
                return lot.error();
            ++summary.receptions;
        }
    }
    if (auto r = fillProcessing(services, actor, products, random, summary); !r)
        return r.error();
    if (auto r = fillStock(services, actor, summary); !r)
        return r.error();
    return summary;
}

Result<Ok> DemoData::fillLabelling(Services& services, const Actor& actor, const QHash<QString, Product>& products)
{
    struct DemoLabelling
    {
        const char* code;
        int referenceGrams;
        int servingDecigrams;
        const char* measureFr;
        const char* measureEn;
        int yieldBasisPoints;
        bool cookBeforeEating;
    };
    // Reference amounts of the Table of Reference Amounts (vegetables 85 g, fruits and compotes
    // 125 g, soups 250 g). The trans fat of plain produce, which the CNF does not give, is
    // confirmed 0 (nutrition-facts-canada.md §5).
    const DemoLabelling labellings[] = {
        {"CAROTTE-RONDELLES", 85, 850, "2/3 tasse", "2/3 cup", 10000, true},
        {"SOUPE-CAROTTE", 250, 2500, "1 tasse", "1 cup", 9000, false},
        {"COMPOTE-POMME", 125, 1250, "1/2 tasse", "1/2 cup", 10000, false},
    };
    for (const DemoLabelling& d : labellings) {
        ProductLabelling labelling;
        labelling.productId = products.value(text(d.code)).id;
        labelling.referenceAmountGrams = d.referenceGrams;
        labelling.servingDecigrams = d.servingDecigrams;
        labelling.servingMeasureFr = text(d.measureFr);
        labelling.servingMeasureEn = text(d.measureEn);
        labelling.cookedYieldBasisPoints = d.yieldBasisPoints;
        labelling.cookBeforeEating = d.cookBeforeEating;
        labelling.unknownAsZero = {Nutrient::Trans};
        if (auto r = services.products.setLabelling(actor, labelling); !r)
            return r.error();
    }
    return Ok{};
}

Result<Ok> DemoData::fillProcessing(Services& services, const Actor& actor, const QHash<QString, Product>& products,
                                    QRandomGenerator& random, Summary& summary)
{
    const std::pair<const char*, std::vector<RecipeService::Line>> recipes[] = {
        {"CAROTTE-RONDELLES", {{text("CAROTTE"), 10000}}},
        {"SOUPE-CAROTTE",
         {{text("CAROTTE"), 5500},
          {text("EAU"), 3000},
          {text("OIGNON"), 1200},
          {text("HUILE-CANOLA"), 200},
          {text("SEL"), 100}}},
        {"COMPOTE-POMME", {{text("POMME"), 10000}}},
    };
    for (const auto& [code, lines] : recipes) {
        if (auto r = services.recipes.save(actor, products.value(text(code)).id, lines); !r)
            return r.error();
    }
    const auto sites = services.sites.list();
    if (!sites)
        return sites.error();
    for (const Site& site : sites.value()) {
        const std::tuple<QString, QString, LocationKind> locations[] = {
            {site.code + QStringLiteral("-CONG1"), text("Congélateur coffre 1"), LocationKind::Freezer},
            {site.code + QStringLiteral("-CONG2"), text("Congélateur vertical 2"), LocationKind::Freezer},
            {site.code + QStringLiteral("-CHF"), text("Chambre froide"), LocationKind::ColdRoom},
            {site.code + QStringLiteral("-QUAR"), text("Quarantaine (congélateur 3, étagère rouge)"),
             LocationKind::Quarantine},
        };
        for (const auto& [code, name, kind] : locations) {
            Location location;
            location.code = code;
            location.name = name;
            location.kind = kind;
            location.siteId = site.id;
            location.thermometerId = QStringLiteral("TH-") + code;
            if (auto r = services.locations.add(actor, location); !r)
                return r.error();
        }
    }
    const std::tuple<const char*, const char*, ParticipantProgram> participants[] = {
        {"P01", "Amélie", ParticipantProgram::PreEmployability},
        {"P02", "Karim", ParticipantProgram::Employability},
        {"P03", "Jade", ParticipantProgram::School},
        {"P04", "Samuel", ParticipantProgram::Employability},
        {"P05", "Nadia", ParticipantProgram::CommunityService},
        {"P06", "Thomas", ParticipantProgram::PreEmployability},
    };
    const QDate today = services.clock().nowUtc().toLocalTime().date();
    std::vector<Participant> team;
    for (const auto& [code, name, program] : participants) {
        Participant participant;
        participant.code = text(code);
        participant.displayName = text(name);
        participant.program = program;
        participant.activeFrom = today.addDays(-60);
        const auto added = services.participants.add(actor, participant);
        if (!added)
            return added.error();
        team.push_back(added.value());
    }

    // One batch per lot of carrots or apples received, the day after; the newest stays open.
    LotFilter filter;
    filter.limit = 1000;
    auto lots = services.receptions.search(filter);
    if (!lots)
        return lots.error();
    std::vector<ReceptionLot> sources;
    for (const ReceptionLot& lot : lots.value()) {
        if (lot.productCode == QLatin1String("CAROTTE") || lot.productCode == QLatin1String("POMME"))
            sources.push_back(lot);
    }
    std::reverse(sources.begin(), sources.end()); // oldest first
    const QDateTime now = services.clock().nowUtc();
    for (std::size_t i = 0; i < sources.size(); ++i) {
        const ReceptionLot& lot = sources[i];
        const bool carrots = lot.productCode == QLatin1String("CAROTTE");
        const bool soup = carrots && i % 2 == 1;
        const QString product = soup      ? text("SOUPE-CAROTTE")
                                : carrots ? text("CAROTTE-RONDELLES")
                                          : text("COMPOTE-POMME");
        const QDateTime start = QDateTime(lot.receivedAt.toLocalTime().date().addDays(1), QTime(9, 0)).toUTC();
        if (start > now)
            continue;
        BatchStartRequest request;
        request.productId = products.value(product).id;
        request.siteCode = lot.siteCode;
        request.startedAt = start;
        const auto batch = services.batches.start(actor, request);
        if (!batch)
            return batch.error();
        const QString code = batch->code;
        const qint64 used = lot.net.grams() - lot.net.grams() % 1000;
        if (auto r = services.batches.consume(actor, code, lot.code, Mass::fromGrams(used)); !r)
            return r.error();
        qint64 total = used;
        if (soup) {
            const qint64 water = used * 30 / 55;
            if (auto r =
                    services.batches.addIngredient(actor, code, products.value(text("EAU")).id, Mass::fromGrams(water));
                !r)
                return r.error();
            total += water;
        }
        const qint64 trim = used * (8 + random.bounded(7)) / 100;
        if (auto r = services.batches.recordLoss(actor, code, LossKind::Compost, Mass::fromGrams(trim), StepKind::Sort);
            !r)
            return r.error();
        BatchStepRequest step;
        step.kind = carrots ? StepKind::Blanch : StepKind::Cut;
        step.startedAt = start.addSecs(3600);
        step.endedAt = start.addSecs(2 * 3600);
        step.in = Mass::fromGrams(used - trim);
        step.out = Mass::fromGrams(used - trim);
        if (auto r = services.batches.recordStep(actor, code, step); !r)
            return r.error();
        const std::pair<ControlKind, int> readings[] = {
            {ControlKind::BlanchTemperature, 920 + int(random.bounded(60))},
            {ControlKind::BlanchTime, 180},
            {ControlKind::CoolingTemperature, i + 1 == sources.size() ? 78 : 25 + int(random.bounded(10))},
            {ControlKind::VacuumSeal, 1},
        };
        for (const auto& [kind, value] : readings) {
            BatchControlRequest control;
            control.kind = kind;
            control.value = value;
            control.at = start.addSecs(2 * 3600);
            if (auto r = services.batches.recordControl(actor, code, control); !r)
                return r.error();
        }
        for (std::size_t t = 0; t < 2; ++t) {
            TaskRequest task;
            task.participantId = team[(2 * i + t) % team.size()].id;
            task.kind = t == 0 ? TaskKind::Sort : (carrots ? TaskKind::Blanch : TaskKind::Cut);
            task.batchCode = code;
            task.startedAt = start.addSecs(qint64(t) * 3600);
            task.minutes = 60 + 15 * int(random.bounded(4));
            const auto recorded = services.tasks.record(actor, task);
            if (!recorded)
                return recorded.error();
            if (i + 2 < sources.size()) {
                if (auto r = services.tasks.review(actor, recorded->id, TaskReview::Validated, QString()); !r)
                    return r.error();
            }
        }
        if (i + 1 == sources.size())
            break; // the newest batch stays open, with a cooling reading to act on
        BatchOutputRequest output;
        // Each product in its own pack size: 750 g soup, 500 g bags.
        const int packGrams = products.value(product).packGrams.value_or(500);
        output.packGrams = packGrams;
        output.packs = int((total - trim - total / 50) / packGrams);
        output.packedOn = start.toLocalTime().date();
        output.locationCode = lot.siteCode + QStringLiteral("-CONG1");
        if (output.packs > 0) {
            if (auto r = services.batches.output(actor, code, output); !r)
                return r.error();
        }
        if (auto r = services.batches.close(actor, code); !r)
            return r.error();
        ++summary.batches;
    }
    return Ok{};
}

Result<Ok> DemoData::fillStock(Services& services, const Actor& actor, Summary& summary)
{
    // Social prices per bag (design §2, "price tier"), in the range kitchens charge.
    const std::tuple<const char*, qint64, qint64> prices[] = {
        {"CAROTTE-RONDELLES", 425, 250},
        {"SOUPE-CAROTTE", 500, 300},
        {"COMPOTE-POMME", 400, 225},
    };
    for (const auto& [code, full, solidarity] : prices) {
        for (const auto& [tier, cents] : {std::pair{"full", full}, {"solidarity", solidarity}, {"free", qint64(0)}}) {
            if (auto r = services.prices.setPrice(actor, text(code), text(tier), Money::fromCents(cents)); !r)
                return r.error();
        }
    }
    const std::pair<const char*, const char*> tiers[] = {
        {"Épicerie solidaire de Châteauguay", "solidarity"},
        {"Comptoir solidaire de Beauharnois", "solidarity"},
        {"Banque alimentaire du Suroît", "free"},
        {"École secondaire du Haut-Saint-Laurent", "full"},
        {"Cornwall Community Pantry", "full"},
    };
    for (const auto& [name, tier] : tiers) {
        auto partner = services.partners.find(text(name));
        if (!partner)
            return partner.error();
        Partner updated = std::move(partner).value();
        updated.priceTier = text(tier);
        if (auto r = services.partners.update(actor, updated); !r)
            return r.error();
    }
    const std::tuple<const char*, const char*, const char*> partnerFreezers[] = {
        {"PF-CHATEAUGUAY", "Congélateur de l'Épicerie solidaire", "Épicerie solidaire de Châteauguay"},
        {"PF-BEAUHARNOIS", "Congélateur du Comptoir solidaire", "Comptoir solidaire de Beauharnois"},
    };
    for (const auto& [code, name, host] : partnerFreezers) {
        const auto partner = services.partners.find(text(host));
        if (!partner)
            return partner.error();
        Location freezer;
        freezer.code = text(code);
        freezer.name = text(name);
        freezer.kind = LocationKind::PartnerFreezer;
        freezer.partnerId = partner->id;
        freezer.thermometerId = QStringLiteral("TH-") + freezer.code;
        if (auto r = services.locations.add(actor, freezer); !r)
            return r.error();
    }

    // A week of distribution, oldest first, each from the lots packed before that day (FEFO).
    const QDateTime now = services.clock().nowUtc();
    const QDate today = now.toLocalTime().date();
    struct Delivery
    {
        int daysAgo;
        ShipmentKind kind;
        const char* partner;
        const char* product;
        int packs;
    };
    const Delivery deliveries[] = {
        {7, ShipmentKind::Restock, "Épicerie solidaire de Châteauguay", "CAROTTE-RONDELLES", 24},
        {7, ShipmentKind::Restock, "Comptoir solidaire de Beauharnois", "COMPOTE-POMME", 16},
        {5, ShipmentKind::Sale, "École secondaire du Haut-Saint-Laurent", "CAROTTE-RONDELLES", 30},
        {4, ShipmentKind::Donation, "Banque alimentaire du Suroît", "SOUPE-CAROTTE", 20},
        {2, ShipmentKind::Restock, "Épicerie solidaire de Châteauguay", "SOUPE-CAROTTE", 12},
    };
    for (const Delivery& d : deliveries) {
        const QDateTime at = QDateTime(today.addDays(-d.daysAgo), QTime(10, 30), Qt::LocalTime).toUTC();
        const auto proposal = services.stock.proposePicking(text(d.product), d.packs, QStringLiteral("HS"));
        if (!proposal)
            return proposal.error();
        ShipmentRequest request;
        request.kind = d.kind;
        request.partner = text(d.partner);
        request.siteCode = QStringLiteral("HS");
        request.at = at;
        for (const PickProposal& pick : proposal.value())
            request.lines.push_back({pick.lotCode, pick.packs, pick.locationCode});
        if (request.lines.empty())
            continue; // this product was not packed in this sample
        const auto shipped = services.shipments.ship(actor, request);
        if (!shipped)
            return shipped.error();
        ++summary.shipments;
    }

    // The Châteauguay freezer was counted yesterday: some bags sold, the cash box a little short.
    StockFilter atGrocery;
    atGrocery.locationCode = QStringLiteral("PF-CHATEAUGUAY");
    const auto grocery = services.stock.onHand(atGrocery);
    if (!grocery)
        return grocery.error();
    if (!grocery->empty()) {
        CountRequest count;
        count.locationCode = atGrocery.locationCode;
        count.at = QDateTime(today.addDays(-1), QTime(16, 0), Qt::LocalTime).toUTC();
        qint64 due = 0;
        for (const StockLine& line : grocery.value()) {
            const int gone = std::min(line.packs, 5);
            for (const auto& [code, full, solidarity] : prices) {
                if (line.productCode == QLatin1String(code))
                    due += gone * solidarity;
            }
            count.lines.push_back({line.lotCode, line.packs - gone});
        }
        count.collected = Money::fromCents(due - 150);
        count.reason = text("Boîte de paiement : 1,50 $ manquant");
        const auto counted = services.stock.count(actor, count);
        if (!counted)
            return counted.error();
    }

    // Daily readings for two weeks at 8:00; one excursion handled; today, two units not read yet.
    const auto units = services.locations.list();
    if (!units)
        return units.error();
    QRandomGenerator readings(2026);
    for (int back = 14; back >= 0; --back) {
        const QDateTime at = QDateTime(today.addDays(-back), QTime(8, 0), Qt::LocalTime).toUTC();
        if (at > now)
            continue;
        for (const Location& unit : units.value()) {
            if (!unit.isColdUnit() || (back == 0 && unit.code.endsWith(QLatin1String("-CHF"))))
                continue;
            TemperatureRequest reading;
            reading.locationCode = unit.code;
            reading.at = at;
            const bool excursion = back == 3 && unit.code == QLatin1String("PF-CHATEAUGUAY");
            reading.value =
                Temperature::fromTenths(excursion                             ? -120
                                        : unit.kind == LocationKind::ColdRoom ? 20 + int(readings.bounded(16))
                                                                              : -225 + int(readings.bounded(40)));
            if (excursion)
                reading.note = text("Porte du congélateur trouvée entrouverte");
            const auto recorded = services.coldChain.record(actor, reading);
            if (!recorded)
                return recorded.error();
            if (excursion) {
                if (auto r = services.coldChain.addAction(
                        actor, recorded->eventId,
                        text("Porte refermée; −19 °C deux heures plus tard. Les sacs étaient encore durs : "
                             "produit resté congelé."),
                        false);
                    !r)
                    return r.error();
            }
        }
    }
    return Ok{};
}

} // namespace glaneur
