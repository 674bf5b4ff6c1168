// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/generator/SyntheticCollective.h"

#include "core/common/SettableClock.h"
#include "core/generator/SyntheticCatalogue.h"
#include "core/services/Services.h"
#include "core/storage/BulkLoad.h"
#include "core/storage/TableCountRepository.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <deque>
#include <memory>

namespace glaneur {

namespace {

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// Tables that hold nothing in a database fresh from `init`.
const char* const tablesInUse[] = {
    "audit_log",     "operator", "site",         "partner",        "product",     "location", "participant",
    "reception_lot", "batch",    "finished_lot", "stock_movement", "task_record", "shipment", "temperature_reading"};

// Farm deliveries per month, relative (harvest peaks July to October); grocery stores give the
// same all year round.
const double farmSeason[12] = {0.15, 0.12, 0.15, 0.2, 0.35, 0.8, 1.6, 2.4, 2.7, 2.1, 0.9, 0.35};
constexpr double retailSeason = 0.33;
// Receptions per kitchen and working day at scale 1, over the mean of the seasons above: about
// 60,000 lots for five kitchens in ten years.
constexpr double receptionsPerKitchenDay = 3.65;
constexpr int FarmsPerKitchen = 9;
constexpr int RetailersPerKitchen = 2;
constexpr int DistributorsPerKitchen = 1;
constexpr int FreezersPerKitchen = 5;
constexpr int ParticipantsPerKitchenDecade = 42;
constexpr int MaxBatchesPerKitchenDay = 20;
constexpr int FreezerTargetPacks = 450; // a partner's two chest freezers, full

const char* const streets[] = {"rue Principale",   "chemin de la Rivière", "rang Saint-Antoine",
                               "rue Saint-Joseph", "montée du Moulin",     "boulevard Mgr-Langlois",
                               "rue Victoria",     "rang du Cinq",         "chemin de Covey Hill",
                               "rue de l'Église",  "rue Notre-Dame",       "rang des Érables"};

struct RawLot
{
    QString code;
    qint64 remaining = 0;
    QDate received;
};

struct StockLot
{
    QString code;
    int finished = 0;
    int packGrams = 0;
    QDate packedOn;
    QDate bestBefore;
    int kitchenPacks = 0;
    int place = 0; // 0: the kitchen's freezer 1, 1: freezer 2
};

struct Freezer
{
    QString code;
    QString host;
    int index = 0;
    std::vector<std::pair<int, int>> lots; // stock lot, packs
};

struct Recipient
{
    QString name;
    PartnerKind kind = PartnerKind::CommunityOrg;
    bool outsideQuebec = false;
};

struct Person
{
    Participant participant;
    QDate leaves; // invalid: still in the program at the end
};

struct Kitchen
{
    QString code;
    Actor reception;
    Actor supervisor;
    Actor driver;
    std::vector<QString> farms;
    std::vector<std::vector<int>> farmProducts;
    std::vector<QString> retailers; // grocery stores and distributors
    std::vector<Recipient> recipients;
    std::vector<Freezer> freezers;
    std::vector<std::shared_ptr<Person>> people;
    std::vector<std::deque<RawLot>> pool; // per raw product, oldest first
    std::vector<std::deque<int>> shelves; // per finished product, stock lots oldest first
    std::vector<int> onHand;              // stock lots with packs in the kitchen
    qint64 kitchenPacks = 0;
};

// A batch started today, for the tasks that refer to it.
struct TodayBatch
{
    int startMinute = 0;
    bool blanched = false;
    std::shared_ptr<QString> code;
};

struct Event
{
    QDateTime at;
    std::function<Result<Ok>()> run;
};

// One generation: the model of what is where, and the plan of each day run through the services.
class History
{
public:
    History(Services& services, SettableClock& clock, Actor actor, SyntheticCollective::Options options,
            SyntheticCollective::Progress progress)
        : m_services(services), m_clock(clock), m_actor(std::move(actor)), m_options(options),
          m_progress(std::move(progress)), m_random(options.seed),
          m_zone(QTimeZone(QByteArrayLiteral("America/Toronto")))
    {
        m_to = options.lastDay;
        m_from = QDate(m_to.year() - options.years + 1, 1, 1);
    }

    Result<SyntheticCollective::Summary> run();

private:
    // Setup, before the first day.
    Result<Ok> setUpReference();
    Result<Ok> setUpPartners();
    Result<Ok> setUpParticipants();

    // One day: plans every site's work as timed events, then runs them in time order.
    Result<Ok> runDay(const QDate& day);
    void planReadings();
    void planExpiries(const QDate& day, int site);
    void planPeople(const QDate& day, int site);
    void planReceptions(const QDate& day, int site);
    std::vector<TodayBatch> planBatches(const QDate& day, int site);
    void planTasks(const QDate& day, int site, const std::vector<TodayBatch>& batches);
    void planFreezers(const QDate& day, int site);
    void planOrders(int site);
    void planUpkeep(const QDate& day, int site);

    bool isWorkday(const QDate& day) const;
    // A local time of the current day (minutes after midnight in Montréal), in UTC.
    QDateTime at(int minute) const { return m_midnightUtc.addSecs(qint64(minute) * 60); }
    void schedule(int minute, std::function<Result<Ok>()> run) { m_events.push_back({at(minute), std::move(run)}); }
    int below(int n) { return n <= 1 ? 0 : int(m_random.bounded(n)); }
    double chance() { return m_random.generateDouble(); }
    int poisson(double mean);
    Address address(const SyntheticCatalogue::Town& town);
    QString phone() { return QStringLiteral("450 555-01%1").arg(below(100), 2, 10, QLatin1Char('0')); }
    QString uniqueName(const QString& wanted);

    // Takes `packs` packs (or fewer) of a kitchen lot out of the model.
    void takeFromKitchen(Kitchen& kitchen, int lot, int packs);
    // The oldest lot of a product on hand in the kitchen, -1 if none; skips `excluded` lots.
    int oldestLot(Kitchen& kitchen, int finished, int maxPackGrams, const QSet<int>& excluded);
    std::vector<int> productsInStock(Kitchen& kitchen, int maxPackGrams);

