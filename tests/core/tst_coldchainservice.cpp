// SPDX-License-Identifier: GPL-3.0-or-later
// The cold chain (issue 4, FS-01, FS-02, FS-04): readings against the limit of each kind of cold
// unit, excursion events that list exactly the lots in the unit at that moment, corrective
// actions that close them and may declare the lots thawed (then shown thawed and never picked),
// the thermometer id, and the daily reminder of missing readings by local day.
#include "core/services/Services.h"
#include "core/storage/AuditLog.h"
#include "tests/support/StockScenario.h"
#include "tests/support/TestDatabase.h"

#include <QSqlQuery>
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

TemperatureRequest reading(const QString& location, int tenths, const QDateTime& at = {})
{
    TemperatureRequest request;
    request.locationCode = location;
    request.value = Temperature::fromTenths(tenths);
    request.at = at;
    return request;
}

// "lot=packs" of each lot an event lists, in its order.
QStringList lotsOf(const ColdEvent& event)
{
    QStringList lots;
    for (const auto& lot : event.lots)
        lots << QStringLiteral("%1=%2").arg(lot.lotCode).arg(lot.packs);
    return lots;
}

QStringList codesOf(const std::vector<Location>& locations)
{
    QStringList codes;
    for (const auto& location : locations)
        codes << location.code;
    return codes;
}

enum class Refusal {
    NoLocation,
    UnknownLocation,
    DryStorage,
    QuarantineWithoutThermometer,
    DeactivatedUnit,
    NoThermometer,
    ThermometerTooLong,
    TooCold,
    TooHot,
    InTheFuture,
    NoOperator,
    ActionWithoutDescription,
    ActionOnAnUnknownEvent,
};

} // namespace

Q_DECLARE_METATYPE(Refusal)
Q_DECLARE_METATYPE(glaneur::ErrorCode)

class TestColdChainService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void freezerAtMinusTwelveListsTheLotsStoredThere();
    void limitOfEachKindOfUnit_data();
    void limitOfEachKindOfUnit();
    void excursionOfAnEmptyUnitListsNoLot();
    void thermometerComesFromTheRequestOrTheUnit();
    void quarantineWithAThermometerIsAColdUnit();
    void correctiveActionClosesTheEvent();
    void thawedLotsAreFlaggedAndNeverPicked();
    void missingReadingsByLocalDay();
    void backDatedReadingKeepsWhenItWasEntered();
    void backDatedExcursionListsTheLotsOfThatTime();
    void listsReadingsNewestFirst();
    void refusesWhatBreaksTheRules_data();
    void refusesWhatBreaksTheRules();

private:
    Services& services() { return m_db->services(); }
    ColdChainService& coldChain() { return m_db->services().coldChain; }
    static Actor who() { return TestDatabase::actor(); }

    StockScenarioFile m_scenarioFile;
    std::optional<TestDatabase> m_db;
    std::optional<StockScenario> m_scenario;
};

void TestColdChainService::initTestCase()
{
    useKitchenTimeZone();
    QVERIFY2(m_scenarioFile.build(), qPrintable(m_scenarioFile.errorString()));
}

void TestColdChainService::init()
{
    m_db.emplace();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
    m_scenario = m_scenarioFile.copyInto(*m_db);
    QVERIFY2(m_scenario, qPrintable(m_scenarioFile.errorString()));
}

void TestColdChainService::cleanup()
{
    m_scenario.reset();
    m_db.reset();
}

