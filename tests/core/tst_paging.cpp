// SPDX-License-Identifier: GPL-3.0-or-later
// Lists read a page at a time (issue 7: lazy lot list and stock view): the pages of the reception
// lots and of the stock on hand, walked after their last line, give every row once, in the list's
// order, as an independent SQL query orders them, ties on the sort key included (lots received in
// the same second, one lot at two locations); and the stock summary counts what the lines hold.
#include "core/services/Services.h"
#include "tests/support/RawSqlite.h"
#include "tests/support/StockScenario.h"
#include "tests/support/TestDatabase.h"

#include <QtTest>

using namespace glaneur;
using namespace glaneur::test;

namespace {

// Reads the pages of `filter` (its limit is the page size) until a short one, each page after the
// last row of the one before (`next` moves the filter there), and names every row read.
template <typename Filter, typename Fetch, typename Name, typename Next>
QStringList walkPages(Filter filter, const Fetch& fetch, const Name& name, const Next& next)
{
    QStringList walked;
    for (int page = 0; page < 1000; ++page) {
        const auto rows = fetch(filter);
        if (!rows)
            return {QStringLiteral("refused: ") + rows.error().message};
        if (int(rows->size()) > filter.limit)
            return {QStringLiteral("a page longer than its limit")};
        for (const auto& row : rows.value())
            walked << name(row);
        if (int(rows->size()) < filter.limit)
            break;
        next(filter, rows->back());
    }
    return walked;
}

QStringList walkLots(Services& services, LotFilter filter)
{
    return walkPages(
        std::move(filter), [&](const LotFilter& f) { return services.receptions.search(f); },
        [](const ReceptionLot& lot) { return lot.code; },
        [](LotFilter& f, const ReceptionLot& last) { f.after = std::make_pair(last.receivedAt, last.id); });
}

} // namespace

class TestPaging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void receptionPagesFollowEachOther_data();
    void receptionPagesFollowEachOther();
    void stockPagesFollowEachOther();
    void stockSummaryCountsWhatTheLinesHold();

private:
    StockScenarioFile m_file;
    std::unique_ptr<TestDatabase> m_db;
    std::optional<StockScenario> m_scenario;
};

void TestPaging::initTestCase()
{
    useKitchenTimeZone();
    QVERIFY2(m_file.build(), qPrintable(m_file.errorString()));
}

void TestPaging::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_scenario = m_file.copyInto(*m_db);
    QVERIFY2(m_scenario, qPrintable(m_file.errorString()));
}

void TestPaging::cleanup()
{
    m_scenario.reset();
    m_db.reset();
}

void TestPaging::receptionPagesFollowEachOther_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::newRow("one by one") << 1;
    QTest::newRow("pages of 4") << 4;
    QTest::newRow("pages of 7") << 7;
}

