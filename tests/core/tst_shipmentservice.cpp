// SPDX-License-Identifier: GPL-3.0-or-later
// Shipments to partners (issue 4, TR-04, TR-10): sales priced from the partner's social tier,
// free donations, restocks of a partner freezer, lines that repeat a lot, the warning before
// shipping outside Quebec, holds (also placed by another station meanwhile), two stations racing
// for the last packs, and a history that keeps what was true on the day. Refusals write nothing.
#include "core/services/Services.h"
#include "core/storage/AuditLog.h"
#include "core/storage/HoldRepository.h"
#include "core/storage/StockRepository.h"
#include "tests/support/StationRace.h"
#include "tests/support/StockScenario.h"
#include "tests/support/TestDatabase.h"

#include <QSet>
#include <QSqlQuery>
#include <QThread>
#include <QtTest>

#include <optional>

using namespace glaneur;
using namespace glaneur::test;

namespace {

template <typename T>
QString why(const Result<T>& r)
{
    return r ? QString() : describe(r.error());
}

ShipmentLineRequest line(const QString& lot, int packs, const QString& from = {})
{
    return ShipmentLineRequest{lot, packs, from};
}

enum class Refusal {
    NoPartner,
    UnknownPartner,
    DeactivatedPartner,
    PartnerWithoutAddress,
    NoLines,
    ZeroPacks,
    NegativePacks,
    UnknownLot,
    UnknownSource,
    FromQuarantine,
    FromAPartnerFreezer,
    LotOnlyInQuarantine,
    LotInSeveralPlaces,
    MoreThanOnHand,
    UnknownTier,
    DeactivatedTier,
    InTheFuture,
    SaleToAPartnerFreezer,
    RestockToAPartnerWithoutFreezer,
    RestockToAKitchenFreezer,
    SaleWithoutPrice,
    TooManyLines,
    NoOperator,
};

} // namespace

Q_DECLARE_METATYPE(Refusal)
Q_DECLARE_METATYPE(glaneur::ErrorCode)

class TestShipmentService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void salePricedFromThePartnersTier();
    void explicitTierOrFullPrice();
    void saleWithoutAPriceIsRefused();
    void donationIsFree();
    void freeTierCostsNothingAndStaysActive();
    void restockGoesToThePartnerFreezer();
    void partnerWithTwoFreezersSaysWhichOne();
    void linesRepeatingALotAreSummed();
    void findsWhereTheLotIsWhenItIsInOnePlace();
    void ontarioNeedsConfirmation();
    void heldLotIsNotShippedUntilReleased();
    void holdPlacedByAnotherStationMeanwhileIsHonoured();
    void twoStationsRaceForTheLastPacks();
    void historyKeepsLinesAndTheAddressOfTheDay();
    void numbersPerDayOfShipping();
    void refusesWhatBreaksTheRules_data();
    void refusesWhatBreaksTheRules();

private:
    Services& services() { return m_db->services(); }
    ShipmentService& shipments() { return m_db->services().shipments; }
    static Actor who() { return TestDatabase::actor(); }
    int packsAt(const QString& lot, const QString& location)
    {
        const auto packs = services().stock.packsAt(lot, location);
        return packs ? packs.value() : -1;
    }
    QStringList mismatches() { return StockRepository(m_db->connection()).balanceMismatches().value(); }
    std::vector<StockMovement> movementsOf(ShipmentId shipment)
    {
        MovementFilter filter;
        filter.shipmentId = shipment;
        return services().stock.movements(filter).value();
    }

    StockScenarioFile m_scenarioFile;
    std::optional<TestDatabase> m_db;
    std::optional<StockScenario> m_scenario;
};

void TestShipmentService::initTestCase()
{
    useKitchenTimeZone();
    QVERIFY2(m_scenarioFile.build(), qPrintable(m_scenarioFile.errorString()));
}

void TestShipmentService::init()
{
    m_db.emplace();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
    m_scenario = m_scenarioFile.copyInto(*m_db);
    QVERIFY2(m_scenario, qPrintable(m_scenarioFile.errorString()));
}

void TestShipmentService::cleanup()
{
    m_scenario.reset();
    m_db.reset();
}