    Services& m_services;
    SettableClock& m_clock;
    Actor m_actor;
    SyntheticCollective::Options m_options;
    SyntheticCollective::Progress m_progress;
    QRandomGenerator m_random;
    QTimeZone m_zone;
    QDate m_from;
    QDate m_to;
    QDateTime m_midnightUtc;
    std::vector<Kitchen> m_kitchens;
    std::vector<StockLot> m_lots;
    std::vector<ProductId> m_rawIds;
    std::vector<ProductId> m_finishedIds;
    std::vector<std::vector<int>> m_byMain; // finished products per main raw ingredient
    QSet<QString> m_names;
    std::vector<Event> m_events;
    SyntheticCollective::Totals m_totals;
};

int History::poisson(double mean)
{
    if (mean <= 0)
        return 0;
    const double limit = std::exp(-mean);
    int k = 0;
    double p = 1.0;
    do {
        ++k;
        p *= chance();
    } while (p > limit && k < 1000);
    return k - 1;
}

Address History::address(const SyntheticCatalogue::Town& town)
{
    return Address{QStringLiteral("%1 %2").arg(10 + below(2000)).arg(text(streets[below(int(std::size(streets)))])),
                   text(town.name), QStringLiteral("QC"), text(town.postalCode)};
}

QString History::uniqueName(const QString& wanted)
{
    QString name = wanted;
    for (int n = 2; m_names.contains(name); ++n)
        name = QStringLiteral("%1 %2").arg(wanted).arg(n);
    m_names.insert(name);
    return name;
}

bool History::isWorkday(const QDate& day) const
{
    if (day.dayOfWeek() > 5)
        return false;
    const int m = day.month();
    const int d = day.day();
    // New Year, Fête nationale, Canada Day and Christmas: the kitchens are closed.
    return !((m == 1 && d <= 2) || (m == 6 && d == 24) || (m == 7 && d == 1) || (m == 12 && d >= 24));
}

Result<SyntheticCollective::Summary> History::run()
{
    m_clock.set(QDateTime(m_from.addDays(-30), QTime(13, 0), Qt::UTC));
    if (auto r = setUpReference(); !r)
        return r.error();
    if (auto r = setUpPartners(); !r)
        return r.error();
    if (auto r = setUpParticipants(); !r)
        return r.error();
    for (QDate day = m_from; day <= m_to; day = day.addDays(1)) {
        if (auto r = runDay(day); !r)
            return Error{r.error().code,
                         SyntheticCollective::tr("On %1: %2").arg(day.toString(Qt::ISODate), r.error().message)};
        if ((day.month() == 12 && day.day() == 31) || day == m_to) {
            if (m_progress)
                m_progress(day.year(), m_totals);
        }
    }
    return SyntheticCollective::Summary{m_from, m_to, m_totals};
}

Result<Ok> History::setUpReference()
{
    const auto& firstNames = SyntheticCatalogue::firstNames();
    const auto& surnames = SyntheticCatalogue::surnames();
    for (int s = 0; s < m_options.sites; ++s) {
        const auto& k = SyntheticCatalogue::kitchens().at(std::size_t(s));
        Kitchen kitchen;
        kitchen.code = text(k.code);
        const auto person = [&](int n) {
            return Actor{QStringLiteral("%1 %2").arg(text(firstNames.at(std::size_t(3 * s + n) % firstNames.size())),
                                                     text(surnames.at(std::size_t(7 * s + 3 * n) % surnames.size())))};
        };
        kitchen.reception = person(0);
        kitchen.supervisor = person(1);
        kitchen.driver = person(2);
        for (const Actor& a : {kitchen.reception, kitchen.supervisor, kitchen.driver}) {
            if (auto r = m_services.operators.add(m_actor, a.name); !r)
                return r.error();
        }
        Site site;
        site.code = kitchen.code;
        site.name = text(k.name);
        site.address = Address{text(k.street), text(k.town.name), QStringLiteral("QC"), text(k.town.postalCode)};
        if (auto r = m_services.sites.add(m_actor, site); !r)
            return r.error();
        m_kitchens.push_back(std::move(kitchen));
    }
    const auto& head = SyntheticCatalogue::kitchens().front();
    OrganisationSettings organisation;
    organisation.name = text("Collectif des cuisines solidaires de la Montérégie");
    organisation.address =
        Address{text(head.street), text(head.town.name), QStringLiteral("QC"), text(head.town.postalCode)};
    organisation.mapaqPermit = QStringLiteral("PA-654321");
    organisation.qrDomain = QStringLiteral("cuisines-monteregie.example.org");
    organisation.defaultSiteCode = text(head.code);
    if (auto r = m_services.settings.saveOrganisation(m_actor, organisation); !r)
        return r.error();

    const auto& raws = SyntheticCatalogue::raws();
    for (const auto& raw : raws) {
        Product p;
        p.code = text(raw.code);
        p.nameFr = text(raw.nameFr);
        p.nameEn = text(raw.nameEn);
        p.kind = ProductKind::Raw;
        p.storage = raw.storage;
        if (raw.shelfLifeDays > 0)
            p.shelfLifeDays = raw.shelfLifeDays;
        if (raw.cnf > 0)
            p.cnfFoodId = raw.cnf;
        const auto added = m_services.products.add(m_actor, p);
        if (!added)
            return added.error();
        m_rawIds.push_back(added->id);
    }
    m_byMain.resize(raws.size());
    const auto& finished = SyntheticCatalogue::finished();
    for (std::size_t f = 0; f < finished.size(); ++f) {
        const auto& d = finished[f];
        Product p;
        p.code = text(d.code);
        p.nameFr = text(d.nameFr);
        p.nameEn = text(d.nameEn);
        p.kind = ProductKind::Finished;
        p.storage = StorageMode::Frozen;
        p.shelfLifeDays = d.shelfLifeDays;
        p.packGrams = 500;
        const auto added = m_services.products.add(m_actor, p);
        if (!added)
            return added.error();
        m_finishedIds.push_back(added->id);
        std::vector<RecipeService::Line> lines;
        for (const auto& line : d.recipe)
            lines.push_back({text(line.code), line.basisPoints});
        if (auto r = m_services.recipes.save(m_actor, added->id, lines); !r)
            return r.error();
        for (std::size_t r = 0; r < raws.size(); ++r) {
            if (qstrcmp(raws[r].code, d.recipe.front().code) == 0)
                m_byMain[r].push_back(int(f));
        }
        for (const auto& [tier, cents] : {std::pair{"full", d.fullCents}, {"solidarity", d.solidarityCents}}) {
            if (auto r = m_services.prices.setPrice(m_actor, p.code, text(tier), Money::fromCents(cents)); !r)
                return r.error();
        }
    }

    for (Kitchen& kitchen : m_kitchens) {
        const QString site = kitchen.code;
        const std::tuple<const char*, const char*, LocationKind> places[] = {
            {"CONG1", "Congélateur coffre 1", LocationKind::Freezer},
            {"CONG2", "Congélateur vertical 2", LocationKind::Freezer},
            {"CHF", "Chambre froide", LocationKind::ColdRoom},
            {"QUAR", "Quarantaine (congélateur 3, étagère rouge)", LocationKind::Quarantine},
        };
        for (const auto& [code, name, kind] : places) {
            Location location;
            location.code = site + QLatin1Char('-') + text(code);
            location.name = text(name);
            location.kind = kind;
            const auto found = m_services.sites.byCode(site);
            if (!found)
                return found.error();
            location.siteId = found->id;
            location.thermometerId = QStringLiteral("TH-") + location.code;
            if (auto r = m_services.locations.add(m_actor, location); !r)
                return r.error();
        }
        kitchen.pool.resize(raws.size());
        kitchen.shelves.resize(finished.size());
    }
    return Ok{};
}

Result<Ok> History::setUpPartners()
{
    const auto& towns = SyntheticCatalogue::towns();
    const auto& surnames = SyntheticCatalogue::surnames();
    const auto& raws = SyntheticCatalogue::raws();
    const auto town = [&]() -> const SyntheticCatalogue::Town& {
        return towns.at(std::size_t(below(int(towns.size()))));
    };
    const auto surname = [&]() { return text(surnames.at(std::size_t(below(int(surnames.size()))))); };
    const auto add = [&](PartnerKind kind, const QString& wanted, const SyntheticCatalogue::Town& where,
                         const QString& tier) -> Result<QString> {
        Partner p;
        p.kind = kind;
        p.name = uniqueName(wanted);
        p.address = address(where);
        p.contactName = QStringLiteral("%1 %2").arg(
            text(SyntheticCatalogue::firstNames().at(std::size_t(below(int(SyntheticCatalogue::firstNames().size()))))),
            surname());
        p.phone = phone();
        p.priceTier = tier;
        const auto added = m_services.partners.add(m_actor, p);
        if (!added)
            return added.error();
        ++m_totals.partners;
        return added->name;
    };
    const char* const farmPatterns[] = {
        "Ferme %1", "Les Jardins %1", "Vergers %1", "Potager %1 et filles", "Ferme maraîchère %1", "Les Cultures %1"};
    const char* const stores[] = {"Marché Bonprix", "Épicerie du Village", "SuperFrais", "Marché Jardin"};
    std::vector<int> grown;
    for (std::size_t r = 0; r < raws.size(); ++r) {
        if (!raws[r].pantry)
            grown.push_back(int(r));
    }
    for (Kitchen& kitchen : m_kitchens) {
        for (int i = 0; i < FarmsPerKitchen; ++i) {
            const auto name = add(PartnerKind::Farm,
                                  text(farmPatterns[below(int(std::size(farmPatterns)))]).arg(surname()), town(), {});
            if (!name)
                return name.error();
            kitchen.farms.push_back(name.value());
            // Each farm grows four to six crops.
            std::vector<int> crops = grown;
            for (std::size_t j = crops.size(); j > 1; --j)
                std::swap(crops[j - 1], crops[std::size_t(below(int(j)))]);
            crops.resize(std::size_t(4 + below(3)));
            kitchen.farmProducts.push_back(crops);
        }
        for (int i = 0; i < RetailersPerKitchen + DistributorsPerKitchen; ++i) {
            const auto& where = town();
            const bool store = i < RetailersPerKitchen;
            const QString wanted =
                store ? QStringLiteral("%1 %2").arg(text(stores[below(int(std::size(stores)))]), text(where.name))
                      : text("Distribution Fraîcheur %1").arg(text(where.name));
            const auto name = add(store ? PartnerKind::Retailer : PartnerKind::Distributor, wanted, where, {});
            if (!name)
                return name.error();
            kitchen.retailers.push_back(name.value());
        }
        // Thirty organisations per kitchen; the first five sales points host a partner freezer.
        const std::tuple<PartnerKind, const char*, const char*, int> kinds[] = {
            {PartnerKind::SalesPoint, "Épicerie solidaire de %1", "solidarity", 8},
            {PartnerKind::FoodBank, "Banque alimentaire de %1", "free", 3},
            {PartnerKind::CommunityOrg, "Comptoir solidaire de %1", "solidarity", 5},
            {PartnerKind::CommunityOrg, "Cuisine collective de %1", "solidarity", 4},
            {PartnerKind::School, "École secondaire de %1", "full", 6},
            {PartnerKind::Institution, "CHSLD de %1", "full", 4},
        };
        for (const auto& [kind, pattern, tier, count] : kinds) {
            for (int i = 0; i < count; ++i) {
                const auto& where = town();
                const auto name = add(kind, text(pattern).arg(text(where.name)), where, text(tier));
                if (!name)
                    return name.error();
                kitchen.recipients.push_back({name.value(), kind, false});
            }
        }
        if (&kitchen == &m_kitchens.front()) {
            // One buyer across the border: its shipments go out after the TR-10 warning.
            Partner p;
            p.kind = PartnerKind::CommunityOrg;
            p.name = uniqueName(QStringLiteral("Cornwall Community Pantry"));
            p.address = Address{QStringLiteral("340 Pitt Street"), QStringLiteral("Cornwall"), QStringLiteral("ON"),
                                QStringLiteral("K6J 3R1")};
            p.contactName = QStringLiteral("Sarah Grant");
            p.phone = QStringLiteral("613 555-0122");
            p.priceTier = QStringLiteral("full");
            if (auto r = m_services.partners.add(m_actor, p); !r)
                return r.error();
            ++m_totals.partners;
            kitchen.recipients.push_back({p.name, p.kind, true});
        }
        for (int i = 0; i < FreezersPerKitchen; ++i) {
            const Recipient& host = kitchen.recipients.at(std::size_t(i));
            const auto partner = m_services.partners.find(host.name);
            if (!partner)
                return partner.error();
            Location freezer;
            freezer.code = QStringLiteral("PF-%1-%2").arg(kitchen.code).arg(i + 1);
            freezer.name = text("Congélateur de l'%1").arg(host.name);
            freezer.kind = LocationKind::PartnerFreezer;
            freezer.partnerId = partner->id;
            freezer.thermometerId = QStringLiteral("TH-") + freezer.code;
            if (auto r = m_services.locations.add(m_actor, freezer); !r)
                return r.error();
            kitchen.freezers.push_back({freezer.code, host.name, i, {}});
        }
    }
    return Ok{};
}

Result<Ok> History::setUpParticipants()
{
    const auto& firstNames = SyntheticCatalogue::firstNames();
    const int perKitchen = std::max(4, int(std::lround(ParticipantsPerKitchenDecade * m_options.years / 10.0)));
    const qint64 window = m_from.addDays(-700).daysTo(m_to.addDays(-60));
    for (Kitchen& kitchen : m_kitchens) {
        for (int i = 0; i < perKitchen; ++i) {
            auto person = std::make_shared<Person>();
            Participant& p = person->participant;
            p.code = QStringLiteral("%1-P%2").arg(kitchen.code).arg(i + 1, 3, 10, QLatin1Char('0'));
            p.displayName = text(firstNames.at(std::size_t(below(int(firstNames.size())))));
            const int program = below(10);
            p.program = program < 4   ? ParticipantProgram::Employability
                        : program < 7 ? ParticipantProgram::PreEmployability
                        : program < 9 ? ParticipantProgram::School
                                      : ParticipantProgram::CommunityService;
            // Joins spread evenly over the years; programs last 16 to 43 months.
            p.activeFrom = m_from.addDays(-700 + window * i / perKitchen + below(30));
            const QDate leaves = p.activeFrom.addDays(500 + below(800));
            person->leaves = leaves <= m_to ? leaves : QDate();
            if (p.activeFrom < m_from) {
                const auto added = m_services.participants.add(m_actor, p);
                if (!added)
                    return added.error();
                p.id = added->id;
                ++m_totals.participants;
            }
            kitchen.people.push_back(person);
        }
    }
    return Ok{};
}

Result<Ok> History::runDay(const QDate& day)
{
    const int offset = QDateTime(day, QTime(12, 0), m_zone).offsetFromUtc();
    m_midnightUtc = QDateTime(day, QTime(0, 0), Qt::UTC).addSecs(-offset);
    m_events.clear();
    planReadings();
    for (int s = 0; s < int(m_kitchens.size()); ++s) {
        planPeople(day, s);
        if (!isWorkday(day))
            continue;
        planExpiries(day, s);
        planReceptions(day, s);
        const auto batches = planBatches(day, s);
        planTasks(day, s, batches);
        planFreezers(day, s);
        planOrders(s);
        planUpkeep(day, s);
    }
    std::stable_sort(m_events.begin(), m_events.end(), [](const Event& a, const Event& b) { return a.at < b.at; });
    for (const Event& event : m_events) {
        m_clock.set(event.at);
        if (auto r = event.run(); !r)
            return r;
    }
    return Ok{};
}

void History::planReadings()
{
    // Kitchen units at opening, partner freezers when the partner opens; about one reading in
    // 1,500 finds a door left open.
    int unit = 0;
    for (Kitchen& kitchen : m_kitchens) {
        const Actor who = kitchen.reception;
        QStringList codes;
        for (const char* suffix : {"CONG1", "CONG2", "CHF", "QUAR"})
            codes << kitchen.code + QLatin1Char('-') + text(suffix);
        for (const Freezer& f : kitchen.freezers)
            codes << f.code;
        for (const QString& code : std::as_const(codes)) {
            const bool coldRoom = code.endsWith(QLatin1String("-CHF"));
            const bool partner = code.startsWith(QLatin1String("PF-"));
            const bool excursion = below(1500) == 0;
            int tenths = coldRoom ? 15 + below(21) : -235 + below(45);
            if (excursion)
                tenths = coldRoom ? 60 + below(25) : -150 + below(30);
            const int minute = (partner ? 9 * 60 : 7 * 60) + unit % 60;
            ++unit;
            ++m_totals.readings;
            schedule(minute, [this, code, tenths, excursion, who]() -> Result<Ok> {
                TemperatureRequest reading;
                reading.locationCode = code;
                reading.value = Temperature::fromTenths(tenths);
                reading.at = m_clock.nowUtc();
                if (excursion)
                    reading.note = text("Porte trouvée entrouverte");
                const auto recorded = m_services.coldChain.record(who, reading);
                if (!recorded)
                    return recorded.error();
                if (recorded->eventId.isValid()) {
                    if (auto r = m_services.coldChain.addAction(
                            who, recorded->eventId,
                            text("Porte refermée; température revenue sous la limite en deux heures. Les sacs "
                                 "étaient encore durs : produit resté congelé."),
                            false);
                        !r)
                        return r.error();
                }
                return Ok{};
            });
        }
    }
}

void History::planPeople(const QDate& day, int site)
{
    Kitchen& kitchen = m_kitchens[std::size_t(site)];
    for (const auto& person : kitchen.people) {
        if (person->participant.activeFrom == day) {
            ++m_totals.participants;
            schedule(7 * 60 + 30, [this, person, who = kitchen.supervisor]() -> Result<Ok> {
                const auto added = m_services.participants.add(who, person->participant);
                if (!added)
                    return added.error();
                person->participant.id = added->id;
                return Ok{};
            });
        }
        if (person->leaves.isValid() && person->leaves == day) {
            schedule(16 * 60 + 50, [this, person, day, who = kitchen.supervisor]() -> Result<Ok> {
                Participant p = person->participant;
                p.activeTo = day;
                if (auto r = m_services.participants.update(who, p); !r)
                    return r.error();
                return Ok{};
            });
        }
    }
}

void History::planReceptions(const QDate& day, int site)
{
    Kitchen& kitchen = m_kitchens[std::size_t(site)];
    const auto& raws = SyntheticCatalogue::raws();
    const int month = day.month();
    const double farmShare = farmSeason[month - 1];
    const double mean = receptionsPerKitchenDay * (farmShare + retailSeason) * m_options.scale;
    const int count = poisson(mean);
    std::vector<int> minutes;
    for (int i = 0; i < count; ++i)
        minutes.push_back(7 * 60 + 30 + below(390));
    std::sort(minutes.begin(), minutes.end());
    for (int minute : minutes) {
        ReceptionRequest request;
        request.siteCode = kitchen.code;
        QString supplier;
        QString farm;
        int raw = -1;
        bool fromFarm = false;
        if (chance() < farmShare / (farmShare + retailSeason)) {
            // A farm of the kitchen's area (sometimes another kitchen's) with a crop in season.
            for (int attempt = 0; attempt < 12 && raw < 0; ++attempt) {
                const Kitchen& area =
                    chance() < 0.85 ? kitchen : m_kitchens[std::size_t(below(int(m_kitchens.size())))];
                const int f = below(int(area.farms.size()));
                std::vector<int> inSeason;
                for (int crop : area.farmProducts[std::size_t(f)]) {
                    if (raws[std::size_t(crop)].seasonMask & (1 << (month - 1)))
                        inSeason.push_back(crop);
                }
                if (inSeason.empty())
                    continue;
                supplier = area.farms[std::size_t(f)];
                raw = inSeason[std::size_t(below(int(inSeason.size())))];
                fromFarm = true;
            }
        }
        if (raw < 0) {
            // A grocery store or a distributor: produce all year round, often with its farm of origin.
            supplier = kitchen.retailers[std::size_t(below(int(kitchen.retailers.size())))];
            std::vector<int> sold;
            for (std::size_t r = 0; r < raws.size(); ++r) {
                if (raws[r].retail)
                    sold.push_back(int(r));
            }
            raw = sold[std::size_t(below(int(sold.size())))];
            if (chance() < 0.5)
                farm = kitchen.farms[std::size_t(below(int(kitchen.farms.size())))];
        }
        const double u = chance();
        const qint64 net = fromFarm ? 10'000 + qint64(140'000 * u * u) : 5'000 + qint64(35'000 * u);
        const qint64 netRounded = net - net % 250;
        const qint64 tare = 1000 + 500 * below(8);
        request.gross = Mass::fromGrams(netRounded + tare);
        request.tare = Mass::fromGrams(tare);
        request.temperature = Temperature::fromTenths(20 + below(120));
        const int grade = below(10);
        request.grade = grade < 6 ? ConditionGrade::A : grade < 9 ? ConditionGrade::B : ConditionGrade::C;
        if (fromFarm) {
            const int how = below(20);
            request.acquisition = how < 11   ? AcquisitionKind::Donation
                                  : how < 16 ? AcquisitionKind::Gleaning
                                             : AcquisitionKind::Purchase;
        }
        if (request.acquisition == AcquisitionKind::Purchase)
            request.price = Money::fromCents(netRounded / 1000 * (40 + 5 * below(9)));
        if (below(4) == 0)
            request.supplierLot = QStringLiteral("L%1").arg(10000 + below(90000));
        request.productId = m_rawIds[std::size_t(raw)];
        ++m_totals.receptions;
        schedule(minute,
                 [this, site, supplier, farm, raw, request, day, who = kitchen.reception]() mutable -> Result<Ok> {
                     const auto supplierPartner = m_services.partners.find(supplier);
                     if (!supplierPartner)
                         return supplierPartner.error();
                     request.supplierId = supplierPartner->id;
                     if (!farm.isEmpty()) {
                         const auto origin = m_services.partners.find(farm);
                         if (!origin)
                             return origin.error();
                         request.farmId = origin->id;
                     }
                     request.receivedAt = m_clock.nowUtc();
                     const auto lot = m_services.receptions.receive(who, request);
                     if (!lot)
                         return lot.error();
                     m_kitchens[std::size_t(site)].pool[std::size_t(raw)].push_back({lot->code, lot->net.grams(), day});
                     return Ok{};
                 });
    }
}