void TestColdChainService::freezerAtMinusTwelveListsTheLotsStoredThere()
{
    const StockScenario& s = *m_scenario;
    // Freezer 1 keeps 35 of the oldest lot and 20 of the newest; the rest is elsewhere.
    QVERIFY(services().stock.move(
        who(),
        MoveRequest{s.oldest.code, 5, StockScenario::freezerCode(), StockScenario::secondFreezerCode(), {}, {}}));
    QVERIFY(services().stock.move(
        who(),
        MoveRequest{s.newest.code, 4, StockScenario::freezerCode(), StockScenario::partnerFreezerCode(), {}, {}}));
    const qint64 audits = m_db->count(QStringLiteral("audit_log"));
    ChangeCounter changes(services().notifier());
    const auto recorded = coldChain().record(who(), reading(QStringLiteral("hs-cong1"), -120));
    QVERIFY2(recorded, qPrintable(why(recorded)));
    QCOMPARE(changes.all(), 1);
    QCOMPARE(changes.stock(), 0);
    QCOMPARE(m_db->count(QStringLiteral("audit_log")), audits + 1);
    QCOMPARE(AuditLog(m_db->connection())
                 .forRecord(QStringLiteral("temperature_reading"), recorded->id.value)
                 ->front()
                 .action,
             QStringLiteral("temperature"));

    QVERIFY(!recorded->withinLimit);
    QCOMPARE(recorded->value.tenths(), -120);
    QCOMPARE(recorded->limitMaxTenths, -180);
    QCOMPARE(recorded->thermometerId, StockScenario::freezerThermometer());
    QCOMPARE(recorded->locationCode, StockScenario::freezerCode());
    QCOMPARE(recorded->locationKind, LocationKind::Freezer);
    QCOMPARE(recorded->at, m_db->clock().nowUtc());
    QCOMPARE(recorded->recordedBy, who().name);
    QVERIFY(recorded->eventId.isValid());

    const auto event = coldChain().event(recorded->eventId);
    QVERIFY2(event, qPrintable(why(event)));
    QVERIFY(event->open());
    QVERIFY(!event->thawed());
    QCOMPARE(event->reading.id, recorded->id);
    QCOMPARE(event->reading.value.tenths(), -120);
    QCOMPARE(lotsOf(event.value()),
             QStringList({QStringLiteral("%1=35").arg(s.oldest.code), QStringLiteral("%1=20").arg(s.newest.code)}));
    QCOMPARE(event->lots.front().productNameFr, QStringLiteral("Carottes en rondelles blanchies"));

    // The list is what was there at that moment: later moves do not change it.
    QVERIFY(services().stock.move(
        who(), MoveRequest{s.oldest.code, 35, StockScenario::freezerCode(), StockScenario::quarantineCode(), {}, {}}));
    QCOMPARE(lotsOf(coldChain().event(recorded->eventId).value()),
             QStringList({QStringLiteral("%1=35").arg(s.oldest.code), QStringLiteral("%1=20").arg(s.newest.code)}));
    ColdEventFilter open;
    open.openOnly = true;
    const auto events = coldChain().events(open);
    QCOMPARE(int(events->size()), 1);
    QCOMPARE(events->front().id, recorded->eventId);
    QCOMPARE(int(events->front().lots.size()), 2);
}

void TestColdChainService::limitOfEachKindOfUnit_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("celsius");
    QTest::addColumn<bool>("opens");
    QTest::addRow("freezer at -18.0") << StockScenario::freezerCode() << "-18,0" << false;
    QTest::addRow("freezer at -25.5") << StockScenario::freezerCode() << "-25,5" << false;
    QTest::addRow("freezer at -17.9") << StockScenario::freezerCode() << "-17,9" << true;
    QTest::addRow("freezer at -12") << StockScenario::freezerCode() << "-12" << true;
    QTest::addRow("cold room at 4.0") << StockScenario::coldRoomCode() << "4" << false;
    QTest::addRow("cold room at 0.5") << StockScenario::coldRoomCode() << "0,5" << false;
    QTest::addRow("cold room at 4.1") << StockScenario::coldRoomCode() << "4,1" << true;
    QTest::addRow("cold room at 5") << StockScenario::coldRoomCode() << "5" << true;
    QTest::addRow("partner freezer at -18") << StockScenario::partnerFreezerCode() << "-18" << false;
    QTest::addRow("partner freezer at -10") << StockScenario::partnerFreezerCode() << "-10" << true;
}

