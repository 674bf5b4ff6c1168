// SPDX-License-Identifier: GPL-3.0-or-later
// Impact indicators (issue 6, UX-05): the processing scenario's receptions, batches, losses and
// finished lots, and the stock scenario's shipments, freezer sales, losses and reversals, add up to
// exactly what the scenarios' constants say; periods cut at local midnight, sites apart, tasks
// clipped to the period, rejected tasks and reversed movements left out. Checked against the
// constants, and against SQL written here for the totals. A report writes nothing.
#include "core/services/Services.h"
#include "tests/support/ProcessingScenario.h"
#include "tests/support/RawSqlite.h"
#include "tests/support/StockScenario.h"
#include "tests/support/TestDatabase.h"

#include <QtTest>

using namespace glaneur;
using namespace glaneur::test;

using P = ProcessingScenario;
using S = StockScenario;
using Channel = ImpactIndicators::Channel;
using Waste = ImpactIndicators::Waste;

namespace {

template <typename T>
QString why(const Result<T>& r)
{
    return r ? QString() : describe(r.error());
}

// "kind: lots, grams" lines, for comparisons that print both sides.
QStringList sourcesOf(const ImpactIndicators& in)
{
    QStringList text;
    for (const auto& row : in.sources)
        text << QStringLiteral("%1: %2 lots, %3 g").arg(codeOf(row.kind)).arg(row.lots).arg(row.mass.grams());
    return text;
}

QStringList farmsOf(const ImpactIndicators& in)
{
    QStringList text;
    for (const auto& row : in.farms)
        text << QStringLiteral("%1: %2 lots, %3 g").arg(row.name).arg(row.lots).arg(row.mass.grams());
    return text;
}

QStringList processedOf(const ImpactIndicators& in)
{
    QStringList text;
    for (const auto& row : in.processed)
        text << QStringLiteral("%1: %2 g, %3 g from lots")
                    .arg(row.productCode)
                    .arg(row.mass.grams())
                    .arg(row.fromLots.grams());
    return text;
}

QStringList producedOf(const ImpactIndicators& in)
{
    QStringList text;
    for (const auto& row : in.produced)
        text << QStringLiteral("%1: %2 lots, %3 packs, %4 g")
                    .arg(row.productCode)
                    .arg(row.lots)
                    .arg(row.packs)
                    .arg(row.mass.grams());
    return text;
}

QStringList wasteOf(const ImpactIndicators& in)
{
    QStringList text;
    for (const auto& row : in.waste)
        text << QStringLiteral("%1: %2 packs, %3 g")
                    .arg(ImpactIndicators::codeOf(row.waste))
                    .arg(row.packs)
                    .arg(row.mass.grams());
    return text;
}

QStringList distributionOf(const ImpactIndicators& in)
{
    QStringList text;
    for (const auto& row : in.distribution)
        text << QStringLiteral("%1/%2: %3 docs, %4 packs, %5 g")
                    .arg(ImpactIndicators::codeOf(row.channel), row.tierCode)
                    .arg(row.documents)
                    .arg(row.packs)
                    .arg(row.mass.grams());
    return text;
}

QStringList tiersOf(const ImpactIndicators& in)
{
    QStringList text;
    for (const auto& row : in.tiers())
        text << QStringLiteral("%1: %2 packs, %3 g").arg(row.tierCode).arg(row.packs).arg(row.mass.grams());
    return text;
}

QStringList organisationsOf(const ImpactIndicators& in)
{
    QStringList text;
    for (const auto& row : in.organisations)
        text << QStringLiteral("%1: %2").arg(codeOf(row.kind)).arg(row.organisations);
    return text;
}

QStringList hoursOf(const ImpactIndicators& in)
{
    QStringList text;
    for (const auto& row : in.hours)
        text << QStringLiteral("%1: %2 participants, %3 tasks, %4 s validated, %5 s pending")
                    .arg(codeOf(row.program))
                    .arg(row.participants)
                    .arg(row.tasks)
                    .arg(row.validatedSeconds)
                    .arg(row.pendingSeconds);
    return text;
}

QString line(const char* format, qint64 a, qint64 b)
{
    return QString::fromUtf8(format).arg(a).arg(b);
}

ShipmentLineRequest shipLine(const QString& lot, int packs, const QString& from)
{
    return ShipmentLineRequest{lot, packs, from};
}

} // namespace