std::vector<TodayBatch> History::planBatches(const QDate& day, int site)
{
    Kitchen& kitchen = m_kitchens[std::size_t(site)];
    const auto& raws = SyntheticCatalogue::raws();
    const auto& finished = SyntheticCatalogue::finished();
    std::vector<TodayBatch> today;
    const auto indexOf = [&raws](const char* code) {
        for (std::size_t r = 0; r < raws.size(); ++r) {
            if (qstrcmp(raws[r].code, code) == 0)
                return int(r);
        }
        return -1;
    };
    // Takes up to `grams` from the oldest lots of a crop received before today.
    const auto take = [&](int raw, qint64 grams, int maxLots) {
        std::vector<std::pair<QString, qint64>> inputs;
        auto& queue = kitchen.pool[std::size_t(raw)];
        while (grams > 0 && !queue.empty() && int(inputs.size()) < maxLots && queue.front().received < day) {
            RawLot& lot = queue.front();
            const qint64 used = std::min(grams, lot.remaining);
            inputs.emplace_back(lot.code, used);
            grams -= used;
            lot.remaining -= used;
            if (lot.remaining < 500) // a few crumbs stay on the lot
                queue.pop_front();
        }
        return inputs;
    };
    for (std::size_t raw = 0; raw < raws.size(); ++raw) {
        if (m_byMain[raw].empty())
            continue;
        auto& queue = kitchen.pool[raw];
        while (int(today.size()) < MaxBatchesPerKitchenDay) {
            qint64 waiting = 0;
            for (const RawLot& lot : queue) {
                if (lot.received < day)
                    waiting += lot.remaining;
            }
            if (waiting <= 0)
                break;
            // A batch fills a kettle or a blancher: less waits for the next delivery, three days at most.
            const qint64 target = 40'000 + below(60'001);
            if (waiting < target && queue.front().received.daysTo(day) < 3)
                break;
            const int product = m_byMain[raw][std::size_t(below(int(m_byMain[raw].size())))];
            const auto& recipe = finished[std::size_t(product)].recipe;
            const auto main = take(int(raw), target, 4);
            qint64 mainGrams = 0;
            for (const auto& input : main)
                mainGrams += input.second;
            std::vector<std::pair<QString, qint64>> inputs = main;
            std::vector<std::pair<int, qint64>> pantry;
            for (std::size_t l = 1; l < recipe.size(); ++l) {
                const int other = indexOf(recipe[l].code);
                const qint64 grams = std::max<qint64>(1, mainGrams * recipe[l].basisPoints / recipe[0].basisPoints);
                if (raws[std::size_t(other)].pantry) {
                    pantry.emplace_back(other, grams);
                } else {
                    for (const auto& input : take(other, grams, 2))
                        inputs.push_back(input);
                }
            }
            qint64 tracked = 0;
            for (const auto& input : inputs)
                tracked += input.second;
            qint64 total = tracked;
            for (const auto& p : pantry)
                total += p.second;
            const qint64 trim = tracked * (5 + below(11)) / 100;
            const qint64 moisture = total * (1 + below(3)) / 100;
            const qint64 productGrams = total - trim - moisture;
            // Bags for the public, and larger packs for schools and institutions.
            std::vector<std::pair<int, int>> outputs; // pack grams, packs
            const int twoKilos = int(productGrams * 15 / 100 / 2000);
            const int oneKilo = int(productGrams * 25 / 100 / 1000);
            const int halfKilo = int((productGrams - qint64(twoKilos) * 2000 - qint64(oneKilo) * 1000) / 500);
            for (const auto& [grams, packs] : {std::pair{500, halfKilo}, {1000, oneKilo}, {2000, twoKilos}}) {
                if (packs > 0)
                    outputs.emplace_back(grams, packs);
            }
            const bool blanched = finished[std::size_t(product)].blanched;
            const int start = 8 * 60 + 18 * int(today.size());
            auto code = std::make_shared<QString>();
            today.push_back({start, blanched, code});
            ++m_totals.batches;
            const Actor who = kitchen.supervisor;
            const QString siteCode = kitchen.code;
            const ProductId productId = m_finishedIds[std::size_t(product)];
            schedule(start, [this, code, productId, siteCode, who]() -> Result<Ok> {
                BatchStartRequest request;
                request.productId = productId;
                request.siteCode = siteCode;
                request.startedAt = m_clock.nowUtc();
                const auto batch = m_services.batches.start(who, request);
                if (!batch)
                    return batch.error();
                *code = batch->code;
                return Ok{};
            });
            schedule(start + 5, [this, code, inputs, pantry, who]() -> Result<Ok> {
                for (const auto& [lot, grams] : inputs) {
                    if (auto r = m_services.batches.consume(who, *code, lot, Mass::fromGrams(grams)); !r)
                        return r.error();
                }
                for (const auto& [ingredient, grams] : pantry) {
                    if (auto r = m_services.batches.addIngredient(who, *code, m_rawIds[std::size_t(ingredient)],
                                                                  Mass::fromGrams(grams));
                        !r)
                        return r.error();
                }
                return Ok{};
            });
            schedule(start + 40, [this, code, tracked, trim, who]() -> Result<Ok> {
                const QDateTime now = m_clock.nowUtc();
                BatchStepRequest sort;
                sort.kind = StepKind::Sort;
                sort.startedAt = now.addSecs(-25 * 60);
                sort.endedAt = now;
                sort.in = Mass::fromGrams(tracked);
                sort.out = Mass::fromGrams(tracked - trim);
                if (auto r = m_services.batches.recordStep(who, *code, sort); !r)
                    return r.error();
                if (trim > 0) {
                    if (auto r = m_services.batches.recordLoss(who, *code, LossKind::Compost, Mass::fromGrams(trim),
                                                               StepKind::Sort);
                        !r)
                        return r.error();
                }
                return Ok{};
            });
            const bool sealFails = below(400) == 0;
            const int blanchTenths = 920 + below(70);
            const int blanchSeconds = 90 + 10 * below(16);
            const int coolingTenths = 15 + below(24);
            schedule(start + 95,
                     [this, code, tracked, trim, blanched, sealFails, blanchTenths, blanchSeconds, coolingTenths,
                      who]() -> Result<Ok> {
                         const QDateTime now = m_clock.nowUtc();
                         BatchStepRequest step;
                         step.kind = blanched ? StepKind::Blanch : StepKind::Cut;
                         step.startedAt = now.addSecs(-50 * 60);
                         step.endedAt = now.addSecs(-5 * 60);
                         step.in = Mass::fromGrams(tracked - trim);
                         step.out = Mass::fromGrams(tracked - trim);
                         if (auto r = m_services.batches.recordStep(who, *code, step); !r)
                             return r.error();
                         std::vector<std::pair<ControlKind, int>> readings;
                         if (blanched) {
                             readings.emplace_back(ControlKind::BlanchTemperature, blanchTenths);
                             readings.emplace_back(ControlKind::BlanchTime, blanchSeconds);
                         }
                         readings.emplace_back(ControlKind::CoolingTemperature, coolingTenths);
                         readings.emplace_back(ControlKind::VacuumSeal, sealFails ? 0 : 1);
                         for (const auto& [kind, value] : readings) {
                             BatchControlRequest control;
                             control.kind = kind;
                             control.value = value;
                             control.at = now;
                             if (kind == ControlKind::VacuumSeal && value == 0)
                                 control.correctiveAction =
                                     text("Sacs mal scellés ouverts et rescellés, contrôle refait : conforme.");
                             if (auto r = m_services.batches.recordControl(who, *code, control); !r)
                                 return r.error();
                         }
                         return Ok{};
                     });
            schedule(start + 120, [this, code, outputs, product, site, siteCode, who]() -> Result<Ok> {
                Kitchen& k = m_kitchens[std::size_t(site)];
                for (const auto& [grams, packs] : outputs) {
                    BatchOutputRequest request;
                    request.packs = packs;
                    request.packGrams = grams;
                    request.locationCode = siteCode + QStringLiteral("-CONG1");
                    const auto lot = m_services.batches.output(who, *code, request);
                    if (!lot)
                        return lot.error();
                    StockLot stock;
                    stock.code = lot->code;
                    stock.finished = product;
                    stock.packGrams = grams;
                    stock.packedOn = lot->packedOn;
                    stock.bestBefore = lot->bestBefore;
                    stock.kitchenPacks = packs;
                    m_lots.push_back(stock);
                    const int index = int(m_lots.size()) - 1;
                    k.shelves[std::size_t(product)].push_back(index);
                    k.onHand.push_back(index);
                    k.kitchenPacks += packs;
                }
                if (auto r = m_services.batches.close(who, *code); !r)
                    return r.error();
                return Ok{};
            });
            m_totals.finishedLots += qint64(outputs.size());
            m_totals.movements += qint64(outputs.size());
        }
    }
    return today;
}

