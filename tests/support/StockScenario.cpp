// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/StockScenario.h"

#include <QFile>
#include <QtDebug>

namespace glaneur::test {

QString describe(const Error& error)
{
    return QStringLiteral("[%1] %2").arg(int(error.code)).arg(error.message);
}

ChangeCounter::ChangeCounter(ChangeNotifier& notifier)
{
    const auto any = [this] { ++m_all; };
    m_connections.push_back(QObject::connect(&notifier, &ChangeNotifier::stockChanged, [this] {
        ++m_stock;
        ++m_all;
    }));
    for (auto signal :
         {&ChangeNotifier::settingsChanged, &ChangeNotifier::sitesChanged, &ChangeNotifier::partnersChanged,
          &ChangeNotifier::productsChanged, &ChangeNotifier::operatorsChanged, &ChangeNotifier::lotsChanged,
          &ChangeNotifier::batchesChanged, &ChangeNotifier::participantsChanged, &ChangeNotifier::tasksChanged,
          &ChangeNotifier::pricesChanged, &ChangeNotifier::coldChainChanged})
        m_connections.push_back(QObject::connect(&notifier, signal, any));
}

ChangeCounter::~ChangeCounter()
{
    for (const auto& connection : m_connections)
        QObject::disconnect(connection);
}

bool StockScenario::fail(const QString& step, const Error& error)
{
    m_error = step + QStringLiteral(": ") + error.message;
    qWarning().noquote() << "StockScenario:" << m_error;
    return false;
}

Result<Location> StockScenario::addLocation(const QString& code, const QString& name, LocationKind kind,
                                            const QString& thermometer, PartnerId host)
{
    Location location;
    location.code = code;
    location.name = name;
    location.kind = kind;
    location.thermometerId = thermometer;
    if (host.isValid())
        location.partnerId = host;
    else
        location.siteId = m_db->site.id;
    return m_db->services().locations.add(TestDatabase::actor(), location);
}

Result<Partner> StockScenario::addPartner(const QString& name, PartnerKind kind, const Address& address,
                                          const QString& tier)
{
    Partner partner;
    partner.kind = kind;
    partner.name = name;
    partner.address = address;
    partner.phone = QStringLiteral("450 555-0199");
    partner.priceTier = tier;
    return m_db->services().partners.add(TestDatabase::actor(), partner);
}

bool StockScenario::build()
{
    Services& s = m_db->services();
    const Actor who = TestDatabase::actor();

    Product product;
    product.code = soupCode();
    product.nameFr = QStringLiteral("Soupe aux carottes");
    product.nameEn = QStringLiteral("Carrot soup");
    product.kind = ProductKind::Finished;
    product.storage = StorageMode::Refrigerated;
    product.shelfLifeDays = SoupShelfLifeDays;
    product.packGrams = SoupPackGrams;
    auto addedSoup = s.products.add(who, product);
    if (!addedSoup)
        return fail(QStringLiteral("soup"), addedSoup.error());
    soup = addedSoup.value();

    auto partner = addPartner(salesPointName(), PartnerKind::SalesPoint,
                              Address{QStringLiteral("12 rue Châteauguay"), QStringLiteral("Huntingdon"),
                                      QStringLiteral("QC"), QStringLiteral("J0S 1H0")},
                              QStringLiteral("solidarity"));
    if (!partner)
        return fail(QStringLiteral("sales point"), partner.error());
    salesPoint = partner.value();
    partner = addPartner(foodBankName(), PartnerKind::FoodBank,
                         Address{QStringLiteral("22 rue Victoria"), QStringLiteral("Salaberry-de-Valleyfield"),
                                 QStringLiteral("QC"), QStringLiteral("J6T 1A1")},
                         {});
    if (!partner)
        return fail(QStringLiteral("food bank"), partner.error());
    foodBank = partner.value();
    partner = addPartner(ontarioName(), PartnerKind::CommunityOrg,
                         Address{QStringLiteral("340 Pitt Street"), QStringLiteral("Cornwall"), QStringLiteral("ON"),
                                 QStringLiteral("K6J 3P8")},
                         QStringLiteral("full"));
    if (!partner)
        return fail(QStringLiteral("Ontario partner"), partner.error());
    ontario = partner.value();

    struct Wanted
    {
        Location* location;
        QString code, name;
        LocationKind kind;
        QString thermometer;
        PartnerId host;
    };
    const Wanted locations[] = {
        {&freezer, freezerCode(), QStringLiteral("Congélateur 1"), LocationKind::Freezer, freezerThermometer(), {}},
        {&secondFreezer, secondFreezerCode(), QStringLiteral("Congélateur 2"), LocationKind::Freezer, {}, {}},
        {&coldRoom,
         coldRoomCode(),
         QStringLiteral("Chambre froide"),
         LocationKind::ColdRoom,
         coldRoomThermometer(),
         {}},
        {&dry, dryCode(), QStringLiteral("Réserve sèche"), LocationKind::Dry, {}, {}},
        {&quarantine, quarantineCode(), QStringLiteral("Quarantaine"), LocationKind::Quarantine, {}, {}},
        {&partnerFreezer, partnerFreezerCode(), QStringLiteral("Congélateur de l'épicerie"),
         LocationKind::PartnerFreezer, partnerFreezerThermometer(), salesPoint.id},
    };
    for (const auto& wanted : locations) {
        auto added = addLocation(wanted.code, wanted.name, wanted.kind, wanted.thermometer, wanted.host);
        if (!added)
            return fail(QStringLiteral("location ") + wanted.code, added.error());
        *wanted.location = added.value();
    }

    struct Price
    {
        QString product, tier;
        qint64 cents;
    };
    const Price prices[] = {
        {TestDatabase::finishedProductCode(), QStringLiteral("full"), RoundsFullCents},
        {TestDatabase::finishedProductCode(), QStringLiteral("solidarity"), RoundsSolidarityCents},
        {TestDatabase::finishedProductCode(), QStringLiteral("free"), 0},
        {soupCode(), QStringLiteral("full"), SoupFullCents},
    };
    for (const auto& price : prices) {
        if (auto set = s.prices.setPrice(who, price.product, price.tier, Money::fromCents(price.cents)); !set)
            return fail(QStringLiteral("price of ") + price.product, set.error());
    }

    BatchStartRequest start;
    start.productId = m_db->finished.id;
    start.startedAt = QDateTime(day().addDays(-41), QTime(8, 0));
    auto batch = s.batches.start(who, start);
    if (!batch)
        return fail(QStringLiteral("rounds batch"), batch.error());
    roundsBatch = batch->code;
    start.productId = soup.id;
    start.startedAt = QDateTime(day().addDays(-3), QTime(8, 0));
    batch = s.batches.start(who, start);
    if (!batch)
        return fail(QStringLiteral("soup batch"), batch.error());
    soupBatch = batch->code;

    struct Output
    {
        FinishedLot* lot;
        QString batch;
        int packs;
        QDate packedOn;
        QString location;
    };
    const Output outputs[] = {
        {&oldest, roundsBatch, OldestPacks, day().addDays(-40), freezerCode()},
        {&middle, roundsBatch, MiddlePacks, day().addDays(-20), secondFreezerCode()},
        {&newest, roundsBatch, NewestPacks, day(), freezerCode()},
        {&soupLot, soupBatch, SoupPacks, day().addDays(-2), coldRoomCode()},
    };
    for (const auto& output : outputs) {
        BatchOutputRequest request;
        request.packs = output.packs;
        request.packedOn = output.packedOn;
        request.locationCode = output.location;
        auto packed = s.batches.output(who, output.batch, request);
        if (!packed)
            return fail(QStringLiteral("output of ") + output.batch, packed.error());
        *output.lot = packed.value();
    }
    return true;
}

bool StockScenarioFile::build()
{
    m_db.emplace(QStringLiteral("scenario.db"));
    if (!m_db->isOpen() || !m_db->seed()) {
        m_error = m_db->errorString();
        return false;
    }
    m_scenario.emplace(*m_db);
    if (!m_scenario->build()) {
        m_error = m_scenario->errorString();
        return false;
    }
    m_file = m_db->path();
    // Closed, the file holds everything (the write-ahead log is checkpointed and removed).
    m_db->close();
    return true;
}

std::optional<StockScenario> StockScenarioFile::copyInto(TestDatabase& db)
{
    if (!m_scenario) {
        m_error = QStringLiteral("the scenario file was not built");
        return std::nullopt;
    }
    db.close();
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(db.path() + suffix);
    if (!QFile::copy(m_file, db.path()) || !db.reopen()) {
        m_error = QStringLiteral("cannot copy the scenario to %1: %2").arg(db.path(), db.errorString());
        return std::nullopt;
    }
    db.site = m_db->site;
    db.farm = m_db->farm;
    db.retailer = m_db->retailer;
    db.carrot = m_db->carrot;
    db.finished = m_db->finished;
    StockScenario copy = *m_scenario;
    copy.m_db = &db;
    return copy;
}

} // namespace glaneur::test
