// SPDX-License-Identifier: GPL-3.0-or-later
// Processing batches (TR-03, FS-03, issue 3): the acceptance scenario through the services,
// mass balance and its threshold, refusals that write nothing, control readings that keep a
// batch open, corrections, the database's own guards, and two stations writing at the same moment.
#include "core/services/Services.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "tests/support/ProcessingScenario.h"
#include "tests/support/StationRace.h"
#include "tests/support/TestDatabase.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <functional>

using namespace glaneur;
using namespace glaneur::test;

using Stage = ProcessingScenario::Stage;

namespace {

QString errorText(const Error& e)
{
    return QStringLiteral("[%1] %2").arg(int(e.code)).arg(e.message);
}

template <typename T>
QString why(const Result<T>& r)
{
    return r ? QString() : errorText(r.error());
}

qint64 g(Mass mass)
{
    return mass.grams();
}

// A write that must be refused: the error code, words of its message, and nothing written —
// no row (audit log included), no number used up, no change signal. Empty when all holds.
template <typename Write>
QString refusalProblem(TestDatabase& db, Write&& write, ErrorCode code, const QString& words)
{
    QSignalSpy changed(&db.services().notifier(), &ChangeNotifier::batchesChanged);
    const QString before = db.snapshot();
    const qint64 audits = db.count(QStringLiteral("audit_log"));
    const auto result = write();
    if (result)
        return QStringLiteral("accepted");
    if (result.error().code != code)
        return QStringLiteral("refused with the wrong code: ") + errorText(result.error());
    if (!result.error().message.contains(words, Qt::CaseInsensitive))
        return QStringLiteral("the message « %1 » does not say « %2 »").arg(result.error().message, words);
    if (db.count(QStringLiteral("audit_log")) != audits)
        return QStringLiteral("an audit row was written");
    if (db.snapshot() != before)
        return QStringLiteral("the database changed");
    if (changed.count() != 0)
        return QStringLiteral("batchesChanged was emitted");
    return {};
}

QStringList auditActions(const QSqlDatabase& db, const QString& entity, qint64 id)
{
    QStringList actions;
    const auto history = AuditLog(db).forRecord(entity, id);
    if (history) {
        for (const AuditEntry& entry : history.value())
            actions << entry.action;
    }
    return actions;
}

enum class Refusal {
    ConsumeMoreThanTheLot,
    ConsumeMoreThanLeftAfterAnotherBatch,
    ConsumeAnEmptiedLot,
    ConsumeAHeldLot,
    ConsumeOutsideTheRecipe,
    AddIngredientOutsideTheRecipe,
    AddLotTrackedProductAsIngredient,
    ConsumeNothing,
    ConsumeAnUnknownLot,
    ConsumeWithoutOperator,
    ConsumeInAClosedBatch,
    AddIngredientToAClosedBatch,
    StepInAClosedBatch,
    LossInAClosedBatch,
    ControlInAClosedBatch,
    OutputOfAClosedBatch,
    CloseTwice,
    OutputZeroPacks,
    OutputNegativePacks,
    OutputWithoutShelfLife,
    OutputPackedTomorrow,
    OutputToAnUnknownLocation,
    OutputToAPartnerFreezer,
    OutputToADeactivatedLocation,
    StepInTheFuture,
    StepBeforeTheBatch,
    StepEndingBeforeItStarts,
    ControlInTheFuture,
    LossOverWhatWasConsumed,
    StartInTheFuture,
    StartForARawProduct,
    StartForAnUnknownProduct,
    StartForADeactivatedProduct,
};

} // namespace

Q_DECLARE_METATYPE(Refusal)
Q_DECLARE_METATYPE(ProcessingScenario::Stage)
Q_DECLARE_METATYPE(glaneur::ErrorCode)

class TestBatchService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void runsTheAcceptanceScenario();
    void closesWithTheConfiguredThreshold();
    void flagsUnexplainedLossAgainstTheCurrentThreshold();
    void keepsTheRecipeVersionItStartedWith();
    void warnsWhenMoreComesOutThanWentIn();
    void outputsAtAnEarlierPackDate();
    void listsBatchesByLocalDayAndState();
    void refusesWritesThatBreakTheRules_data();
    void refusesWritesThatBreakTheRules();
    void releasedLotCanBeConsumedAgain();
    void closesOnlyAfterACorrectiveAction();
    void acceptsACorrectiveActionWithTheReading();
    void correctedReadingWithinLimitResolvesIt();
    void correctsAnInputDownAndUp();
    void correctsAnUntrackedIngredientAndALoss();
    void refusesBadCorrections();
    void databaseRefusesEditsOfAClosedBatch();
    void databaseKeepsInputsAppendOnlyInAnOpenBatch();
    void secondStationSeesWhatTheFirstConsumed();
    void twoStationsRaceForTheLastKilograms();
    void closingRacesAnOutOfLimitReading();
    void consumingRacesAHold();

private:
    Services& services() { return m_db->services(); }
    BatchService& batches() { return m_db->services().batches; }
    static Actor who() { return TestDatabase::actor(); }
    bool build(Stage stage)
    {
        const bool built = m_scenario->buildTo(stage);
        if (!built)
            qWarning().noquote() << m_scenario->errorString();
        return built;
    }
    qint64 left(const QString& lot)
    {
        const auto r = batches().remaining(lot);
        return r ? r->grams() : -1;
    }

    std::optional<TestDatabase> m_db;
    std::optional<ProcessingScenario> m_scenario;
};

void TestBatchService::initTestCase()
{
    qRegisterMetaType<ErrorCode>();
    useKitchenTimeZone();
}

void TestBatchService::init()
{
    m_db.emplace();
    QVERIFY2(m_db->seed(), qPrintable(m_db->errorString()));
    m_scenario.emplace(*m_db);
}

void TestBatchService::cleanup()
{
    m_scenario.reset();
    m_db.reset();
}