void History::planTasks(const QDate& day, int site, const std::vector<TodayBatch>& batches)
{
    Kitchen& kitchen = m_kitchens[std::size_t(site)];
    const double working = std::min(1.0, 0.9 * m_options.scale);
    std::vector<QString> lotsToSort;
    for (const auto& queue : kitchen.pool) {
        for (const RawLot& lot : queue) {
            if (lot.received < day && !lot.code.isEmpty())
                lotsToSort.push_back(lot.code);
        }
    }
    for (const auto& person : kitchen.people) {
        const Participant& p = person->participant;
        if (p.activeFrom >= day || (person->leaves.isValid() && person->leaves <= day) || chance() >= working)
            continue;
        int minute = 8 * 60 + 5 * below(6);
        while (minute < 15 * 60 + 30) {
            const int duration = 20 + 5 * below(8);
            TaskRequest request;
            request.minutes = duration;
            std::shared_ptr<QString> batch;
            std::vector<const TodayBatch*> started;
            for (const TodayBatch& b : batches) {
                if (b.startMinute <= minute)
                    started.push_back(&b);
            }
            const int what = below(20);
            if (!started.empty() && what < 16) {
                const TodayBatch* b = started[std::size_t(below(int(started.size())))];
                batch = b->code;
                static const TaskKind steps[] = {TaskKind::Sort, TaskKind::Wash,   TaskKind::Cut,
                                                 TaskKind::Pack, TaskKind::Freeze, TaskKind::Label};
                request.kind = b->blanched && below(5) == 0 ? TaskKind::Blanch : steps[below(int(std::size(steps)))];
            } else if (!lotsToSort.empty() && what < 18) {
                request.kind = TaskKind::Sort;
                request.lotCode = lotsToSort[std::size_t(below(int(lotsToSort.size())))];
            } else {
                request.kind = TaskKind::Clean;
            }
            if ((request.kind == TaskKind::Sort || request.kind == TaskKind::Pack) && below(2) == 0)
                request.handled = Mass::fromGrams(5000 + 250 * below(220));
            const bool reviewed = below(30) == 0;
            const bool rejected = reviewed && below(10) == 0;
            ++m_totals.tasks;
            const int end = minute + duration;
            schedule(end,
                     [this, person, request, batch, reviewed, rejected, duration,
                      who = kitchen.supervisor]() mutable -> Result<Ok> {
                         request.participantId = person->participant.id;
                         if (batch)
                             request.batchCode = *batch;
                         request.startedAt = m_clock.nowUtc().addSecs(-qint64(duration) * 60);
                         const auto task = m_services.tasks.record(who, request);
                         if (!task)
                             return task.error();
                         // Supervisors look at a sample; a few entries were typed twice.
                         if (reviewed) {
                             if (auto r = m_services.tasks.review(
                                     who, task->id, rejected ? TaskReview::Rejected : TaskReview::Validated,
                                     rejected ? text("Entrée en double") : QString());
                                 !r)
                                 return r.error();
                         }
                         return Ok{};
                     });
            minute = end + 5 * below(3);
        }
    }
}