class TestIndicatorService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void processingScenarioAddsUp();
    void correctionsAreSummed();
    void receptionsCutAtLocalMidnight();
    void sitesApart();
    void hoursClippedToThePeriod();
    void distributionPerChannelAndTier();
    void refusesBadPeriodsAndWritesNothing();

private:
    ImpactIndicators compute(const QDate& from, const QDate& to, const QString& site = {});
    Services& services() { return m_db->services(); }

    std::optional<TestDatabase> m_db;
};

void TestIndicatorService::init()
{
    useKitchenTimeZone();
    m_db.emplace();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
    QVERIFY2(m_db->seed(), qPrintable(m_db->errorString()));
}

void TestIndicatorService::cleanup()
{
    m_db.reset();
}

ImpactIndicators TestIndicatorService::compute(const QDate& from, const QDate& to, const QString& site)
{
    const auto computed = services().indicators.compute(from, to, site);
    if (!computed) {
        qWarning().noquote() << "compute:" << why(computed);
        return {};
    }
    return computed.value();
}

void TestIndicatorService::processingScenarioAddsUp()
{
    ProcessingScenario scenario(*m_db);
    QVERIFY2(scenario.buildTo(P::Stage::Closed), qPrintable(scenario.errorString()));
    const ImpactIndicators in = compute(P::day(), P::day());
    QCOMPARE(in.from, P::day());
    QCOMPARE(in.to, P::day());
    QVERIFY(in.siteCode.isEmpty());

    // Lot 1 and the onions come from Ferme Éthier, lot 2 from Ferme Lefebvre, lot 3 from the
    // retailer but grown at Ferme Lefebvre; all given (the request's default acquisition).
    QCOMPARE(sourcesOf(in), (QStringList{line("farm: %1 lots, %2 g", 3, P::CarrotLot1 + P::CarrotLot2 + P::OnionLot),
                                         line("retailer: %1 lots, %2 g", 1, P::CarrotLot3)}));
    const qint64 received = P::CarrotLot1 + P::CarrotLot2 + P::CarrotLot3 + P::OnionLot;
    QCOMPARE(in.recovered().grams(), received);
    QCOMPARE(in.receptionLots(), 4);
    QCOMPARE(in.acquisitions.size(), std::size_t(1));
    QCOMPARE(in.acquisitions[0].acquisition, AcquisitionKind::Donation);
    QCOMPARE(in.acquisitions[0].mass.grams(), received);
    // Heaviest first.
    QCOMPARE(farmsOf(in),
             (QStringList{
                 QStringLiteral("%1: 2 lots, %2 g").arg(P::secondFarmName()).arg(P::CarrotLot2 + P::CarrotLot3),
                 QStringLiteral("%1: 2 lots, %2 g").arg(TestDatabase::farmName()).arg(P::CarrotLot1 + P::OnionLot)}));

    QCOMPARE(in.batches, 2);
    const qint64 carrots = P::RoundsFromLot1 + P::RoundsFromLot2 + P::SoupFromLot1 + P::SoupFromLot3;
    QCOMPARE(processedOf(in), (QStringList{QStringLiteral("CAROTTE: %1 g, %1 g from lots").arg(carrots),
                                           QStringLiteral("EAU: %1 g, 0 g from lots").arg(P::SoupWater),
                                           QStringLiteral("HUILE: %1 g, 0 g from lots").arg(P::SoupOil),
                                           QStringLiteral("OIGNON: %1 g, %1 g from lots").arg(P::SoupFromOnions),
                                           QStringLiteral("SEL: %1 g, 0 g from lots").arg(P::SoupSalt)}));
    QCOMPARE(in.processedMass().grams(), P::roundsConsumed() + P::soupConsumed());

    QCOMPARE(producedOf(in), (QStringList{QStringLiteral("%1: 2 lots, %2 packs, %3 g")
                                              .arg(TestDatabase::finishedProductCode())
                                              .arg(P::RoundsPacksA + P::RoundsPacksB)
                                              .arg(P::roundsPacked()),
                                          QStringLiteral("%1: 2 lots, %2 packs, %3 g")
                                              .arg(P::soupCode())
                                              .arg(P::SoupPacksA + P::SoupPacksB)
                                              .arg(P::soupPacked())}));
    QCOMPARE(in.packsProduced(), qint64(P::RoundsPacksA + P::RoundsPacksB + P::SoupPacksA + P::SoupPacksB));
    QCOMPARE(wasteOf(in), QStringList{line("compost: %1 packs, %2 g", 0, P::roundsLost() + P::soupLost())});
    QCOMPARE(in.composted().grams(), P::roundsLost() + P::soupLost());
    QCOMPARE(in.discarded().grams(), qint64(0));
    QVERIFY(in.distribution.empty());
    QCOMPARE(in.organisationsSupplied(), 0);

    // The same totals by SQL written here, over the whole file.
    RawSqlite raw(m_db->path());
    QVERIFY(raw.isOpen());
    QCOMPARE(raw.value(QStringLiteral("SELECT SUM(net_g) FROM reception_lot"))->toLongLong(), in.recovered().grams());
    QCOMPARE(raw.value(QStringLiteral("SELECT SUM(grams) FROM batch_input"))->toLongLong(), in.processedMass().grams());
    QCOMPARE(raw.value(QStringLiteral("SELECT SUM(packs * pack_g) FROM finished_lot"))->toLongLong(),
             in.producedMass().grams());

    // The day before and the day after hold nothing.
    const ImpactIndicators before = compute(P::day().addDays(-1), P::day().addDays(-1));
    QVERIFY(before.sources.empty());
    QCOMPARE(before.batches, 0);
    QVERIFY(before.produced.empty());
    QVERIFY(before.waste.empty());
}