void TestColdChainService::limitOfEachKindOfUnit()
{
    QFETCH(QString, location);
    QFETCH(QString, celsius);
    QFETCH(bool, opens);
    const StockScenario& s = *m_scenario;
    QVERIFY(services().stock.move(
        who(), MoveRequest{
                   s.middle.code, 7, StockScenario::secondFreezerCode(), StockScenario::partnerFreezerCode(), {}, {}}));
    const auto value = Temperature::parseCelsius(celsius);
    QVERIFY(value);
    const qint64 events = m_db->count(QStringLiteral("cold_event"));
    TemperatureRequest request = reading(location, value->tenths());
    const auto recorded = coldChain().record(who(), request);
    QVERIFY2(recorded, qPrintable(why(recorded)));
    QCOMPARE(recorded->withinLimit, !opens);
    QCOMPARE(recorded->limitMaxTenths, location == StockScenario::coldRoomCode() ? 40 : -180);
    QCOMPARE(recorded->eventId.isValid(), opens);
    QCOMPARE(m_db->count(QStringLiteral("cold_event")), events + (opens ? 1 : 0));
    if (!opens)
        return;
    const QStringList expected =
        location == StockScenario::freezerCode()    ? QStringList({QStringLiteral("%1=%2").arg(s.oldest.code).arg(40),
                                                                   QStringLiteral("%1=%2").arg(s.newest.code).arg(24)})
        : location == StockScenario::coldRoomCode() ? QStringList({QStringLiteral("%1=12").arg(s.soupLot.code)})
                                                    : QStringList({QStringLiteral("%1=7").arg(s.middle.code)});
    QCOMPARE(lotsOf(coldChain().event(recorded->eventId).value()), expected);
}

void TestColdChainService::excursionOfAnEmptyUnitListsNoLot()
{
    const StockScenario& s = *m_scenario;
    QVERIFY(services().stock.move(who(), MoveRequest{s.middle.code,
                                                     StockScenario::MiddlePacks,
                                                     StockScenario::secondFreezerCode(),
                                                     StockScenario::freezerCode(),
                                                     {},
                                                     {}}));
    TemperatureRequest request = reading(StockScenario::secondFreezerCode(), -50);
    request.thermometerId = QStringLiteral("T-150");
    const auto recorded = coldChain().record(who(), request);
    QVERIFY2(recorded, qPrintable(why(recorded)));
    QVERIFY(recorded->eventId.isValid());
    const auto event = coldChain().event(recorded->eventId);
    QVERIFY(event);
    QVERIFY(event->lots.empty());
    QVERIFY(event->open()); // still to be looked into: the unit failed
}

