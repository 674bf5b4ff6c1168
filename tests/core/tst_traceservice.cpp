// SPDX-License-Identifier: GPL-3.0-or-later
// The genealogy of lots (TR-03, TR-05, issue 3's acceptance): from the processing scenario,
// backward from each finished lot and forward from each reception lot give exactly the
// many-to-many links with their grams and packs; corrections show net quantities.
#include "core/services/Services.h"
#include "tests/support/ProcessingScenario.h"
#include "tests/support/TestDatabase.h"

#include <QtTest>

#include <algorithm>

using namespace glaneur;
using namespace glaneur::test;

using P = ProcessingScenario;

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

QString link(const QString& from, const QString& to, qint64 grams, int packs = 0)
{
    return QStringLiteral("%1 -> %2 %3 g %4 packs").arg(from, to).arg(grams).arg(packs);
}

// Links as sorted text, duplicates kept: equal lists mean exactly the same links.
QStringList linksOf(const std::vector<TraceLink>& links)
{
    QStringList text;
    for (const TraceLink& l : links)
        text << link(l.from, l.to, l.mass.grams(), l.packs);
    text.sort();
    return text;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList lotCodes(const TraceGraph& graph)
{
    QStringList codes;
    for (const TraceLot& lot : graph.lots)
        codes << lot.code;
    return codes;
}

QStringList batchCodes(const TraceGraph& graph)
{
    QStringList codes;
    for (const TraceBatch& batch : graph.batches)
        codes << batch.code;
    codes.sort();
    return codes;
}

} // namespace

class TestTraceService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tracesBackwardFromEachFinishedLot_data();
    void tracesBackwardFromEachFinishedLot();
    void tracesForwardFromEachReceptionLot_data();
    void tracesForwardFromEachReceptionLot();
    void bothDirectionsAreTheUnion();
    void describesTheLotsAndBatchesMet();
    void showsNetGramsAfterACorrection();
    void correctionToZeroRemovesTheLink();
    void tracesAnOpenBatch();
    void tracesAScannedLabel_data();
    void tracesAScannedLabel();
    void refusesUnknownAndMalformedCodes();
    void readsDirectionCodes();

private:
    Result<TraceGraph> trace(const QString& code, TraceDirection direction)
    {
        return m_db->services().traces.trace(code, direction);
    }
    // The scenario's expected links, computed from its constants.
    QStringList roundsInputs() const
    {
        const P& s = *m_scenario;
        return {link(s.lot1, s.rounds, P::RoundsFromLot1), link(s.lot2, s.rounds, P::RoundsFromLot2)};
    }
    QStringList soupInputs() const
    {
        const P& s = *m_scenario;
        return {link(s.lot1, s.soupBatch, P::SoupFromLot1), link(s.lot3, s.soupBatch, P::SoupFromLot3),
                link(s.onionLot, s.soupBatch, P::SoupFromOnions)};
    }
    QStringList roundsOutputs() const
    {
        const P& s = *m_scenario;
        return {link(s.rounds, s.roundsA.code, qint64(P::RoundsPacksA) * P::RoundsPackGrams, P::RoundsPacksA),
                link(s.rounds, s.roundsB.code, qint64(P::RoundsPacksB) * P::RoundsPackGrams, P::RoundsPacksB)};
    }
    QStringList soupOutputs() const
    {
        const P& s = *m_scenario;
        return {link(s.soupBatch, s.soupA.code, qint64(P::SoupPacksA) * P::SoupPackGrams, P::SoupPacksA),
                link(s.soupBatch, s.soupB.code, qint64(P::SoupPacksB) * P::SoupPackGrams, P::SoupPacksB)};
    }

    std::optional<TestDatabase> m_db;
    std::optional<ProcessingScenario> m_scenario;
};

void TestTraceService::initTestCase()
{
    useKitchenTimeZone();
}