void History::takeFromKitchen(Kitchen& kitchen, int lot, int packs)
{
    StockLot& stock = m_lots[std::size_t(lot)];
    stock.kitchenPacks -= packs;
    kitchen.kitchenPacks -= packs;
}

int History::oldestLot(Kitchen& kitchen, int finished, int maxPackGrams, const QSet<int>& excluded)
{
    auto& shelf = kitchen.shelves[std::size_t(finished)];
    while (!shelf.empty() && m_lots[std::size_t(shelf.front())].kitchenPacks <= 0)
        shelf.pop_front();
    for (int index : shelf) {
        const StockLot& lot = m_lots[std::size_t(index)];
        if (lot.kitchenPacks > 0 && lot.packGrams <= maxPackGrams && !excluded.contains(index))
            return index;
    }
    return -1;
}

std::vector<int> History::productsInStock(Kitchen& kitchen, int maxPackGrams)
{
    std::vector<int> products;
    for (int f = 0; f < int(kitchen.shelves.size()); ++f) {
        if (oldestLot(kitchen, f, maxPackGrams, {}) >= 0)
            products.push_back(f);
    }
    return products;
}

void History::planFreezers(const QDate& day, int site)
{
    Kitchen& kitchen = m_kitchens[std::size_t(site)];
    const int target = std::max(12, int(std::lround(FreezerTargetPacks * m_options.scale)));
    for (Freezer& freezer : kitchen.freezers) {
        // Each freezer is visited twice a week: Monday and Thursday, or Tuesday and Friday.
        const int dow = day.dayOfWeek();
        const bool visit = freezer.index % 2 == 0 ? (dow == 1 || dow == 4) : (dow == 2 || dow == 5);
        if (!visit)
            continue;
        const int minute = 9 * 60 + 30 + 25 * freezer.index;
        const Actor who = kitchen.driver;
        // Past their best-before date, bags are taken out and destroyed.
        std::vector<std::pair<QString, int>> expired;
        std::vector<std::pair<int, int>> kept;
        for (const auto& [lot, packs] : freezer.lots) {
            if (m_lots[std::size_t(lot)].bestBefore < day)
                expired.emplace_back(m_lots[std::size_t(lot)].code, packs);
            else
                kept.emplace_back(lot, packs);
        }
        freezer.lots = kept;
        m_totals.movements += qint64(expired.size());
        if (!expired.empty()) {
            schedule(minute, [this, expired, code = freezer.code, who]() -> Result<Ok> {
                for (const auto& [lot, packs] : expired) {
                    LossRequest loss;
                    loss.lotCode = lot;
                    loss.packs = packs;
                    loss.fromCode = code;
                    loss.kind = MovementKind::Destruction;
                    loss.reason = text("Date « meilleur avant » dépassée");
                    loss.at = m_clock.nowUtc();
                    if (auto r = m_services.stock.recordLoss(who, loss); !r)
                        return r.error();
                }
                return Ok{};
            });
        }
        // The count: what is gone since the last visit was sold to the public.
        int left = 0;
        if (!freezer.lots.empty()) {
            CountRequest count;
            count.locationCode = freezer.code;
            std::vector<std::pair<int, int>> after;
            qint64 dueCents = 0;
            for (const auto& [lot, packs] : freezer.lots) {
                int sold = 0;
                // Most buyers take one bag of a product.
                if (chance() < 0.45) {
                    const int bags = below(20);
                    sold = std::min(packs, bags < 15 ? 1 : bags < 19 ? 2 : 3);
                }
                if (sold > 0)
                    ++m_totals.movements;
                // The hosts are solidarity grocery stores: their tier's price of the bag.
                dueCents +=
                    qint64(sold) *
                    SyntheticCatalogue::finished().at(std::size_t(m_lots[std::size_t(lot)].finished)).solidarityCents;
                count.lines.push_back({m_lots[std::size_t(lot)].code, packs - sold});
                if (packs - sold > 0)
                    after.emplace_back(lot, packs - sold);
                left += packs - sold;
            }
            freezer.lots = after;
            // Now and then the cash box is a little short.
            if (dueCents > 0 && below(25) == 0) {
                count.collected = Money::fromCents(std::max<qint64>(0, dueCents - 50 - 25 * below(11)));
                count.reason = text("Boîte de paiement : montant manquant");
            }
            ++m_totals.counts;
            schedule(minute + 2, [this, count, who]() mutable -> Result<Ok> {
                count.at = m_clock.nowUtc();
                const auto counted = m_services.stock.count(who, count);
                if (!counted)
                    return counted.error();
                return Ok{};
            });
        }
        // The restock: bags of 500 g and 1 kg, a few of each of several products, oldest first.
        int deficit = target - left;
        if (deficit < std::max(2, target / 4))
            continue;
        ShipmentRequest request;
        request.kind = ShipmentKind::Restock;
        request.partner = freezer.host;
        request.siteCode = kitchen.code;
        request.toLocationCode = freezer.code;
        QSet<int> chosen;
        for (int attempt = 0; attempt < 40 && deficit > 0 && request.lines.size() < 15; ++attempt) {
            const auto products = productsInStock(kitchen, 1000);
            if (products.empty())
                break;
            const int product = products[std::size_t(below(int(products.size())))];
            const int lot = oldestLot(kitchen, product, 1000, chosen);
            if (lot < 0)
                continue;
            StockLot& stock = m_lots[std::size_t(lot)];
            const int packs = std::min({stock.kitchenPacks, 3 + below(6), deficit});
            request.lines.push_back(
                {stock.code, packs,
                 kitchen.code + (stock.place == 0 ? QStringLiteral("-CONG1") : QStringLiteral("-CONG2"))});
            takeFromKitchen(kitchen, lot, packs);
            chosen.insert(lot);
            const auto there = std::find_if(freezer.lots.begin(), freezer.lots.end(),
                                            [lot](const std::pair<int, int>& held) { return held.first == lot; });
            if (there != freezer.lots.end())
                there->second += packs;
            else
                freezer.lots.emplace_back(lot, packs);
            deficit -= packs;
        }
        if (request.lines.empty())
            continue;
        ++m_totals.shipments;
        m_totals.shipmentLines += qint64(request.lines.size());
        m_totals.movements += qint64(request.lines.size());
        schedule(minute + 10, [this, request, who]() mutable -> Result<Ok> {
            request.at = m_clock.nowUtc();
            const auto shipped = m_services.shipments.ship(who, request);
            if (!shipped)
                return shipped.error();
            return Ok{};
        });
    }
}