void TestColdChainService::thermometerComesFromTheRequestOrTheUnit()
{
    // Freezer 2 has no thermometer of its own: the reading names it, or is refused.
    const QString problem = refusalProblem(
        *m_db, [&] { return coldChain().record(who(), reading(StockScenario::secondFreezerCode(), -200)); },
        ErrorCode::Validation, QStringLiteral("thermometer"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    TemperatureRequest request = reading(StockScenario::secondFreezerCode(), -200);
    request.thermometerId = QStringLiteral(" T-150 ");
    auto recorded = coldChain().record(who(), request);
    QVERIFY2(recorded, qPrintable(why(recorded)));
    QCOMPARE(recorded->thermometerId, QStringLiteral("T-150"));
    QVERIFY(!recorded->eventId.isValid());

    const auto set =
        services().locations.setThermometer(who(), StockScenario::secondFreezerCode(), QStringLiteral("T-103"));
    QVERIFY2(set, qPrintable(why(set)));
    recorded = coldChain().record(who(), reading(StockScenario::secondFreezerCode(), -195));
    QVERIFY2(recorded, qPrintable(why(recorded)));
    QCOMPARE(recorded->thermometerId, QStringLiteral("T-103"));

    // A spare thermometer named in the request wins over the unit's.
    request = reading(StockScenario::freezerCode(), -190);
    request.thermometerId = QStringLiteral("T-999");
    recorded = coldChain().record(who(), request);
    QVERIFY2(recorded, qPrintable(why(recorded)));
    QCOMPARE(recorded->thermometerId, QStringLiteral("T-999"));
    ReadingFilter filter;
    filter.locationCode = StockScenario::freezerCode();
    QCOMPARE(coldChain().readings(filter)->front().thermometerId, QStringLiteral("T-999"));
}

void TestColdChainService::quarantineWithAThermometerIsAColdUnit()
{
    QVERIFY(services().locations.setThermometer(who(), StockScenario::quarantineCode(), QStringLiteral("T-104")));
    const auto recorded = coldChain().record(who(), reading(StockScenario::quarantineCode(), -150));
    QVERIFY2(recorded, qPrintable(why(recorded)));
    QCOMPARE(recorded->limitMaxTenths, -180);
    QVERIFY(recorded->eventId.isValid());
    const auto missing = coldChain().missingReadings(StockScenario::day().addDays(1));
    QVERIFY(codesOf(missing.value()).contains(StockScenario::quarantineCode()));
}

void TestColdChainService::correctiveActionClosesTheEvent()
{
    const StockScenario& s = *m_scenario;
    const auto recorded = coldChain().record(who(), reading(StockScenario::freezerCode(), -120));
    QVERIFY2(recorded, qPrintable(why(recorded)));
    m_db->clock().advanceSeconds(1800);
    ChangeCounter changes(services().notifier());
    const auto closed = coldChain().addAction(
        who(), recorded->eventId, QStringLiteral("  Porte mal fermée, refermée; produit resté dur au toucher "), false);
    QVERIFY2(closed, qPrintable(why(closed)));
    QCOMPARE(changes.all(), 1);
    QCOMPARE(changes.stock(), 0);
    QVERIFY(!closed->open());
    QVERIFY(!closed->thawed());
    QCOMPARE(int(closed->actions.size()), 1);
    QCOMPARE(closed->actions.front().description,
             QStringLiteral("Porte mal fermée, refermée; produit resté dur au toucher"));
    QCOMPARE(closed->actions.front().recordedBy, who().name);
    QCOMPARE(closed->actions.front().at, m_db->clock().nowUtc());
    QCOMPARE(int(closed->lots.size()), 2);

    ColdEventFilter open;
    open.openOnly = true;
    QCOMPARE(int(coldChain().events(open)->size()), 0);
    QCOMPARE(int(coldChain().events()->size()), 1);
    // Not thawed: the lots stay as they were, and are still picked.
    const auto lines = services().stock.onHand();
    QVERIFY2(lines, qPrintable(why(lines)));
    for (const auto& line : lines.value())
        QVERIFY2(!line.thawed, qPrintable(line.lotCode));
    QCOMPARE(services().stock.proposePicking(TestDatabase::finishedProductCode(), 1)->front().lotCode, s.oldest.code);
}

void TestColdChainService::thawedLotsAreFlaggedAndNeverPicked()
{
    const StockScenario& s = *m_scenario;
    const auto recorded = coldChain().record(who(), reading(StockScenario::freezerCode(), -20 /* −2.0 °C */));
    QVERIFY2(recorded, qPrintable(why(recorded)));
    ChangeCounter changes(services().notifier());
    const auto closed = coldChain().addAction(who(), recorded->eventId,
                                              QStringLiteral("Panne de compresseur: produits décongelés"), true);
    QVERIFY2(closed, qPrintable(why(closed)));
    QVERIFY(closed->thawed());
    QVERIFY(!closed->open());
    QCOMPARE(changes.stock(), 1); // on-hand views show the flag

    StockFilter filter;
    filter.limit = -1;
    QStringList thawed;
    const auto lines = services().stock.onHand(filter);
    QVERIFY2(lines, qPrintable(why(lines)));
    for (const auto& line : lines.value()) {
        if (line.thawed)
            thawed << line.lotCode + QLatin1Char('@') + line.locationCode;
    }
    QCOMPARE(thawed,
             QStringList({s.oldest.code + QStringLiteral("@HS-CONG1"), s.newest.code + QStringLiteral("@HS-CONG1")}));

    // Picking passes over them: only the middle lot, in freezer 2, is proposed.
    const auto picked = services().stock.proposePicking(TestDatabase::finishedProductCode(), 60);
    QVERIFY2(picked, qPrintable(why(picked)));
    QCOMPARE(int(picked->size()), 1);
    QCOMPARE(picked->front().lotCode, s.middle.code);
    QCOMPARE(picked->front().packs, StockScenario::MiddlePacks);
}

void TestColdChainService::missingReadingsByLocalDay()
{
    const QDate day = StockScenario::day().addDays(-1); // the 21st, local
    const QStringList everyUnit{StockScenario::partnerFreezerCode(), StockScenario::freezerCode(),
                                StockScenario::secondFreezerCode(), StockScenario::coldRoomCode()};
    QCOMPARE(codesOf(coldChain().missingReadings(day).value()), everyUnit);

    // 23:30 on the 21st in Montréal is 04:30 UTC on the 22nd: it counts for the 21st.
    const auto late =
        coldChain().record(who(), reading(StockScenario::freezerCode(), -190, QDateTime(day, QTime(23, 30))));
    QVERIFY2(late, qPrintable(why(late)));
    QCOMPARE(late->at.date(), day.addDays(1));
    // 00:10 on the 22nd counts for the 22nd only; 00:05 on the 21st for the 21st.
    QVERIFY(
        coldChain().record(who(), reading(StockScenario::coldRoomCode(), 30, QDateTime(day.addDays(1), QTime(0, 10)))));
    TemperatureRequest early = reading(StockScenario::secondFreezerCode(), -185, QDateTime(day, QTime(0, 5)));
    early.thermometerId = QStringLiteral("T-150");
    QVERIFY(coldChain().record(who(), early));

    QCOMPARE(codesOf(coldChain().missingReadings(day).value()),
             QStringList({StockScenario::partnerFreezerCode(), StockScenario::coldRoomCode()}));
    QCOMPARE(codesOf(coldChain().missingReadings(day.addDays(1)).value()),
             QStringList({StockScenario::partnerFreezerCode(), StockScenario::freezerCode(),
                          StockScenario::secondFreezerCode()}));
    QCOMPARE(codesOf(coldChain().missingReadings(day.addDays(-1)).value()), everyUnit);

    // An out-of-limit reading is still a reading; a deactivated unit is not reminded.
    QVERIFY(coldChain().record(who(), reading(StockScenario::partnerFreezerCode(), -90, QDateTime(day, QTime(12, 0)))));
    Location spare;
    spare.code = QStringLiteral("HS-CONG3");
    spare.name = QStringLiteral("Congélateur d'appoint");
    spare.siteId = m_db->site.id;
    QVERIFY(services().locations.add(who(), spare));
    QCOMPARE(codesOf(coldChain().missingReadings(day).value()),
             QStringList({QStringLiteral("HS-CONG3"), StockScenario::coldRoomCode()}));
    QVERIFY(services().locations.setActive(who(), spare.code, false));
    QCOMPARE(codesOf(coldChain().missingReadings(day).value()), QStringList({StockScenario::coldRoomCode()}));

    const auto invalid = coldChain().missingReadings(QDate());
    QVERIFY(!invalid);
    QCOMPARE(invalid.error().code, ErrorCode::Validation);
}

void TestColdChainService::backDatedReadingKeepsWhenItWasEntered()
{
    // Last evening's reading, copied from the paper log this morning: the log says both.
    const QDateTime evening(StockScenario::day().addDays(-1), QTime(21, 0));
    const auto recorded = coldChain().record(who(), reading(StockScenario::freezerCode(), -190, evening));
    QVERIFY2(recorded, qPrintable(why(recorded)));
    QCOMPARE(recorded->at, evening.toUTC());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT at, recorded_at FROM temperature_reading WHERE reading_id = %1")
                       .arg(recorded->id.value)) &&
            q.next());
    QCOMPARE(QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs), evening.toUTC());
    QCOMPARE(QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs), m_db->clock().nowUtc());
}