void TestShipmentService::salePricedFromThePartnersTier()
{
    const StockScenario& s = *m_scenario;
    const qint64 audits = m_db->count(QStringLiteral("audit_log"));
    ChangeCounter changes(services().notifier());
    ShipmentRequest request;
    request.partner = QStringLiteral("epicerie solidaire de huntingdon");
    request.note = QStringLiteral("  Livrer avant midi ");
    request.lines = {line(s.oldest.code, 10, StockScenario::freezerCode()),
                     line(s.newest.code.toLower(), 4, QStringLiteral("hs-cong1"))};
    const auto shipped = shipments().ship(who(), request);
    QVERIFY2(shipped, qPrintable(why(shipped)));
    QCOMPARE(changes.stock(), 1);
    QCOMPARE(m_db->count(QStringLiteral("audit_log")), audits + 1);
    QCOMPARE(AuditLog(m_db->connection()).forRecord(QStringLiteral("shipment"), shipped->id.value)->size(), size_t(1));

    QCOMPARE(shipped->number, QStringLiteral("E-261122-HS-01"));
    QCOMPARE(shipped->kind, ShipmentKind::Sale);
    QCOMPARE(shipped->partnerName, StockScenario::salesPointName());
    QCOMPARE(shipped->partnerId, s.salesPoint.id);
    QCOMPARE(shipped->address.street, s.salesPoint.address.street);
    QCOMPARE(shipped->address.province, QStringLiteral("QC"));
    QCOMPARE(shipped->tierCode, QStringLiteral("solidarity"));
    QCOMPARE(shipped->siteCode, TestDatabase::siteCode());
    QCOMPARE(shipped->note, QStringLiteral("Livrer avant midi"));
    QCOMPARE(shipped->shippedAt, m_db->clock().nowUtc());
    QVERIFY(!shipped->outsideQuebec);
    QCOMPARE(int(shipped->lines.size()), 2);
    QCOMPARE(shipped->lines[0].unitPrice.cents(), StockScenario::RoundsSolidarityCents);
    QCOMPARE(shipped->lines[0].bestBefore, s.oldest.bestBefore);
    QCOMPARE(shipped->lines[0].packGrams, 500);
    QCOMPARE(shipped->lines[1].lotCode, s.newest.code);
    QCOMPARE(shipped->packs(), 14);
    QCOMPARE(shipped->grams(), qint64(7'000));
    QCOMPARE(shipped->amount().cents(), 14 * StockScenario::RoundsSolidarityCents);

    // Each line is one shipment movement out of stock, pointing at the shipment.
    const auto movements = movementsOf(shipped->id);
    QCOMPARE(int(movements.size()), 2);
    for (std::size_t i = 0; i < movements.size(); ++i) {
        QCOMPARE(movements[i].kind, MovementKind::Shipment);
        QCOMPARE(movements[i].id, shipped->lines[i].movementId);
        QCOMPARE(movements[i].reference, shipped->number);
        QCOMPARE(movements[i].partnerName, StockScenario::salesPointName());
        QCOMPARE(movements[i].fromCode, StockScenario::freezerCode());
        QVERIFY(movements[i].toCode.isEmpty());
        QCOMPARE(movements[i].packs, shipped->lines[i].packs);
    }
    QCOMPARE(packsAt(s.oldest.code, StockScenario::freezerCode()), StockScenario::OldestPacks - 10);
    QCOMPARE(packsAt(s.newest.code, StockScenario::freezerCode()), StockScenario::NewestPacks - 4);
    QCOMPARE(mismatches(), QStringList());
}

void TestShipmentService::explicitTierOrFullPrice()
{
    const StockScenario& s = *m_scenario;
    ShipmentRequest request;
    request.partner = s.salesPoint.name;
    request.tierCode = QStringLiteral(" FULL ");
    request.lines = {line(s.oldest.code, 2, StockScenario::freezerCode())};
    auto shipped = shipments().ship(who(), request);
    QVERIFY2(shipped, qPrintable(why(shipped)));
    QCOMPARE(shipped->tierCode, QStringLiteral("full"));
    QCOMPARE(shipped->lines[0].unitPrice.cents(), StockScenario::RoundsFullCents);

    // A partner without a tier pays the full price, soup included.
    request.partner = m_db->retailer.name;
    request.tierCode.clear();
    request.lines = {line(s.oldest.code, 1, StockScenario::freezerCode()),
                     line(s.soupLot.code, 3, StockScenario::coldRoomCode())};
    shipped = shipments().ship(who(), request);
    QVERIFY2(shipped, qPrintable(why(shipped)));
    QCOMPARE(shipped->tierCode, QStringLiteral("full"));
    QCOMPARE(shipped->amount().cents(), StockScenario::RoundsFullCents + 3 * StockScenario::SoupFullCents);

    // A new price applies to later shipments; the earlier ones keep theirs.
    QVERIFY(services().prices.setPrice(who(), TestDatabase::finishedProductCode(), QStringLiteral("full"),
                                       Money::fromCents(450)));
    request.lines = {line(s.oldest.code, 1, StockScenario::freezerCode())};
    const auto later = shipments().ship(who(), request);
    QVERIFY2(later, qPrintable(why(later)));
    QCOMPARE(later->lines[0].unitPrice.cents(), qint64(450));
    QCOMPARE(shipments().byNumber(shipped->number)->lines[0].unitPrice.cents(), StockScenario::RoundsFullCents);
}

void TestShipmentService::saleWithoutAPriceIsRefused()
{
    const StockScenario& s = *m_scenario;
    ShipmentRequest request;
    request.partner = s.salesPoint.name;
    request.lines = {line(s.oldest.code, 2, StockScenario::freezerCode()),
                     line(s.soupLot.code, 1, StockScenario::coldRoomCode())};
    const QString problem = refusalProblem(
        *m_db, [&] { return shipments().ship(who(), request); }, ErrorCode::Validation,
        QStringLiteral("« Soupe aux carottes » has no price in the tier « Solidaire »"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // Nothing was used up: the next shipment is still the first of the day.
    request.lines.pop_back();
    const auto shipped = shipments().ship(who(), request);
    QVERIFY2(shipped, qPrintable(why(shipped)));
    QCOMPARE(shipped->number, QStringLiteral("E-261122-HS-01"));
}

void TestShipmentService::donationIsFree()
{
    const StockScenario& s = *m_scenario;
    ShipmentRequest request;
    request.kind = ShipmentKind::Donation;
    request.partner = s.foodBank.name;
    request.tierCode = QStringLiteral("full"); // a donation is free whatever is asked
    request.lines = {line(s.soupLot.code, 5, StockScenario::coldRoomCode()),
                     line(s.middle.code, 6, StockScenario::secondFreezerCode())};
    const auto given = shipments().ship(who(), request);
    QVERIFY2(given, qPrintable(why(given)));
    QCOMPARE(given->kind, ShipmentKind::Donation);
    QCOMPARE(given->tierCode, QStringLiteral("free"));
    QCOMPARE(given->amount().cents(), qint64(0));
    for (const auto& l : given->lines)
        QCOMPARE(l.unitPrice.cents(), qint64(0));
    for (const auto& m : movementsOf(given->id)) {
        QCOMPARE(m.kind, MovementKind::Donation);
        QCOMPARE(m.partnerName, StockScenario::foodBankName());
    }
    QCOMPARE(packsAt(s.soupLot.code, StockScenario::coldRoomCode()), StockScenario::SoupPacks - 5);

    // Also to a partner whose tier has prices, and for a product without a price in its tier.
    request.partner = s.salesPoint.name;
    request.tierCode.clear();
    request.lines = {line(s.soupLot.code, 1, StockScenario::coldRoomCode())};
    const auto again = shipments().ship(who(), request);
    QVERIFY2(again, qPrintable(why(again)));
    QCOMPARE(again->amount().cents(), qint64(0));
}

void TestShipmentService::freeTierCostsNothingAndStaysActive()
{
    // A sale in the free tier needs no price per product: the soup has none there.
    const StockScenario& s = *m_scenario;
    ShipmentRequest request;
    request.partner = s.salesPoint.name;
    request.tierCode = QStringLiteral("free");
    request.lines = {line(s.soupLot.code, 2, StockScenario::coldRoomCode())};
    const auto sold = shipments().ship(who(), request);
    QVERIFY2(sold, qPrintable(why(sold)));
    QCOMPARE(sold->kind, ShipmentKind::Sale);
    QCOMPARE(sold->amount().cents(), qint64(0));

    // Donations depend on it, and a price in it would mean nothing: both refused, nothing written.
    QString problem = refusalProblem(
        *m_db, [&] { return services().prices.setTierActive(who(), QStringLiteral("free"), false); },
        ErrorCode::Validation, QStringLiteral("stays active"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = refusalProblem(
        *m_db,
        [&] { return services().prices.setPrice(who(), s.soup.code, QStringLiteral("free"), Money::fromCents(100)); },
        ErrorCode::Validation, QStringLiteral("costs nothing"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(services().prices.setPrice(who(), s.soup.code, QStringLiteral("free"), Money::fromCents(0)));
}

void TestShipmentService::restockGoesToThePartnerFreezer()
{
    const StockScenario& s = *m_scenario;
    ShipmentRequest request;
    request.kind = ShipmentKind::Restock;
    request.partner = s.salesPoint.name;
    request.lines = {line(s.oldest.code, 12, StockScenario::freezerCode()),
                     line(s.middle.code, 8, StockScenario::secondFreezerCode())};
    const auto restocked = shipments().ship(who(), request);
    QVERIFY2(restocked, qPrintable(why(restocked)));
    QCOMPARE(restocked->kind, ShipmentKind::Restock);
    QCOMPARE(restocked->toLocationCode, StockScenario::partnerFreezerCode());
    QCOMPARE(restocked->toLocationId, s.partnerFreezer.id);
    QCOMPARE(restocked->amount().cents(), qint64(0)); // paid when the freezer is counted
    for (const auto& m : movementsOf(restocked->id)) {
        QCOMPARE(m.kind, MovementKind::Restock);
        QCOMPARE(m.toCode, StockScenario::partnerFreezerCode());
        QCOMPARE(m.reference, restocked->number);
    }
    // Still on hand, at the partner's.
    QCOMPARE(packsAt(s.oldest.code, StockScenario::partnerFreezerCode()), 12);
    QCOMPARE(packsAt(s.middle.code, StockScenario::partnerFreezerCode()), 8);
    StockFilter filter;
    filter.partnerFreezersOnly = true;
    const auto atPartner = services().stock.onHand(filter);
    QCOMPARE(int(atPartner->size()), 2);
    QCOMPARE(atPartner->front().partnerName, StockScenario::salesPointName());
    QCOMPARE(shipments().byNumber(restocked->number)->toLocationCode, StockScenario::partnerFreezerCode());

    // A restock named by its freezer, in any case, works the same.
    request.toLocationCode = QStringLiteral("epi-cong");
    request.lines = {line(s.newest.code, 3, StockScenario::freezerCode())};
    QVERIFY(shipments().ship(who(), request));
    QCOMPARE(packsAt(s.newest.code, StockScenario::partnerFreezerCode()), 3);
    QCOMPARE(mismatches(), QStringList());
}

void TestShipmentService::partnerWithTwoFreezersSaysWhichOne()
{
    const StockScenario& s = *m_scenario;
    Location second;
    second.code = QStringLiteral("EPI-CONG2");
    second.name = QStringLiteral("Congélateur du sous-sol");
    second.kind = LocationKind::PartnerFreezer;
    second.partnerId = s.salesPoint.id;
    QVERIFY(services().locations.add(who(), second));
    ShipmentRequest request;
    request.kind = ShipmentKind::Restock;
    request.partner = s.salesPoint.name;
    request.lines = {line(s.oldest.code, 2, StockScenario::freezerCode())};
    const QString problem = refusalProblem(
        *m_db, [&] { return shipments().ship(who(), request); }, ErrorCode::Validation,
        QStringLiteral("hosts several freezers"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    request.toLocationCode = second.code;
    const auto restocked = shipments().ship(who(), request);
    QVERIFY2(restocked, qPrintable(why(restocked)));
    QCOMPARE(packsAt(s.oldest.code, second.code), 2);
}

void TestShipmentService::linesRepeatingALotAreSummed()
{
    const StockScenario& s = *m_scenario;
    ShipmentRequest request;
    request.partner = m_db->retailer.name;
    request.lines = {line(s.oldest.code, 25, StockScenario::freezerCode()),
                     line(s.middle.code, 1, StockScenario::secondFreezerCode()),
                     line(s.oldest.code, 16, StockScenario::freezerCode())};
    const QString problem = refusalProblem(
        *m_db, [&] { return shipments().ship(who(), request); }, ErrorCode::Conflict,
        QStringLiteral("Only 40 pack(s) of %1 left at HS-CONG1").arg(s.oldest.code));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    request.lines.back().packs = 15;
    const auto shipped = shipments().ship(who(), request);
    QVERIFY2(shipped, qPrintable(why(shipped)));
    QCOMPARE(int(shipped->lines.size()), 3);
    QCOMPARE(shipped->packs(), 41);
    QCOMPARE(packsAt(s.oldest.code, StockScenario::freezerCode()), 0);
    QCOMPARE(int(movementsOf(shipped->id).size()), 3);
    QCOMPARE(mismatches(), QStringList());
}

void TestShipmentService::findsWhereTheLotIsWhenItIsInOnePlace()
{
    const StockScenario& s = *m_scenario;
    // Quarantine and partner freezers do not count as places to ship from.
    QVERIFY(services().stock.move(
        who(),
        MoveRequest{s.middle.code, 4, StockScenario::secondFreezerCode(), StockScenario::quarantineCode(), {}, {}}));
    QVERIFY(services().stock.move(
        who(), MoveRequest{
                   s.middle.code, 3, StockScenario::secondFreezerCode(), StockScenario::partnerFreezerCode(), {}, {}}));
    ShipmentRequest request;
    request.partner = m_db->retailer.name;
    request.lines = {line(s.middle.code, 5)};
    const auto shipped = shipments().ship(who(), request);
    QVERIFY2(shipped, qPrintable(why(shipped)));
    QCOMPARE(shipped->lines[0].fromCode, StockScenario::secondFreezerCode());
    QCOMPARE(packsAt(s.middle.code, StockScenario::secondFreezerCode()), StockScenario::MiddlePacks - 12);

    QVERIFY(services().stock.move(
        who(), MoveRequest{s.middle.code, 2, StockScenario::secondFreezerCode(), StockScenario::dryCode(), {}, {}}));
    const QString problem = refusalProblem(
        *m_db, [&] { return shipments().ship(who(), request); }, ErrorCode::Validation,
        QStringLiteral("in several places: say which one to take it from (HS-CONG2 (16), HS-SEC (2))"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestShipmentService::ontarioNeedsConfirmation()
{
    const StockScenario& s = *m_scenario;
    QVERIFY(ShipmentService::outsideQuebecWarning(s.salesPoint).isEmpty());
    const QString warning = ShipmentService::outsideQuebecWarning(s.ontario);
    QVERIFY2(warning.contains(QStringLiteral("outside Quebec (ON)")), qPrintable(warning));
    QVERIFY2(warning.contains(StockScenario::ontarioName()), qPrintable(warning));

    for (const ShipmentKind kind : {ShipmentKind::Sale, ShipmentKind::Donation}) {
        ShipmentRequest request;
        request.kind = kind;
        request.partner = s.ontario.name;
        request.lines = {line(s.oldest.code, 6, StockScenario::freezerCode())};
        const QString problem = refusalProblem(
            *m_db, [&] { return shipments().ship(who(), request); }, ErrorCode::NeedsConfirmation, warning);
        QVERIFY2(problem.isEmpty(), qPrintable(codeOf(kind) + QStringLiteral(": ") + problem));
    }

    ShipmentRequest request;
    request.partner = s.ontario.name;
    request.outsideQuebecConfirmed = true;
    request.lines = {line(s.oldest.code, 6, StockScenario::freezerCode())};
    const auto shipped = shipments().ship(who(), request);
    QVERIFY2(shipped, qPrintable(why(shipped)));
    QVERIFY(shipped->outsideQuebec);
    QCOMPARE(shipped->address.province, QStringLiteral("ON"));
    QCOMPARE(shipped->lines[0].unitPrice.cents(), StockScenario::RoundsFullCents);
    QVERIFY(shipments().byNumber(shipped->number)->outsideQuebec);
    QCOMPARE(packsAt(s.oldest.code, StockScenario::freezerCode()), StockScenario::OldestPacks - 6);

    // Confirming for a partner in Quebec changes nothing.
    request.partner = s.salesPoint.name;
    const auto local = shipments().ship(who(), request);
    QVERIFY2(local, qPrintable(why(local)));
    QVERIFY(!local->outsideQuebec);
}

void TestShipmentService::heldLotIsNotShippedUntilReleased()
{
    const StockScenario& s = *m_scenario;
    QVERIFY(services().holds.hold(who(), s.soupLot.code, QStringLiteral("Couvercles bombés")));
    for (const ShipmentKind kind : {ShipmentKind::Sale, ShipmentKind::Donation, ShipmentKind::Restock}) {
        ShipmentRequest request;
        request.kind = kind;
        request.partner = kind == ShipmentKind::Sale       ? m_db->retailer.name
                          : kind == ShipmentKind::Donation ? s.foodBank.name
                                                           : s.salesPoint.name;
        request.lines = {line(s.oldest.code, 1, StockScenario::freezerCode()),
                         line(s.soupLot.code, 2, StockScenario::coldRoomCode())};
        const QString problem = refusalProblem(
            *m_db, [&] { return shipments().ship(who(), request); }, ErrorCode::Conflict,
            QStringLiteral("The lot %1 is on hold (Couvercles bombés)").arg(s.soupLot.code));
        QVERIFY2(problem.isEmpty(), qPrintable(codeOf(kind) + QStringLiteral(": ") + problem));
    }
    QVERIFY(services().holds.release(who(), s.soupLot.code, QStringLiteral("Couvercles vérifiés")));
    ShipmentRequest request;
    request.partner = m_db->retailer.name;
    request.lines = {line(s.soupLot.code, 2, StockScenario::coldRoomCode())};
    const auto shipped = shipments().ship(who(), request);
    QVERIFY2(shipped, qPrintable(why(shipped)));
    QCOMPARE(packsAt(s.soupLot.code, StockScenario::coldRoomCode()), StockScenario::SoupPacks - 2);
}

void TestShipmentService::holdPlacedByAnotherStationMeanwhileIsHonoured()
{
    // The other station's hold is written in a transaction kept open while this station plans the
    // shipment (the hold is not visible yet) and waits for the write lock; it commits; the check
    // inside the lock must see it.
    const StockScenario& s = *m_scenario;
    StationRace station(m_db->path(), m_db->clock());
    const QString opened = station.open();
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    QString theirProblem;
    station.race(
        [&](Services& other) {
            QSqlQuery begin(other.connection());
            if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
                theirProblem = QStringLiteral("no write lock");
            else if (!HoldRepository(other.connection())
                          .append(HoldEvent{s.oldest.code, true, QStringLiteral("Rappel du fournisseur de sachets"),
                                            other.clock().nowUtc(), QStringLiteral("Jacinthe")}))
                theirProblem = QStringLiteral("no hold written");
        },
        [] {});
    QVERIFY2(theirProblem.isEmpty(), qPrintable(theirProblem));
    QVERIFY(services().holds.checkNotHeld(s.oldest.code)); // not visible here yet
    std::optional<Result<Shipment>> shipped;
    station.race(
        [&](Services& other) {
            QThread::msleep(300);
            QSqlQuery commit(other.connection());
            if (!commit.exec(QStringLiteral("COMMIT")))
                theirProblem = QStringLiteral("no commit");
        },
        [&] {
            ShipmentRequest request;
            request.partner = m_db->retailer.name;
            request.lines = {line(s.newest.code, 2, StockScenario::freezerCode()),
                             line(s.oldest.code, 10, StockScenario::freezerCode())};
            shipped = shipments().ship(who(), request);
        });
    QVERIFY2(theirProblem.isEmpty(), qPrintable(theirProblem));
    QVERIFY2(!*shipped, "a lot held meanwhile was shipped");
    QCOMPARE(shipped->error().code, ErrorCode::Conflict);
    QVERIFY2(shipped->error().message.contains(QStringLiteral("Rappel du fournisseur de sachets")),
             qPrintable(why(*shipped)));
    QCOMPARE(m_db->count(QStringLiteral("shipment")), qint64(0));
    QCOMPARE(m_db->count(QStringLiteral("stock_movement")), qint64(4));
    QCOMPARE(packsAt(s.newest.code, StockScenario::freezerCode()), StockScenario::NewestPacks);
}

void TestShipmentService::twoStationsRaceForTheLastPacks()
{
    // Round after round a fresh lot of six packs; both stations, each with its own connection,
    // ship packs of it at the same moment (all six, or four each): exactly one shipment is
    // written, the other station is told what is left, and the ledger stays exact.
    const StockScenario& s = *m_scenario;
    StationRace station(m_db->path(), m_db->clock());
    const QString opened = station.open();
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    constexpr int Rounds = 12;
    constexpr int Packs = 6;
    int ours = 0;
    QSet<QString> numbers;
    for (int i = 0; i < Rounds; ++i) {
        BatchOutputRequest output;
        output.packs = Packs;
        output.locationCode = StockScenario::freezerCode();
        const auto lot = services().batches.output(who(), s.roundsBatch, output);
        QVERIFY2(lot, qPrintable(why(lot)));
        const int each = i % 2 == 0 ? Packs : 4;
        std::optional<Result<Shipment>> theirs;
        std::optional<Result<Shipment>> mine;
        station.race(
            [&](Services& other) {
                ShipmentRequest request;
                request.kind = ShipmentKind::Donation;
                request.partner = StockScenario::foodBankName();
                request.lines = {line(lot->code, each, StockScenario::freezerCode())};
                theirs = other.shipments.ship(Actor{QStringLiteral("Jacinthe")}, request);
            },
            [&] {
                ShipmentRequest request;
                request.partner = m_db->retailer.name;
                request.lines = {line(lot->code, each, StockScenario::freezerCode())};
                mine = shipments().ship(who(), request);
            });
        const QString round = QStringLiteral("round %1: here %2, there %3")
                                  .arg(i)
                                  .arg(*mine ? mine->value().number : describe(mine->error()))
                                  .arg(*theirs ? theirs->value().number : describe(theirs->error()));
        QVERIFY2(bool(*mine) != bool(*theirs), qPrintable(round));
        const Error& loser = *mine ? theirs->error() : mine->error();
        QVERIFY2(loser.code == ErrorCode::Conflict &&
                     loser.message.contains(
                         QStringLiteral("Only %1 pack(s) of %2 left at HS-CONG1").arg(Packs - each).arg(lot->code)),
                 qPrintable(round));
        const Shipment& winner = *mine ? mine->value() : theirs->value();
        QVERIFY2(!numbers.contains(winner.number), qPrintable(round));
        numbers.insert(winner.number);
        QCOMPARE(packsAt(lot->code, StockScenario::freezerCode()), Packs - each);
        MovementFilter filter;
        filter.lotCode = lot->code;
        const auto movements = services().stock.movements(filter);
        QCOMPARE(int(movements->size()), 2); // its output and one shipment or donation
        QCOMPARE(movements->back().packs, each);
        QCOMPARE(movements->back().shipmentId, winner.id);
        if (*mine)
            ++ours;
    }
    qInfo("this station won %d of %d rounds", ours, Rounds);
    QCOMPARE(m_db->count(QStringLiteral("shipment")), qint64(Rounds));
    QCOMPARE(m_db->count(QStringLiteral("shipment_line")), qint64(Rounds));
    QCOMPARE(int(numbers.size()), Rounds);
    QCOMPARE(mismatches(), QStringList());
}

void TestShipmentService::historyKeepsLinesAndTheAddressOfTheDay()
{
    const StockScenario& s = *m_scenario;
    ShipmentRequest sale;
    sale.partner = s.salesPoint.name;
    sale.lines = {line(s.oldest.code, 3, StockScenario::freezerCode())};
    const auto first = shipments().ship(who(), sale);
    QVERIFY2(first, qPrintable(why(first)));
    ShipmentRequest gift;
    gift.kind = ShipmentKind::Donation;
    gift.partner = s.foodBank.name;
    gift.lines = {line(s.soupLot.code, 2, StockScenario::coldRoomCode()),
                  line(s.middle.code, 1, StockScenario::secondFreezerCode())};
    const auto second = shipments().ship(who(), gift);
    QVERIFY2(second, qPrintable(why(second)));

    // The sales point moves; its earlier shipment keeps the address it was delivered to.
    Partner moved = s.salesPoint;
    moved.address = Address{QStringLiteral("5 rue Prince"), QStringLiteral("Ormstown"), QStringLiteral("QC"),
                            QStringLiteral("J0S 1K0")};
    moved.phone = QStringLiteral("450 555-0000");
    QVERIFY(services().partners.update(who(), moved));
    const auto third = shipments().ship(who(), sale);
    QVERIFY2(third, qPrintable(why(third)));

    const auto stored = shipments().byNumber(first->number.toLower());
    QVERIFY2(stored, qPrintable(why(stored)));
    QCOMPARE(stored->address.street, QStringLiteral("12 rue Châteauguay"));
    QCOMPARE(stored->address.city, QStringLiteral("Huntingdon"));
    QCOMPARE(stored->phone, QStringLiteral("450 555-0199"));
    QCOMPARE(stored->partnerName, StockScenario::salesPointName());
    QCOMPARE(stored->createdBy, who().name);
    QCOMPARE(int(stored->lines.size()), 1);
    QCOMPARE(stored->lines[0].lotCode, s.oldest.code);
    QCOMPARE(stored->lines[0].productCode, TestDatabase::finishedProductCode());
    QCOMPARE(stored->lines[0].productNameFr, QStringLiteral("Carottes en rondelles blanchies"));
    QCOMPARE(stored->lines[0].fromCode, StockScenario::freezerCode());
    QCOMPARE(stored->lines[0].bestBefore, s.oldest.bestBefore);
    QCOMPARE(stored->lines[0].packs, 3);
    QCOMPARE(stored->lines[0].movementId, first->lines[0].movementId);
    QCOMPARE(shipments().byNumber(third->number)->address.street, QStringLiteral("5 rue Prince"));

    // Newest first, with lines; by partner; by number or partner name.
    const auto all = shipments().list();
    QVERIFY2(all, qPrintable(why(all)));
    QCOMPARE(int(all->size()), 3);
    QCOMPARE(all->at(0).number, third->number);
    QCOMPARE(all->at(2).number, first->number);
    QCOMPARE(int(all->at(1).lines.size()), 2);
    QCOMPARE(all->at(1).lines[0].lotCode, s.soupLot.code);
    ShipmentFilter filter;
    filter.partnerId = s.salesPoint.id;
    QCOMPARE(int(shipments().list(filter)->size()), 2);
    filter = {};
    filter.text = QStringLiteral("banque");
    QCOMPARE(int(shipments().list(filter)->size()), 1);
    filter.text = second->number;
    QCOMPARE(shipments().list(filter)->front().kind, ShipmentKind::Donation);
    filter = {};
    filter.from = m_db->clock().nowUtc().addSecs(1);
    QCOMPARE(int(shipments().list(filter)->size()), 0);
    const auto missing = shipments().byNumber(QStringLiteral("E-261122-HS-99"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

void TestShipmentService::numbersPerDayOfShipping()
{
    const StockScenario& s = *m_scenario;
    ShipmentRequest request;
    request.partner = m_db->retailer.name;
    request.lines = {line(s.oldest.code, 1, StockScenario::freezerCode())};
    QCOMPARE(shipments().ship(who(), request)->number, QStringLiteral("E-261122-HS-01"));
    QCOMPARE(shipments().ship(who(), request)->number, QStringLiteral("E-261122-HS-02"));
    // Entered the next morning for last evening's delivery (local time): that day's number.
    request.at = QDateTime(StockScenario::day().addDays(-1), QTime(21, 30));
    const auto late = shipments().ship(who(), request);
    QVERIFY2(late, qPrintable(why(late)));
    QCOMPARE(late->number, QStringLiteral("E-261121-HS-01"));
    QCOMPARE(late->shippedAt, request.at.toUTC());
    QCOMPARE(movementsOf(late->id).front().at, request.at.toUTC());
}

void TestShipmentService::refusesWhatBreaksTheRules_data()
{
    QTest::addColumn<Refusal>("refusal");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("words");
    QTest::addRow("no partner") << Refusal::NoPartner << ErrorCode::Validation << "which partner";
    QTest::addRow("unknown partner") << Refusal::UnknownPartner << ErrorCode::NotFound << "Cantine";
    QTest::addRow("deactivated partner") << Refusal::DeactivatedPartner << ErrorCode::Validation << "deactivated";
    QTest::addRow("partner without address") << Refusal::PartnerWithoutAddress << ErrorCode::Validation << "address";
    QTest::addRow("no lines") << Refusal::NoLines << ErrorCode::Validation << "at least one lot";
    QTest::addRow("zero packs") << Refusal::ZeroPacks << ErrorCode::Validation << "at least 1";
    QTest::addRow("negative packs") << Refusal::NegativePacks << ErrorCode::Validation << "at least 1";
    QTest::addRow("unknown lot") << Refusal::UnknownLot << ErrorCode::NotFound << "P-261122-HS-77";
    QTest::addRow("unknown source") << Refusal::UnknownSource << ErrorCode::NotFound << "HS-CONG7";
    QTest::addRow("from quarantine") << Refusal::FromQuarantine << ErrorCode::Validation << "quarantine";
    QTest::addRow("from a partner freezer")
        << Refusal::FromAPartnerFreezer << ErrorCode::Validation << "Ship from a kitchen location";
    QTest::addRow("lot only in quarantine")
        << Refusal::LotOnlyInQuarantine << ErrorCode::Conflict << "left in the kitchen";
    QTest::addRow("lot in several places") << Refusal::LotInSeveralPlaces << ErrorCode::Validation << "several places";
    QTest::addRow("more than on hand") << Refusal::MoreThanOnHand << ErrorCode::Conflict << "Only 30 pack";
    QTest::addRow("unknown tier") << Refusal::UnknownTier << ErrorCode::NotFound << "« vip »";
    QTest::addRow("deactivated tier") << Refusal::DeactivatedTier << ErrorCode::Validation << "deactivated";
    QTest::addRow("in the future") << Refusal::InTheFuture << ErrorCode::Validation << "future";
    QTest::addRow("sale to a partner freezer")
        << Refusal::SaleToAPartnerFreezer << ErrorCode::Validation << "Only a restock";
    QTest::addRow("restock to a partner without freezer")
        << Refusal::RestockToAPartnerWithoutFreezer << ErrorCode::Validation << "hosts no partner freezer";
    QTest::addRow("restock to a kitchen freezer")
        << Refusal::RestockToAKitchenFreezer << ErrorCode::Validation << "is not a freezer of";
    QTest::addRow("sale without price") << Refusal::SaleWithoutPrice << ErrorCode::Validation << "has no price";
    QTest::addRow("too many lines") << Refusal::TooManyLines << ErrorCode::Validation << "200 lines";
    QTest::addRow("no operator") << Refusal::NoOperator << ErrorCode::Validation << "operator";
}

void TestShipmentService::refusesWhatBreaksTheRules()
{
    QFETCH(Refusal, refusal);
    QFETCH(ErrorCode, code);
    QFETCH(QString, words);
    const StockScenario& s = *m_scenario;
    ShipmentRequest request;
    request.partner = m_db->retailer.name;
    request.lines = {line(s.middle.code, 2, StockScenario::secondFreezerCode())};
    Actor actor = who();
    switch (refusal) {
    case Refusal::NoPartner:
        request.partner = QStringLiteral("  ");
        break;
    case Refusal::UnknownPartner:
        request.partner = QStringLiteral("Cantine scolaire");
        break;
    case Refusal::DeactivatedPartner:
        QVERIFY(services().partners.setActive(who(), m_db->retailer.id, false));
        break;
    case Refusal::PartnerWithoutAddress: {
        Partner bare;
        bare.kind = PartnerKind::School;
        bare.name = QStringLiteral("École sans adresse");
        QVERIFY(services().partners.add(who(), bare));
        request.partner = bare.name;
        break;
    }
    case Refusal::NoLines:
        request.lines.clear();
        break;
    case Refusal::ZeroPacks:
        request.lines[0].packs = 0;
        break;
    case Refusal::NegativePacks:
        request.lines[0].packs = -3;
        break;
    case Refusal::UnknownLot:
        request.lines[0].lotCode = QStringLiteral("P-261122-HS-77");
        break;
    case Refusal::UnknownSource:
        request.lines[0].fromCode = QStringLiteral("HS-CONG7");
        break;
    case Refusal::FromQuarantine:
        QVERIFY(services().stock.move(
            who(), MoveRequest{
                       s.middle.code, 5, StockScenario::secondFreezerCode(), StockScenario::quarantineCode(), {}, {}}));
        request.lines[0].fromCode = StockScenario::quarantineCode();
        break;
    case Refusal::FromAPartnerFreezer:
        QVERIFY(services().stock.move(
            who(),
            MoveRequest{
                s.middle.code, 5, StockScenario::secondFreezerCode(), StockScenario::partnerFreezerCode(), {}, {}}));
        request.lines[0].fromCode = StockScenario::partnerFreezerCode();
        break;
    case Refusal::LotOnlyInQuarantine:
        QVERIFY(services().stock.move(
            who(),
            MoveRequest{
                s.middle.code, 30, StockScenario::secondFreezerCode(), StockScenario::quarantineCode(), {}, {}}));
        request.lines[0].fromCode.clear();
        break;
    case Refusal::LotInSeveralPlaces:
        QVERIFY(services().stock.move(
            who(),
            MoveRequest{s.middle.code, 5, StockScenario::secondFreezerCode(), StockScenario::freezerCode(), {}, {}}));
        request.lines[0].fromCode.clear();
        break;
    case Refusal::MoreThanOnHand:
        request.lines[0].packs = 31;
        break;
    case Refusal::UnknownTier:
        request.tierCode = QStringLiteral("vip");
        break;
    case Refusal::DeactivatedTier:
        QVERIFY(services().prices.setTierActive(who(), QStringLiteral("solidarity"), false));
        request.partner = s.salesPoint.name;
        break;
    case Refusal::InTheFuture:
        request.at = m_db->clock().nowUtc().addSecs(3600);
        break;
    case Refusal::SaleToAPartnerFreezer:
        request.toLocationCode = StockScenario::partnerFreezerCode();
        break;
    case Refusal::RestockToAPartnerWithoutFreezer:
        request.kind = ShipmentKind::Restock;
        request.partner = s.foodBank.name;
        break;
    case Refusal::RestockToAKitchenFreezer:
        request.kind = ShipmentKind::Restock;
        request.partner = s.salesPoint.name;
        request.toLocationCode = StockScenario::freezerCode();
        break;
    case Refusal::SaleWithoutPrice:
        request.partner = s.salesPoint.name;
        request.lines = {line(s.soupLot.code, 1, StockScenario::coldRoomCode())};
        break;
    case Refusal::TooManyLines:
        request.lines.assign(201, line(s.middle.code, 1, StockScenario::secondFreezerCode()));
        break;
    case Refusal::NoOperator:
        actor.name = QStringLiteral(" ");
        break;
    }
    const QString problem = refusalProblem(
        *m_db, [&] { return shipments().ship(actor, request); }, code, words);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(mismatches(), QStringList());
}

QTEST_GUILESS_MAIN(TestShipmentService)
#include "tst_shipmentservice.moc"