void TestBatchService::runsTheAcceptanceScenario()
{
    ProcessingScenario& s = *m_scenario;
    using P = ProcessingScenario;

    QVERIFY(build(Stage::Received));
    QCOMPARE((QStringList{s.lot1, s.lot2, s.lot3, s.onionLot}),
             (QStringList{QStringLiteral("R-261122-HS-001"), QStringLiteral("R-261122-HS-002"),
                          QStringLiteral("R-261122-HS-003"), QStringLiteral("R-261122-HS-004")}));
    QCOMPARE(left(s.lot1), P::CarrotLot1);
    QCOMPARE(left(s.onionLot), P::OnionLot);
    const auto soupRecipe = services().recipes.current(s.soup.id);
    QVERIFY2(soupRecipe && soupRecipe->has_value(), qPrintable(why(soupRecipe)));
    const Recipe& recipe = soupRecipe->value();
    QCOMPARE(recipe.version, 1);
    QStringList composition;
    for (const RecipeIngredient& ingredient : recipe.ingredients)
        composition << QStringLiteral("%1 %2").arg(ingredient.productCode).arg(ingredient.shareBasisPoints);
    QCOMPARE(composition,
             (QStringList{QStringLiteral("CAROTTE 5500"), QStringLiteral("EAU 3000"), QStringLiteral("OIGNON 1200"),
                          QStringLiteral("HUILE 200"), QStringLiteral("SEL 100")}));

    QSignalSpy changed(&services().notifier(), &ChangeNotifier::batchesChanged);
    QVERIFY(build(Stage::Started));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(s.rounds, QStringLiteral("T-261122-HS-01"));
    QCOMPARE(s.soupBatch, QStringLiteral("T-261122-HS-02"));
    const auto started = batches().batch(s.rounds);
    QVERIFY2(started, qPrintable(why(started)));
    QCOMPARE(started->productCode, TestDatabase::finishedProductCode());
    QCOMPARE(started->siteCode, TestDatabase::siteCode());
    QCOMPARE(started->recipeVersion, 1);
    QCOMPARE(started->startedAt, P::at(7, 30).toUTC());
    QCOMPARE(started->startedBy, who().name);
    QVERIFY(!started->isClosed());
    QCOMPARE(batches().batch(s.soupBatch)->notes, QStringLiteral("Recette d'automne"));
    const auto open = batches().openBatches();
    QVERIFY2(open, qPrintable(why(open)));
    QCOMPARE(int(open->size()), 2);
    QCOMPARE(open->at(0).batch.code, s.soupBatch);
    QCOMPARE(open->at(1).batch.code, s.rounds);
    QCOMPARE(auditActions(m_db->connection(), QStringLiteral("batch"), started->id.value),
             QStringList{QStringLiteral("start")});

    QVERIFY(build(Stage::Consumed));
    // Lot 1 went into both batches, to its last gram.
    QCOMPARE(left(s.lot1), qint64(0));
    QCOMPARE(left(s.lot2), P::CarrotLot2 - P::RoundsFromLot2);
    QCOMPARE(left(s.lot3), P::CarrotLot3 - P::SoupFromLot3);
    QCOMPARE(left(s.onionLot), P::OnionLot - P::SoupFromOnions);
    QCOMPARE(s.soupLot1.lotCode, s.lot1);
    QCOMPARE(g(s.soupLot1.mass), P::SoupFromLot1);
    QCOMPARE(s.soupLot1.at, P::at(7, 45).toUTC());
    QVERIFY(!s.soupWater.lotId.isValid());
    QCOMPARE(s.soupWater.productCode, QStringLiteral("EAU"));
    QCOMPARE(auditActions(m_db->connection(), QStringLiteral("batch_input"), s.soupLot1.id.value),
             QStringList{QStringLiteral("consume")});
    QCOMPARE(auditActions(m_db->connection(), QStringLiteral("batch_input"), s.soupWater.id.value),
             QStringList{QStringLiteral("add-ingredient")});
    const auto soupInputs = batches().detail(s.soupBatch);
    QVERIFY2(soupInputs, qPrintable(why(soupInputs)));
    QCOMPARE(int(soupInputs->inputs.size()), 6);
    QCOMPARE(g(soupInputs->balance.consumed), P::soupConsumed());
    QVERIFY(soupInputs->recipe.has_value());
    QCOMPARE(soupInputs->recipe->version, 1);
    const auto summaries = batches().list();
    QVERIFY(summaries);
    QCOMPARE(g(summaries->at(1).consumed), P::roundsConsumed());

    QVERIFY(build(Stage::Worked));
    const auto rounds = batches().detail(s.rounds);
    QVERIFY2(rounds, qPrintable(why(rounds)));
    QStringList yields;
    for (const BatchStep& step : rounds->steps)
        yields << QStringLiteral("%1 %2").arg(
            codeOf(step.kind), step.yieldPerMille() ? QString::number(*step.yieldPerMille()) : QStringLiteral("-"));
    // 48/50 kg; washing loses nothing; 45.5/48 kg = 94.79 %; 44/45.5 kg = 96.70 %.
    QCOMPARE(yields, (QStringList{QStringLiteral("sort 960"), QStringLiteral("wash 1000"), QStringLiteral("cut 948"),
                                  QStringLiteral("blanch 1000"), QStringLiteral("vacuum-pack 967"),
                                  QStringLiteral("freeze -")}));
    QCOMPARE(rounds->steps.front().startedAt, P::at(7, 50).toUTC());
    QCOMPARE(rounds->steps.front().endedAt, P::at(8, 20).toUTC());
    QVERIFY(!rounds->steps.back().endedAt.isValid());
    QCOMPARE(rounds->steps.front().recordedAt, P::at(11, 0).toUTC());
    QCOMPARE(int(rounds->losses.size()), 2);
    QCOMPARE(rounds->losses.front().step, std::optional<StepKind>(StepKind::Sort));
    QCOMPARE(g(rounds->balance.lost), P::roundsLost());
    QCOMPARE(int(rounds->readings.size()), 5);
    for (const ControlReading& reading : rounds->readings)
        QVERIFY2(reading.withinLimit, qPrintable(codeOf(reading.kind)));
    QVERIFY(rounds->unresolvedReadings().empty());
    const auto blanch = rounds->readings.at(1);
    QCOMPARE(blanch.kind, ControlKind::BlanchTemperature);
    QCOMPARE(blanch.limitMin, std::optional<int>(900));
    QCOMPARE(blanch.limitMax, std::optional<int>());
    const auto soupSteps = batches().detail(s.soupBatch);
    QVERIFY(soupSteps);
    QStringList soupYields;
    for (const BatchStep& step : soupSteps->steps)
        soupYields << QString::number(step.yieldPerMille().value_or(-1));
    // 24.4/26 kg = 93.85 %; 29/31 kg = 93.55 %.
    QCOMPARE(soupYields, (QStringList{QStringLiteral("1000"), QStringLiteral("938"), QStringLiteral("935")}));

    QVERIFY(build(Stage::Output));
    QCOMPARE((QStringList{s.roundsA.code, s.roundsB.code, s.soupA.code, s.soupB.code}),
             (QStringList{QStringLiteral("P-261122-HS-01"), QStringLiteral("P-261122-HS-02"),
                          QStringLiteral("P-261122-HS-03"), QStringLiteral("P-261122-HS-04")}));
    // Best-before = pack date + the product's shelf life.
    QCOMPARE(s.roundsA.packedOn, P::day());
    QCOMPARE(s.roundsA.bestBefore, QDate(2027, 11, 22));
    QCOMPARE(s.soupA.bestBefore, QDate(2027, 5, 21));
    QCOMPARE(s.soupA.bestBefore, P::day().addDays(P::SoupShelfLifeDays));
    QCOMPARE(s.soupA.packGrams, P::SoupPackGrams); // the product's pack size
    QCOMPARE(g(s.roundsA.net()), qint64(P::RoundsPacksA) * P::RoundsPackGrams);
    QCOMPARE(s.roundsA.locationCode, P::freezerCode());
    // Packed without a location: the kitchen's first freezer, where the stock ledger puts them.
    QCOMPARE(s.soupB.locationCode, P::freezerCode());
    QCOMPARE(s.soupB.batchCode, s.soupBatch);
    const auto stored = batches().finishedLot(s.soupA.code);
    QVERIFY2(stored, qPrintable(why(stored)));
    QCOMPARE(stored->packs, P::SoupPacksA);
    QCOMPARE(stored->bestBefore, QDate(2027, 5, 21));
    QCOMPARE(stored->locationCode, P::freezerCode());
    QCOMPARE(stored->createdAt, P::at(11, 0).toUTC());
    QCOMPARE(auditActions(m_db->connection(), QStringLiteral("finished_lot"), stored->id.value),
             QStringList{QStringLiteral("output")});
    FinishedLotFilter ofSoup;
    ofSoup.productId = s.soup.id;
    QCOMPARE(int(batches().finishedLots(ofSoup)->size()), 2);

    QVERIFY(build(Stage::Closed));
    // consumed = packed + lost + unexplained
    QCOMPARE(g(s.roundsBalance.consumed), P::roundsConsumed());
    QCOMPARE(g(s.roundsBalance.packed), P::roundsPacked());
    QCOMPARE(g(s.roundsBalance.lost), P::roundsLost());
    QCOMPARE(g(s.roundsBalance.unexplained()), qint64(1'500));
    QCOMPARE(s.roundsBalance.unexplainedPerMille(), 30);
    QCOMPARE(s.roundsBalance.thresholdPercent, 5);
    QVERIFY(!s.roundsBalance.overThreshold());
    QCOMPARE(g(s.soupBalance.consumed), P::soupConsumed());
    QCOMPARE(g(s.soupBalance.packed), P::soupPacked());
    QCOMPARE(g(s.soupBalance.lost), P::soupLost());
    QCOMPARE(g(s.soupBalance.unexplained()), qint64(2'000)); // evaporation: 6.1 % of 32.6 kg
    QCOMPARE(s.soupBalance.unexplainedPerMille(), 61);
    QVERIFY(s.soupBalance.overThreshold());

    const auto closed = batches().detail(s.rounds);
    QVERIFY(closed);
    QVERIFY(closed->batch.isClosed());
    QCOMPARE(closed->batch.closedAt, P::at(11, 30).toUTC());
    QCOMPARE(closed->batch.closedBy, who().name);
    QCOMPARE(g(closed->balance.unexplained()), qint64(1'500));
    QCOMPARE(int(closed->outputs.size()), 2);
    QVERIFY(batches().openBatches()->empty());
    QCOMPARE(auditActions(m_db->connection(), QStringLiteral("batch"), closed->batch.id.value),
             (QStringList{QStringLiteral("start"), QStringLiteral("close")}));
}

void TestBatchService::closesWithTheConfiguredThreshold()
{
    QVERIFY(build(Stage::Output));
    auto settings = services().settings.organisation();
    QVERIFY(settings);
    OrganisationSettings changed = settings.value();
    changed.unexplainedLossPercent = 7;
    QVERIFY2(services().settings.saveOrganisation(who(), changed), "threshold not saved");
    QVERIFY(build(Stage::Closed));
    QCOMPARE(m_scenario->soupBalance.thresholdPercent, 7);
    QCOMPARE(m_scenario->soupBalance.unexplainedPerMille(), 61);
    QVERIFY(!m_scenario->soupBalance.overThreshold());
}

void TestBatchService::flagsUnexplainedLossAgainstTheCurrentThreshold()
{
    QVERIFY(build(Stage::Closed));
    const auto overAt = [this](int percent, const QString& batch) {
        OrganisationSettings settings = services().settings.organisation().value();
        settings.unexplainedLossPercent = percent;
        if (!services().settings.saveOrganisation(who(), settings))
            return QStringLiteral("not saved");
        const auto detail = batches().detail(batch);
        if (!detail)
            return detail.error().message;
        if (detail->balance.thresholdPercent != percent)
            return QStringLiteral("threshold %1").arg(detail->balance.thresholdPercent);
        return detail->balance.overThreshold() ? QStringLiteral("over") : QStringLiteral("within");
    };
    const QString soup = m_scenario->soupBatch;
    const QString rounds = m_scenario->rounds;
    QCOMPARE(overAt(5, soup), QStringLiteral("over"));     // 6.1 % > 5 %
    QCOMPARE(overAt(6, soup), QStringLiteral("over"));     // 6.1 % > 6 %
    QCOMPARE(overAt(7, soup), QStringLiteral("within"));   // 6.1 % ≤ 7 %
    QCOMPARE(overAt(3, rounds), QStringLiteral("within")); // exactly 3.0 %
    QCOMPARE(overAt(2, rounds), QStringLiteral("over"));
    QCOMPARE(overAt(0, rounds), QStringLiteral("over"));

    // The threshold is a share between 0 and 50 %.
    OrganisationSettings absurd = services().settings.organisation().value();
    absurd.unexplainedLossPercent = 51;
    const QString before = m_db->snapshot();
    const auto refused = services().settings.saveOrganisation(who(), absurd);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Validation);
    QCOMPARE(m_db->snapshot(), before);
}

void TestBatchService::keepsTheRecipeVersionItStartedWith()
{
    QVERIFY(build(Stage::Started));
    ProcessingScenario& s = *m_scenario;
    // Saving the same composition again makes no new version.
    const qint64 versions = m_db->count(QStringLiteral("recipe_version"));
    const auto line = [](const char* code, int basisPoints) {
        return RecipeService::Line{QString::fromLatin1(code), basisPoints};
    };
    const auto same = services().recipes.save(
        who(), s.soup.id,
        {line("CAROTTE", 5500), line("EAU", 3000), line("OIGNON", 1200), line("HUILE", 200), line("SEL", 100)});
    QVERIFY2(same, qPrintable(why(same)));
    QCOMPARE(same->version, 1);
    QCOMPARE(m_db->count(QStringLiteral("recipe_version")), versions);

    // Version 2 drops the onions; the batch started with version 1 still takes them.
    const auto second = services().recipes.save(
        who(), s.soup.id, {line("CAROTTE", 6000), line("EAU", 3700), line("HUILE", 200), line("SEL", 100)});
    QVERIFY2(second, qPrintable(why(second)));
    QCOMPARE(second->version, 2);
    QCOMPARE(batches().batch(s.soupBatch)->recipeVersion, 1);
    QVERIFY2(batches().consume(who(), s.soupBatch, s.onionLot, Mass::fromGrams(1'000)), "v1 has onions");
    QCOMPARE(batches().detail(s.soupBatch)->recipe->version, 1);

    BatchStartRequest request;
    request.productId = s.soup.id;
    const auto later = batches().start(who(), request);
    QVERIFY2(later, qPrintable(why(later)));
    QCOMPARE(later->code, QStringLiteral("T-261122-HS-03"));
    QCOMPARE(later->recipeVersion, 2);
    const QString problem = refusalProblem(
        *m_db, [&] { return batches().consume(who(), later->code, s.onionLot, Mass::fromGrams(1'000)); },
        ErrorCode::Validation, QStringLiteral("not in the composition"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // A product without a composition takes any lot.
    Product plain;
    plain.code = QStringLiteral("MELANGE");
    plain.nameFr = QStringLiteral("Mélange de légumes");
    plain.nameEn = QStringLiteral("Mixed vegetables");
    plain.kind = ProductKind::Finished;
    plain.shelfLifeDays = 365;
    const auto added = services().products.add(who(), plain);
    QVERIFY(added);
    request.productId = added->id;
    const auto free = batches().start(who(), request);
    QVERIFY2(free, qPrintable(why(free)));
    QCOMPARE(free->recipeVersion, 0);
    QVERIFY(batches().consume(who(), free->code, s.onionLot, Mass::fromGrams(500)));
    QVERIFY(batches().addIngredient(who(), free->code, s.salt.id, Mass::fromGrams(5)));
    QVERIFY(!batches().detail(free->code)->recipe.has_value());
}

void TestBatchService::warnsWhenMoreComesOutThanWentIn()
{
    // Packs counted twice, or an input forgotten: the balance goes negative, and is flagged too.
    QVERIFY(build(Stage::Consumed));
    BatchOutputRequest request;
    request.packs = 110; // 55 kg out of 50 kg in
    const auto lot = batches().output(who(), m_scenario->rounds, request);
    QVERIFY2(lot, qPrintable(why(lot)));
    const auto balance = batches().close(who(), m_scenario->rounds);
    QVERIFY2(balance, qPrintable(why(balance)));
    QCOMPARE(g(balance->unexplained()), qint64(-5'000));
    QCOMPARE(balance->unexplainedPerMille(), -100);
    QVERIFY(balance->overThreshold());
    // An empty batch has nothing to explain.
    BatchStartRequest start;
    start.productId = m_db->finished.id;
    const auto empty = batches().start(who(), start);
    QVERIFY(empty);
    const auto nothing = batches().close(who(), empty->code);
    QVERIFY2(nothing, qPrintable(why(nothing)));
    QCOMPARE(nothing->unexplainedPerMille(), 0);
    QVERIFY(!nothing->overThreshold());
}

void TestBatchService::outputsAtAnEarlierPackDate()
{
    // Yesterday afternoon's batch, packed yesterday and entered this morning: yesterday's codes.
    QVERIFY(build(Stage::Received));
    ProcessingScenario& s = *m_scenario;
    m_db->clock().set(ProcessingScenario::at(9, 0));
    BatchStartRequest start;
    start.productId = m_db->finished.id;
    start.startedAt = QDateTime(QDate(2026, 11, 21), QTime(15, 0));
    const auto batch = batches().start(who(), start);
    QVERIFY2(batch, qPrintable(why(batch)));
    QCOMPARE(batch->code, QStringLiteral("T-261121-HS-01"));
    QVERIFY(batches().consume(who(), batch->code, s.lot2, Mass::fromGrams(10'000)));
    BatchOutputRequest request;
    request.packs = 18;
    request.packedOn = QDate(2026, 11, 21);
    const auto lot = batches().output(who(), batch->code, request);
    QVERIFY2(lot, qPrintable(why(lot)));
    QCOMPARE(lot->code, QStringLiteral("P-261121-HS-01"));
    QCOMPARE(lot->packedOn, QDate(2026, 11, 21));
    QCOMPARE(lot->bestBefore, QDate(2027, 11, 21));
    QCOMPARE(lot->packGrams, 500);
    request.packedOn = QDate(2026, 11, 20);
    const QString problem = refusalProblem(
        *m_db, [&] { return batches().output(who(), batch->code, request); }, ErrorCode::Validation,
        QStringLiteral("before the batch started"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // Today's numbering is its own.
    request.packedOn = QDate();
    QCOMPARE(batches().output(who(), batch->code, request)->code, QStringLiteral("P-261122-HS-01"));
}

void TestBatchService::listsBatchesByLocalDayAndState()
{
    QVERIFY(build(Stage::Closed));
    // 22:30 on the 21st in Montréal is 03:30 UTC on the 22nd: it belongs to the 21st.
    BatchStartRequest start;
    start.productId = m_db->finished.id;
    start.startedAt = QDateTime(QDate(2026, 11, 21), QTime(22, 30));
    const auto evening = batches().start(who(), start);
    QVERIFY2(evening, qPrintable(why(evening)));
    QCOMPARE(evening->code, QStringLiteral("T-261121-HS-01"));

    const auto codes = [this](const BatchFilter& filter) {
        QStringList found;
        const auto listed = batches().list(filter);
        if (listed) {
            for (const BatchSummary& summary : listed.value())
                found << summary.batch.code;
        }
        return found;
    };
    BatchFilter day;
    day.from = QDate(2026, 11, 21);
    day.to = QDate(2026, 11, 21);
    QCOMPARE(codes(day), QStringList{QStringLiteral("T-261121-HS-01")});
    day.from = day.to = QDate(2026, 11, 22);
    QCOMPARE(codes(day), (QStringList{QStringLiteral("T-261122-HS-02"), QStringLiteral("T-261122-HS-01")}));
    BatchFilter open;
    open.closed = false;
    QCOMPARE(codes(open), QStringList{QStringLiteral("T-261121-HS-01")});
    BatchFilter closed;
    closed.closed = true;
    QCOMPARE(codes(closed).size(), 2);
    BatchFilter soup;
    soup.text = QStringLiteral("oignon");
    QCOMPARE(codes(soup), QStringList{m_scenario->soupBatch});

    const auto listed = batches().list();
    QVERIFY(listed);
    const BatchSummary& rounds = listed->at(1);
    QCOMPARE(rounds.batch.code, m_scenario->rounds);
    QCOMPARE(g(rounds.consumed), ProcessingScenario::roundsConsumed());
    QCOMPARE(g(rounds.packed), ProcessingScenario::roundsPacked());
    QCOMPARE(rounds.finishedLots, 2);
    // Corrections count in the totals.
    QVERIFY(batches().correctInput(who(), m_scenario->rounds, m_scenario->roundsLot2.id, Mass::fromGrams(19'000),
                                   QStringLiteral("Pesée refaite")));
    QCOMPARE(g(batches().list()->at(1).consumed), ProcessingScenario::roundsConsumed() - 1'000);
}

void TestBatchService::refusesWritesThatBreakTheRules_data()
{
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<Refusal>("refusal");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("words");

    const auto v = ErrorCode::Validation;
    const auto c = ErrorCode::Conflict;
    const auto n = ErrorCode::NotFound;
    QTest::addRow("consume more than the lot has")
        << Stage::Started << Refusal::ConsumeMoreThanTheLot << v << QStringLiteral("has only 10 kg left");
    QTest::addRow("consume more than left after another batch")
        << Stage::Consumed << Refusal::ConsumeMoreThanLeftAfterAnotherBatch << v << QStringLiteral("has only 10 kg");
    QTest::addRow("consume from a lot both batches emptied")
        << Stage::Consumed << Refusal::ConsumeAnEmptiedLot << v << QStringLiteral("has only 0 kg");
    QTest::addRow("consume a held lot") << Stage::Started << Refusal::ConsumeAHeldLot << c
                                        << QStringLiteral("on hold (Moisissure sur le dessus du bac)");
    QTest::addRow("consume a lot outside the recipe")
        << Stage::Started << Refusal::ConsumeOutsideTheRecipe << v << QStringLiteral("not in the composition");
    QTest::addRow("add an ingredient outside the recipe")
        << Stage::Started << Refusal::AddIngredientOutsideTheRecipe << v << QStringLiteral("not in the composition");
    QTest::addRow("add onions (received by lot) as an ingredient without lot")
        << Stage::Started << Refusal::AddLotTrackedProductAsIngredient << v << QStringLiteral("received by lot");
    QTest::addRow("consume nothing") << Stage::Started << Refusal::ConsumeNothing << v
                                     << QStringLiteral("greater than zero");
    QTest::addRow("consume an unknown lot") << Stage::Started << Refusal::ConsumeAnUnknownLot << n << QString();
    QTest::addRow("consume without an operator")
        << Stage::Started << Refusal::ConsumeWithoutOperator << v << QStringLiteral("operator");
    QTest::addRow("consume in a closed batch")
        << Stage::Closed << Refusal::ConsumeInAClosedBatch << c << QStringLiteral("is closed");
    QTest::addRow("add an ingredient to a closed batch")
        << Stage::Closed << Refusal::AddIngredientToAClosedBatch << c << QStringLiteral("is closed");
    QTest::addRow("record a step in a closed batch")
        << Stage::Closed << Refusal::StepInAClosedBatch << c << QStringLiteral("is closed");
    QTest::addRow("record a loss in a closed batch")
        << Stage::Closed << Refusal::LossInAClosedBatch << c << QStringLiteral("is closed");
    QTest::addRow("record a control in a closed batch")
        << Stage::Closed << Refusal::ControlInAClosedBatch << c << QStringLiteral("is closed");
    QTest::addRow("output from a closed batch")
        << Stage::Closed << Refusal::OutputOfAClosedBatch << c << QStringLiteral("is closed");
    QTest::addRow("close twice") << Stage::Closed << Refusal::CloseTwice << c << QStringLiteral("is closed");
    QTest::addRow("output zero packs") << Stage::Consumed << Refusal::OutputZeroPacks << v
                                       << QStringLiteral("at least 1");
    QTest::addRow("output negative packs")
        << Stage::Consumed << Refusal::OutputNegativePacks << v << QStringLiteral("at least 1");
    QTest::addRow("output a product without shelf life")
        << Stage::Consumed << Refusal::OutputWithoutShelfLife << v << QStringLiteral("no shelf life");
    QTest::addRow("output packed tomorrow")
        << Stage::Consumed << Refusal::OutputPackedTomorrow << v << QStringLiteral("future");
    QTest::addRow("output to an unknown location")
        << Stage::Consumed << Refusal::OutputToAnUnknownLocation << n << QString();
    QTest::addRow("output to a partner's freezer")
        << Stage::Consumed << Refusal::OutputToAPartnerFreezer << v << QStringLiteral("kitchen location first");
    QTest::addRow("output to a deactivated location")
        << Stage::Consumed << Refusal::OutputToADeactivatedLocation << v << QStringLiteral("deactivated");
    QTest::addRow("step in the future") << Stage::Consumed << Refusal::StepInTheFuture << v << QStringLiteral("future");
    QTest::addRow("step before the batch started")
        << Stage::Consumed << Refusal::StepBeforeTheBatch << v << QStringLiteral("before the batch started");
    QTest::addRow("step ending before it starts")
        << Stage::Consumed << Refusal::StepEndingBeforeItStarts << v << QStringLiteral("after its start");
    QTest::addRow("control in the future")
        << Stage::Consumed << Refusal::ControlInTheFuture << v << QStringLiteral("future");
    QTest::addRow("lose more than was consumed")
        << Stage::Consumed << Refusal::LossOverWhatWasConsumed << v << QStringLiteral("more than what the batch");
    QTest::addRow("start in the future") << Stage::Received << Refusal::StartInTheFuture << v
                                         << QStringLiteral("future");
    QTest::addRow("start a batch of raw produce")
        << Stage::Received << Refusal::StartForARawProduct << v << QStringLiteral("raw produce");
    QTest::addRow("start a batch of an unknown product")
        << Stage::Received << Refusal::StartForAnUnknownProduct << n << QString();
    QTest::addRow("start a batch of a deactivated product")
        << Stage::Received << Refusal::StartForADeactivatedProduct << v << QStringLiteral("deactivated");
}

void TestBatchService::refusesWritesThatBreakTheRules()
{
    QFETCH(Stage, stage);
    QFETCH(Refusal, refusal);
    QFETCH(ErrorCode, code);
    QFETCH(QString, words);
    QVERIFY(build(stage));
    ProcessingScenario& s = *m_scenario;
    const QDateTime now = m_db->clock().nowUtc();
    const auto kg = [](qint64 grams) { return Mass::fromGrams(grams); };
    const auto step = [&](QDateTime from, QDateTime to) {
        BatchStepRequest request;
        request.kind = StepKind::Sort;
        request.startedAt = from;
        request.endedAt = to;
        request.in = kg(1'000);
        request.out = kg(900);
        return batches().recordStep(who(), s.rounds, request);
    };
    const auto control = [&](const QString& batch, QDateTime at) {
        BatchControlRequest request;
        request.kind = ControlKind::WashWater;
        request.value = 1;
        request.at = at;
        return batches().recordControl(who(), batch, request);
    };
    const auto output = [&](const QString& batch, int packs, QDate packedOn, QString location) {
        BatchOutputRequest request;
        request.packs = packs;
        request.packedOn = packedOn;
        request.locationCode = location;
        return batches().output(who(), batch, request);
    };
    const auto start = [&](ProductId product, QDateTime at) {
        BatchStartRequest request;
        request.productId = product;
        request.startedAt = at;
        return batches().start(who(), request);
    };

    QString problem;
    const auto expect = [&](auto&& write) { problem = refusalProblem(*m_db, write, code, words); };
    switch (refusal) {
    case Refusal::ConsumeMoreThanTheLot:
        expect([&] { return batches().consume(who(), s.soupBatch, s.onionLot, kg(ProcessingScenario::OnionLot + 1)); });
        break;
    case Refusal::ConsumeMoreThanLeftAfterAnotherBatch:
        expect([&] { return batches().consume(who(), s.soupBatch, s.lot2, kg(10'001)); });
        break;
    case Refusal::ConsumeAnEmptiedLot:
        expect([&] { return batches().consume(who(), s.rounds, s.lot1, kg(1)); });
        break;
    case Refusal::ConsumeAHeldLot: {
        const auto held = services().holds.hold(who(), s.lot3, QStringLiteral("Moisissure sur le dessus du bac"));
        QVERIFY2(held, qPrintable(why(held)));
        QVERIFY(!services().holds.checkNotHeld(s.lot3));
        expect([&] { return batches().consume(who(), s.soupBatch, s.lot3, kg(1'000)); });
        break;
    }
    case Refusal::ConsumeOutsideTheRecipe:
        expect([&] { return batches().consume(who(), s.rounds, s.onionLot, kg(1'000)); });
        break;
    case Refusal::AddIngredientOutsideTheRecipe:
        expect([&] { return batches().addIngredient(who(), s.rounds, s.water.id, kg(1'000)); });
        break;
    case Refusal::AddLotTrackedProductAsIngredient:
        expect([&] { return batches().addIngredient(who(), s.soupBatch, s.onion.id, kg(1'000)); });
        break;
    case Refusal::ConsumeNothing:
        expect([&] { return batches().consume(who(), s.rounds, s.lot1, kg(0)); });
        break;
    case Refusal::ConsumeAnUnknownLot:
        expect([&] { return batches().consume(who(), s.rounds, QStringLiteral("R-261122-HS-099"), kg(1'000)); });
        break;
    case Refusal::ConsumeWithoutOperator:
        expect([&] { return batches().consume(Actor{QStringLiteral("  ")}, s.rounds, s.lot1, kg(1'000)); });
        break;
    case Refusal::ConsumeInAClosedBatch:
        expect([&] { return batches().consume(who(), s.rounds, s.lot2, kg(1'000)); });
        break;
    case Refusal::AddIngredientToAClosedBatch:
        expect([&] { return batches().addIngredient(who(), s.soupBatch, s.water.id, kg(1'000)); });
        break;
    case Refusal::StepInAClosedBatch:
        expect([&] { return step(ProcessingScenario::at(11, 0), QDateTime()); });
        break;
    case Refusal::LossInAClosedBatch:
        expect([&] { return batches().recordLoss(who(), s.rounds, LossKind::Discard, kg(100)); });
        break;
    case Refusal::ControlInAClosedBatch:
        expect([&] { return control(s.rounds, QDateTime()); });
        break;
    case Refusal::OutputOfAClosedBatch:
        expect([&] { return output(s.rounds, 1, QDate(), QString()); });
        break;
    case Refusal::CloseTwice:
        expect([&] { return batches().close(who(), s.soupBatch); });
        break;
    case Refusal::OutputZeroPacks:
        expect([&] { return output(s.rounds, 0, QDate(), ProcessingScenario::freezerCode()); });
        break;
    case Refusal::OutputNegativePacks:
        expect([&] { return output(s.rounds, -3, QDate(), ProcessingScenario::freezerCode()); });
        break;
    case Refusal::OutputWithoutShelfLife: {
        Product puree;
        puree.code = QStringLiteral("PUREE-CAROTTE");
        puree.nameFr = QStringLiteral("Purée de carottes");
        puree.nameEn = QStringLiteral("Carrot purée");
        puree.kind = ProductKind::Finished;
        puree.packGrams = 500;
        const auto added = services().products.add(who(), puree);
        QVERIFY2(added, qPrintable(why(added)));
        const auto batch = start(added->id, QDateTime());
        QVERIFY2(batch, qPrintable(why(batch)));
        QVERIFY(batches().consume(who(), batch->code, s.lot2, kg(5'000)));
        expect([&] { return output(batch->code, 8, QDate(), QString()); });
        break;
    }
    case Refusal::OutputPackedTomorrow:
        expect([&] { return output(s.rounds, 10, ProcessingScenario::day().addDays(1), QString()); });
        break;
    case Refusal::OutputToAnUnknownLocation:
        expect([&] { return output(s.rounds, 10, QDate(), QStringLiteral("HS-CONG9")); });
        break;
    case Refusal::OutputToAPartnerFreezer: {
        Location atBonprix;
        atBonprix.code = QStringLiteral("BONPRIX-CONG");
        atBonprix.name = QStringLiteral("Congélateur du marché");
        atBonprix.kind = LocationKind::PartnerFreezer;
        atBonprix.partnerId = m_db->retailer.id;
        QVERIFY(services().locations.add(who(), atBonprix));
        expect([&] { return output(s.rounds, 10, QDate(), atBonprix.code); });
        break;
    }
    case Refusal::OutputToADeactivatedLocation:
        QVERIFY(services().locations.setActive(who(), ProcessingScenario::freezerCode(), false));
        expect([&] { return output(s.rounds, 10, QDate(), ProcessingScenario::freezerCode()); });
        break;
    case Refusal::StepInTheFuture:
        expect([&] { return step(now.addSecs(360), QDateTime()); });
        break;
    case Refusal::StepBeforeTheBatch:
        expect([&] { return step(ProcessingScenario::at(7, 29), ProcessingScenario::at(7, 40)); });
        break;
    case Refusal::StepEndingBeforeItStarts:
        expect([&] { return step(ProcessingScenario::at(7, 50), ProcessingScenario::at(7, 40)); });
        break;
    case Refusal::ControlInTheFuture:
        expect([&] { return control(s.soupBatch, now.addSecs(3600)); });
        break;
    case Refusal::LossOverWhatWasConsumed:
        expect([&] {
            return batches().recordLoss(who(), s.rounds, LossKind::Compost,
                                        kg(ProcessingScenario::roundsConsumed() + 1));
        });
        break;
    case Refusal::StartInTheFuture:
        expect([&] { return start(s.soup.id, now.addSecs(360)); });
        break;
    case Refusal::StartForARawProduct:
        expect([&] { return start(m_db->carrot.id, QDateTime()); });
        break;
    case Refusal::StartForAnUnknownProduct:
        expect([&] { return start(ProductId{999}, QDateTime()); });
        break;
    case Refusal::StartForADeactivatedProduct:
        QVERIFY(services().products.setActive(who(), s.soup.id, false));
        expect([&] { return start(s.soup.id, QDateTime()); });
        break;
    }
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestBatchService::releasedLotCanBeConsumedAgain()
{
    QVERIFY(build(Stage::Started));
    ProcessingScenario& s = *m_scenario;
    QVERIFY(services().holds.hold(who(), s.lot3, QStringLiteral("Température à vérifier")));
    QVERIFY(!batches().consume(who(), s.soupBatch, s.lot3, Mass::fromGrams(1'000)));
    QVERIFY(services().holds.release(who(), s.lot3, QStringLiteral("Température conforme")));
    const auto input = batches().consume(who(), s.soupBatch, s.lot3, Mass::fromGrams(1'000));
    QVERIFY2(input, qPrintable(why(input)));
}

void TestBatchService::closesOnlyAfterACorrectiveAction()
{
    QVERIFY(build(Stage::Consumed));
    const QString rounds = m_scenario->rounds;
    BatchControlRequest request;
    request.kind = ControlKind::BlanchTemperature;
    request.value = 850; // 85.0 °C: the water was not at a rolling boil
    const auto reading = batches().recordControl(who(), rounds, request);
    QVERIFY2(reading, qPrintable(why(reading)));
    QVERIFY(!reading->withinLimit);
    QVERIFY(reading->needsAction());
    QCOMPARE(reading->limitMin, std::optional<int>(900));
    request.kind = ControlKind::BlanchTime;
    request.value = 180;
    const auto fine = batches().recordControl(who(), rounds, request);
    QVERIFY(fine && fine->withinLimit);

    QString problem = refusalProblem(
        *m_db, [&] { return batches().close(who(), rounds); }, ErrorCode::Conflict,
        QStringLiteral("outside its limit without a corrective action"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = refusalProblem(
        *m_db, [&] { return batches().addCorrectiveAction(who(), rounds, reading->id, QStringLiteral("   ")); },
        ErrorCode::Validation, QStringLiteral("corrective action"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = refusalProblem(
        *m_db, [&] { return batches().addCorrectiveAction(who(), rounds, fine->id, QStringLiteral("Rien")); },
        ErrorCode::Validation, QStringLiteral("within its limit"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = refusalProblem(
        *m_db,
        [&] { return batches().addCorrectiveAction(who(), rounds, BatchRecordId{9999}, QStringLiteral("Rien")); },
        ErrorCode::NotFound, QString());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const auto acted = batches().addCorrectiveAction(who(), rounds, reading->id,
                                                     QStringLiteral("Eau ramenée à ébullition, bac reblanchi 3 min"));
    QVERIFY2(acted, qPrintable(why(acted)));
    QCOMPARE(int(acted->actions.size()), 1);
    QVERIFY(!acted->needsAction());
    const auto detail = batches().detail(rounds);
    QVERIFY(detail);
    QVERIFY(detail->unresolvedReadings().empty());
    QCOMPARE(detail->readings.front().actions.front().description,
             QStringLiteral("Eau ramenée à ébullition, bac reblanchi 3 min"));
    QCOMPARE(auditActions(m_db->connection(), QStringLiteral("control_reading"), reading->id.value),
             (QStringList{QStringLiteral("record-control"), QStringLiteral("corrective-action")}));
    const auto closed = batches().close(who(), rounds);
    QVERIFY2(closed, qPrintable(why(closed)));
    QVERIFY(batches().batch(rounds)->isClosed());
}

void TestBatchService::acceptsACorrectiveActionWithTheReading()
{
    QVERIFY(build(Stage::Consumed));
    BatchControlRequest request;
    request.kind = ControlKind::VacuumSeal;
    request.value = 0; // a bag leaked
    request.correctiveAction = QStringLiteral("Sac refait et scellé de nouveau");
    const auto reading = batches().recordControl(who(), m_scenario->soupBatch, request);
    QVERIFY2(reading, qPrintable(why(reading)));
    QVERIFY(!reading->withinLimit);
    QVERIFY(!reading->needsAction());
    QCOMPARE(m_db->count(QStringLiteral("corrective_action")), qint64(1));
    QVERIFY2(batches().close(who(), m_scenario->soupBatch), "the action came with the reading");
}

void TestBatchService::correctedReadingWithinLimitResolvesIt()
{
    QVERIFY(build(Stage::Consumed));
    const QString soup = m_scenario->soupBatch;
    BatchControlRequest request;
    request.kind = ControlKind::CoolingTemperature;
    request.value = 60; // 6.0 °C, above 4.0 °C
    const auto reading = batches().recordControl(who(), soup, request);
    QVERIFY(reading && reading->needsAction());
    QVERIFY(!batches().close(who(), soup));

    QString problem = refusalProblem(
        *m_db, [&] { return batches().correctReading(who(), soup, reading->id, 38, QString()); }, ErrorCode::Validation,
        QStringLiteral("reason"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // Corrected to another out-of-limit value: still open.
    const auto stillWarm =
        batches().correctReading(who(), soup, reading->id, 45, QStringLiteral("Relu après 10 minutes"));
    QVERIFY2(stillWarm, qPrintable(why(stillWarm)));
    QVERIFY(stillWarm->needsAction());
    QCOMPARE(stillWarm->correctsId, reading->id);
    QVERIFY(!batches().close(who(), soup));
    // The replaced reading cannot be corrected again; the current one can.
    problem = refusalProblem(
        *m_db, [&] { return batches().correctReading(who(), soup, reading->id, 38, QStringLiteral("Encore")); },
        ErrorCode::NotFound, QStringLiteral("already corrected"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const auto cold = batches().correctReading(who(), soup, stillWarm->id, 38,
                                               QStringLiteral("Thermomètre mal étalonné : relu à 3,8 °C"));
    QVERIFY2(cold, qPrintable(why(cold)));
    QVERIFY(cold->withinLimit);
    QCOMPARE(cold->limitMax, std::optional<int>(40));
    QCOMPARE(cold->reason, QStringLiteral("Thermomètre mal étalonné : relu à 3,8 °C"));

    const auto detail = batches().detail(soup);
    QVERIFY(detail);
    QCOMPARE(int(detail->readings.size()), 3); // every row stays
    const auto current = BatchDetail::current(detail->readings);
    QCOMPARE(int(current.size()), 1);
    QCOMPARE(current.front().value, 38);
    QVERIFY(detail->unresolvedReadings().empty());
    QCOMPARE(auditActions(m_db->connection(), QStringLiteral("control_reading"), cold->id.value),
             QStringList{QStringLiteral("correct")});
    const auto closed = batches().close(who(), soup);
    QVERIFY2(closed, qPrintable(why(closed)));
}

void TestBatchService::correctsAnInputDownAndUp()
{
    QVERIFY(build(Stage::Closed));
    ProcessingScenario& s = *m_scenario;
    using P = ProcessingScenario;
    const BatchRecordId original = s.soupLot3.id;

    // Down: 3 kg of lot 3 went back to the cold room. The batch is closed; corrections still go in.
    const auto down = batches().correctInput(who(), s.soupBatch, original, Mass::fromGrams(9'000),
                                             QStringLiteral("Pesée refaite : 3 kg remis en chambre froide"));
    QVERIFY2(down, qPrintable(why(down)));
    QCOMPARE(g(down->mass), qint64(-3'000));
    QCOMPARE(down->correctsId, original);
    QCOMPARE(down->lotCode, s.lot3);
    QCOMPARE(down->reason, QStringLiteral("Pesée refaite : 3 kg remis en chambre froide"));
    QCOMPARE(left(s.lot3), P::CarrotLot3 - 9'000);
    auto detail = batches().detail(s.soupBatch);
    QVERIFY(detail);
    QVERIFY(detail->batch.isClosed());
    QCOMPARE(int(detail->inputs.size()), 7); // the original row stays, with its correction
    QCOMPARE(g(detail->balance.consumed), P::soupConsumed() - 3'000);
    const auto history = AuditLog(m_db->connection()).forRecord(QStringLiteral("batch_input"), down->id.value);
    QVERIFY(history);
    QCOMPARE(int(history->size()), 1);
    QCOMPARE(history->front().action, QStringLiteral("correct"));
    QCOMPARE(history->front().actor, who().name);
    QCOMPARE(history->front().changes.value(QStringLiteral("new_total_g")).toInteger(), qint64(9'000));
    QCOMPARE(history->front().changes.value(QStringLiteral("batch")).toString(), s.soupBatch);

    // Up, through the correction's own id: it still corrects the original row.
    const auto up =
        batches().correctInput(who(), s.soupBatch, down->id, Mass::fromGrams(14'000), QStringLiteral("Bac oublié"));
    QVERIFY2(up, qPrintable(why(up)));
    QCOMPARE(g(up->mass), qint64(5'000));
    QCOMPARE(up->correctsId, original);
    QCOMPARE(left(s.lot3), P::CarrotLot3 - 14'000);
    detail = batches().detail(s.soupBatch);
    QCOMPARE(g(detail->balance.consumed), P::soupConsumed() + 2'000);
    QCOMPARE(g(detail->balance.unexplained()), P::soupConsumed() + 2'000 - P::soupPacked() - P::soupLost());

    // Never more than the lot has left: 11 kg left, so 25 kg is the most this input can reach.
    const QString problem = refusalProblem(
        *m_db,
        [&] {
            return batches().correctInput(who(), s.soupBatch, original, Mass::fromGrams(P::CarrotLot3 + 1),
                                          QStringLiteral("Tout le lot"));
        },
        ErrorCode::Validation, QStringLiteral("has only 11 kg left"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const auto all = batches().correctInput(who(), s.soupBatch, original, Mass::fromGrams(P::CarrotLot3),
                                            QStringLiteral("Tout le lot"));
    QVERIFY2(all, qPrintable(why(all)));
    QCOMPARE(left(s.lot3), qint64(0));

    // Lot 1, split across both batches, has nothing left: the rounds' input cannot go up.
    const QString emptied = refusalProblem(
        *m_db,
        [&] {
            return batches().correctInput(who(), s.rounds, s.roundsLot1.id, Mass::fromGrams(P::RoundsFromLot1 + 1),
                                          QStringLiteral("Un gramme de plus"));
        },
        ErrorCode::Validation, QStringLiteral("has only 0 kg left"));
    QVERIFY2(emptied.isEmpty(), qPrintable(emptied));
    // Down frees kilograms for the other batch, which may then take them.
    QVERIFY(batches().correctInput(who(), s.rounds, s.roundsLot1.id, Mass::fromGrams(P::RoundsFromLot1 - 2'000),
                                   QStringLiteral("Pesée refaite")));
    QCOMPARE(left(s.lot1), qint64(2'000));
    QVERIFY(batches().correctInput(who(), s.soupBatch, s.soupLot1.id, Mass::fromGrams(P::SoupFromLot1 + 2'000),
                                   QStringLiteral("Les 2 kg étaient dans la soupe")));
    QCOMPARE(left(s.lot1), qint64(0));
    QVERIFY(batches().batch(s.rounds)->isClosed());
}

void TestBatchService::correctsAnUntrackedIngredientAndALoss()
{
    QVERIFY(build(Stage::Closed));
    ProcessingScenario& s = *m_scenario;
    using P = ProcessingScenario;
    const auto water = batches().correctInput(who(), s.soupBatch, s.soupWater.id, Mass::fromGrams(6'500),
                                              QStringLiteral("Un demi-litre de plus"));
    QVERIFY2(water, qPrintable(why(water)));
    QCOMPARE(g(water->mass), qint64(500));
    QVERIFY(!water->lotId.isValid());
    QCOMPARE(g(batches().detail(s.soupBatch)->balance.consumed), P::soupConsumed() + 500);

    const auto loss = batches().correctLoss(who(), s.rounds, s.roundsSortLoss.id, Mass::fromGrams(2'300),
                                            QStringLiteral("Bac de compost repesé"));
    QVERIFY2(loss, qPrintable(why(loss)));
    QCOMPARE(g(loss->mass), qint64(300));
    QCOMPARE(loss->correctsId, s.roundsSortLoss.id);
    QCOMPARE(loss->kind, LossKind::Compost);
    QCOMPARE(loss->step, std::optional<StepKind>(StepKind::Sort));
    const auto rounds = batches().detail(s.rounds);
    QCOMPARE(g(rounds->balance.lost), P::roundsLost() + 300);
    QCOMPARE(g(rounds->balance.unexplained()), qint64(1'200));
    QCOMPARE(int(rounds->losses.size()), 3);
    QCOMPARE(auditActions(m_db->connection(), QStringLiteral("batch_loss"), loss->id.value),
             QStringList{QStringLiteral("correct")});
    // To zero: the loss is cancelled, its rows stay.
    const auto none = batches().correctLoss(who(), s.rounds, loss->id, Mass::fromGrams(0),
                                            QStringLiteral("Ce compost venait d'un autre lot"));
    QVERIFY2(none, qPrintable(why(none)));
    QCOMPARE(g(none->mass), qint64(-2'300));
    QCOMPARE(g(batches().detail(s.rounds)->balance.lost), P::RoundsCompostAtCut);
}

void TestBatchService::refusesBadCorrections()
{
    QVERIFY(build(Stage::Closed));
    ProcessingScenario& s = *m_scenario;
    struct Case
    {
        const char* name;
        std::function<QString()> check;
    };
    const auto input = [&](const QString& batch, BatchRecordId id, qint64 grams, const QString& reason, ErrorCode code,
                           const QString& words) {
        return refusalProblem(
            *m_db, [&] { return batches().correctInput(who(), batch, id, Mass::fromGrams(grams), reason); }, code,
            words);
    };
    const auto loss = [&](BatchRecordId id, qint64 grams, const QString& reason, ErrorCode code, const QString& words) {
        return refusalProblem(
            *m_db, [&] { return batches().correctLoss(who(), s.rounds, id, Mass::fromGrams(grams), reason); }, code,
            words);
    };
    const QString reason = QStringLiteral("Pesée refaite");
    const Case cases[] = {
        {"input without a reason",
         [&] {
             return input(s.soupBatch, s.soupLot3.id, 9'000, QStringLiteral(" "), ErrorCode::Validation,
                          QStringLiteral("reason"));
         }},
        {"input to the same weight",
         [&] {
             return input(s.soupBatch, s.soupLot3.id, ProcessingScenario::SoupFromLot3, reason, ErrorCode::Validation,
                          QStringLiteral("same"));
         }},
        {"input to a negative weight",
         [&] {
             return input(s.soupBatch, s.soupLot3.id, -1, reason, ErrorCode::Validation, QStringLiteral("negative"));
         }},
        {"input of another batch",
         [&] { return input(s.soupBatch, s.roundsLot1.id, 1'000, reason, ErrorCode::NotFound, QString()); }},
        {"input of an unknown batch",
         [&] {
             return input(QStringLiteral("T-261122-HS-09"), s.soupLot3.id, 1'000, reason, ErrorCode::NotFound,
                          QString());
         }},
        {"loss without a reason",
         [&] { return loss(s.roundsSortLoss.id, 1'000, QString(), ErrorCode::Validation, QStringLiteral("reason")); }},
        {"loss to a negative weight",
         [&] { return loss(s.roundsSortLoss.id, -5, reason, ErrorCode::Validation, QStringLiteral("negative")); }},
        {"unknown loss", [&] { return loss(BatchRecordId{9999}, 1'000, reason, ErrorCode::NotFound, QString()); }},
        {"loss above what the batch consumed",
         [&] {
             return loss(s.roundsSortLoss.id, ProcessingScenario::roundsConsumed() + 1, reason, ErrorCode::Validation,
                         QStringLiteral("more than"));
         }},
        {"more taken from a held lot",
         [&] {
             if (!m_db->services().holds.hold(who(), s.soupLot3.lotCode, QStringLiteral("Rappel du fournisseur")))
                 return QStringLiteral("the hold was refused");
             return input(s.soupBatch, s.soupLot3.id, ProcessingScenario::SoupFromLot3 + 1'000, reason,
                          ErrorCode::Conflict, QStringLiteral("on hold"));
         }},
    };
    for (const Case& c : cases) {
        const QString problem = c.check();
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(c.name), problem)));
    }
}

void TestBatchService::databaseRefusesEditsOfAClosedBatch()
{
    QVERIFY(build(Stage::Closed));
    ProcessingScenario& s = *m_scenario;
    const qint64 batchId = batches().batch(s.rounds)->id.value;
    const qint64 lotId = services().receptions.lot(s.lot2)->id.value;
    const QString before = m_db->snapshot();

    // Each statement as someone with a SQLite shell would type it; the triggers say no.
    const QString values = QStringLiteral("'2026-11-22T17:00:00Z', 'Intrus'");
    const std::pair<QString, QString> attempts[] = {
        {QStringLiteral("UPDATE batch SET notes = 'réécrit' WHERE batch_id = %1").arg(batchId),
         QStringLiteral("only ever closed, once")},
        {QStringLiteral("UPDATE batch SET closed_at = NULL, closed_by = NULL WHERE batch_id = %1").arg(batchId),
         QStringLiteral("only ever closed, once")},
        {QStringLiteral("UPDATE batch SET closed_at = '2026-11-23T00:00:00Z' WHERE batch_id = %1").arg(batchId),
         QStringLiteral("only ever closed, once")},
        {QStringLiteral("DELETE FROM batch WHERE batch_id = %1").arg(batchId), QStringLiteral("append-only")},
        {QStringLiteral("DELETE FROM batch_input WHERE batch_id = %1").arg(batchId), QStringLiteral("append-only")},
        {QStringLiteral("UPDATE batch_input SET grams = 1 WHERE batch_id = %1").arg(batchId),
         QStringLiteral("append-only")},
        {QStringLiteral("INSERT INTO batch_input (batch_id, lot_id, product_id, grams, at, recorded_by)"
                        " VALUES (%1, %2, %3, 1000, %4)")
             .arg(batchId)
             .arg(lotId)
             .arg(m_db->carrot.id.value)
             .arg(values),
         QStringLiteral("the batch is closed")},
        {QStringLiteral("INSERT INTO batch_step (batch_id, kind, started_at, recorded_at, recorded_by)"
                        " VALUES (%1, 'sort', '2026-11-22T17:00:00Z', %2)")
             .arg(batchId)
             .arg(values),
         QStringLiteral("the batch is closed")},
        {QStringLiteral("INSERT INTO batch_loss (batch_id, kind, grams, at, recorded_by)"
                        " VALUES (%1, 'compost', 500, %2)")
             .arg(batchId)
             .arg(values),
         QStringLiteral("the batch is closed")},
        {QStringLiteral("INSERT INTO control_reading (batch_id, kind, value, within_limit, at, recorded_by)"
                        " VALUES (%1, 'wash-water', 1, 1, %2)")
             .arg(batchId)
             .arg(values),
         QStringLiteral("the batch is closed")},
        {QStringLiteral("INSERT INTO finished_lot (code, batch_id, site_id, product_id, packs, pack_g, packed_on,"
                        " best_before, created_at, created_by)"
                        " VALUES ('P-261122-HS-99', %1, %2, %3, 1, 500, '2026-11-22', '2027-11-22', %4)")
             .arg(batchId)
             .arg(m_db->site.id.value)
             .arg(m_db->finished.id.value)
             .arg(values),
         QStringLiteral("the batch is closed")},
        {QStringLiteral("DELETE FROM finished_lot"), QStringLiteral("append-only")},
        {QStringLiteral("UPDATE finished_lot SET packs = 1"), QStringLiteral("append-only")},
        {QStringLiteral("DELETE FROM batch_loss"), QStringLiteral("append-only")},
        {QStringLiteral("UPDATE control_reading SET within_limit = 0"), QStringLiteral("append-only")},
    };
    for (const auto& [sql, words] : attempts) {
        QSqlQuery q(m_db->connection());
        QVERIFY2(!q.exec(sql), qPrintable(QStringLiteral("accepted: ") + sql));
        QVERIFY2(q.lastError().databaseText().contains(words),
                 qPrintable(sql + QStringLiteral(" → ") + q.lastError().databaseText()));
    }
    QCOMPARE(m_db->snapshot(), before);

    // What is allowed: a correction row (it points at what it corrects). Rolled back here.
    const qint64 inputId = m_scenario->roundsLot2.id.value;
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("BEGIN")));
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO batch_input (batch_id, lot_id, product_id, grams, corrects_id, reason,"
                                   " at, recorded_by) VALUES (%1, %2, %3, -500, %4, 'test', %5)")
                        .arg(batchId)
                        .arg(lotId)
                        .arg(m_db->carrot.id.value)
                        .arg(inputId)
                        .arg(values)),
             qPrintable(q.lastError().text()));
    QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
    QCOMPARE(m_db->snapshot(), before);
}

void TestBatchService::databaseKeepsInputsAppendOnlyInAnOpenBatch()
{
    QVERIFY(build(Stage::Consumed));
    const qint64 batchId = batches().batch(m_scenario->soupBatch)->id.value;
    const QString before = m_db->snapshot();
    QSqlQuery q(m_db->connection());
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM batch_input WHERE batch_id = %1").arg(batchId)));
    QVERIFY(!q.exec(QStringLiteral("UPDATE batch_input SET grams = grams * 2 WHERE batch_id = %1").arg(batchId)));
    QVERIFY(!q.exec(
        QStringLiteral("UPDATE batch SET started_at = '2026-11-01T12:00:00Z' WHERE batch_id = %1").arg(batchId)));
    // A non-correction input must weigh something.
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO batch_input (batch_id, product_id, grams, at, recorded_by)"
                                   " VALUES (%1, %2, -5, '2026-11-22T17:00:00Z', 'Intrus')")
                        .arg(batchId)
                        .arg(m_scenario->water.id.value)));
    QCOMPARE(m_db->snapshot(), before);
}

void TestBatchService::secondStationSeesWhatTheFirstConsumed()
{
    QVERIFY(build(Stage::Consumed));
    ProcessingScenario& s = *m_scenario;
    const qint64 lot2Left = ProcessingScenario::CarrotLot2 - ProcessingScenario::RoundsFromLot2;
    auto opened = Database::open(m_db->path(), Database::OpenMode::MustExist);
    QVERIFY2(opened, qPrintable(why(opened)));
    Services station(*opened.value(), m_db->clock());
    const Actor other{QStringLiteral("Jacinthe")};
    QCOMPARE(station.batches.remaining(s.lot2)->grams(), lot2Left);

    const auto taken = station.batches.consume(other, s.soupBatch, s.lot2, Mass::fromGrams(lot2Left));
    QVERIFY2(taken, qPrintable(why(taken)));
    QCOMPARE(left(s.lot2), qint64(0));
    const QString problem = refusalProblem(
        *m_db, [&] { return batches().consume(who(), s.rounds, s.lot2, Mass::fromGrams(1)); }, ErrorCode::Validation,
        QStringLiteral("has only 0 kg left"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestBatchService::twoStationsRaceForTheLastKilograms()
{
    // Two stations, each with its own connection, consume the whole of the same fresh lot at
    // the same moment, round after round: exactly one wins, the other is told what is left.
    QVERIFY(build(Stage::Started));
    const QString rounds = m_scenario->rounds;
    const QString soup = m_scenario->soupBatch;
    constexpr int Rounds = 12;
    constexpr qint64 Grams = 1'000;
    StationRace station(m_db->path(), m_db->clock());
    const QString opened = station.open();
    QVERIFY2(opened.isEmpty(), qPrintable(opened));

    int ours = 0;
    for (int i = 0; i < Rounds; ++i) {
        const auto lot = services().receptions.receive(who(), m_db->carrotsFromFarm(Grams));
        QVERIFY2(lot, qPrintable(why(lot)));
        std::optional<Result<BatchInput>> theirs;
        std::optional<Result<BatchInput>> mine;
        station.race(
            [&](Services& other) {
                theirs =
                    other.batches.consume(Actor{QStringLiteral("Jacinthe")}, soup, lot->code, Mass::fromGrams(Grams));
            },
            [&] { mine = batches().consume(who(), rounds, lot->code, Mass::fromGrams(Grams)); });
        const QString round = QStringLiteral("round %1: here %2, there %3")
                                  .arg(i)
                                  .arg(*mine ? QStringLiteral("saved") : errorText(mine->error()))
                                  .arg(*theirs ? QStringLiteral("saved") : errorText(theirs->error()));
        QVERIFY2(bool(*mine) != bool(*theirs), qPrintable(round));
        const Error& loser = *mine ? theirs->error() : mine->error();
        QVERIFY2(loser.code == ErrorCode::Validation && loser.message.contains(QStringLiteral("has only 0 kg left")),
                 qPrintable(round));
        QCOMPARE(left(lot->code), qint64(0));
        if (*mine)
            ++ours;
    }
    qInfo("this station won %d of %d rounds", ours, Rounds);
    // One input row per lot, and each batch holds what its wins say.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(DISTINCT lot_id) FROM batch_input")) && q.next());
    QCOMPARE(q.value(0).toInt(), Rounds);
    QCOMPARE(q.value(1).toInt(), Rounds);
    QCOMPARE(g(batches().detail(rounds)->balance.consumed), ours * Grams);
    QCOMPARE(g(batches().detail(soup)->balance.consumed), (Rounds - ours) * Grams);
}

void TestBatchService::closingRacesAnOutOfLimitReading()
{
    // One station closes a batch while another records a reading outside its limit: either the
    // reading comes first and the close is refused, or the close comes first and the reading is
    // refused — never a closed batch with an unresolved reading.
    QVERIFY(build(Stage::Received));
    StationRace station(m_db->path(), m_db->clock());
    const QString opened = station.open();
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    constexpr int Rounds = 20;
    int closedFirst = 0;
    for (int i = 0; i < Rounds; ++i) {
        BatchStartRequest start;
        start.productId = m_db->finished.id;
        const auto batch = batches().start(who(), start);
        QVERIFY2(batch, qPrintable(why(batch)));
        std::optional<Result<ControlReading>> reading;
        std::optional<Result<MassBalance>> closed;
        station.race(
            [&](Services& other) {
                BatchControlRequest request;
                request.kind = ControlKind::BlanchTemperature;
                request.value = 850;
                reading = other.batches.recordControl(Actor{QStringLiteral("Jacinthe")}, batch->code, request);
            },
            [&] { closed = batches().close(who(), batch->code); });
        const QString round = QStringLiteral("round %1: close %2, reading %3")
                                  .arg(i)
                                  .arg(*closed ? QStringLiteral("saved") : errorText(closed->error()))
                                  .arg(*reading ? QStringLiteral("saved") : errorText(reading->error()));
        QVERIFY2(bool(*closed) != bool(*reading), qPrintable(round));
        const auto detail = batches().detail(batch->code);
        QVERIFY(detail);
        QVERIFY2(!(detail->batch.isClosed() && !detail->unresolvedReadings().empty()), qPrintable(round));
        if (*closed)
            ++closedFirst;
    }
    qInfo("the close came first in %d of %d rounds", closedFirst, Rounds);
}

void TestBatchService::consumingRacesAHold()
{
    // A supervisor holds a lot while a station consumes from it: the consumption either comes
    // before the hold or is refused — never a held lot consumed after its hold.
    QVERIFY(build(Stage::Started));
    StationRace station(m_db->path(), m_db->clock());
    const QString opened = station.open();
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    constexpr int Rounds = 20;
    int consumedFirst = 0;
    for (int i = 0; i < Rounds; ++i) {
        const auto lot = services().receptions.receive(who(), m_db->carrotsFromFarm(5'000));
        QVERIFY2(lot, qPrintable(why(lot)));
        std::optional<Result<HoldEvent>> held;
        std::optional<Result<BatchInput>> consumed;
        station.race(
            [&](Services& other) {
                held = other.holds.hold(Actor{QStringLiteral("Jacinthe")}, lot->code, QStringLiteral("Moisissure"));
            },
            [&] { consumed = batches().consume(who(), m_scenario->rounds, lot->code, Mass::fromGrams(1'000)); });
        const QString round = QStringLiteral("round %1: hold %2, consume %3")
                                  .arg(i)
                                  .arg(*held ? QStringLiteral("saved") : errorText(held->error()))
                                  .arg(*consumed ? QStringLiteral("saved") : errorText(consumed->error()));
        QVERIFY2(*held, qPrintable(round));
        if (*consumed) {
            // Its input must be older than the hold.
            QSqlQuery q(m_db->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT (SELECT max(audit_id) FROM audit_log WHERE entity = 'batch_input'"
                                          " AND entity_id = %1) < (SELECT max(audit_id) FROM audit_log WHERE"
                                          " entity = 'lot_hold')")
                               .arg(consumed->value().id.value)) &&
                    q.next());
            QVERIFY2(q.value(0).toInt() == 1, qPrintable(round));
            ++consumedFirst;
        } else {
            QVERIFY2(consumed->error().code == ErrorCode::Conflict, qPrintable(round));
        }
    }
    qInfo("the consumption came first in %d of %d rounds", consumedFirst, Rounds);
}

QTEST_GUILESS_MAIN(TestBatchService)
#include "tst_batchservice.moc"