void TestIndicatorService::correctionsAreSummed()
{
    ProcessingScenario scenario(*m_db);
    QVERIFY2(scenario.buildTo(P::Stage::Closed), qPrintable(scenario.errorString()));
    // A closed batch takes corrections: less water than written, a smaller loss at sorting.
    const qint64 water = P::SoupWater - 500;
    const qint64 sortLoss = P::RoundsCompostAtSort - 750;
    m_db->clock().set(P::at(12, 0));
    const auto correctedWater =
        services().batches.correctInput(TestDatabase::actor(), scenario.soupBatch, scenario.soupWater.id,
                                        Mass::fromGrams(water), QStringLiteral("Pesée refaite"));
    QVERIFY2(correctedWater, qPrintable(why(correctedWater)));
    const auto correctedLoss =
        services().batches.correctLoss(TestDatabase::actor(), scenario.rounds, scenario.roundsSortLoss.id,
                                       Mass::fromGrams(sortLoss), QStringLiteral("Bac mal taré"));
    QVERIFY2(correctedLoss, qPrintable(why(correctedLoss)));

    const ImpactIndicators in = compute(P::day(), P::day());
    QVERIFY2(processedOf(in).contains(QStringLiteral("EAU: %1 g, 0 g from lots").arg(water)),
             qPrintable(processedOf(in).join(QLatin1Char('\n'))));
    QCOMPARE(in.processedMass().grams(), P::roundsConsumed() + P::soupConsumed() - 500);
    QCOMPARE(in.composted().grams(), P::roundsLost() - 750 + P::soupLost());
    RawSqlite raw(m_db->path());
    QCOMPARE(raw.value(QStringLiteral("SELECT SUM(grams) FROM batch_input"))->toLongLong(), in.processedMass().grams());
    QCOMPARE(raw.value(QStringLiteral("SELECT SUM(grams) FROM batch_loss WHERE kind = 'compost'"))->toLongLong(),
             in.composted().grams());
}