void TestTraceService::init()
{
    m_db.emplace();
    QVERIFY2(m_db->seed(), qPrintable(m_db->errorString()));
    m_scenario.emplace(*m_db);
    QVERIFY2(m_scenario->buildTo(ProcessingScenario::Stage::Closed), qPrintable(m_scenario->errorString()));
}

void TestTraceService::cleanup()
{
    m_scenario.reset();
    m_db.reset();
}

void TestTraceService::tracesBackwardFromEachFinishedLot_data()
{
    QTest::addColumn<int>("which");
    QTest::addRow("rounds, first lot") << 0;
    QTest::addRow("rounds, second lot") << 1;
    QTest::addRow("soup, first lot") << 2;
    QTest::addRow("soup, second lot") << 3;
}

void TestTraceService::tracesBackwardFromEachFinishedLot()
{
    QFETCH(int, which);
    const P& s = *m_scenario;
    const FinishedLot lots[] = {s.roundsA, s.roundsB, s.soupA, s.soupB};
    const FinishedLot& traced = lots[which];
    const bool isRounds = which < 2;
    const QString batch = isRounds ? s.rounds : s.soupBatch;

    const auto graph = trace(traced.code, TraceDirection::Backward);
    QVERIFY2(graph, qPrintable(why(graph)));
    QCOMPARE(graph->lotCode, traced.code);
    QCOMPARE(graph->direction, TraceDirection::Backward);
    QVERIFY(graph->forward.empty());
    QStringList expected{link(batch, traced.code, traced.net().grams(), traced.packs)};
    expected << (isRounds ? roundsInputs() : soupInputs());
    QCOMPARE(linksOf(graph->backward), sorted(expected));
    // The traced lot first, then the reception lots met; the one batch.
    QCOMPARE(graph->lots.front().code, traced.code);
    QStringList met = lotCodes(graph.value()).mid(1);
    met.sort();
    QCOMPARE(met, isRounds ? (QStringList{s.lot1, s.lot2}) : (QStringList{s.lot1, s.lot3, s.onionLot}));
    QCOMPARE(batchCodes(graph.value()), QStringList{batch});
}

void TestTraceService::tracesForwardFromEachReceptionLot_data()
{
    QTest::addColumn<int>("which");
    QTest::addRow("carrots of lot 1, in both batches") << 1;
    QTest::addRow("carrots of lot 2, in the rounds") << 2;
    QTest::addRow("carrots of lot 3, in the soup") << 3;
    QTest::addRow("onions, in the soup") << 4;
}

void TestTraceService::tracesForwardFromEachReceptionLot()
{
    QFETCH(int, which);
    const P& s = *m_scenario;
    QString code;
    QStringList expected;
    QStringList batches;
    switch (which) {
    case 1:
        code = s.lot1;
        expected << link(s.lot1, s.rounds, P::RoundsFromLot1) << roundsOutputs()
                 << link(s.lot1, s.soupBatch, P::SoupFromLot1) << soupOutputs();
        batches << s.rounds << s.soupBatch;
        break;
    case 2:
        code = s.lot2;
        expected << link(s.lot2, s.rounds, P::RoundsFromLot2) << roundsOutputs();
        batches << s.rounds;
        break;
    case 3:
        code = s.lot3;
        expected << link(s.lot3, s.soupBatch, P::SoupFromLot3) << soupOutputs();
        batches << s.soupBatch;
        break;
    default:
        code = s.onionLot;
        expected << link(s.onionLot, s.soupBatch, P::SoupFromOnions) << soupOutputs();
        batches << s.soupBatch;
        break;
    }
    const auto graph = trace(code, TraceDirection::Forward);
    QVERIFY2(graph, qPrintable(why(graph)));
    QCOMPARE(graph->lotCode, code);
    QVERIFY(graph->backward.empty());
    QCOMPARE(linksOf(graph->forward), sorted(expected));
    QCOMPARE(batchCodes(graph.value()), sorted(batches));
    // Every finished lot a link reaches is described.
    for (const TraceLink& l : graph->forward) {
        if (l.packs > 0)
            QVERIFY2(graph->lot(l.to), qPrintable(l.to));
    }
    // Tracing backward from a reception lot finds nothing before it.
    const auto back = trace(code, TraceDirection::Backward);
    QVERIFY(back);
    QVERIFY(back->backward.empty());
    QVERIFY(back->forward.empty());
    QCOMPARE(lotCodes(back.value()), QStringList{code});
}