void TestPaging::receptionPagesFollowEachOther()
{
    QFETCH(int, pageSize);
    // Eleven more lots: five in one second, the others an hour apart.
    const Actor who{QStringLiteral("Julien")};
    for (int i = 0; i < 11; ++i) {
        ReceptionRequest request = m_db->carrotsFromFarm(10'000 + i);
        request.receivedAt = StockScenario::at(1, 0).addSecs(i < 5 ? 0 : 3600 * (i - 4));
        if (i % 2) { // every other one through the grocery store, for the search below
            request.supplierId = m_db->retailer.id;
            request.farmId = m_db->farm.id;
        }
        const auto lot = m_db->services().receptions.receive(who, request);
        QVERIFY2(lot, qPrintable(lot ? QString() : lot.error().message));
    }
    RawSqlite raw(m_db->path());
    const auto expected =
        raw.column(QStringLiteral("SELECT code FROM reception_lot ORDER BY received_at DESC, lot_id DESC"));
    QVERIFY(expected);
    QVERIFY(expected->size() >= 11);

    LotFilter filter;
    filter.limit = pageSize;
    QCOMPARE(walkLots(m_db->services(), filter), expected.value());

    // A search keeps its condition from page to page.
    filter = LotFilter{};
    filter.text = m_db->retailerName().left(6);
    filter.limit = 2;
    const auto all = raw.column(QStringLiteral("SELECT l.code FROM reception_lot l JOIN partner p"
                                               " ON p.partner_id = l.supplier_id WHERE p.name LIKE '%%1%'"
                                               " ORDER BY l.received_at DESC, l.lot_id DESC")
                                    .arg(filter.text));
    QVERIFY(all);
    QCOMPARE(all->size(), 5);
    QCOMPARE(walkLots(m_db->services(), filter), all.value());
}

void TestPaging::stockPagesFollowEachOther()
{
    // One lot at two locations: two lines with the same best-before and lot code.
    MoveRequest move;
    move.lotCode = m_scenario->oldest.code;
    move.packs = 5;
    move.fromCode = StockScenario::freezerCode();
    move.toCode = StockScenario::secondFreezerCode();
    const auto moved = m_db->services().stock.move(Actor{QStringLiteral("Julien")}, move);
    QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().message));

    RawSqlite raw(m_db->path());
    const auto expected = raw.column(
        QStringLiteral("SELECT f.code || '@' || l.code FROM stock_balance b JOIN finished_lot f"
                       " ON f.finished_lot_id = b.finished_lot_id JOIN location l ON l.location_id = b.location_id"
                       " WHERE b.packs > 0 ORDER BY f.best_before, f.code, l.code"));
    QVERIFY(expected);
    QVERIFY(expected->size() >= 5);
    for (int pageSize : {1, 2, 3}) {
        StockFilter filter;
        filter.limit = pageSize;
        const QStringList walked = walkPages(
            filter, [this](const StockFilter& f) { return m_db->services().stock.onHand(f); },
            [](const StockLine& line) { return line.lotCode + QLatin1Char('@') + line.locationCode; },
            [](StockFilter& f, const StockLine& last) {
                f.after = StockFilter::Position{last.bestBefore, last.lotCode, last.locationCode};
            });
        QCOMPARE(walked, expected.value());
    }
}

void TestPaging::stockSummaryCountsWhatTheLinesHold()
{
    const auto summary = m_db->services().stock.onHandSummary();
    QVERIFY(summary);
    RawSqlite raw(m_db->path());
    const auto packs = raw.value(QStringLiteral("SELECT SUM(packs) FROM stock_balance WHERE packs > 0"));
    const auto grams = raw.value(QStringLiteral("SELECT SUM(b.packs * f.pack_g) FROM stock_balance b"
                                                " JOIN finished_lot f ON f.finished_lot_id = b.finished_lot_id"
                                                " WHERE b.packs > 0"));
    const auto lines = raw.value(QStringLiteral("SELECT COUNT(*) FROM stock_balance WHERE packs > 0"));
    QVERIFY(packs && grams && lines);
    int summaryPacks = 0;
    int summaryLines = 0;
    qint64 summaryGrams = 0;
    for (const StockSummary::Group& group : summary->groups) {
        summaryPacks += group.packs;
        summaryLines += group.lines;
        summaryGrams += group.grams;
    }
    QCOMPARE(summaryPacks, packs->toInt());
    QCOMPARE(summaryGrams, grams->toLongLong());
    QCOMPARE(summaryLines, lines->toInt());
    // The soup sits alone in the cold room.
    const auto soup = std::find_if(summary->groups.cbegin(), summary->groups.cend(),
                                   [](const auto& g) { return g.locationCode == StockScenario::coldRoomCode(); });
    QVERIFY(soup != summary->groups.cend());
    QCOMPARE(soup->packs, StockScenario::SoupPacks);
    QCOMPARE(soup->grams, qint64(StockScenario::SoupPacks) * StockScenario::SoupPackGrams);
    QCOMPARE(summary->heldLots, 0);

    // A held lot is counted once, wherever its packs are.
    const auto held =
        m_db->services().holds.hold(Actor{QStringLiteral("Julien")}, m_scenario->oldest.code, QStringLiteral("test"));
    QVERIFY2(held, qPrintable(held ? QString() : held.error().message));
    const auto after = m_db->services().stock.onHandSummary();
    QVERIFY(after);
    QCOMPARE(after->heldLots, 1);
}

QTEST_GUILESS_MAIN(TestPaging)
#include "tst_paging.moc"