void History::planExpiries(const QDate& day, int site)
{
    Kitchen& kitchen = m_kitchens[std::size_t(site)];
    const Actor who = kitchen.driver;
    const auto place = [&kitchen](const StockLot& lot) {
        return kitchen.code + (lot.place == 0 ? QStringLiteral("-CONG1") : QStringLiteral("-CONG2"));
    };
    // Lots past their date are destroyed; lots within six weeks of it go to a food bank today.
    std::vector<std::pair<QString, std::pair<int, QString>>> expired;
    std::vector<ShipmentLineRequest> nearlyDue;
    std::vector<int> stillHere;
    for (int index : kitchen.onHand) {
        StockLot& lot = m_lots[std::size_t(index)];
        if (lot.kitchenPacks <= 0)
            continue;
        if (lot.bestBefore < day) {
            expired.push_back({lot.code, {lot.kitchenPacks, place(lot)}});
            takeFromKitchen(kitchen, index, lot.kitchenPacks);
            continue;
        }
        if (day.daysTo(lot.bestBefore) <= 42 && nearlyDue.size() < 30) {
            nearlyDue.push_back({lot.code, lot.kitchenPacks, place(lot)});
            takeFromKitchen(kitchen, index, lot.kitchenPacks);
            continue;
        }
        stillHere.push_back(index);
    }
    kitchen.onHand = stillHere;
    m_totals.movements += qint64(expired.size());
    if (!expired.empty()) {
        schedule(8 * 60 + 45, [this, expired, who]() -> Result<Ok> {
            for (const auto& [lot, where] : expired) {
                LossRequest loss;
                loss.lotCode = lot;
                loss.packs = where.first;
                loss.fromCode = where.second;
                loss.kind = MovementKind::Destruction;
                loss.reason = text("Date « meilleur avant » dépassée");
                loss.at = m_clock.nowUtc();
                if (auto r = m_services.stock.recordLoss(who, loss); !r)
                    return r.error();
            }
            return Ok{};
        });
    }
    if (nearlyDue.empty())
        return;
    std::vector<const Recipient*> foodBanks;
    for (const Recipient& r : kitchen.recipients) {
        if (r.kind == PartnerKind::FoodBank)
            foodBanks.push_back(&r);
    }
    ShipmentRequest donation;
    donation.kind = ShipmentKind::Donation;
    donation.partner = foodBanks[std::size_t(below(int(foodBanks.size())))]->name;
    donation.siteCode = kitchen.code;
    donation.lines = nearlyDue;
    donation.note = text("Dates rapprochées");
    ++m_totals.shipments;
    m_totals.shipmentLines += qint64(donation.lines.size());
    m_totals.movements += qint64(donation.lines.size());
    schedule(8 * 60 + 50, [this, donation, who]() mutable -> Result<Ok> {
        donation.at = m_clock.nowUtc();
        const auto shipped = m_services.shipments.ship(who, donation);
        if (!shipped)
            return shipped.error();
        return Ok{};
    });
}