void TestIndicatorService::receptionsCutAtLocalMidnight()
{
    const QDate day = P::day();
    struct Reception
    {
        QDateTime at;
        qint64 grams;
        AcquisitionKind acquisition;
    };
    const Reception receptions[] = {
        {QDateTime(day.addDays(-1), QTime(23, 59, 59)), 1'111, AcquisitionKind::Gleaning},
        {QDateTime(day, QTime(0, 0)), 2'222, AcquisitionKind::Purchase},
        {QDateTime(day.addDays(-2), QTime(12, 0)), 4'444, AcquisitionKind::Donation},
    };
    for (const auto& r : receptions) {
        ReceptionRequest request = m_db->carrotsFromFarm(r.grams);
        request.receivedAt = r.at;
        request.acquisition = r.acquisition;
        if (r.acquisition == AcquisitionKind::Purchase)
            request.price = Money::fromCents(450);
        const auto lot = services().receptions.receive(TestDatabase::actor(), request);
        QVERIFY2(lot, qPrintable(why(lot)));
    }
    QCOMPARE(compute(day.addDays(-1), day.addDays(-1)).recovered().grams(), qint64(1'111));
    QCOMPARE(compute(day, day).recovered().grams(), qint64(2'222));
    QCOMPARE(compute(day.addDays(-1), day).recovered().grams(), qint64(1'111 + 2'222));
    QCOMPARE(compute(day.addDays(-2), day).recovered().grams(), qint64(1'111 + 2'222 + 4'444));
    QCOMPARE(compute(day.addDays(-30), day.addDays(-3)).recovered().grams(), qint64(0));
    const ImpactIndicators two = compute(day.addDays(-1), day);
    QCOMPARE(two.acquisitions.size(), std::size_t(2));
    QCOMPARE(two.acquisitions[0].acquisition, AcquisitionKind::Purchase);
    QCOMPARE(two.acquisitions[0].mass.grams(), qint64(2'222));
    QCOMPARE(two.acquisitions[1].acquisition, AcquisitionKind::Gleaning);
    QCOMPARE(two.acquisitions[1].mass.grams(), qint64(1'111));

    // The local day, written here from the UTC instants: 23:59:59 in Montréal is 04:59:59 UTC.
    RawSqlite raw(m_db->path());
    QCOMPARE(raw.value(QStringLiteral("SELECT SUM(net_g) FROM reception_lot"
                                      " WHERE received_at >= '2026-11-21T05:00:00Z'"
                                      " AND received_at < '2026-11-22T05:00:00Z'"))
                 ->toLongLong(),
             qint64(1'111));
}

void TestIndicatorService::sitesApart()
{
    Site second;
    second.code = QStringLiteral("VF");
    second.name = QStringLiteral("Cuisine de Valleyfield");
    const auto added = services().sites.add(TestDatabase::actor(), second);
    QVERIFY2(added, qPrintable(why(added)));
    ReceptionRequest here = m_db->carrotsFromFarm(5'000);
    ReceptionRequest there = m_db->carrotsFromFarm(3'000);
    there.siteCode = QStringLiteral("VF");
    QVERIFY(services().receptions.receive(TestDatabase::actor(), here));
    QVERIFY(services().receptions.receive(TestDatabase::actor(), there));

    const QDate day = P::day();
    QCOMPARE(compute(day, day).recovered().grams(), qint64(8'000));
    const ImpactIndicators hs = compute(day, day, TestDatabase::siteCode());
    QCOMPARE(hs.siteCode, TestDatabase::siteCode());
    QCOMPARE(hs.recovered().grams(), qint64(5'000));
    QCOMPARE(compute(day, day, QStringLiteral("VF")).recovered().grams(), qint64(3'000));

    const auto unknown = services().indicators.compute(day, day, QStringLiteral("ZZ"));
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
}

void TestIndicatorService::hoursClippedToThePeriod()
{
    const QDate day = P::day();
    Participant participant;
    participant.code = QStringLiteral("P07");
    participant.displayName = QStringLiteral("Alex");
    participant.program = ParticipantProgram::Employability;
    participant.activeFrom = day.addDays(-30);
    const auto added = services().participants.add(TestDatabase::actor(), participant);
    QVERIFY2(added, qPrintable(why(added)));
    const auto lot = services().receptions.receive(TestDatabase::actor(), m_db->carrotsFromFarm(10'000));
    QVERIFY2(lot, qPrintable(why(lot)));

    const auto record = [&](const QDateTime& start, int minutes, const QString& lotCode) {
        TaskRequest request;
        request.participantId = added->id;
        request.kind = TaskKind::Sort;
        request.startedAt = start;
        request.minutes = minutes;
        request.lotCode = lotCode;
        return services().tasks.record(TestDatabase::actor(), request);
    };
    // Across midnight: one hour on each day. Pending (not reviewed).
    const auto night = record(QDateTime(day.addDays(-1), QTime(23, 0)), 120, QString());
    QVERIFY2(night, qPrintable(why(night)));
    // On the lot of the kitchen, validated.
    const auto sorting = record(QDateTime(day, QTime(6, 0)), 45, lot->code);
    QVERIFY2(sorting, qPrintable(why(sorting)));
    QVERIFY(services().tasks.review(TestDatabase::actor(), sorting->id, TaskReview::Validated, QString()));
    // Rejected: never counts.
    const auto rejected = record(QDateTime(day, QTime(7, 0)), 30, QString());
    QVERIFY2(rejected, qPrintable(why(rejected)));
    QVERIFY(
        services().tasks.review(TestDatabase::actor(), rejected->id, TaskReview::Rejected, QStringLiteral("Doublon")));

    QCOMPARE(hoursOf(compute(day, day)),
             QStringList{QStringLiteral("employability: 1 participants, 2 tasks, 2700 s validated, 3600 s pending")});
    QCOMPARE(hoursOf(compute(day.addDays(-1), day.addDays(-1))),
             QStringList{QStringLiteral("employability: 1 participants, 1 tasks, 0 s validated, 3600 s pending")});
    QCOMPARE(compute(day.addDays(-1), day).participantSeconds(), qint64(120 + 45) * 60);
    // A kitchen counts the tasks tied to its batches or lots; the night's task is tied to none.
    QCOMPARE(hoursOf(compute(day, day, TestDatabase::siteCode())),
             QStringList{QStringLiteral("employability: 1 participants, 1 tasks, 2700 s validated, 0 s pending")});
    // The same figures as the participants' hours report.
    const auto hours = services().tasks.hours(day, day);
    QVERIFY2(hours, qPrintable(why(hours)));
    QCOMPARE(hours->programs.size(), std::size_t(1));
    QCOMPARE(hours->programs[0].validatedSeconds + hours->programs[0].pendingSeconds,
             compute(day, day).participantSeconds());
}

void TestIndicatorService::distributionPerChannelAndTier()
{
    StockScenario stock(*m_db);
    QVERIFY2(stock.build(), qPrintable(stock.errorString()));
    const Actor who = TestDatabase::actor();
    const QDate day = S::day();
    const auto ship = [&](ShipmentKind kind, const QString& partner, const QString& lot, int packs, const QString& from,
                          const QDateTime& at, const QString& tier = {}) {
        ShipmentRequest request;
        request.kind = kind;
        request.partner = partner;
        request.tierCode = tier;
        request.at = at;
        request.outsideQuebecConfirmed = true;
        request.lines = {shipLine(lot, packs, from)};
        return services().shipments.ship(who, request);
    };
    // Today: a sale to the sales point at its solidarity tier, a donation to the food bank, a
    // restock of the sales point's freezer; a sale at full price and one to Ontario, both undone.
    const auto sale =
        ship(ShipmentKind::Sale, S::salesPointName(), stock.newest.code, 6, S::freezerCode(), S::at(8, 0));
    QVERIFY2(sale, qPrintable(why(sale)));
    const auto donation =
        ship(ShipmentKind::Donation, S::foodBankName(), stock.oldest.code, 10, S::freezerCode(), S::at(8, 5));
    QVERIFY2(donation, qPrintable(why(donation)));
    const auto restock =
        ship(ShipmentKind::Restock, S::salesPointName(), stock.middle.code, 8, S::secondFreezerCode(), S::at(8, 10));
    QVERIFY2(restock, qPrintable(why(restock)));
    const auto undone = ship(ShipmentKind::Sale, S::salesPointName(), stock.newest.code, 4, S::freezerCode(),
                             S::at(8, 15), QStringLiteral("full"));
    QVERIFY2(undone, qPrintable(why(undone)));
    const auto ontario =
        ship(ShipmentKind::Sale, S::ontarioName(), stock.oldest.code, 2, S::freezerCode(), S::at(8, 20));
    QVERIFY2(ontario, qPrintable(why(ontario)));
    for (const auto& shipment : {undone.value(), ontario.value()}) {
        const auto reversed =
            services().stock.reverse(who, shipment.lines[0].movementId, QStringLiteral("Erreur de saisie"));
        QVERIFY2(reversed, qPrintable(why(reversed)));
    }
    // The public bought 3 of the 8 restocked packs: the count finds 5.
    CountRequest count;
    count.locationCode = S::partnerFreezerCode();
    count.lines = {{stock.middle.code, 5}};
    count.at = S::at(9, 0);
    const auto counted = services().stock.count(who, count);
    QVERIFY2(counted, qPrintable(why(counted)));
    // Two packs of soup lost, one pack of rounds destroyed.
    LossRequest loss;
    loss.lotCode = stock.soupLot.code;
    loss.packs = 2;
    loss.fromCode = S::coldRoomCode();
    loss.kind = MovementKind::Loss;
    loss.reason = QStringLiteral("Sacs percés");
    loss.at = S::at(9, 10);
    QVERIFY(services().stock.recordLoss(who, loss));
    loss.lotCode = stock.oldest.code;
    loss.packs = 1;
    loss.fromCode = S::freezerCode();
    loss.kind = MovementKind::Destruction;
    loss.reason = QStringLiteral("Emballage déchiré");
    QVERIFY(services().stock.recordLoss(who, loss));
    // Yesterday, one minute before midnight: one pack given.
    const auto lastNight = ship(ShipmentKind::Donation, S::foodBankName(), stock.oldest.code, 1, S::freezerCode(),
                                QDateTime(day.addDays(-1), QTime(23, 59)));
    QVERIFY2(lastNight, qPrintable(why(lastNight)));

    const qint64 rounds = 500; // grams per pack of rounds
    const ImpactIndicators in = compute(day, day);
    QCOMPARE(distributionOf(in),
             (QStringList{
                 QStringLiteral("sale/solidarity: 1 docs, 6 packs, %1 g").arg(6 * rounds),
                 QStringLiteral("donation/free: 1 docs, 10 packs, %1 g").arg(10 * rounds),
                 QStringLiteral("restock/%1: 1 docs, 8 packs, %2 g").arg(restock->tierCode).arg(8 * rounds),
                 QStringLiteral("sales-point/solidarity: 1 docs, 3 packs, %1 g").arg(3 * rounds),
             }));
    // Per tier, restocks left out: their packs count when the public buys them.
    QCOMPARE(tiersOf(in), (QStringList{QStringLiteral("free: 10 packs, %1 g").arg(10 * rounds),
                                       QStringLiteral("solidarity: 9 packs, %1 g").arg(9 * rounds)}));
    QCOMPARE(in.distributedToPartners().grams(), (6 + 10 + 8) * rounds);
    QCOMPARE(in.packsToPartners(), qint64(6 + 10 + 8));
    // Ontario's only shipment was undone: it was not supplied.
    QCOMPARE(organisationsOf(in), (QStringList{QStringLiteral("food-bank: 1"), QStringLiteral("sales-point: 1")}));
    QCOMPARE(wasteOf(in), (QStringList{QStringLiteral("stock-loss: 2 packs, %1 g").arg(2 * S::SoupPackGrams),
                                       QStringLiteral("destruction: 1 packs, %1 g").arg(rounds)}));
    QCOMPARE(in.discarded().grams(), 2 * S::SoupPackGrams + rounds);
    // Packed today: the newest lot only.
    QCOMPARE(producedOf(in), QStringList{QStringLiteral("%1: 1 lots, %2 packs, %3 g")
                                             .arg(TestDatabase::finishedProductCode())
                                             .arg(S::NewestPacks)
                                             .arg(S::NewestPacks * rounds)});

    // What left for partners today, by SQL written here from the shipment lines.
    RawSqlite raw(m_db->path());
    const auto shipped = raw.value(QStringLiteral(
        "SELECT SUM(l.packs * l.pack_g) FROM shipment_line l JOIN shipment s ON s.shipment_id = l.shipment_id"
        " WHERE s.shipped_at >= '2026-11-22T05:00:00Z' AND s.shipped_at < '2026-11-23T05:00:00Z'"
        " AND l.movement_id NOT IN (SELECT reverses_id FROM stock_movement WHERE reverses_id IS NOT NULL)"));
    QVERIFY(shipped);
    QCOMPARE(shipped->toLongLong(), in.distributedToPartners().grams());

    const ImpactIndicators yesterday = compute(day.addDays(-1), day.addDays(-1));
    QCOMPARE(distributionOf(yesterday),
             QStringList{QStringLiteral("donation/free: 1 docs, 1 packs, %1 g").arg(rounds)});
    QCOMPARE(organisationsOf(yesterday), QStringList{QStringLiteral("food-bank: 1")});
    QVERIFY(yesterday.waste.empty());
    // Both days: the food bank counts once.
    QCOMPARE(compute(day.addDays(-1), day).organisationsSupplied(), 2);
}

void TestIndicatorService::refusesBadPeriodsAndWritesNothing()
{
    ProcessingScenario scenario(*m_db);
    QVERIFY2(scenario.buildTo(P::Stage::Closed), qPrintable(scenario.errorString()));
    const QString before = m_db->snapshot();
    const QDate day = P::day();

    const auto backwards = services().indicators.compute(day, day.addDays(-1));
    QVERIFY(!backwards);
    QCOMPARE(backwards.error().code, ErrorCode::Validation);
    const auto future = services().indicators.compute(day.addDays(1), day.addDays(5));
    QVERIFY(!future);
    QCOMPARE(future.error().code, ErrorCode::Validation);
    const auto invalid = services().indicators.compute(QDate(), day);
    QVERIFY(!invalid);
    QCOMPARE(invalid.error().code, ErrorCode::Validation);
    // A period that runs past today is fine: it covers what happened so far.
    const auto ongoing = services().indicators.compute(day.addDays(-10), day.addDays(10));
    QVERIFY2(ongoing, qPrintable(why(ongoing)));
    QCOMPARE(ongoing->recovered().grams(), P::CarrotLot1 + P::CarrotLot2 + P::CarrotLot3 + P::OnionLot);
    QCOMPARE(m_db->snapshot(), before);
}

QTEST_GUILESS_MAIN(TestIndicatorService)
#include "tst_indicatorservice.moc"