void TestColdChainService::backDatedExcursionListsTheLotsOfThatTime()
{
    // Half an hour ago freezer 1 still held all 40 of the oldest lot; 5 left it since.
    const StockScenario& s = *m_scenario;
    m_db->clock().advanceSeconds(3600);
    QVERIFY(services().stock.move(
        who(),
        MoveRequest{s.oldest.code, 5, StockScenario::freezerCode(), StockScenario::secondFreezerCode(), {}, {}}));
    const QDateTime earlier = m_db->clock().nowUtc().addSecs(-1800);
    const auto recorded = coldChain().record(who(), reading(StockScenario::freezerCode(), -120, earlier));
    QVERIFY2(recorded, qPrintable(why(recorded)));
    QCOMPARE(lotsOf(coldChain().event(recorded->eventId).value()),
             QStringList({QStringLiteral("%1=%2").arg(s.oldest.code).arg(StockScenario::OldestPacks),
                          QStringLiteral("%1=%2").arg(s.newest.code).arg(StockScenario::NewestPacks)}));
    // Read now, the same freezer holds 35 of it.
    const auto now = coldChain().record(who(), reading(StockScenario::freezerCode(), -120));
    QVERIFY2(now, qPrintable(why(now)));
    QCOMPARE(lotsOf(coldChain().event(now->eventId).value()),
             QStringList({QStringLiteral("%1=%2").arg(s.oldest.code).arg(StockScenario::OldestPacks - 5),
                          QStringLiteral("%1=%2").arg(s.newest.code).arg(StockScenario::NewestPacks)}));
}