void History::planOrders(int site)
{
    Kitchen& kitchen = m_kitchens[std::size_t(site)];
    const Actor who = kitchen.driver;
    const auto place = [&kitchen](const StockLot& lot) {
        return kitchen.code + (lot.place == 0 ? QStringLiteral("-CONG1") : QStringLiteral("-CONG2"));
    };
    std::vector<ShipmentRequest> orders;
    std::vector<std::vector<int>> orderLots;
    // Organisations' orders take about one fortieth of the kitchen's stock a day, so that the
    // summer's production lasts through the winter.
    const int count = poisson(double(kitchen.kitchenPacks) / 40.0 / 90.0);
    for (int o = 0; o < count; ++o) {
        const Recipient& to = kitchen.recipients[std::size_t(below(int(kitchen.recipients.size())))];
        ShipmentRequest order;
        order.partner = to.name;
        order.kind = to.kind == PartnerKind::FoodBank ? ShipmentKind::Donation
                     : below(100) < 85                ? ShipmentKind::Sale
                                                      : ShipmentKind::Donation;
        order.outsideQuebecConfirmed = to.outsideQuebec;
        QSet<int> chosen;
        std::vector<int> lots;
        const int lines = 2 + below(7);
        for (int attempt = 0; attempt < 20 && int(order.lines.size()) < lines; ++attempt) {
            const auto products = productsInStock(kitchen, 2000);
            if (products.empty())
                break;
            const int lot = oldestLot(kitchen, products[std::size_t(below(int(products.size())))], 2000, chosen);
            if (lot < 0)
                continue;
            StockLot& stock = m_lots[std::size_t(lot)];
            const int wanted = std::max(1, (3 + below(25)) * 500 / stock.packGrams);
            const int packs = std::min(stock.kitchenPacks, wanted);
            order.lines.push_back({stock.code, packs, place(stock)});
            takeFromKitchen(kitchen, lot, packs);
            chosen.insert(lot);
            lots.push_back(lot);
        }
        if (!order.lines.empty()) {
            orders.push_back(order);
            orderLots.push_back(lots);
        }
    }
    for (std::size_t o = 0; o < orders.size(); ++o) {
        ShipmentRequest order = orders[o];
        order.siteCode = kitchen.code;
        ++m_totals.shipments;
        m_totals.shipmentLines += qint64(order.lines.size());
        m_totals.movements += qint64(order.lines.size());
        // Now and then a bag breaks while the order is picked.
        std::vector<ShipmentLineRequest> broken;
        for (std::size_t l = 0; l < order.lines.size(); ++l) {
            const auto& line = order.lines[l];
            const int index = orderLots[o][l];
            if (m_lots[std::size_t(index)].kitchenPacks > 0 && below(300) == 0) {
                broken.push_back({line.lotCode, 1, line.fromCode});
                takeFromKitchen(kitchen, index, 1);
            }
        }
        m_totals.movements += qint64(broken.size());
        schedule(std::min(11 * 60 + 20 * int(o), 15 * 60 + 15), [this, order, broken, who]() mutable -> Result<Ok> {
            order.at = m_clock.nowUtc();
            const auto shipped = m_services.shipments.ship(who, order);
            if (!shipped)
                return shipped.error();
            for (const auto& line : broken) {
                LossRequest loss;
                loss.lotCode = line.lotCode;
                loss.packs = line.packs;
                loss.fromCode = line.fromCode;
                loss.reason = text("Sac percé pendant la préparation de la commande");
                loss.at = m_clock.nowUtc();
                if (auto r = m_services.stock.recordLoss(who, loss); !r)
                    return r.error();
            }
            return Ok{};
        });
    }
}