void TestTraceService::bothDirectionsAreTheUnion()
{
    const P& s = *m_scenario;
    for (const QString& code :
         {s.lot1, s.lot2, s.lot3, s.onionLot, s.roundsA.code, s.roundsB.code, s.soupA.code, s.soupB.code}) {
        const auto backward = trace(code, TraceDirection::Backward);
        const auto forward = trace(code, TraceDirection::Forward);
        const auto both = trace(code, TraceDirection::Both);
        QVERIFY2(backward && forward && both, qPrintable(code));
        QCOMPARE(both->direction, TraceDirection::Both);
        QCOMPARE(linksOf(both->backward), linksOf(backward->backward));
        QCOMPARE(linksOf(both->forward), linksOf(forward->forward));
        QStringList lots = lotCodes(backward.value()) + lotCodes(forward.value());
        lots.removeDuplicates();
        lots.sort();
        QStringList bothLots = lotCodes(both.value());
        QCOMPARE(bothLots.front(), code);
        bothLots.sort();
        QCOMPARE(bothLots, lots);
        QStringList batches = batchCodes(backward.value()) + batchCodes(forward.value());
        batches.removeDuplicates();
        batches.sort();
        QCOMPARE(batchCodes(both.value()), batches);
    }
}

void TestTraceService::describesTheLotsAndBatchesMet()
{
    const P& s = *m_scenario;
    const auto graph = trace(s.soupA.code, TraceDirection::Both);
    QVERIFY2(graph, qPrintable(why(graph)));

    const TraceLot* soup = graph->lot(s.soupA.code);
    QVERIFY(soup);
    QCOMPARE(soup->kind, TraceLot::Kind::Finished);
    QCOMPARE(soup->productCode, P::soupCode());
    QCOMPARE(soup->productNameFr, QStringLiteral("Soupe carotte-oignon"));
    QCOMPARE(soup->date, P::day());
    QCOMPARE(soup->packs, P::SoupPacksA);
    QCOMPARE(soup->net.grams(), qint64(P::SoupPacksA) * P::SoupPackGrams);
    QCOMPARE(soup->bestBefore, QDate(2027, 5, 21));
    QCOMPARE(soup->location, P::freezerCode());
    QCOMPARE(soup->siteCode, TestDatabase::siteCode());

    const TraceLot* first = graph->lot(s.lot1);
    QVERIFY(first);
    QCOMPARE(first->kind, TraceLot::Kind::Reception);
    QCOMPARE(first->supplier, TestDatabase::farmName());
    QCOMPARE(first->farm, QString());
    QCOMPARE(first->net.grams(), P::CarrotLot1);
    QCOMPARE(first->date, P::day());
    const TraceLot* bought = graph->lot(s.lot3);
    QVERIFY(bought);
    QCOMPARE(bought->supplier, TestDatabase::retailerName());
    QCOMPARE(bought->farm, P::secondFarmName());
    QCOMPARE(graph->lot(s.onionLot)->productCode, QStringLiteral("OIGNON"));

    const TraceBatch* batch = graph->batch(s.soupBatch);
    QVERIFY(batch);
    QVERIFY(batch->closed);
    QCOMPARE(batch->productCode, P::soupCode());
    QCOMPARE(batch->startedAt, P::at(7, 35).toUTC());
    // Water, oil and salt are not traced by lot, but what went in is said.
    QStringList untracked;
    for (const auto& ingredient : batch->untracked)
        untracked << QStringLiteral("%1 %2").arg(ingredient.productCode).arg(ingredient.mass.grams());
    QCOMPARE(untracked,
             (QStringList{QStringLiteral("EAU %1").arg(P::SoupWater), QStringLiteral("HUILE %1").arg(P::SoupOil),
                          QStringLiteral("SEL %1").arg(P::SoupSalt)}));
    const auto rounds = trace(s.roundsA.code, TraceDirection::Backward);
    QVERIFY(rounds);
    QVERIFY(rounds->batch(s.rounds)->untracked.empty());
}