void TestColdChainService::listsReadingsNewestFirst()
{
    const QDateTime morning = StockScenario::at(7, 0);
    QVERIFY(coldChain().record(who(), reading(StockScenario::freezerCode(), -190, morning)));
    QVERIFY(coldChain().record(who(), reading(StockScenario::coldRoomCode(), 60, morning.addSecs(60))));
    QVERIFY(coldChain().record(who(), reading(StockScenario::freezerCode(), -200, morning.addSecs(120))));
    const auto all = coldChain().readings();
    QVERIFY2(all, qPrintable(why(all)));
    QCOMPARE(int(all->size()), 3);
    QCOMPARE(all->at(0).value.tenths(), -200);
    QCOMPARE(all->at(1).value.tenths(), 60);
    QVERIFY(all->at(1).eventId.isValid());
    QCOMPARE(all->at(2).at, morning.toUTC());

    ReadingFilter filter;
    filter.locationCode = QStringLiteral("hs-cong1");
    QCOMPARE(int(coldChain().readings(filter)->size()), 2);
    filter = {};
    filter.outOfLimitOnly = true;
    QCOMPARE(int(coldChain().readings(filter)->size()), 1);
    filter = {};
    filter.from = morning.addSecs(60).toUTC();
    filter.to = morning.addSecs(120).toUTC();
    QCOMPARE(coldChain().readings(filter)->size(), size_t(1));
}