void History::planUpkeep(const QDate& day, int site)
{
    Kitchen& kitchen = m_kitchens[std::size_t(site)];
    const Actor who = kitchen.supervisor;
    // Fridays: large packs and lots packed two months ago go to the second freezer.
    if (day.dayOfWeek() == 5) {
        std::vector<std::pair<QString, int>> moves;
        for (int index : kitchen.onHand) {
            StockLot& lot = m_lots[std::size_t(index)];
            if (lot.kitchenPacks <= 0 || lot.place != 0)
                continue;
            if (lot.packGrams == 2000 || lot.packedOn.daysTo(day) >= 60) {
                moves.emplace_back(lot.code, lot.kitchenPacks);
                lot.place = 1;
            }
        }
        m_totals.movements += qint64(moves.size());
        if (!moves.empty()) {
            schedule(15 * 60 + 30, [this, moves, site = kitchen.code, who]() -> Result<Ok> {
                for (const auto& [lot, packs] : moves) {
                    MoveRequest move;
                    move.lotCode = lot;
                    move.packs = packs;
                    move.fromCode = site + QStringLiteral("-CONG1");
                    move.toCode = site + QStringLiteral("-CONG2");
                    move.reason = text("Rangement du vendredi");
                    move.at = m_clock.nowUtc();
                    if (auto r = m_services.stock.move(who, move); !r)
                        return r.error();
                }
                return Ok{};
            });
        }
    }
    // The first working day of a month, both freezers are counted; now and then a bag is missing.
    QDate first(day.year(), day.month(), 1);
    while (!isWorkday(first))
        first = first.addDays(1);
    if (first != day)
        return;
    for (int place = 0; place < 2; ++place) {
        CountRequest count;
        count.locationCode = kitchen.code + (place == 0 ? QStringLiteral("-CONG1") : QStringLiteral("-CONG2"));
        bool differs = false;
        for (int index : kitchen.onHand) {
            StockLot& lot = m_lots[std::size_t(index)];
            if (lot.kitchenPacks <= 0 || lot.place != place)
                continue;
            int counted = lot.kitchenPacks;
            if (below(300) == 0) {
                --counted;
                differs = true;
                ++m_totals.movements;
                takeFromKitchen(kitchen, index, 1);
            }
            count.lines.push_back({lot.code, counted});
        }
        if (count.lines.empty())
            continue;
        if (differs)
            count.reason = text("Écart d'inventaire : sac introuvable");
        ++m_totals.counts;
        schedule(16 * 60 + 30 + 10 * place, [this, count, who]() mutable -> Result<Ok> {
            count.at = m_clock.nowUtc();
            const auto counted = m_services.stock.count(who, count);
            if (!counted)
                return counted.error();
            return Ok{};
        });
    }
}

} // namespace

Result<Ok> SyntheticCollective::check(const Options& options)
{
    if (options.years < 1 || options.years > MaxYears)
        return Error{ErrorCode::Validation, tr("The history lasts 1 to %1 years.").arg(MaxYears)};
    if (options.sites < 1 || options.sites > MaxSites)
        return Error{ErrorCode::Validation, tr("The collective has 1 to %1 kitchens.").arg(MaxSites)};
    if (!(options.scale > 0.0) || options.scale > 10.0)
        return Error{ErrorCode::Validation, tr("The scale is a number above 0 and at most 10.")};
    if (!options.lastDay.isValid())
        return Error{ErrorCode::Validation, tr("The last day of the history is not a valid date.")};
    return Ok{};
}

Result<SyntheticCollective::Summary> SyntheticCollective::generate(Services& services, SettableClock& clock,
                                                                   const Actor& actor, const Options& options,
                                                                   const Progress& progress)
{
    if (auto r = check(options); !r)
        return r.error();
    TableCountRepository tables(services.connection());
    for (const char* table : tablesInUse) {
        const auto rows = tables.count(QString::fromLatin1(table));
        if (!rows)
            return rows.error();
        if (rows.value() > 0)
            return Error{ErrorCode::Conflict, tr("This database already holds data (%1). A synthetic history is "
                                                 "generated only into a new, empty database; it was left unchanged.")
                                                  .arg(QString::fromLatin1(table))};
    }
    BulkLoad bulk(services.connection());
    if (auto r = bulk.start(); !r)
        return r.error();
    History history(services, clock, actor, options, progress);
    auto summary = history.run();
    if (auto r = bulk.finish(); !r)
        return r.error();
    return summary;
}

} // namespace glaneur