void TestTraceService::showsNetGramsAfterACorrection()
{
    P& s = *m_scenario;
    // 3 kg of lot 3 went back to the cold room: the closed soup batch takes a correction.
    const auto corrected = m_db->services().batches.correctInput(TestDatabase::actor(), s.soupBatch, s.soupLot3.id,
                                                                 Mass::fromGrams(P::SoupFromLot3 - 3'000),
                                                                 QStringLiteral("Pesée refaite"));
    QVERIFY2(corrected, qPrintable(why(corrected)));

    const auto forward = trace(s.lot3, TraceDirection::Forward);
    QVERIFY2(forward, qPrintable(why(forward)));
    QCOMPARE(linksOf(forward->forward),
             sorted(QStringList{link(s.lot3, s.soupBatch, P::SoupFromLot3 - 3'000)} + soupOutputs()));
    const auto backward = trace(s.soupB.code, TraceDirection::Backward);
    QVERIFY(backward);
    QCOMPARE(linksOf(backward->backward),
             sorted(QStringList{
                 link(s.soupBatch, s.soupB.code, qint64(P::SoupPacksB) * P::SoupPackGrams, P::SoupPacksB),
                 link(s.lot1, s.soupBatch, P::SoupFromLot1), link(s.lot3, s.soupBatch, P::SoupFromLot3 - 3'000),
                 link(s.onionLot, s.soupBatch, P::SoupFromOnions)}));
    // A correction upward adds up too.
    QVERIFY(m_db->services().batches.correctInput(TestDatabase::actor(), s.soupBatch, s.soupLot3.id,
                                                  Mass::fromGrams(P::SoupFromLot3 + 1'000),
                                                  QStringLiteral("Un bac oublié")));
    QCOMPARE(linksOf(trace(s.lot3, TraceDirection::Forward)->forward),
             sorted(QStringList{link(s.lot3, s.soupBatch, P::SoupFromLot3 + 1'000)} + soupOutputs()));
}

void TestTraceService::correctionToZeroRemovesTheLink()
{
    P& s = *m_scenario;
    // The onions were recorded in the soup by mistake.
    const auto corrected =
        m_db->services().batches.correctInput(TestDatabase::actor(), s.soupBatch, s.soupOnions.id, Mass::fromGrams(0),
                                              QStringLiteral("Oignons saisis par erreur"));
    QVERIFY2(corrected, qPrintable(why(corrected)));
    QCOMPARE(m_db->services().batches.remaining(s.onionLot)->grams(), P::OnionLot);

    const auto forward = trace(s.onionLot, TraceDirection::Forward);
    QVERIFY2(forward, qPrintable(why(forward)));
    QVERIFY(forward->forward.empty());
    QVERIFY(forward->batches.empty());
    QCOMPARE(lotCodes(forward.value()), QStringList{s.onionLot});

    const auto backward = trace(s.soupA.code, TraceDirection::Backward);
    QVERIFY(backward);
    QCOMPARE(
        linksOf(backward->backward),
        sorted(QStringList{link(s.soupBatch, s.soupA.code, qint64(P::SoupPacksA) * P::SoupPackGrams, P::SoupPacksA),
                           link(s.lot1, s.soupBatch, P::SoupFromLot1), link(s.lot3, s.soupBatch, P::SoupFromLot3)}));
    QVERIFY(!backward->lot(s.onionLot));
}

void TestTraceService::tracesAnOpenBatch()
{
    // A batch still running: its inputs are traced, it has no outputs yet.
    P& s = *m_scenario;
    BatchStartRequest request;
    request.productId = m_db->finished.id;
    const auto started = m_db->services().batches.start(TestDatabase::actor(), request);
    QVERIFY2(started, qPrintable(why(started)));
    QVERIFY(m_db->services().batches.consume(TestDatabase::actor(), started->code, s.lot2, Mass::fromGrams(4'000)));
    const auto graph = trace(s.lot2, TraceDirection::Forward);
    QVERIFY(graph);
    QCOMPARE(linksOf(graph->forward),
             sorted(QStringList{link(s.lot2, s.rounds, P::RoundsFromLot2), link(s.lot2, started->code, 4'000)} +
                    roundsOutputs()));
    QVERIFY(!graph->batch(started->code)->closed);
    QVERIFY(graph->batch(s.rounds)->closed);
}

void TestTraceService::tracesAScannedLabel_data()
{
    QTest::addColumn<QString>("scanned");
    QTest::addColumn<QString>("code");
    QTest::addRow("finished lot label") << QStringLiteral("https://cuisine.example.org/l/P-261122-HS-03")
                                        << QStringLiteral("P-261122-HS-03");
    QTest::addRow("reception lot label, with Enter")
        << QStringLiteral("https://cuisine.example.org/l/R-261122-HS-001\r\n") << QStringLiteral("R-261122-HS-001");
    QTest::addRow("typed in lower case") << QStringLiteral("  r-261122-hs-004 ") << QStringLiteral("R-261122-HS-004");
}

void TestTraceService::tracesAScannedLabel()
{
    QFETCH(QString, scanned);
    QFETCH(QString, code);
    const auto scannedGraph = trace(scanned, TraceDirection::Both);
    QVERIFY2(scannedGraph, qPrintable(why(scannedGraph)));
    QCOMPARE(scannedGraph->lotCode, code);
    const auto typed = trace(code, TraceDirection::Both);
    QVERIFY(typed);
    QCOMPARE(linksOf(scannedGraph->backward), linksOf(typed->backward));
    QCOMPARE(linksOf(scannedGraph->forward), linksOf(typed->forward));
    QVERIFY(!scannedGraph->backward.empty() || !scannedGraph->forward.empty());
}

void TestTraceService::refusesUnknownAndMalformedCodes()
{
    const auto unknown = trace(QStringLiteral("P-261122-HS-09"), TraceDirection::Both);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    QVERIFY2(unknown.error().message.contains(QStringLiteral("P-261122-HS-09")), qPrintable(unknown.error().message));
    const auto unknownUrl =
        trace(QStringLiteral("https://cuisine.example.org/l/R-261122-HS-099"), TraceDirection::Forward);
    QVERIFY(!unknownUrl);
    QCOMPARE(unknownUrl.error().code, ErrorCode::NotFound);
    const auto malformed = trace(QStringLiteral("soupe de mardi"), TraceDirection::Backward);
    QVERIFY(!malformed);
    QCOMPARE(malformed.error().code, ErrorCode::Validation);
    // A batch is not a lot: it is traced through its lots.
    const auto batch = trace(m_scenario->rounds, TraceDirection::Both);
    QVERIFY(!batch);
}

void TestTraceService::readsDirectionCodes()
{
    QCOMPARE(TraceService::directionFromCode(QStringLiteral("backward")),
             std::optional<TraceDirection>(TraceDirection::Backward));
    QCOMPARE(TraceService::directionFromCode(QStringLiteral(" Forward ")),
             std::optional<TraceDirection>(TraceDirection::Forward));
    QCOMPARE(TraceService::directionFromCode(QStringLiteral("both")),
             std::optional<TraceDirection>(TraceDirection::Both));
    QCOMPARE(TraceService::directionFromCode(QString()), std::optional<TraceDirection>(TraceDirection::Both));
    QCOMPARE(TraceService::directionFromCode(QStringLiteral("sideways")), std::optional<TraceDirection>());
}

QTEST_GUILESS_MAIN(TestTraceService)
#include "tst_traceservice.moc"