void TestColdChainService::refusesWhatBreaksTheRules_data()
{
    QTest::addColumn<Refusal>("refusal");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("words");
    QTest::addRow("no location") << Refusal::NoLocation << ErrorCode::Validation << "which cold unit";
    QTest::addRow("unknown location") << Refusal::UnknownLocation << ErrorCode::NotFound << "HS-CONG8";
    QTest::addRow("dry storage") << Refusal::DryStorage << ErrorCode::Validation << "HS-SEC is not a cold unit";
    QTest::addRow("quarantine without thermometer")
        << Refusal::QuarantineWithoutThermometer << ErrorCode::Validation << "not a cold unit";
    QTest::addRow("deactivated unit") << Refusal::DeactivatedUnit << ErrorCode::Validation << "deactivated";
    QTest::addRow("no thermometer") << Refusal::NoThermometer << ErrorCode::Validation << "thermometer";
    QTest::addRow("thermometer id too long") << Refusal::ThermometerTooLong << ErrorCode::Validation << "thermometer";
    QTest::addRow("-60 °C") << Refusal::TooCold << ErrorCode::Validation << "not a plausible reading";
    QTest::addRow("61 °C") << Refusal::TooHot << ErrorCode::Validation << "not a plausible reading";
    QTest::addRow("in the future") << Refusal::InTheFuture << ErrorCode::Validation << "future";
    QTest::addRow("no operator") << Refusal::NoOperator << ErrorCode::Validation << "operator";
    QTest::addRow("action without description")
        << Refusal::ActionWithoutDescription << ErrorCode::Validation << "corrective action";
    QTest::addRow("action on an unknown event")
        << Refusal::ActionOnAnUnknownEvent << ErrorCode::NotFound << "event number 99";
}

void TestColdChainService::refusesWhatBreaksTheRules()
{
    QFETCH(Refusal, refusal);
    QFETCH(ErrorCode, code);
    QFETCH(QString, words);
    TemperatureRequest request = reading(StockScenario::freezerCode(), -120);
    Actor actor = who();
    ColdEventId event;
    switch (refusal) {
    case Refusal::NoLocation:
        request.locationCode = QStringLiteral(" ");
        break;
    case Refusal::UnknownLocation:
        request.locationCode = QStringLiteral("HS-CONG8");
        break;
    case Refusal::DryStorage:
        request.locationCode = StockScenario::dryCode();
        request.thermometerId = QStringLiteral("T-150");
        break;
    case Refusal::QuarantineWithoutThermometer:
        request.locationCode = StockScenario::quarantineCode();
        request.thermometerId = QStringLiteral("T-150");
        break;
    case Refusal::DeactivatedUnit: {
        Location spare;
        spare.code = QStringLiteral("HS-CONG3");
        spare.name = QStringLiteral("Vieux congélateur");
        spare.siteId = m_db->site.id;
        spare.thermometerId = QStringLiteral("T-105");
        QVERIFY(services().locations.add(who(), spare));
        QVERIFY(services().locations.setActive(who(), spare.code, false));
        request.locationCode = spare.code;
        break;
    }
    case Refusal::NoThermometer:
        request.locationCode = StockScenario::secondFreezerCode();
        request.thermometerId = QStringLiteral("   ");
        break;
    case Refusal::ThermometerTooLong:
        request.thermometerId = QString(41, QLatin1Char('T'));
        break;
    case Refusal::TooCold:
        request.value = Temperature::fromTenths(-501);
        break;
    case Refusal::TooHot:
        request.value = Temperature::fromTenths(601);
        break;
    case Refusal::InTheFuture:
        request.at = m_db->clock().nowUtc().addSecs(3600);
        break;
    case Refusal::NoOperator:
        actor.name.clear();
        break;
    case Refusal::ActionWithoutDescription: {
        const auto recorded = coldChain().record(who(), request);
        QVERIFY2(recorded, qPrintable(why(recorded)));
        event = recorded->eventId;
        break;
    }
    case Refusal::ActionOnAnUnknownEvent:
        event = ColdEventId{99};
        break;
    }
    QString problem;
    if (refusal == Refusal::ActionWithoutDescription || refusal == Refusal::ActionOnAnUnknownEvent)
        problem = refusalProblem(
            *m_db,
            [&] {
                return coldChain().addAction(who(), event,
                                             refusal == Refusal::ActionWithoutDescription ? QStringLiteral("  ")
                                                                                          : QStringLiteral("Vérifié"),
                                             true);
            },
            code, words);
    else
        problem = refusalProblem(
            *m_db, [&] { return coldChain().record(actor, request); }, code, words);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    if (refusal == Refusal::ActionWithoutDescription)
        QVERIFY(coldChain().event(event)->open());
}

QTEST_GUILESS_MAIN(TestColdChainService)
#include "tst_coldchainservice.moc"
